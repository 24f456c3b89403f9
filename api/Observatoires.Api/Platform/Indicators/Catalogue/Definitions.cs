namespace Observatoires.Api.Platform.Indicators.Catalogue;

/// <summary>How values of an indicator combine over several territories.</summary>
internal enum Aggregation
{
    /// <summary>Values add up (counts, surfaces).</summary>
    Sum,

    /// <summary>scale × Σnumerator / Σdenominator: a rate recomputed from its parts, never an average of rates.</summary>
    Ratio,

    /// <summary>Σ(value × weight) / Σweight, the weight being another indicator.</summary>
    WeightedMean,

    /// <summary>Not aggregable (medians, indices): only the stored values are served.</summary>
    None,
}

/// <summary>Who may see an indicator: everyone, partners (within their territory), the agency.</summary>
internal enum Confidentiality { Public, Partner, Agency }

internal sealed record ThemeDefinition(string Code, string Name);

/// <summary>Named class bounds: the first lower bound, the inner breaks, the last upper bound, strictly increasing.</summary>
/// <param name="Name">What the classes are called in the legend ("Classes du rapport d'activité 2024").</param>
/// <param name="Breaks">3 to 10 bounds (2 to 9 classes); values outside them join the first or the last class.</param>
internal sealed record FixedClasses(string Name, IReadOnlyList<double> Breaks)
{
    /// <summary>Null when the scheme is usable, else why not.</summary>
    public string? Problem() =>
        Breaks.Count is < 3 or > 10 ? "a fixed class scheme has 3 to 10 bounds (2 to 9 classes)"
        : !Breaks.All(double.IsFinite) ? "fixed class bounds are finite numbers"
        : Breaks.Zip(Breaks.Skip(1)).Any(p => p.First >= p.Second) ? "fixed class bounds are strictly increasing"
        : string.IsNullOrWhiteSpace(Name) ? "a fixed class scheme has a name"
        : null;
}

/// <summary>An indicator as a module declares it; the platform stores it in the catalogue.</summary>
internal sealed record IndicatorDefinition
{
    /// <summary>observatory.name, e.g. emploi.salaries_prives.</summary>
    public required string Code { get; init; }
    public required string Theme { get; init; }
    public required string Label { get; init; }
    public required string Definition { get; init; }
    public required string Unit { get; init; }
    public int Decimals { get; init; }
    public required string Source { get; init; }
    public string? SourceUrl { get; init; }
    public Periodicity Periodicity { get; init; } = Periodicity.Year;
    public string Licence { get; init; } = "Licence Ouverte / Open Licence 2.0 (Etalab)";
    public Confidentiality Confidentiality { get; init; } = Confidentiality.Public;
    public required Aggregation Aggregation { get; init; }

    /// <summary>For ratios: 100 for a percentage, 1000 for a rate per thousand.</summary>
    public double RatioScale { get; init; } = 1;

    /// <summary>For weighted means: the code of the weight indicator.</summary>
    public string? WeightIndicator { get; init; }

    /// <summary>null when neither direction is better (population...).</summary>
    public bool? HigherIsBetter { get; init; }

    /// <summary>
    /// The value its map's colours diverge around, where that value means something: 0 for a change rate or a gap to a
    /// reference. Without it (counts, sums, shares, means) the map is sequential: a midpoint there would mean nothing.
    /// </summary>
    public double? DivergingMidpoint { get; init; }

    /// <summary>
    /// A fixed class scheme offered beside quantiles and natural breaks (<c>method=fixed</c>), where the field has one:
    /// the activity report's classes of the job-concentration index.
    /// </summary>
    public FixedClasses? FixedClasses { get; init; }

    /// <summary>A figure resting on fewer units (count, denominator, weight) is secret.</summary>
    public double? SecrecyThreshold { get; init; }

    /// <summary>
    /// When the units are counted by another indicator (the employers behind a sum of headcounts): its code.
    /// The figure is secret where that indicator's value is under the threshold.
    /// </summary>
    public string? SecrecyUnits { get; init; }

    /// <summary>
    /// Indicators whose secret figures this one would give back (the count behind a rate's numerator, the area behind
    /// a share's denominator): its figure is secret wherever theirs is, their complements included.
    /// </summary>
    public IReadOnlyList<string> SecretWith { get; init; } = [];

    /// <summary>Set for the observatory's key figures shown on territory profiles, in this order.</summary>
    public int? HeadlineOrder { get; init; }

    /// <summary>
    /// A cycle among these indicators' secrecy dependencies, as the codes from one back to it, or null. The value engine
    /// computes an indicator's masks from those of its <see cref="SecretWith"/> indicators and of its weight when the
    /// weight has a secrecy threshold of its own: around a cycle it would never end.
    /// </summary>
    public static IReadOnlyList<string>? SecrecyCycle(IReadOnlyList<IndicatorDefinition> indicators)
    {
        var byCode = indicators.DistinctBy(i => i.Code).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        IEnumerable<string> DependsOn(IndicatorDefinition indicator) => indicator.SecretWith.Concat(
            indicator.WeightIndicator is { } code && byCode.TryGetValue(code, out var weight) && weight.SecrecyThreshold is not null ? [code] : []);
        List<string>? Visit(string code)
        {
            if (path.IndexOf(code) is var start and >= 0)
                return [.. path.Skip(start), code];
            if (!visited.Add(code) || !byCode.TryGetValue(code, out var indicator))
                return null;
            path.Add(code);
            foreach (var next in DependsOn(indicator))
            {
                if (Visit(next) is { } cycle)
                    return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return byCode.Keys.Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }
}

/// <summary>What an observatory module registers: itself, its themes and its indicators.</summary>
internal sealed record ObservatoryDefinition(
    string Slug,
    string Name,
    string Description,
    int Order,
    IReadOnlyList<ThemeDefinition> Themes,
    IReadOnlyList<IndicatorDefinition> Indicators)
{
    /// <summary>Words a technician would search its datasets with, beyond its name, themes and sources (the catalogue's keywords).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// The EU data themes of its datasets (DCAT-AP's dcat:theme in /catalog); by default Regions and cities, what every
    /// territorial observatory is about.
    /// </summary>
    public IReadOnlyList<EuDataTheme> DataThemes { get; init; } = [EuDataTheme.Regi];
}

/// <summary>The EU Publications Office's data themes (http://publications.europa.eu/resource/authority/data-theme/…).</summary>
internal enum EuDataTheme { Agri, Econ, Educ, Ener, Envi, Gove, Heal, Intr, Just, Regi, Soci, Tech, Tran }
