using System.Net;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>Jobs in tension as an EPCI's economic service reads the table: indices from sums, occupations ranked.</summary>
public sealed class TensionTests : ReadOnlyApiTest
{
    [Test]
    public async Task An_EPCIs_table_ranks_occupations_by_their_share_of_difficult_recruitments()
    {
        var table = await Client.GetJsonAsync("/api/v1/emploi/tension/epci:200072460?year=2024");
        var occupations = table.GetProperty("occupations").EnumerateArray().ToList();
        long projects = occupations.Sum(o => o.GetProperty("projects").GetInt64()), difficult = occupations.Sum(o => o.GetProperty("difficult").GetInt64());
        Assert.Multiple(() =>
        {
            Assert.That(table.GetProperty("demo").GetBoolean(), Is.True);
            Assert.That(table.GetProperty("projects").GetInt64(), Is.EqualTo(projects));
            Assert.That(table.GetProperty("tensionIndex").GetDouble(), Is.EqualTo(Math.Round(100.0 * difficult / projects, 1)));
            foreach (var o in occupations)
                Assert.That(o.GetProperty("tensionIndex").GetDouble(),
                    Is.EqualTo(Math.Round(100.0 * o.GetProperty("difficult").GetInt64() / o.GetProperty("projects").GetInt64(), 1)));
            var ranked = occupations.Where(o => o.GetProperty("projects").GetInt64() >= 10).ToList();
            Assert.That(ranked.Select(o => o.GetProperty("rank").GetInt32()), Is.EqualTo(Enumerable.Range(1, ranked.Count)));
            Assert.That(ranked.Select(o => o.GetProperty("tensionIndex").GetDouble()), Is.Ordered.Descending);
            var sectorProjects = table.GetProperty("sectors").EnumerateArray().Sum(s => s.GetProperty("projects").GetInt64());
            Assert.That(sectorProjects, Is.EqualTo(projects));
        });
    }

    [Test]
    public async Task A_groupements_index_is_computed_from_its_EPCIs_sums()
    {
        var aula = await Client.GetJsonAsync("/api/v1/emploi/tension/groupement:aula?year=2023");
        var epcis = aula.GetProperty("epcis").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(epcis, Has.Count.EqualTo(4));
        long projects = 0, difficult = 0;
        foreach (var epci in epcis)
        {
            var table = await Client.GetJsonAsync($"/api/v1/emploi/tension/{epci}?year=2023");
            projects += table.GetProperty("projects").GetInt64();
            difficult += table.GetProperty("difficult").GetInt64();
        }
        Assert.That(aula.GetProperty("projects").GetInt64(), Is.EqualTo(projects));
        Assert.That(aula.GetProperty("tensionIndex").GetDouble(), Is.EqualTo(Math.Round(100.0 * difficult / projects, 1)), "not a mean of the EPCIs' indices");
    }

    [TestCase("/api/v1/emploi/tension/commune:62119", "territory")]
    [TestCase("/api/v1/emploi/tension/epci:200072460?year=2010", "year")]
    [TestCase("/api/v1/emploi/tension/epci:200072460?year=0", "year")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("name")), Does.Contain(field));
    }

    [Test]
    public async Task An_unknown_EPCI_is_a_404() =>
        await (await Client.GetAsync("/api/v1/emploi/tension/epci:999999999")).ProblemAsync(HttpStatusCode.NotFound);
}
