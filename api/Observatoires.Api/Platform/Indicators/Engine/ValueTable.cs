using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>One row of a value table: a territory, its figure, its rank and its parent's figure.</summary>
internal sealed record ValueTableRow(Target Target, Figure Figure, int? Rank, Target? Parent, Figure? ParentFigure)
{
    public double? GapToParent => Figure.HasNumber && ParentFigure is { HasNumber: true } p ? Figure.Value - p.Value : null;
}

/// <summary>The territories a tabular request is about: a level (within a parent) or an explicit list.</summary>
internal sealed record TargetSelection(IReadOnlyList<Target> Targets, Target? Within)
{
    /// <summary>The selection, or the message of a 404 (unknown territories) or 400 (not aggregable).</summary>
    public static async Task<(TargetSelection? Selection, string? NotFound, string? Invalid)> ResolveAsync(
        NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, IndicatorInfo indicator, string? level, string? within,
        IReadOnlyList<string> territories)
    {
        Target? withinTarget = null;
        IReadOnlyList<Target> targets;
        if (territories.Count > 0)
        {
            var (found, unknown) = await TargetLookup.ResolveAsync(connection, hierarchy, territories);
            if (unknown.Count > 0)
                return (null, $"Unknown territories: {string.Join(", ", unknown)}", null);
            targets = found;
        }
        else
        {
            if (within is not null)
            {
                var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [within]);
                withinTarget = found.FirstOrDefault();
                if (withinTarget is null)
                    return (null, $"Territory '{within}' does not exist", null);
            }
            targets = await TargetLookup.ListAsync(connection, hierarchy, level ?? "commune", within);
        }

        // A QPV has no communes: its figure is a stored value or nothing, never its commune's.
        if (targets.FirstOrDefault(t => t.Level == TerritoryId.Qpv) is { } qpv
            && !(await IndicatorFacts.StoredLevelsAsync(connection, indicator.Code)).Contains(TerritoryId.Qpv))
            return (null, null, $"indicator {indicator.Code} has no values stored at level qpv (quartiers prioritaires): " +
                                $"a QPV's figure is never computed from its commune ({qpv.Id})");
        if (indicator.Aggregation == Aggregation.None)
        {
            var stored = await IndicatorFacts.StoredLevelsAsync(connection, indicator.Code);
            var needing = targets.Where(t => !stored.Contains(t.Level)).ToList();
            if (needing.Count > 0)
                return (null, null, $"indicator {indicator.Code} is not aggregable (aggregation none): it has values only for " +
                                    $"{(stored.Count == 0 ? "no level yet" : string.Join(", ", stored))}, not for {needing[0].Level}");
        }
        return (new(targets, withinTarget), null, null);
    }
}

internal static class ValueTable
{
    /// <summary>
    /// Figures of the selection for one period, ranked, each with its parent: the within= territory if given,
    /// else a commune's EPCI.
    /// </summary>
    public static async Task<IReadOnlyList<ValueTableRow>> BuildAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        IndicatorInfo indicator, TargetSelection selection, string period, DateTimeOffset? asOf, Caller caller)
    {
        var parentOf = new Dictionary<string, Target>();
        if (selection.Within is { } within)
        {
            foreach (var t in selection.Targets)
                parentOf[t.Id] = within;
        }
        else
        {
            var epciOf = selection.Targets.Where(t => t.Level == "commune")
                .Select(t => (Commune: t.Id, Epci: hierarchy.EpciOf(t.Id))).Where(c => c.Epci is not null).ToList();
            if (epciOf.Count > 0)
            {
                var (epcis, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [.. epciOf.Select(c => c.Epci!).Distinct()]);
                var byId = epcis.ToDictionary(e => e.Id);
                foreach (var (commune, epci) in epciOf)
                    parentOf[commune] = byId[epci!];
            }
        }

        var all = selection.Targets.Concat(parentOf.Values).DistinctBy(t => t.Id).ToList();
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, all, [period], asOf, caller);
        var ranks = Rank(selection.Targets.Select(t => figures[(t.Id, period)]), indicator.HigherIsBetter);
        return [.. selection.Targets.Select(t =>
        {
            var parent = parentOf.GetValueOrDefault(t.Id);
            return new ValueTableRow(t, figures[(t.Id, period)], ranks.TryGetValue(t.Id, out var rank) ? rank : null, parent,
                parent is null ? null : figures[(parent.Id, period)]);
        })];
    }

    /// <summary>Competition ranking (1, 2, 2, 4) of the published numbers, best first.</summary>
    private static Dictionary<string, int> Rank(IEnumerable<Figure> figures, bool? higherIsBetter)
    {
        var published = figures.Where(f => f.HasNumber).ToList();
        var ordered = higherIsBetter == false
            ? published.OrderBy(f => f.Value).ToList()
            : published.OrderByDescending(f => f.Value).ToList();
        var ranks = new Dictionary<string, int>();
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i].TerritoryId] = i > 0 && ordered[i].Value == ordered[i - 1].Value ? ranks[ordered[i - 1].TerritoryId] : i + 1;
        return ranks;
    }
}
