using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>
/// The land figures of parks: areas by lot status, occupancy rate, establishments. The same query serves the park
/// list and, summed per commune, the observatory's indicators.
/// </summary>
internal sealed record ParkFigures(int Id, string Name, string Type, string CommuneId, string? EpciId, double TotalHa, double OccupiedHa,
    double AvailableHa, double ReserveHa, double BrownfieldHa, double MarketedHa, int Establishments)
{
    /// <summary>Occupied area over the area of the lots, in %.</summary>
    public double? OccupancyRate => TotalHa > 0 ? Math.Round(100 * OccupiedHa / TotalHa, 1) : null;

    public static async Task<IReadOnlyList<ParkFigures>> ListAsync(NpgsqlConnection connection, string? epci, NpgsqlTransaction? transaction = null) =>
        [.. await connection.QueryAsync<ParkFigures>("""
            select z.id, z.name, z.type, z.commune_id as communeid, e.parent_id as epciid,
                   round(coalesce(sum(a.ha), 0)::numeric, 2)::double precision as totalha,
                   round(coalesce(sum(a.ha) filter (where l.status = 'occupe'), 0)::numeric, 2)::double precision as occupiedha,
                   round(coalesce(sum(a.ha) filter (where l.status = 'disponible_amenage'), 0)::numeric, 2)::double precision as availableha,
                   round(coalesce(sum(a.ha) filter (where l.status = 'reserve_non_amenagee'), 0)::numeric, 2)::double precision as reserveha,
                   round(coalesce(sum(a.ha) filter (where l.status = 'friche'), 0)::numeric, 2)::double precision as brownfieldha,
                   round(coalesce(sum(a.ha) filter (where l.status = 'en_commercialisation'), 0)::numeric, 2)::double precision as marketedha,
                   (count(*) filter (where l.status = 'occupe'))::int as establishments
            from foncier_eco.zae z
            left join lateral (select m.parent_id from platform.territory_membership m
                               where m.member_id = z.commune_id and m.parent_id like 'epci:%' limit 1) e on true
            left join foncier_eco.lot_version l on l.zae_id = z.id and l.valid_to is null
            left join lateral (select st_area(l.geom::geography) / 10000 as ha) a on true
            where @epci::text is null or e.parent_id = @epci
            group by z.id, e.parent_id
            order by z.id
            """, new { epci }, transaction)];
}
