using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetValues;

internal sealed class Request
{
    /// <summary>Indicator code, e.g. emploi.salaries_prives.</summary>
    public string Code { get; set; } = "";

    /// <summary>One row per territory of this level (default commune): commune, epci, groupement, departement, region.</summary>
    public string? Level { get; set; }

    /// <summary>Only the members of this territory (e.g. epci:200072460); it is also the parent the gaps refer to.</summary>
    public string? Within { get; set; }

    /// <summary>Instead of a level: a comma-separated list of territories, custom zones included (custom:62119+62178).</summary>
    public string? Territories { get; set; }

    /// <summary>Period (2023, 2023-Q4, 2024-S1, 2024-03) matching the indicator's periodicity; default the latest.</summary>
    public string? Period { get; set; }

    /// <summary>Answer as the data stood at this date (2025-06-30: the end of that day) or instant (ISO 8601).</summary>
    public string? AsOf { get; set; }

    /// <summary>json (default) or csv.</summary>
    public string? Format { get; set; }

    internal IReadOnlyList<string> TerritoryList =>
        Territories?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Territories).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.Territories is not null)
                .WithMessage(r => r.Territories!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.Territories).Must(t => t!.Split(',').Length <= 500).When(r => r.Territories is not null)
                .WithMessage("at most 500 territories per request");
            RuleFor(r => r.Territories).Null().When(r => r.Level is not null || r.Within is not null)
                .WithMessage("give either territories or level/within, not both");
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
            RuleFor(r => r.Format).Must(f => f is "json" or "csv").When(r => r.Format is not null)
                .WithMessage("format must be json or csv");
        }
    }
}
