using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Energie.Toile;

/// <summary>A waste-heat source and a heat demand, with the distance between the positions the caller sees them at
/// (PostGIS, on the ellipsoid): exact between two nodes it sees, from the area's point for a hidden site.</summary>
internal sealed record SynergyPair(int SourceId, int DemandId, double DistanceKm, double WasteHeatGwh, double HeatDemandGwh);

/// <summary>One end of a synergy candidate, as the caller sees it.</summary>
internal sealed record SynergyEnd(int Id, string Kind, string Label, bool Anonymised);

/// <summary>A waste-heat source and a heat demand that could be linked.</summary>
/// <param name="Rank">1 for the largest volume that could be exchanged.</param>
/// <param name="DistanceKm">Distance between the two, km (null when one of them is anonymised for the caller).</param>
/// <param name="DistanceClass">The distance's class (for everyone). When one of them is anonymised for the caller, the class of
/// the distance from the point it is shown at (its EPCI's), not from where it is: an indication, that reveals nothing.</param>
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
/// minimum therefore reveals nothing finer than the classes it shows. A hidden site's distances are taken from the point
/// it is shown at (<see cref="PairsAsync"/>), never from its own position.
/// </summary>
internal static class Synergies
{
    /// <summary>
    /// Every pair of a source and a demand in the caller's view, with the distance between the positions the caller
    /// sees (<see cref="ToileView.SeenPosition"/>): a hidden site's is its area's point, so that neither the distance
    /// nor its class nor the filter on it depends on where the site really is, which the public ends (heat networks,
    /// waste-to-energy plants) would otherwise let anyone find by trilateration.
    /// </summary>
    public static async Task<IReadOnlyList<SynergyPair>> PairsAsync(NpgsqlConnection connection, ToileView view)
    {
        var sources = Ends(view, n => n.WasteHeatGwh > 0);
        var demands = Ends(view, n => n.HeatDemandGwh > 0);
        var distances = await connection.QueryAsync<SeenDistance>("""
            select s.id as sourceid, d.id as demandid, st_distance(st_setsrid(st_makepoint(s.longitude, s.latitude), 4326)::geography,
                                           st_setsrid(st_makepoint(d.longitude, d.latitude), 4326)::geography) / 1000 as distancekm
            from unnest(@SourceIds, @SourceLongitudes, @SourceLatitudes) as s(id, longitude, latitude)
            join unnest(@DemandIds, @DemandLongitudes, @DemandLatitudes) as d(id, longitude, latitude) on d.id <> s.id
            """, new
        {
            SourceIds = sources.Select(e => e.Node.Id).ToArray(),
            SourceLongitudes = sources.Select(e => e.Longitude).ToArray(),
            SourceLatitudes = sources.Select(e => e.Latitude).ToArray(),
            DemandIds = demands.Select(e => e.Node.Id).ToArray(),
            DemandLongitudes = demands.Select(e => e.Longitude).ToArray(),
            DemandLatitudes = demands.Select(e => e.Latitude).ToArray(),
        });
        var stored = view.Graph.Nodes.ToDictionary(n => n.Id);
        return [.. distances.Select(d => new SynergyPair(d.SourceId, d.DemandId, d.DistanceKm, stored[d.SourceId].WasteHeatGwh!.Value,
            stored[d.DemandId].HeatDemandGwh!.Value))];
    }

    private sealed record SeenDistance(int SourceId, int DemandId, double DistanceKm);

    private static List<(StoredNode Node, double Longitude, double Latitude)> Ends(ToileView view, Func<StoredNode, bool> holds) =>
        [.. view.Graph.Nodes.Where(holds).Select(n => (Node: n, Seen: view.SeenPosition(n.Id)))
            .Where(e => e.Seen is not null).Select(e => (e.Node, e.Seen!.Value.Longitude, e.Seen!.Value.Latitude))];

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
