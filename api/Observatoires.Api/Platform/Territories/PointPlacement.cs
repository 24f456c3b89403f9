using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Territories;

/// <summary>
/// Where the points of an imported file lie, checked in PostGIS against the communes' contours before anything is
/// written: each near its own commune, or each inside a perimeter. The answers are the points' 1-based positions in the
/// list given, in its order, so that the importer names each one's line or feature.
/// </summary>
internal static class PointPlacement
{
    /// <summary>The points (WGS 84) farther than <paramref name="tolerance"/> metres from their commune (commune:62119).</summary>
    public static async Task<IReadOnlyList<int>> FarFromTheirCommuneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(double Lon, double Lat, string Commune)> points, double tolerance)
    {
        if (points.Count == 0)
            return [];
        return [.. await connection.QueryAsync<int>("""
            select t.i::integer from unnest(@Lon, @Lat, @Commune) with ordinality as t (lon, lat, commune, i)
            join platform.territory c on c.id = t.commune
            where not st_dwithin(c.geom::geography, st_setsrid(st_makepoint(t.lon, t.lat), 4326)::geography, @Tolerance)
            order by t.i
            """, new
        {
            Lon = points.Select(p => p.Lon).ToArray(),
            Lat = points.Select(p => p.Lat).ToArray(),
            Commune = points.Select(p => p.Commune).ToArray(),
            Tolerance = tolerance,
        }, transaction)];
    }

    /// <summary>The points (WGS 84) in none of <paramref name="communes"/> (a perimeter's).</summary>
    public static async Task<IReadOnlyList<int>> OutsideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(double Lon, double Lat)> points, IReadOnlyCollection<string> communes)
    {
        if (points.Count == 0)
            return [];
        return [.. await connection.QueryAsync<int>("""
            select t.i::integer from unnest(@Lon, @Lat) with ordinality as t (lon, lat, i)
            where not exists (select from platform.territory c
                              where c.id = any(@Communes) and st_intersects(c.geom, st_setsrid(st_makepoint(t.lon, t.lat), 4326)))
            order by t.i
            """, new { Lon = points.Select(p => p.Lon).ToArray(), Lat = points.Select(p => p.Lat).ToArray(), Communes = communes.ToArray() },
            transaction)];
    }
}
