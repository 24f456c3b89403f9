using System.Text.Json;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>
/// The brownfields are only surveyed in the agency's perimeter: the Pas-de-Calais' and the Hauts-de-France's totals
/// are sums over the perimeter's communes, and every answer that gives them says how many of their communes they cover.
/// </summary>
public sealed class ReferenceCoverageTests : ReadOnlyApiTest
{
    private const string Indicator = "friches.surface_ha";
    private const string Epci = "epci:200072460";

    [Test]
    public async Task The_comparison_says_the_departement_and_the_region_are_covered_in_part()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/indicators/{Indicator}/compare?territory={Epci}&references=departement:62,region:32");
        var references = answer.GetProperty("references").EnumerateArray().ToDictionary(r => r.GetProperty("territory").Str("id"), r => r.GetProperty("coverage"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Coverage(answer.GetProperty("territory").GetProperty("coverage")), Is.EqualTo((100, 100, 100)), "the EPCI is whole");
            Assert.That(Coverage(references["departement:62"]), Is.EqualTo((318, 318, 887)));
            Assert.That(Coverage(references["region:32"]), Is.EqualTo((319, 319, Communes(references["region:32"]))));
            Assert.That(references["region:32"].GetProperty("territoryCommunes").GetInt32(), Is.GreaterThan(3000));
        }
    }

    [Test]
    public async Task The_values_within_the_departement_say_so_of_their_total()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/indicators/{Indicator}/values?level=epci&within=departement:62");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Coverage(answer.GetProperty("parent").GetProperty("coverage")), Is.EqualTo((318, 318, 887)));
            Assert.That(answer.GetProperty("items").EnumerateArray().Select(i => Coverage(i.GetProperty("coverage"))),
                Has.All.Matches<(int Communes, int WithValue, int Of)>(c => c.Communes == c.Of && c.WithValue == c.Of), "the EPCIs are whole");
        }
    }

    [Test]
    public async Task The_profile_says_it_of_the_references_of_every_key_figure()
    {
        var profile = await Client.GetJsonAsync($"/api/v1/territories/{Epci}/profile");
        var friches = profile.GetProperty("observatories").EnumerateArray().Single(o => o.Str("slug") == "friches");
        var figure = friches.GetProperty("figures").EnumerateArray().First();
        var departement = figure.GetProperty("references").EnumerateArray().Single(r => r.Str("territoryId") == "departement:62");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Coverage(figure.GetProperty("coverage")), Is.EqualTo((100, 100, 100)));
            Assert.That(Coverage(departement.GetProperty("coverage")), Is.EqualTo((318, 318, 887)));
            Assert.That(departement.Str("status"), Is.EqualTo("definitive"));
        }
    }

    [Test]
    public async Task A_commune_has_no_coverage_and_a_custom_zone_is_its_own_whole()
    {
        var answer = await Client.GetJsonAsync($"/api/v1/indicators/{Indicator}/compare?territory=custom:62119%2B62498&references=commune:62119");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Coverage(answer.GetProperty("territory").GetProperty("coverage")), Is.EqualTo((2, 2, 2)));
            Assert.That(answer.GetProperty("references")[0].GetProperty("coverage").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    private static (int Communes, int WithValue, int Of) Coverage(JsonElement coverage) =>
        (coverage.GetProperty("communes").GetInt32(), coverage.GetProperty("communesWithValue").GetInt32(), Communes(coverage));

    private static int Communes(JsonElement coverage) => coverage.GetProperty("territoryCommunes").GetInt32();
}
