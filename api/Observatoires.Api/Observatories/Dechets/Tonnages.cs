using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Observatories.Dechets;

/// <summary>A stream's tonnes over a territory's EPCIs in one year.</summary>
internal sealed record StreamTonnes(int Year, string Stream, double Collected, double Recovered, bool Demo);

/// <summary>A target of <c>dechets.target</c>, as stored.</summary>
internal sealed record StoredTarget(string Indicator, int Horizon, string Kind, double Value, int? BaseYear, string Bound, string Label,
    string Document, string SourceUrl);

/// <summary>The stored tonnages and targets, read the same way by the streams endpoint and the projection's targets.</summary>
internal static class Tonnages
{
    /// <summary>
    /// The EPCIs a territory covers whole, the tonnages being stored per EPCI: itself for an EPCI, every EPCI of a
    /// groupement; none for a commune (the source has no commune figures).
    /// </summary>
    public static async Task<IReadOnlyList<string>> EpcisOfAsync(NpgsqlConnection connection, Target territory) =>
        territory.Level == "epci" ? [territory.Id]
        : territory.Level is "commune" || territory.IsCustom || territory.Communes.Count == 0 ? []
        : [.. await connection.QueryAsync<string>("""
            select distinct m.parent_id from platform.territory_membership m
            join platform.territory p on p.id = m.parent_id and p.level = 'epci'
            where m.member_id = any(@Communes) order by 1
            """, new { Communes = territory.Communes.ToArray() })];

    /// <summary>Σ over the EPCIs per year and stream, for the years every one of them has tonnages (a partial sum would mislead).</summary>
    public static async Task<IReadOnlyList<StreamTonnes>> SumsAsync(NpgsqlConnection connection, IReadOnlyList<string> epcis) =>
        [.. await connection.QueryAsync<StreamTonnes>("""
            select year, stream, sum(tonnes_collected)::double precision as collected, sum(tonnes_recovered)::double precision as recovered,
                   bool_or(demo) as demo
            from dechets.tonnage where epci_id = any(@Epcis)
            group by year, stream
            having count(distinct epci_id) = cardinality(@Epcis)
            order by year, stream
            """, new { Epcis = epcis.ToArray() })];

    /// <summary>The EPCIs' population in the referential.</summary>
    public static Task<long> PopulationAsync(NpgsqlConnection connection, IReadOnlyList<string> epcis) =>
        connection.ExecuteScalarAsync<long>("select coalesce(sum(population), 0)::bigint from platform.territory where id = any(@Epcis)",
            new { Epcis = epcis.ToArray() });

    public static async Task<IReadOnlyList<StoredTarget>> TargetsAsync(NpgsqlConnection connection) =>
        [.. await connection.QueryAsync<StoredTarget>("""
            select indicator, horizon, kind, value, base_year as baseyear, bound, label, document, source_url as sourceurl
            from dechets.target order by indicator, horizon
            """)];

    /// <summary>DMA kg per inhabitant of a year: Σ tonnes of every stream ÷ inhabitants.</summary>
    public static double? DmaKgPerInhabitant(IEnumerable<StreamTonnes> year, long population) =>
        Streams.KgPerInhabitant(year.Sum(s => s.Collected), population);

    /// <summary>The recovery rate of a year: Σ recovered ÷ Σ collected of the non-inert streams.</summary>
    public static double? RecoveryRate(IEnumerable<StreamTonnes> year)
    {
        var nonInert = year.Where(s => !Streams.All.Single(x => x.Code == s.Stream).Inert).ToList();
        return Streams.RecoveryRate(nonInert.Sum(s => s.Recovered), nonInert.Sum(s => s.Collected));
    }

    /// <summary>
    /// A target's value for a territory: the stored value when absolute; for a relative one, the base year's value
    /// changed by the stored % (null without the base year's tonnages).
    /// </summary>
    public static double? TargetValue(StoredTarget target, Func<int, double?> valueOfYear) =>
        target.Kind == "absolute" ? target.Value
        : valueOfYear(target.BaseYear!.Value) is { } baseValue ? Math.Round(baseValue * (1 + target.Value / 100), 1) : null;
}
