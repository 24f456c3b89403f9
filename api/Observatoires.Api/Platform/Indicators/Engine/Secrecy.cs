using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>Statistical secrecy: which figures may not be published as numbers.</summary>
internal static class Secrecy
{
    /// <summary>
    /// Primary secrecy: a figure resting on fewer units than the indicator's threshold (the units indicator's
    /// value when it has one, else the count itself for a sum, the denominator of a ratio, the weight of a mean)
    /// is secret. Zero is not secret: nothing to protect.
    /// </summary>
    public static Figure Primary(Figure figure, IndicatorInfo indicator, double? weight, double? units)
    {
        if (figure.IsSecret || indicator.SecrecyThreshold is not { } threshold || figure.Value is null)
            return figure;
        double? basis = indicator.SecrecyUnits is not null ? units : indicator.Aggregation switch
        {
            Aggregation.Ratio => figure.Denominator,
            Aggregation.WeightedMean => weight,
            _ => figure.Value,
        };
        return basis is > 0 && basis < threshold ? figure with { Status = ValueStatus.Secret } : figure;
    }

    /// <summary>
    /// Secondary secrecy: when an EPCI has exactly one masked commune, its published total minus the other
    /// communes would give the masked value back, so another commune is masked too. The complement must hide
    /// something: never a zero or empty cell, and at least as large as the masked one where possible (the smallest
    /// such commune), else the largest. <paramref name="alsoSecret"/>: communes masked whatever the rule picks
    /// (those any version of the period's data masks, whatever the date answered; those whose weight is masked, for a
    /// weighted mean; those another indicator masks, for SecretWith; see ValueEngine).
    /// </summary>
    public static void Secondary(Dictionary<string, Figure> communes, IReadOnlyDictionary<string, string> epciOf, IndicatorInfo indicator,
        IReadOnlySet<string>? alsoSecret = null)
    {
        if (indicator.Aggregation is Aggregation.None)
            return;
        double Size(Figure f) => (indicator.Aggregation == Aggregation.Ratio ? f.Denominator : f.Value) ?? 0;
        if (alsoSecret is not null)
            Mask(communes, alsoSecret);
        foreach (var epci in communes.Values.Where(f => epciOf.ContainsKey(f.TerritoryId)).GroupBy(f => epciOf[f.TerritoryId]))
        {
            var withValue = epci.Where(f => f.Value is not null).ToList();
            var masked = withValue.Where(f => f.IsSecret).ToList();
            // A masked zero hides nothing: one masked non-zero cell alone is the total minus the others.
            if (masked.Count(f => Size(f) > 0) != 1)
                continue;
            var candidates = withValue.Where(f => !masked.Contains(f) && Size(f) > 0).ToList();
            var secret = Size(masked.Single(f => Size(f) > 0));
            var cover = candidates.Where(f => Size(f) >= secret).OrderBy(Size).ThenBy(f => f.TerritoryId, StringComparer.Ordinal).FirstOrDefault()
                        ?? candidates.OrderByDescending(Size).ThenBy(f => f.TerritoryId, StringComparer.Ordinal).FirstOrDefault();
            if (cover is not null)
                communes[cover.TerritoryId] = cover with { Status = ValueStatus.Secret };
        }
    }

    /// <summary>Masks the communes of <paramref name="masked"/> that have a value (an empty cell hides nothing).</summary>
    public static void Mask(Dictionary<string, Figure> communes, IReadOnlySet<string> masked)
    {
        foreach (var figure in communes.Values.Where(f => f.Value is not null && !f.IsSecret && masked.Contains(f.TerritoryId)).ToList())
            communes[figure.TerritoryId] = figure with { Status = ValueStatus.Secret };
    }
}
