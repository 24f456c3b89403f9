using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetSeries;

internal sealed class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>Comma-separated territories, custom zones included, e.g. epci:200072460,departement:62.</summary>
    public string Territories { get; set; } = "";

    /// <summary>First period (default: the first with data).</summary>
    public string? From { get; set; }

    /// <summary>Last period (default: the latest with data).</summary>
    public string? To { get; set; }

    /// <summary>Base period of a base-100 index (each series = 100 at that period).</summary>
    public string? Index { get; set; }

    /// <summary>As the data stood at this date or instant.</summary>
    public string? AsOf { get; set; }

    /// <summary>json (default) or csv.</summary>
    public string? Format { get; set; }

    internal IReadOnlyList<string> TerritoryList =>
        Territories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal sealed class Validator : Validator<Request>
    {
        private static bool BeAPeriod(string? text) => Indicators.Period.TryParse(text, out _);

        private static string NotAPeriod(string? text) => $"'{text}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03";

        public Validator()
        {
            RuleFor(r => r.Territories).NotEmpty().WithMessage("give one or more territories, e.g. territories=epci:200072460,departement:62");
            RuleFor(r => r.Territories).Must(t => t.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => !string.IsNullOrEmpty(r.Territories))
                .WithMessage(r => r.Territories.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.Territories).Must(t => t.Split(',').Length <= 50).WithMessage("at most 50 territories per series request");
            RuleFor(r => r.From).Must(BeAPeriod).When(r => r.From is not null).WithMessage(r => NotAPeriod(r.From));
            RuleFor(r => r.To).Must(BeAPeriod).When(r => r.To is not null).WithMessage(r => NotAPeriod(r.To));
            RuleFor(r => r.Index).Must(BeAPeriod).When(r => r.Index is not null).WithMessage(r => NotAPeriod(r.Index));
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
            RuleFor(r => r.Format).Must(f => f is "json" or "csv").When(r => r.Format is not null).WithMessage("format must be json or csv");
        }
    }
}
