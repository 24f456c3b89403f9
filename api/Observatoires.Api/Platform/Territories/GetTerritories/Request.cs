using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritories;

internal sealed class Request
{
    public const int DefaultLimit = 100;

    /// <summary>Only territories of this level: commune, epci, groupement, departement, region.</summary>
    public string? Level { get; set; }

    /// <summary>Only members of this territory, e.g. epci:200072460 (communes of an EPCI) or groupement:aula.</summary>
    public string? Within { get; set; }

    /// <summary>Search in names (accents and case ignored) or an exact code.</summary>
    public string? Q { get; set; }

    /// <summary>Page size, 1 to 1000 (default 100). A CSV is the whole list unless a limit is given.</summary>
    public int? Limit { get; set; }

    /// <summary>Number of territories to skip.</summary>
    public int Offset { get; set; }

    /// <summary>json (default), geojson (a FeatureCollection with contours) or csv. The Accept header works too.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// For geojson: full (default), medium (simplified at 100 m) or low (500 m) contours; neighbours keep a
    /// common border at every resolution.
    /// </summary>
    public string? Resolution { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Q).MaximumLength(100);
            RuleFor(r => r.Limit).InclusiveBetween(1, 1000).When(r => r.Limit is not null);
            RuleFor(r => r.Offset).GreaterThanOrEqualTo(0);
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json or OutputFormat.GeoJson or OutputFormat.Csv)
                .When(r => r.Format is not null).WithMessage("format must be json, geojson or csv");
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}
