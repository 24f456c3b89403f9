using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetComparison;

internal sealed class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The territory to compare (a custom zone works too).</summary>
    public string Territory { get; set; } = "";

    /// <summary>Comma-separated reference territories (peer groups are groupements); default: its département and région.</summary>
    public string? References { get; set; }

    /// <summary>Period; default the latest.</summary>
    public string? Period { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Territory));
            RuleFor(r => r.References).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.References is not null)
                .WithMessage(r => r.References!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.References).Must(t => t!.Split(',').Length <= 20).When(r => r.References is not null)
                .WithMessage("at most 20 references");
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
        }
    }
}
