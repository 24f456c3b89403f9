using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Choropleth;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>A value table with its class breaks: what the breaks and map endpoints share, so they share one legend.</summary>
internal sealed record ClassifiedTable(IReadOnlyList<ValueTableRow> Rows, Classification Classification)
{
    /// <summary>Hatched-grey look of secret values and the pale grey of missing ones, outside every palette.</summary>
    public const string SecretColour = "#7b7b7b";
    public const string NoDataColour = "#e5e5e5";

    public static async Task<ClassifiedTable> BuildAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        IndicatorInfo indicator, TargetSelection selection, string period, DateTimeOffset? asOf, Caller caller,
        ClassificationMethod method, int classes)
    {
        var rows = await ValueTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller);
        var values = rows.Where(r => r.Figure.HasNumber).Select(r => r.Figure.Value!.Value).ToList();
        var palette = Palette.For(indicator.DivergingMidpoint, indicator.HigherIsBetter);
        return new(rows, method == ClassificationMethod.Fixed
            ? ClassBreaks.ComputeFixed(values, indicator.FixedClasses?.Breaks
                ?? throw new InvalidOperationException($"{indicator.Code} has no fixed classes"), palette)
            : ClassBreaks.Compute(values, method, classes, palette));
    }

    public int? ClassOf(ValueTableRow row) =>
        row.Figure.HasNumber && Classification.Classes.Count > 0 ? Classification.ClassOf(row.Figure.Value!.Value) : null;

    public static bool TryParseMethod(string? text, out ClassificationMethod method)
    {
        method = ClassificationMethod.Quantile;
        return text switch
        {
            null or "quantile" => true,
            "jenks" => (method = ClassificationMethod.Jenks) == ClassificationMethod.Jenks,
            "equal" => (method = ClassificationMethod.Equal) == ClassificationMethod.Equal,
            "fixed" => (method = ClassificationMethod.Fixed) == ClassificationMethod.Fixed,
            _ => false,
        };
    }
}
