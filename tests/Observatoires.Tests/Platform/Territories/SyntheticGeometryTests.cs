using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Observatoires.Api.Platform.Territories.Reference;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// The synthetic commune contours stand in for the real ones until they are imported: they must already behave
/// like a real partition (valid, no gap or overlap, shared borders, EPCIs in one piece and in their real order).
/// </summary>
public sealed class SyntheticGeometryTests
{
    // The real EPCIs west to east (7 Vallées, Ternois, Béthune-Bruay, Lens-Liévin, Hénin-Carvin): SIREN codes,
    // approximate areas (km²), commune counts and main-town populations; the communes themselves are made up.
    private static readonly string[] EpciCodes = ["200044030", "200069672", "200072460", "246200364", "246200299"];
    private static readonly double[] RealAreas = [560, 730, 650, 240, 110];
    private static readonly int[] CommuneCounts = [66, 103, 100, 36, 14];
    private static readonly int[] MainTownPopulations = [4_500, 4_800, 25_300, 32_700, 25_800];

    private const double KmPerDegreeLatitude = 111.2;
    private static readonly double KmPerDegreeLongitude = KmPerDegreeLatitude * Math.Cos(50.4 * Math.PI / 180);

    private List<EpciLayout> layout = null!;
    private IReadOnlyDictionary<string, MultiPolygon> communes = null!;

    [OneTimeSetUp]
    public void GenerateOnce()
    {
        layout = Artois();
        communes = SyntheticGeometry.Generate(layout, RealAreas);
    }

    [Test]
    public void Every_commune_is_one_valid_polygon_in_WGS84()
    {
        Assert.That(communes.Keys, Is.EquivalentTo(layout.SelectMany(e => e.Communes).Select(c => c.Code)));
        Assert.Multiple(() =>
        {
            foreach (var (code, commune) in communes)
            {
                Assert.That(commune.SRID, Is.EqualTo(4326), code);
                Assert.That(commune.NumGeometries, Is.EqualTo(1), code);
                Assert.That(commune.GetGeometryN(0), Is.InstanceOf<Polygon>(), code);
                Assert.That(commune.IsEmpty, Is.False, code);
                Assert.That(commune.IsValid, Is.True, code);
            }
        });
    }

    [Test]
    public void Coordinates_are_rounded_to_five_decimals()
    {
        var offGrid = communes.Values
            .SelectMany(c => c.Coordinates)
            .SelectMany(c => new[] { c.X, c.Y })
            .Where(v => Math.Abs((v * 1e5) - Math.Round(v * 1e5)) > 1e-6);
        Assert.That(offGrid, Is.Empty);
    }

    [Test]
    public void Communes_do_not_overlap()
    {
        var overlaps = TouchingPairs()
            .Where(p => p.A.Intersection(p.B).Area > 1e-9)
            .Select(p => $"{p.CodeA}/{p.CodeB}");
        Assert.That(overlaps, Is.Empty);
    }

    [Test]
    public void Communes_leave_no_gap()
    {
        var territory = UnaryUnionOp.Union(communes.Values);
        var summed = communes.Values.Sum(c => c.Area);

        Assert.Multiple(() =>
        {
            Assert.That(territory, Is.InstanceOf<Polygon>());
            Assert.That(((Polygon)territory).NumInteriorRings, Is.Zero, "holes in the territory");
            Assert.That(territory.Area, Is.EqualTo(summed).Within(1e-9).Percent);

            // The territory is a staircase of EPCI bands: a gap along its edge would show as a slanted segment.
            var outline = ((Polygon)territory).ExteriorRing.Coordinates;
            var slanted = outline.Zip(outline.Skip(1)).Where(s => s.First.X != s.Second.X && s.First.Y != s.Second.Y);
            Assert.That(slanted, Is.Empty);
        });
    }

    [Test]
    public void Neighbours_share_the_very_vertices_of_their_common_border()
    {
        Assert.Multiple(() =>
        {
            foreach (var (codeA, a, codeB, b) in TouchingPairs())
            {
                var pair = $"{codeA}/{codeB}";
                var common = a.Intersection(b);

                // Voronoi vertices have three cells, yet rounding may merge two close ones into a four-cell corner.
                if (common is Point corner)
                {
                    Assert.That(a.Coordinates.Intersect(b.Coordinates), Does.Contain(corner.Coordinate), pair);
                    continue;
                }

                Assert.That(common, Is.InstanceOf<LineString>().Or.InstanceOf<MultiLineString>(), pair);
                Assert.That(common.Length, Is.Positive, pair);

                // Every vertex of one commune lying on the other's border is one of the other's vertices too.
                var verticesOfB = b.Coordinates.ToHashSet();
                var unmatched = a.Coordinates
                    .Where(v => !verticesOfB.Contains(v) && b.Boundary.Distance(a.Factory.CreatePoint(v)) < 1e-9);
                Assert.That(unmatched, Is.Empty, pair);
            }
        });
    }

    [Test]
    public void Perimeters_add_up_to_twice_the_inner_borders_plus_the_outline()
    {
        // Exactly shared borders count once in the merged linework; borders that only nearly match count twice.
        var linework = UnaryUnionOp.Union(communes.Values.Select(c => c.Boundary).ToList());
        var outline = UnaryUnionOp.Union(communes.Values).Boundary.Length;
        var innerBorders = linework.Length - outline;

        var perimeters = communes.Values.Sum(c => c.Length);
        Assert.That(perimeters, Is.EqualTo((2 * innerBorders) + outline).Within(1e-9).Percent);
    }

    [Test]
    public void Each_EPCI_is_one_contiguous_region()
    {
        Assert.Multiple(() =>
        {
            foreach (var epci in layout)
            {
                Assert.That(EpciUnion(epci), Is.InstanceOf<Polygon>(), epci.Code);
            }
        });
    }

    [Test]
    public void EPCIs_run_west_to_east_in_the_given_order()
    {
        var longitudes = layout.Select(e => EpciUnion(e).Centroid.X).ToList();
        Assert.That(longitudes.Zip(longitudes.Skip(1)), Has.All.Matches<(double West, double East)>(p => p.West < p.East));
    }

    [Test]
    public void Everything_lies_within_the_Artois_bounding_box()
    {
        var artois = new Envelope(1.75, 3.08, 50.19, 50.64);
        var outside = communes.Where(c => !artois.Contains(c.Value.EnvelopeInternal)).Select(c => c.Key);
        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void Commune_areas_are_plausible()
    {
        var areas = communes.Values.Select(SquareKilometres).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(areas, Has.All.InRange(0.5, 60));
            Assert.That(areas.Average(), Is.InRange(5, 10));
        });
    }

    [Test]
    public void EPCI_areas_are_close_to_the_real_ones()
    {
        Assert.Multiple(() =>
        {
            for (var i = 0; i < layout.Count; i++)
            {
                var area = SquareKilometres(EpciUnion(layout[i]));
                Assert.That(area, Is.EqualTo(RealAreas[i]).Within(35).Percent, layout[i].Code);
            }
        });
    }

    [Test]
    public void The_main_town_lies_at_the_heart_of_its_EPCI()
    {
        Assert.Multiple(() =>
        {
            foreach (var epci in layout)
            {
                var centre = EpciUnion(epci).EnvelopeInternal.Centre;
                var nearest = epci.Communes.MinBy(c => communes[c.Code].Centroid.Coordinate.Distance(centre))!;
                Assert.That(nearest.Code, Is.EqualTo(epci.Communes[0].Code), epci.Code);
            }
        });
    }

    [Test]
    public void The_same_input_gives_byte_identical_WKT()
    {
        var again = Wkt(SyntheticGeometry.Generate(Artois(), RealAreas));
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(Wkt(communes)));
            Assert.That(Wkt(SyntheticGeometry.Generate(Artois(), RealAreas, seed: 63)), Is.Not.EqualTo(again));
        });
    }

    [Test]
    public void A_commune_listed_in_two_EPCIs_is_rejected()
    {
        var twice = Artois();
        var stray = twice[2].Communes[5];
        twice[3] = twice[3] with { Communes = [.. twice[3].Communes, stray] };

        Assert.That(
            () => SyntheticGeometry.Generate(twice, RealAreas),
            Throws.ArgumentException.With.Message.Contains(stray.Code));
    }

    /// <summary>319 communes coded 62001…62319, main town first, a few towns and mostly villages.</summary>
    private static List<EpciLayout> Artois()
    {
        var random = new Random(7);
        var next = 1;
        return CommuneCounts
            .Select((count, i) => new EpciLayout(
                EpciCodes[i],
                [.. Enumerable.Range(0, count).Select(j => new CommuneSeed(
                    $"62{next++:000}",
                    j == 0 ? MainTownPopulations[i] : j % 12 == 0 ? random.Next(5_000, 20_000) : random.Next(100, 2_500)))]))
            .ToList();
    }

    private IEnumerable<(string CodeA, MultiPolygon A, string CodeB, MultiPolygon B)> TouchingPairs()
    {
        var all = communes.ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                var (a, b) = (all[i].Value, all[j].Value);
                if (a.EnvelopeInternal.Intersects(b.EnvelopeInternal) && a.Intersects(b))
                {
                    yield return (all[i].Key, a, all[j].Key, b);
                }
            }
        }
    }

    private Geometry EpciUnion(EpciLayout epci) =>
        UnaryUnionOp.Union(epci.Communes.Select(c => (Geometry)communes[c.Code]).ToList());

    private static double SquareKilometres(Geometry geometry) => geometry.Area * KmPerDegreeLongitude * KmPerDegreeLatitude;

    private static string Wkt(IReadOnlyDictionary<string, MultiPolygon> generated) =>
        string.Join('\n', generated.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.AsText()}"));
}
