using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Observatoires.Api.Platform.Territories.Generalisation;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// The coverage simplification on shapes the Artois communes do not have but a real import may bring: an enclave
/// (a commune in a hole of another), a commune in two parts with a small island, and wiggly shared borders.
/// </summary>
public sealed class CommuneGeneralisationTests
{
    private static readonly GeometryFactory Lambert93 = new(new PrecisionModel(), CommuneGeneralisation.ProjectedSrid);

    // Metres. Borders wiggle by 20 m every 100 m: both tolerances must smooth them away.
    private static readonly LinearRing Hole = Ring((4_000, 4_000), (6_000, 4_000), (6_000, 6_000), (4_000, 6_000));
    private static readonly Polygon Host = Lambert93.CreatePolygon(Ring((0, 0), (10_000, 0), (10_000, 10_000), (0, 10_000)), [Hole]);
    private static readonly Polygon Enclave = Lambert93.CreatePolygon(Hole);
    private static readonly MultiPolygon TwoParts = Lambert93.CreateMultiPolygon(
    [
        Lambert93.CreatePolygon(Ring((10_000, 0), (20_000, 0), (20_000, 10_000), (10_000, 10_000))),
        // An island of 400 × 400 m, smaller than the low tolerance squared: it must stay.
        Lambert93.CreatePolygon(Ring((22_000, 5_000), (22_400, 5_000), (22_400, 5_400), (22_000, 5_400))),
    ]);
    private static readonly Geometry[] Coverage = [Host, Enclave, TwoParts];

    [TestCase(CommuneGeneralisation.MediumTolerance)]
    [TestCase(CommuneGeneralisation.LowTolerance)]
    public void Holes_enclaves_and_islands_survive_with_their_shared_borders(double tolerance)
    {
        var (host, enclave, twoParts) = Simplified(tolerance);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { host, enclave, twoParts }.Select(g => g.IsValid), Is.All.True);
            Assert.That(host.NumGeometries, Is.EqualTo(1));
            Assert.That(((Polygon)host.GetGeometryN(0)).NumInteriorRings, Is.EqualTo(1), "the host keeps its hole");
            Assert.That(twoParts.NumGeometries, Is.EqualTo(2), "the island is kept");

            // The enclave fills the host's hole exactly, and the host and its eastern neighbour share one border.
            var hole = Lambert93.CreatePolygon(((Polygon)host.GetGeometryN(0)).GetInteriorRingN(0).Coordinates);
            Assert.That(enclave.EqualsTopologically(hole), Is.True, "enclave = hole");
            Assert.That(host.Intersection(twoParts), Is.InstanceOf<LineString>().Or.InstanceOf<MultiLineString>());
            Assert.That(host.Intersection(twoParts).Length, Is.EqualTo(10_000).Within(1).Percent);

            // No overlap, no gap: the pieces add up to their union, which has no hole.
            var union = UnaryUnionOp.Union(new[] { host, enclave, twoParts });
            Assert.That(host.Area + enclave.Area + twoParts.Area, Is.EqualTo(union.Area).Within(1e-6).Percent);
            Assert.That(Enumerable.Range(0, union.NumGeometries).Sum(i => ((Polygon)union.GetGeometryN(i)).NumInteriorRings), Is.Zero);

            Assert.That(host.NumPoints + enclave.NumPoints + twoParts.NumPoints,
                Is.LessThan(Coverage.Sum(g => g.NumPoints) / 4), "the wiggles are gone");
        });
    }

    [Test]
    public void No_commune_gives_no_variant() =>
        Assert.That(CommuneGeneralisation.Simplify([], CommuneGeneralisation.LowTolerance), Is.Empty);

    private static (Geometry Host, Geometry Enclave, Geometry TwoParts) Simplified(double tolerance)
    {
        var result = CommuneGeneralisation.Simplify(Coverage, tolerance);
        Assert.That(result, Has.Length.EqualTo(Coverage.Length));
        return (result[0], result[1], result[2]);
    }

    /// <summary>
    /// A closed ring through the corners (sides along the axes), with a vertex every 100 m, every other one pushed
    /// 20 m aside. The push depends on the position only, so a border walked both ways gets the same vertices.
    /// </summary>
    private static LinearRing Ring(params (double X, double Y)[] corners)
    {
        var coordinates = new List<Coordinate>();
        for (var i = 0; i < corners.Length; i++)
        {
            var (from, to) = (corners[i], corners[(i + 1) % corners.Length]);
            var steps = (int)(Math.Abs(to.X - from.X + to.Y - from.Y) / 100);
            for (var s = 0; s < steps; s++)
            {
                var (x, y) = (from.X + ((to.X - from.X) * s / steps), from.Y + ((to.Y - from.Y) * s / steps));
                var wiggle = s > 0 && (int)((x + y) / 100) % 2 == 1 ? 20 : 0;
                coordinates.Add(from.X == to.X ? new Coordinate(x + wiggle, y) : new Coordinate(x, y + wiggle));
            }
        }
        coordinates.Add(coordinates[0].Copy());
        return Lambert93.CreateLinearRing([.. coordinates]);
    }
}
