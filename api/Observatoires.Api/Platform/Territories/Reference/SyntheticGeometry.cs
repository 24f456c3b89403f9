using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Triangulate;

namespace Observatoires.Api.Platform.Territories.Reference;

/// <summary>An EPCI to lay out: its code and its communes (INSEE code, population).</summary>
internal sealed record EpciLayout(string Code, IReadOnlyList<CommuneSeed> Communes);

/// <summary>A commune to place: its INSEE code and population.</summary>
internal sealed record CommuneSeed(string Code, int Population);

/// <summary>
/// Deterministic synthetic commune contours for the Artois area. Real contours may not be committed, yet maps,
/// spatial joins and aggregations need a believable partition: communes tile their EPCI without gap or overlap,
/// neighbours share the very same border vertices, and EPCIs sit west to east with plausible areas.
/// </summary>
internal static class SyntheticGeometry
{
    // Bounding box of the real territory (lon/lat, WGS 84).
    private const double West = 1.75, East = 3.08, South = 50.19, North = 50.64;

    // Local equirectangular scale at the territory's mean latitude, enough for areas within a few percent.
    private const double KmPerDegreeLatitude = 111.2;
    private static readonly double KmPerDegreeLongitude = KmPerDegreeLatitude * Math.Cos(50.4 * Math.PI / 180);

    // Three Lloyd steps make random Voronoi cells compact (no sliver, no giant) yet keep some size variety.
    private const int LloydIterations = 3;

    // Five decimals (about a metre) keeps the WKT short and stable.
    private static readonly PrecisionModel Grid = new(1e5);
    private static readonly GeometryFactory Output = new(Grid, 4326);
    private static readonly GeometryFactory Work = new(new PrecisionModel(), 4326);

    /// <summary>Lays the communes out as a partition of the territory, keyed by INSEE code.</summary>
    /// <param name="westToEast">EPCIs in their real west-to-east order.</param>
    /// <param name="areaKm2">Target area of each EPCI (same order), in km².</param>
    /// <param name="seed">Seed of the pseudo-random site placement; the same input and seed give the same output.</param>
    public static IReadOnlyDictionary<string, MultiPolygon> Generate(
        IReadOnlyList<EpciLayout> westToEast, IReadOnlyList<double> areaKm2, int seed = 62)
    {
        if (westToEast.Count != areaKm2.Count)
            throw new ArgumentException("One target area is needed per EPCI.", nameof(areaKm2));

        var repeated = westToEast.SelectMany(e => e.Communes).GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Commune {repeated.Key} is listed more than once.", nameof(westToEast));

        var random = new Random(seed);
        var bands = Bands(areaKm2, random);
        var cells = westToEast.SelectMany((epci, i) => Tessellate(epci.Communes, bands[i], random)).ToList();
        return Rebuild(cells);
    }

    /// <summary>
    /// One vertical band per EPCI, spanning the territory's longitudes. Widths follow √area so each band stays
    /// roughly square, and the height then yields the target area; the bands are staggered a little in latitude.
    /// </summary>
    private static Envelope[] Bands(IReadOnlyList<double> areaKm2, Random random)
    {
        var degreesPerRootKm2 = (East - West) / areaKm2.Sum(Math.Sqrt);
        var middle = (South + North) / 2;
        var bands = new Envelope[areaKm2.Count];
        var left = West;
        for (var i = 0; i < bands.Length; i++)
        {
            var right = i == bands.Length - 1 ? East : Round(left + (Math.Sqrt(areaKm2[i]) * degreesPerRootKm2));
            var height = areaKm2[i] / ((right - left) * KmPerDegreeLongitude) / KmPerDegreeLatitude;

            // Shifting each centre by at most ±20 % of its height keeps every band touching its neighbours along
            // a segment at least 30 % of their heights long, so the territory stays in one piece.
            var centre = middle + ((random.NextDouble() - 0.5) * 0.4 * height);
            bands[i] = new Envelope(left, right, Round(centre - (height / 2)), Round(centre + (height / 2)));
            left = right;
        }

        return bands;
    }

    /// <summary>Relaxed Voronoi cells of random sites in the band, one per commune.</summary>
    private static IEnumerable<(string Code, Polygon Cell)> Tessellate(
        IReadOnlyList<CommuneSeed> communes, Envelope band, Random random)
    {
        var sites = communes
            .Select(_ => new Coordinate(
                band.MinX + (random.NextDouble() * band.Width), band.MinY + (random.NextDouble() * band.Height)))
            .ToList();
        var cells = Voronoi(sites, band);
        for (var i = 0; i < LloydIterations; i++)
            cells = Voronoi(cells.Select(c => c.Centroid.Coordinate).ToList(), band);

        // The list usually starts with the main town: hand out cells from the band's centre outwards.
        return cells
            .OrderBy(c => c.Centroid.Coordinate.Distance(band.Centre))
            .Zip(communes, (cell, commune) => (commune.Code, cell));
    }

    private static List<Polygon> Voronoi(List<Coordinate> sites, Envelope band)
    {
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);

        // Raw cells clipped to the band with Sutherland-Hodgman (they are convex): much cheaper than letting
        // the builder clip them by overlay, then intersecting again with the band.
        var clipper = new RingClipper(band);
        return builder.GetSubdivision().GetVoronoiCellPolygons(Work)
            .Select(cell => Work.CreatePolygon(clipper.Clip(cell.Coordinates)))
            .ToList();
    }

    /// <summary>
    /// Rounds the cells onto the grid without breaking the partition: all boundaries are noded together with
    /// snap-rounding, then polygonized, so adjacent faces are built from the very same edges and vertices.
    /// </summary>
    private static Dictionary<string, MultiPolygon> Rebuild(List<(string Code, Polygon Cell)> cells)
    {
        var index = new STRtree<(string Code, Polygon Cell)>();
        foreach (var cell in cells)
            index.Insert(cell.Cell.EnvelopeInternal, cell);

        var polygonizer = new Polygonizer();
        polygonizer.Add(UnaryUnionNG.Union(cells.Select(c => c.Cell.Boundary), Output, Grid));

        // A face belongs to the cell holding its interior point; a sliver left by rounding joins its host cell.
        var faces = polygonizer.GetPolygons().ToLookup(face => Owner(index, face.InteriorPoint));
        return cells.ToDictionary(c => c.Code, c => Merge(c.Code, faces[c.Code]));
    }

    private static string Owner(STRtree<(string Code, Polygon Cell)> index, Point point) =>
        index.Query(point.EnvelopeInternal).MinBy(c => c.Cell.Distance(point)).Code;

    private static MultiPolygon Merge(string code, IEnumerable<Geometry> faces) =>
        CoverageUnion.Union(Output.BuildGeometry(faces)) is Polygon polygon
            ? Output.CreateMultiPolygon([polygon])
            : throw new InvalidOperationException($"Commune {code} did not come out as a single polygon.");

    private static double Round(double degrees) => Grid.MakePrecise(degrees);
}
