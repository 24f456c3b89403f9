using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Energie.Toile;

/// <summary>A waste-heat source and a heat demand, with the exact distance between them (PostGIS, on the ellipsoid).</summary>
internal sealed record SynergyPair(int SourceId, int DemandId, double DistanceKm, double WasteHeatGwh, double HeatDemandGwh);

/// <summary>One end of a synergy candidate, as the caller sees it.</summary>
internal sealed record SynergyEnd(int Id, string Kind, string Label, bool Anonymised);

/// <summary>A waste-heat source and a heat demand that could be linked.</summary>
/// <param name="Rank">1 for the largest volume that could be exchanged.</param>
/// <param name="DistanceKm">Distance between the two, km (null when one of them is anonymised for the caller).</param>
/// <param name="DistanceClass">The distance's class (for everyone).</param>
/// <param name="ExchangeableGwh">What could be exchanged a year: the smaller of the source's waste heat and the demand, GWh
/// (null when one of them is anonymised for the caller).</param>
/// <param name="ExchangeableClass">That volume's class (for everyone).</param>
/// <param name="Link">existing or potential when the Toile already has a flow between them; null otherwise.</param>
internal sealed record SynergyCandidate(int Rank, SynergyEnd Source, SynergyEnd Demand, double? DistanceKm, ToileClass DistanceClass,
    double? ExchangeableGwh, ToileClass ExchangeableClass, string? Link);

/// <summary>
/// The synergy candidates: every pair of a node with recoverable waste heat and another with a heat demand, within a
/// distance, ranked by the volume they could exchange (the smaller of the two), then by distance. For a pair with a
/// site the caller sees anonymised, the filters and the ranking read the classes, never the exact figures: the
/// distance filter keeps it when its distance class starts below the maximum, the volume filter when its volume class
/// reaches above the minimum, and it ranks by its classes' lower bounds. Asking again with another maximum or
/// minimum therefore reveals nothing finer than the classes it shows.
/// </summary>
internal static class Synergies
{
    public static async Task<IReadOnlyList<SynergyPair>> PairsAsync(NpgsqlConnection connection) =>
        [.. await connection.QueryAsync<SynergyPair>("""
            select s.id as sourceid, d.id as demandid, st_distance(s.geom::geography, d.geom::geography) / 1000 as distancekm,
                   s.waste_heat_gwh as wasteheatgwh, d.heat_demand_gwh as heatdemandgwh
            from energie.toile_node s
            join energie.toile_node d on d.id <> s.id and d.heat_demand_gwh > 0
            where s.waste_heat_gwh > 0
            """)];

    public static IReadOnlyList<SynergyCandidate> Rank(IEnumerable<SynergyPair> pairs, ToileView view, double maxDistanceKm, double minGwh)
    {
        var links = view.Edges.Where(e => e.Kind == "waste_heat" || e.Carrier == "chaleur")
            .SelectMany(e => new[] { ((e.From, e.To), e.Status), ((e.To, e.From), e.Status) })
            .GroupBy(l => l.Item1).ToDictionary(g => g.Key, g => g.Any(l => l.Status == "existing") ? "existing" : "potential");
        var kept = new List<(SynergyPair Pair, bool Exact, double VolumeKey, double DistanceKey)>();
        foreach (var pair in pairs)
        {
            var exchangeable = Math.Min(pair.WasteHeatGwh, pair.HeatDemandGwh);
            if (view.SeesAll(pair.SourceId, pair.DemandId))
            {
                if (pair.DistanceKm <= maxDistanceKm && exchangeable >= minGwh)
                    kept.Add((pair, true, exchangeable, pair.DistanceKm));
                continue;
            }
            var distance = Classes.Distance(pair.DistanceKm);
            var volume = Classes.Volume(exchangeable);
            if (distance.Min < maxDistanceKm && (volume.Max is null || volume.Max > minGwh))
                kept.Add((pair, false, volume.Min, distance.Min));
        }
        return [.. kept
            .OrderByDescending(k => k.VolumeKey).ThenBy(k => k.DistanceKey).ThenBy(k => k.Pair.SourceId).ThenBy(k => k.Pair.DemandId)
            .Select((k, i) =>
            {
                var exchangeable = Math.Min(k.Pair.WasteHeatGwh, k.Pair.HeatDemandGwh);
                return new SynergyCandidate(i + 1, End(view, k.Pair.SourceId), End(view, k.Pair.DemandId),
                    k.Exact ? Math.Round(k.Pair.DistanceKm, 2) : null, Classes.Distance(k.Pair.DistanceKm),
                    k.Exact ? Math.Round(exchangeable, 1) : null, Classes.Volume(exchangeable),
                    links.GetValueOrDefault((k.Pair.SourceId, k.Pair.DemandId)));
            })];
    }

    private static SynergyEnd End(ToileView view, int id)
    {
        var node = view.Node(id)!;
        return new SynergyEnd(node.Id, node.Kind, node.Label, node.Anonymised);
    }
}
