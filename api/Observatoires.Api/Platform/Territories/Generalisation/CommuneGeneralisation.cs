using Dapper;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.Generalisation;

/// <summary>
/// The small-scale variants of the commune contours, simplified as one coverage rather than polygon by polygon:
/// every border between two communes is simplified once and given to both, so that neighbours keep exactly the same
/// border at every resolution (no gap, no overlap) and unions of communes dissolve cleanly into EPCI contours.
/// </summary>
/// <remarks>
/// NetTopologySuite's <see cref="CoverageSimplifier"/> does it in memory in a few tens of milliseconds for the
/// 319 communes, where a PostGIS topology (postgis_topology) took seconds to build and its edges had to be changed
/// one by one to avoid crossings; PostGIS only gets the same function (ST_CoverageSimplify) from 3.4 on.
/// </remarks>
internal static class CommuneGeneralisation
{
    /// <summary>Lambert-93: metres, the same in every direction, across metropolitan France.</summary>
    public const int ProjectedSrid = 2154;

    /// <summary>
    /// Tolerances of the medium and low variants, in metres (Visvalingam–Whyatt: corners whose triangle is smaller
    /// than the tolerance squared are cut). On the real Artois communes, borders move by about 50 m and 350 m on
    /// average, and the low variant keeps under a quarter of the vertices.
    /// </summary>
    public const double MediumTolerance = 100, LowTolerance = 500;

    /// <summary>Recomputes geom_medium and geom_low of every commune that has a contour; geom is left untouched.</summary>
    public static async Task RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var communes = (await connection.QueryAsync<(string Id, byte[] Wkb)>(
            SqlResource.Get("Platform/Territories/Generalisation/ProjectedCommunes.sql"),
            new { Srid = ProjectedSrid }, transaction, commandTimeout: 300)).ToList();
        var reader = new WKBReader();
        var coverage = communes.Select(c => reader.Read(c.Wkb)).ToArray();
        var writer = new WKBWriter();
        await connection.ExecuteAsync(SqlResource.Get("Platform/Territories/Generalisation/StoreVariants.sql"), new
        {
            Srid = ProjectedSrid,
            Ids = communes.Select(c => c.Id).ToArray(),
            Medium = Simplify(coverage, MediumTolerance).Select(writer.Write).ToArray(),
            Low = Simplify(coverage, LowTolerance).Select(writer.Write).ToArray(),
        }, transaction, commandTimeout: 300);
    }

    /// <summary>Simplifies polygons that tile a territory, in the same order; shared borders stay shared.</summary>
    public static Geometry[] Simplify(Geometry[] coverage, double tolerance)
    {
        if (coverage.Length == 0)
            return [];
        // Keep every ring: a small commune, island or enclave must not vanish at small scales.
        var simplified = new CoverageSimplifier(coverage) { RemovableRingSizeFactor = 0 }.Simplify(tolerance);
        // Valid whenever the communes form a proper coverage; contours that overlap (a repaired polygon, a careless
        // import) are still simplified, and any polygon that came out broken keeps its full-resolution contour.
        return [.. simplified.Select((g, i) => g is Polygon or MultiPolygon && !g.IsEmpty && g.IsValid ? g : coverage[i])];
    }
}
