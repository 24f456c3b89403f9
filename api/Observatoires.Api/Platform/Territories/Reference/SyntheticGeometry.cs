using NetTopologySuite.Geometries;

namespace Observatoires.Api.Platform.Territories.Reference;

internal sealed record EpciLayout(string Code, IReadOnlyList<CommuneSeed> Communes);
internal sealed record CommuneSeed(string Code, int Population);

// TEMPORARY placeholder until the Voronoi generator lands: a grid per band.
internal static class SyntheticGeometry
{
    public static IReadOnlyDictionary<string, MultiPolygon> Generate(IReadOnlyList<EpciLayout> westToEast, IReadOnlyList<double> areaKm2, int seed = 62)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var result = new Dictionary<string, MultiPolygon>();
        var total = areaKm2.Sum();
        double x = 1.75;
        for (var e = 0; e < westToEast.Count; e++)
        {
            var width = (3.08 - 1.75) * areaKm2[e] / total;
            var communes = westToEast[e].Communes;
            var cols = (int)Math.Ceiling(Math.Sqrt(communes.Count / 2.0));
            var rows = (int)Math.Ceiling(communes.Count / (double)cols);
            for (var i = 0; i < communes.Count; i++)
            {
                int r = i / cols, c = i % cols;
                var lastInRow = c == cols - 1 || i == communes.Count - 1;
                double x0 = x + width * c / cols, x1 = lastInRow ? x + width : x + width * (c + 1) / cols;
                double y0 = 50.19 + 0.45 * r / rows, y1 = 50.19 + 0.45 * (r + 1) / rows;
                var ring = factory.CreateLinearRing([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
                result[communes[i].Code] = factory.CreateMultiPolygon([factory.CreatePolygon(ring)]);
            }
            x += width;
        }
        return result;
    }
}
