using System.Text;
using NetTopologySuite.Geometries;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Platform.Export;

/// <summary>The importers' GeoJSON reader and geocoded points: what a FeatureCollection gives, and what it says of a bad one.</summary>
public sealed class GeoJsonFeaturesTests
{
    [Test]
    public void Features_give_their_place_their_properties_by_name_and_their_geometry_in_WGS84()
    {
        var (features, problems, count) = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":" École Jaurès ","capacite":120,"ouverte":true},"geometry":{"type":"Point","coordinates":[2.64,50.53]}},
              {"type":"Feature","properties":{"nom":"Crèche"},"geometry":{"type":"Polygon","coordinates":[[[2.6,50.5],[2.7,50.5],[2.7,50.6],[2.6,50.5]]]}}
            ]}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.Zero);
            Assert.That(count, Is.EqualTo(2));
            Assert.That(features.Select(f => f.Where), Is.EqualTo(new[] { "features[0]", "features[1]" }));
            Assert.That(features[0].Fields, Is.EqualTo(new Dictionary<string, string>
            {
                ["nom"] = "École Jaurès",
                ["capacite"] = "120",
                ["ouverte"] = "",
                ["absente"] = "",
            }), "strings trimmed, numbers as written, anything else empty: as a CSV cell");
            Assert.That(features[0].CapacityAsString, Is.Empty, "a number is not a string");
            Assert.That(features[0].Position, Is.EqualTo((2.64, 50.53)));
            Assert.That(features[1].Position, Is.Null, "a Polygon has no position");
            Assert.That(features[1].GeometryType, Is.EqualTo("Polygon"));
            Assert.That(features[1].GeometryProblem, Is.Null);
            Assert.That(features[1].Geometry, Is.InstanceOf<Polygon>());
            Assert.That(features[1].Geometry!.SRID, Is.EqualTo(4326));
        });
    }

    [Test]
    public void A_file_that_is_not_a_FeatureCollection_is_the_file_s_problem()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read("{\"type\":").Problems.Listed(10).Single(), Does.StartWith("the file is not JSON: "));
            Assert.That(Read("""{"type":"Feature","properties":{}}""").Problems.Listed(10),
                Is.EqualTo(new[] { "the file must be a GeoJSON FeatureCollection with its features" }));
            Assert.That(Read("""{"type":"FeatureCollection","features":{}}""").Count, Is.Null);
            Assert.That(Read("""{"type":"FeatureCollection","features":[]}""").Count, Is.Zero);
        });
    }

    [Test]
    public void A_feature_without_its_properties_or_required_geometry_is_named_by_its_place()
    {
        const string Text = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":"a"}},
              "not a feature",
              {"type":"Feature","properties":null,"geometry":null},
              {"type":"Feature","properties":{"nom":"b"},"geometry":null}
            ]}
            """;
        var required = Read(Text, geometryRequired: true);
        var optional = Read(Text, geometryRequired: false);
        Assert.Multiple(() =>
        {
            Assert.That(required.Problems.Listed(10), Is.EqualTo(new[]
            {
                "features[0]: a feature with its geometry and properties is expected",
                "features[1]: a feature with its geometry and properties is expected",
                "features[2]: a feature with its geometry and properties is expected",
            }));
            Assert.That(required.Features.Single().Where, Is.EqualTo("features[3]"));
            Assert.That(optional.Problems.Listed(10), Is.EqualTo(new[]
            {
                "features[1]: a feature with its properties is expected",
                "features[2]: a feature with its properties is expected",
            }));
            Assert.That(optional.Features.Select(f => f.Where), Is.EqualTo(new[] { "features[0]", "features[3]" }));
            Assert.That(optional.Count, Is.EqualTo(4));
        });
    }

    [Test]
    public void A_geometry_that_PostGIS_would_not_store_flat_is_refused_with_its_reason()
    {
        string? Problem(string geometry) =>
            Read($$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{{geometry}}}]}""")
                .Features.Single().GeometryProblem;
        Assert.Multiple(() =>
        {
            Assert.That(Problem("""{"type":"Point","coordinates":[2.6,50.5,30]}"""), Is.EqualTo("coordinates are longitude, latitude (WGS 84), without a third value"));
            Assert.That(Problem("null"), Is.EqualTo("the feature has no geometry"));
            Assert.That(Problem("""{"type":"Polygon","coordinates":[]}"""), Is.EqualTo("the feature has no geometry"));
            Assert.That(Problem("""{"type":"Circle","radius":3}"""), Does.StartWith("the geometry is not a GeoJSON geometry ("));
        });
    }

    [Test]
    public void An_upload_is_GeoJSON_by_its_name_or_else_by_its_first_character()
    {
        static Stream Of(string text) => new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        var csv = Of("nom;lon;lat\n");
        Assert.Multiple(() =>
        {
            Assert.That(GeoJsonFeatures.IsGeoJson(Of("nom;lon"), "batiments.GEOJSON"), Is.True);
            Assert.That(GeoJsonFeatures.IsGeoJson(Of(" \r\n{\"type\":"), "export"), Is.True, "after a BOM and white space");
            Assert.That(GeoJsonFeatures.IsGeoJson(csv, "export.csv"), Is.False);
            Assert.That(csv.Position, Is.Zero, "the stream is given back from its start");
        });
    }

    [TestCase("2.35", "48.85", GeocodedCsv.Wgs84, true)]
    [TestCase("2,35", "48,85", GeocodedCsv.Wgs84, true)]
    [TestCase("-180", "-90", GeocodedCsv.Wgs84, true)]
    [TestCase("180.5", "48.85", GeocodedCsv.Wgs84, false)]
    [TestCase("2.35", "91", GeocodedCsv.Wgs84, false)]
    [TestCase("48.85", "", GeocodedCsv.Wgs84, false)]
    [TestCase("NaN", "48.85", GeocodedCsv.Wgs84, false)]
    [TestCase("652469", "6862035", GeocodedCsv.Lambert93, true)]
    [TestCase("2.35", "48.85", GeocodedCsv.Lambert93, false)]
    [TestCase("652469", "5900000", GeocodedCsv.Lambert93, false)]
    public void A_geocoded_point_is_two_numbers_within_its_reference_s_bounds(string x, string y, int srid, bool read)
    {
        Assert.That(GeocodedCsv.TryRead(x, y, srid, out var px, out var py), Is.EqualTo(read));
        if (read)
            Assert.That(GeocodedCsv.InBounds(srid, px, py), Is.True);
    }

    [Test]
    public void A_spatial_reference_the_importers_do_not_read_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GeocodedCsv.InBounds(3857, 0, 0));

    /// <summary>What an importer sees of a feature, taken while the reader holds the document.</summary>
    private sealed record Seen(string Where, IReadOnlyDictionary<string, string> Fields, string CapacityAsString, (double, double)? Position,
        string? GeometryType, string? GeometryProblem, Geometry? Geometry);

    private static (List<Seen> Features, FileProblems Problems, int? Count) Read(string text, bool geometryRequired = true)
    {
        var problems = new FileProblems();
        var features = new List<Seen>();
        var count = GeoJsonFeatures.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), geometryRequired, problems, feature =>
        {
            var problem = feature.ReadGeometry(out var geometry);
            features.Add(new(feature.Where, feature.Fields(["nom", "capacite", "ouverte", "absente"]), feature.String("capacite"),
                feature.TryPosition(out var lon, out var lat) ? (lon, lat) : null, feature.GeometryType, problem, geometry));
        });
        return (features, problems, count);
    }
}
