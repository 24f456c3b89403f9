using System.Text;
using Observatoires.Api.Observatories.Trames;

namespace Observatoires.Tests.Observatories.Trames;

/// <summary>The rules of the networks' files and figures, on hand-made examples.</summary>
public sealed class TramesRulesTests
{
    private static (IReadOnlyList<NetworkFeature> Features, IReadOnlyList<string> Problems) Read(string geoJson)
    {
        var (features, problems) = NetworkFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(geoJson)), "trame-bleue.geojson");
        return (features, problems.Listed(NetworkFile.ProblemsShown));
    }

    [Test]
    public void A_network_file_gives_each_feature_its_kind_from_its_geometry_and_its_status_from_a_code_or_a_label()
    {
        var (features, problems) = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":"Marais","statut":"À préserver"},
               "geometry":{"type":"Polygon","coordinates":[[[2.8,50.4],[2.81,50.4],[2.81,50.41],[2.8,50.4]]]}},
              {"type":"Feature","properties":{"nom":"Canal","statut":"existant","type_element":"corridor","source":"Relevé 2025"},
               "geometry":{"type":"LineString","coordinates":[[2.8,50.4],[2.82,50.42]]}}]}
            """);
        Assert.That(problems, Is.Empty);
        Assert.That(features.Select(f => (f.Kind, f.Name, f.Status, f.Source)), Is.EqualTo(new[]
        {
            ("reservoir", "Marais", "a_preserver", "trame-bleue.geojson"),
            ("corridor", "Canal", "existant", "Relevé 2025"),
        }));
    }

    [Test]
    public void Every_problem_of_a_network_file_is_reported_with_its_feature()
    {
        var (_, problems) = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":"Mare","statut":"existant"},"geometry":{"type":"Point","coordinates":[2.8,50.4]}},
              {"type":"Feature","properties":{"nom":"","statut":"existant"},"geometry":{"type":"LineString","coordinates":[[2.8,50.4],[2.82,50.42]]}},
              {"type":"Feature","properties":{"nom":"Haie","statut":"planté"},"geometry":{"type":"LineString","coordinates":[[2.8,50.4],[2.82,50.42]]}},
              {"type":"Feature","properties":{"nom":"Bois","statut":"existant","type_element":"corridor"},
               "geometry":{"type":"Polygon","coordinates":[[[2.8,50.4],[2.81,50.4],[2.81,50.41],[2.8,50.4]]]}},
              {"type":"Feature","properties":{"nom":"Haie","statut":"existant"},"geometry":{"type":"LineString","coordinates":[[2.8,50.4,12],[2.82,50.42,13]]}}]}
            """);
        Assert.That(problems, Has.Count.EqualTo(5));
        Assert.That(problems[0], Does.StartWith("features[0]: the geometry is a Point"));
        Assert.That(problems[1], Does.StartWith("features[1]: nom is"));
        Assert.That(problems[2], Does.StartWith("features[2]: statut 'planté'"));
        Assert.That(problems[3], Does.StartWith("features[3]: type_element 'corridor' does not match"));
        Assert.That(problems[4], Does.StartWith("features[4]: coordinates are longitude, latitude"));
        Assert.That(Read("""{"type":"FeatureCollection","features":[]}""").Problems.Single(), Does.Contain("no features"));
        Assert.That(Read("{").Problems.Single(), Does.StartWith("the file is not JSON"));
    }

    [Test]
    public void A_proposed_geometry_must_be_the_type_of_its_kind()
    {
        const string line = """{"type":"LineString","coordinates":[[2.8,50.4],[2.82,50.42]]}""";
        Assert.That(TramesGeometry.Read(line, "corridor").Problem, Is.Null);
        Assert.That(TramesGeometry.Read(line, "reservoir").Problem, Is.EqualTo("a reservoir is a Polygon or MultiPolygon, not a LineString"));
        Assert.That(TramesGeometry.Read("""{"type":"LineString","coordinates":[]}""", "corridor").Problem, Is.Not.Null);
        Assert.That(TramesGeometry.Read("""{"type":"Nope"}""", "corridor").Problem, Does.StartWith("not a GeoJSON geometry"));
    }

    [Test]
    public void The_share_in_reservoirs_is_their_area_over_the_territory_s()
    {
        // 37.5 ha of reservoirs in a 1,250 ha commune: 3 %; over two communes, Σ ÷ Σ: (37.5 + 12.5) ÷ (1,250 + 750) = 2.5 %.
        Assert.That(TramesIndicators.Share(37.5, 1250), Is.EqualTo(3.0));
        Assert.That(TramesIndicators.Share(37.5 + 12.5, 1250 + 750), Is.EqualTo(2.5));
    }
}
