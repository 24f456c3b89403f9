using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Indicators.Choropleth;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetBreaks;

/// <summary>What a classified view (class breaks, choropleth map) is asked for.</summary>
internal class Request
{
    /// <summary>Indicator code.</summary>
    public string Code { get; set; } = "";

    /// <summary>Level of the territories classified (default commune).</summary>
    public string? Level { get; set; }

    /// <summary>Only the members of this territory.</summary>
    public string? Within { get; set; }

    /// <summary>Period; default the latest.</summary>
    public string? Period { get; set; }

    /// <summary>quantile (default), jenks (natural breaks) or equal (equal intervals).</summary>
    public string? Method { get; set; }

    /// <summary>Number of classes, 2 to 9 (default 5).</summary>
    public int Classes { get; set; } = 5;

    /// <summary>As the data stood at this date or instant.</summary>
    public string? AsOf { get; set; }

    internal ClassificationMethod ParsedMethod => ClassifiedTable.TryParseMethod(Method, out var m) ? m : ClassificationMethod.Quantile;

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => Include(new Rules<Request>());
    }

    /// <summary>The rules, shared with the map request.</summary>
    internal sealed class Rules<T> : AbstractValidator<T> where T : Request
    {
        public Rules()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Period).Must(p => Indicators.Period.TryParse(p, out _)).When(r => r.Period is not null)
                .WithMessage(r => $"'{r.Period}' is not a period: expected 2023, 2024-S1, 2023-Q4 or 2024-03");
            RuleFor(r => r.Method).Must(m => ClassifiedTable.TryParseMethod(m, out _))
                .WithMessage(r => $"'{r.Method}' is not a classification method; use quantile, jenks or equal");
            RuleFor(r => r.Classes).InclusiveBetween(ClassBreaks.MinClasses, ClassBreaks.MaxClasses);
            RuleFor(r => r.AsOf).Must(a => AsOfDate.TryParse(a, out _)).When(r => r.AsOf is not null)
                .WithMessage(r => $"'{r.AsOf}' is not a date: expected 2025-06-30 or an ISO 8601 instant");
        }
    }
}
