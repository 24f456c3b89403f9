using System.Text.Json;
using Dapper;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>Checks of a proposed or imported geometry: its type for its kind, its validity, and where it lies, by PostGIS.</summary>
internal static class TramesGeometry
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// The geometry written back as plain GeoJSON for PostGIS, or what is wrong with it: not GeoJSON, empty, not flat, or
    /// not the type of its kind (a reservoir is a Polygon or MultiPolygon, a corridor a LineString or MultiLineString).
    /// PostGIS is only given the text NetTopologySuite wrote back: malformed GeoJSON would abort the transaction (a 500).
    /// </summary>
    public static (string? Written, string? Problem) Read(string geoJson, string kind)
    {
        Geometry? geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(geoJson, GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, $"not a GeoJSON geometry: {e.Message}");
        }
        if (geometry is null)
            return (null, "not a GeoJSON geometry: null");
        var expected = kind == "reservoir" ? geometry is Polygon or MultiPolygon : geometry is LineString or MultiLineString;
        if (!expected)
            return (null, kind == "reservoir"
                ? $"a reservoir is a Polygon or MultiPolygon, not a {geometry.GeometryType}"
                : $"a corridor is a LineString or MultiLineString, not a {geometry.GeometryType}");
        if (geometry.IsEmpty)
            return (null, $"the {geometry.GeometryType} has no coordinates");
        if (geometry.Coordinates.Any(c => !double.IsNaN(c.Z) || !double.IsNaN(c.M) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90))
            return (null, "coordinates are longitude, latitude (WGS 84), without a third value");
        return (JsonSerializer.Serialize(geometry, GeoJson), null);
    }

    /// <summary>
    /// Where a geometry read by <see cref="Read"/> lies: the commune holding its point on surface, or what is wrong (not
    /// valid, not inside the allowed communes: the CALL's, for a partner those of its scope in the CALL). Half a metre of
    /// drawing tolerance at the borders.
    /// </summary>
    public static async Task<(string? Commune, string? Problem)> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string geometry, IReadOnlyCollection<string> allowed, string where)
    {
        var check = await connection.QuerySingleAsync<(bool Valid, bool Inside, string? Commune)>("""
            with g as (select st_setsrid(st_geomfromgeojson(@geometry), 4326) as g),
                 allowed as (select st_union(c.geom) as geom from platform.territory c where c.id = any(@allowed) and c.geom is not null)
            select v.valid,
                   -- GEOS may raise on an invalid geometry (aborting the transaction): only a valid one is placed.
                   case when v.valid then coalesce(st_coveredby(g.g, st_buffer(a.geom::geography, 0.5)::geometry), false) else false end as inside,
                   case when v.valid then (select c.id from platform.territory c
                                           where c.id = any(@allowed) and st_intersects(c.geom, st_pointonsurface(g.g))
                                           order by c.id limit 1) end as commune
            from g cross join allowed a cross join lateral (select st_isvalid(g.g) as valid) v
            """, new { geometry, allowed = allowed.ToArray() }, transaction);
        if (!check.Valid)
            return (null, "the geometry is not valid (self-intersection, unclosed ring...)");
        if (!check.Inside || check.Commune is null)
            return (null, $"the geometry must lie inside {where}");
        return (check.Commune, null);
    }
}
