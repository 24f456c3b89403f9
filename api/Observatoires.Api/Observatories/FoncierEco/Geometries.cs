using System.Text.Json;
using Dapper;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>Checks of drawn lot geometries against their park, the lot they replace and its neighbours, by PostGIS.</summary>
internal static class Geometries
{
    /// <summary>A square metre, or a thousandth of the lot: drawing tolerance, not room for a forgotten strip.</summary>
    private const string Tolerance = "greatest(1, 0.001 * st_area(o.geom::geography))";

    /// <summary>The drawn parts of a lot to split as PostGIS is to read them (<see cref="Read"/>), or what is wrong with them.</summary>
    public static async Task<(string[] Parts, string? Problem)> CheckSplitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        int lotId, int zaeId, string[] drawn)
    {
        var (parts, problem) = await CheckShapesAsync(connection, transaction, zaeId, drawn);
        if (problem is not null)
            return ([], problem);
        var (gap, overlap) = await connection.QuerySingleAsync<(bool Gap, bool Overlap)>($"""
            with parts as (select st_setsrid(st_geomfromgeojson(p), 4326) as g, n from unnest(@parts::text[]) with ordinality as x(p, n)),
                 o as (select geom from foncier_eco.lot_version where lot_id = @lotId and valid_to is null)
            select st_area(st_symdifference((select st_union(g) from parts), o.geom)::geography) > {Tolerance},
                   st_area(st_intersection((select g from parts where n = 1), (select g from parts where n = 2))::geography) > {Tolerance}
            from o
            """, new { lotId, parts }, transaction);
        return (parts, gap ? "the two parts must cover the original lot exactly (together, nothing more and nothing less)"
            : overlap ? "the two parts overlap: a piece of land cannot be in both" : null);
    }

    /// <summary>
    /// A new lot's geometry as PostGIS is to read it (<see cref="Read"/>), or what is wrong with it (invalid, outside the
    /// park, over another lot).
    /// </summary>
    public static async Task<(string Geometry, string? Problem)> CheckNewLotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        int zaeId, string drawn)
    {
        var (shapes, problem) = await CheckShapesAsync(connection, transaction, zaeId, [drawn]);
        if (problem is not null)
            return ("", problem);
        var geometry = shapes[0];
        var overlapping = await connection.QueryAsync<int>("""
            select l.lot_id from foncier_eco.lot_version l
            where l.zae_id = @zaeId and l.valid_to is null
              and st_area(st_intersection(l.geom, st_setsrid(st_geomfromgeojson(@geometry), 4326))::geography) > 1
            """, new { zaeId, geometry }, transaction);
        return (geometry, overlapping.Any() ? $"the lot overlaps lot(s) {string.Join(", ", overlapping)}: split or retire them first" : null);
    }

    /// <summary>
    /// The two parts of the current lot cut along a line by PostGIS (ST_Split), as GeoJSON MultiPolygons in a stable
    /// order (the order of ST_Dump), or what is wrong with the line.
    /// </summary>
    public static async Task<(string[] Parts, string? Problem)> CutAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int lotId, string line)
    {
        var (geometry, written, problem) = Read(line);
        if (problem is not null)
            return ([], $"cutLine is {problem}");
        if (geometry is not LineString { NumPoints: >= 2 } lineString)
            return ([], $"cutLine is a LineString of at least two points, not a {geometry!.GeometryType}");
        if (!lineString.IsSimple)
            return ([], "the cut line crosses itself");
        line = written!;
        var parts = (await connection.QueryAsync<string>("""
            with o as (select geom from foncier_eco.lot_version where lot_id = @lotId and valid_to is null),
                 b as (select st_setsrid(st_geomfromgeojson(@line), 4326) as g)
            select st_asgeojson(st_multi(d.geom), 9)
            from o, b, lateral st_dump(st_collectionextract(st_split(o.geom, b.g), 3)) d
            where st_intersects(o.geom, b.g)
            order by d.path
            """, new { lotId, line }, transaction)).ToArray();
        return parts.Length switch
        {
            0 => ([], "the cut line does not meet the lot"),
            1 => ([], "the cut line must cross the lot from one edge to the other (start and end outside the lot)"),
            2 => (parts, null),
            _ => ([], $"the cut line cuts the lot into {parts.Length} pieces: draw a line that cuts it in two"),
        };
    }

    /// <summary>The areas of GeoJSON geometries, in hectares (3 decimals).</summary>
    public static async Task<double[]> AreasHaAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] parts) =>
        [.. await connection.QueryAsync<double>("""
            select round((st_area(st_setsrid(st_geomfromgeojson(p), 4326)::geography) / 10000)::numeric, 3)::double precision
            from unnest(@parts::text[]) with ordinality as x(p, n) order by n
            """, new { parts }, transaction)];

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>
    /// The geometry as NetTopologySuite reads it, and written back as plain GeoJSON (type and coordinates), or what is wrong
    /// with it. PostGIS is only ever given the text written back: on malformed GeoJSON it would abort the transaction,
    /// and it refuses some that NetTopologySuite reads leniently ("type": "5", a crs naming EPSG:99999999999): 500s.
    /// </summary>
    public static (Geometry? Geometry, string? Written, string? Problem) Read(string geoJson)
    {
        Geometry? geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(geoJson, GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, null, $"not a GeoJSON geometry: {e.Message}");
        }
        if (geometry is null)
            return (null, null, "not a GeoJSON geometry: null");
        // The lots are flat (geometry(MultiPolygon, 4326)): PostGIS would refuse heights when storing them.
        if (geometry.Coordinates.Any(c => !double.IsNaN(c.Z) || !double.IsNaN(c.M)))
            return (null, null, "not flat: coordinates are longitude, latitude, without a third value");
        return (geometry, JsonSerializer.Serialize(geometry, GeoJson), null);
    }

    private static async Task<(string[] Shapes, string? Problem)> CheckShapesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        int zaeId, string[] drawn)
    {
        var parts = new string[drawn.Length];
        for (var i = 0; i < drawn.Length; i++)
        {
            var which = drawn.Length > 1 ? $"part {i + 1}: " : "";
            var (geometry, written, problem) = Read(drawn[i]);
            if (problem is not null)
                return ([], $"{which}{problem}");
            if (geometry is not (Polygon or MultiPolygon))
                return ([], $"{which}a lot is a Polygon or MultiPolygon, not a {geometry!.GeometryType}");
            // NetTopologySuite reads a geometry without coordinates as an empty one; PostGIS refuses it (a 500).
            if (geometry.IsEmpty)
                return ([], $"{which}the {geometry.GeometryType} has no coordinates");
            parts[i] = written!;
        }
        var checks = (await connection.QueryAsync<(long N, bool Valid, bool Inside)>("""
            select x.n, st_isvalid(g), st_coveredby(g, st_buffer(z.geom::geography, 0.5)::geometry)
            from unnest(@parts::text[]) with ordinality as x(p, n)
            cross join lateral (select st_setsrid(st_geomfromgeojson(x.p), 4326) as g) d
            join foncier_eco.zae z on z.id = @zaeId
            order by x.n
            """, new { parts, zaeId }, transaction)).ToList();
        foreach (var c in checks)
        {
            var which = parts.Length > 1 ? $"part {c.N}: " : "";
            if (!c.Valid)
                return ([], $"{which}the polygon is not valid (self-intersection, unclosed ring...)");
            if (!c.Inside)
                return ([], $"{which}the lot must lie inside its park");
        }
        return (parts, null);
    }
}
