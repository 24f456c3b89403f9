using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>Statistical secrecy: which figures may not be published as numbers.</summary>
internal static class Secrecy
{
    /// <summary>
    /// Primary secrecy: a figure resting on fewer units than the indicator's threshold (the count itself for a
    /// sum, the denominator of a ratio, the weight of a mean) is secret. Zero is not secret: nothing to protect.
    /// </summary>
    public static Figure Primary(Figure figure, IndicatorInfo indicator, double? weight)
    {
        if (figure.IsSecret || indicator.SecrecyThreshold is not { } threshold)
            return figure;
        double? basis = indicator.Aggregation switch
        {
            Aggregation.Ratio => figure.Denominator,
            Aggregation.WeightedMean => weight,
            _ => figure.Value,
        };
        return basis is > 0 && basis < threshold ? figure with { Status = ValueStatus.Secret } : figure;
    }

    /// <summary>
    /// Secondary secrecy: when an EPCI has exactly one secret commune, its published total minus the other
    /// communes would give the secret value back, so the smallest other commune is made secret too.
    /// </summary>
    public static void Secondary(Dictionary<string, Figure> communes, IReadOnlyDictionary<string, string> epciOf, IndicatorInfo indicator)
    {
        if (indicator.Aggregation is Aggregation.None)
            return;
        foreach (var epci in communes.Values.Where(f => epciOf.ContainsKey(f.TerritoryId)).GroupBy(f => epciOf[f.TerritoryId]))
        {
            var withValue = epci.Where(f => f.Value is not null || f.IsSecret).ToList();
            if (withValue.Count(f => f.IsSecret) != 1)
                continue;
            var cover = withValue.Where(f => !f.IsSecret && f.Value is not null)
                .OrderBy(f => indicator.Aggregation == Aggregation.Ratio ? f.Denominator ?? f.Value : f.Value)
                .ThenBy(f => f.TerritoryId, StringComparer.Ordinal)
                .FirstOrDefault();
            if (cover is not null)
                communes[cover.TerritoryId] = cover with { Status = ValueStatus.Secret };
        }
    }
}
