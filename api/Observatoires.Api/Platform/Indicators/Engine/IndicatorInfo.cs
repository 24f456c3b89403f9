using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>An indicator of the catalogue, as the engine and the endpoints use it.</summary>
internal sealed record IndicatorInfo(
    string Code,
    string ObservatorySlug,
    string ThemeCode,
    string Label,
    string Definition,
    string Unit,
    int Decimals,
    string Source,
    string? SourceUrl,
    Periodicity Periodicity,
    string Licence,
    Confidentiality Confidentiality,
    Aggregation Aggregation,
    double RatioScale,
    string? WeightIndicator,
    bool? HigherIsBetter,
    double? SecrecyThreshold,
    string? SecrecyUnits,
    int? HeadlineOrder,
    double? DivergingMidpoint = null,
    FixedClasses? FixedClasses = null,
    IReadOnlyList<string>? SecretWith = null)
{
    private const string Select = """
        select code, observatory_slug, theme_code, label, definition, unit, decimals, source, source_url, periodicity,
               licence, confidentiality, aggregation, ratio_scale, weight_indicator, higher_is_better, secrecy_threshold,
               secrecy_units, headline_order, diverging_midpoint, fixed_classes_name,
               array_to_string(fixed_breaks, ',') as fixed_breaks, array_to_string(secret_with, ',') as secret_with
        from platform.indicator
        """;

    /// <summary>The indicator if it exists and the caller may see it; null otherwise (callers answer 404 either way).</summary>
    public static async Task<IndicatorInfo?> FindAsync(NpgsqlConnection connection, string code, Caller caller)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(Select + " where code = @code", new { code });
        var indicator = row?.ToInfo();
        return indicator is not null && caller.CanSee(indicator.Confidentiality) ? indicator : null;
    }

    /// <summary>Every indicator the caller may see, in catalogue order.</summary>
    public static async Task<IReadOnlyList<IndicatorInfo>> ListAsync(NpgsqlConnection connection, Caller caller) =>
        [.. (await connection.QueryAsync<Row>(Select + " order by observatory_slug, sort_order"))
            .Select(r => r.ToInfo()).Where(i => caller.CanSee(i.Confidentiality))];

    private sealed record Row(string code, string observatory_slug, string theme_code, string label, string definition,
        string unit, short decimals, string source, string? source_url, string periodicity, string licence,
        string confidentiality, string aggregation, double ratio_scale, string? weight_indicator, bool? higher_is_better,
        double? secrecy_threshold, string? secrecy_units, short? headline_order, double? diverging_midpoint,
        string? fixed_classes_name, string? fixed_breaks, string? secret_with)
    {
        public IndicatorInfo ToInfo()
        {
            Period.TryParsePeriodicity(periodicity, out var parsed);
            return new(code, observatory_slug, theme_code, label, definition, unit, decimals, source, source_url, parsed,
                licence, Names.ParseConfidentiality(confidentiality), Names.ParseAggregation(aggregation), ratio_scale,
                weight_indicator, higher_is_better, secrecy_threshold, secrecy_units, headline_order, diverging_midpoint,
                fixed_classes_name is not null && fixed_breaks is not null
                    ? new FixedClasses(fixed_classes_name,
                        [.. fixed_breaks.Split(',').Select(b => double.Parse(b, System.Globalization.CultureInfo.InvariantCulture))])
                    : null,
                string.IsNullOrEmpty(secret_with) ? [] : secret_with.Split(','));
        }
    }
}
