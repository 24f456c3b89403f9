using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Energie;

/// <summary>The decarbonised balance's objectives (PCAET, SRADDET) read against its projection, as the transitions dashboard shows them.</summary>
public sealed class BalanceTargetsTests : ReadOnlyApiTest
{
    [Test]
    public async Task The_balance_projection_carries_the_territorys_objectives_in_percent()
    {
        var projection = await Client.GetJsonAsync("/api/v1/indicators/energie.bilan_decarbone/projection?territory=epci:200072460&method=linear");
        var targets = projection.GetProperty("targets").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(targets.Select(t => (t.Str("period"), t.GetProperty("value").GetDouble(), t.Str("bound"))),
                Is.EqualTo(new[] { ("2030", 15.0, "at_least"), ("2050", 45.0, "at_least") }), "the CABBALR's PCAET: 15 % in 2030, 45 % in 2050");
            Assert.That(targets.Select(t => t.Str("document")), Is.All.StartWith("PCAET de la CABBALR"));
            foreach (var t in targets)
                Assert.That(t.GetProperty("onCourse").GetBoolean(), Is.EqualTo(t.GetProperty("projected").GetDouble() >= t.GetProperty("value").GetDouble()));
        });
        var commune = await Client.GetJsonAsync("/api/v1/indicators/energie.bilan_decarbone/projection?territory=commune:62119&method=linear");
        Assert.That(commune.GetProperty("targets").GetArrayLength(), Is.Zero, "no objective set for Béthune itself");
    }
}
