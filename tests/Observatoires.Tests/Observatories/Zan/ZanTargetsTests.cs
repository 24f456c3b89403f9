using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The ZAN trajectory as the targets of the land-take projection: the transitions dashboard's reading of "at the current pace".</summary>
public sealed class ZanTargetsTests : ReadOnlyApiTest
{
    private const string Cabbalr = "epci:200072460";

    [Test]
    public async Task The_land_take_projection_is_read_against_the_ZAN_trajectory_of_the_counter()
    {
        var counter = await Client.GetJsonAsync($"/api/v1/zan/counter?territory={Cabbalr}");
        var projection = await Client.GetJsonAsync($"/api/v1/indicators/zan.consommation_ha/projection?territory={Cabbalr}&method=compound&from=2015");
        var targets = projection.GetProperty("targets").EnumerateArray().ToDictionary(t => t.Str("period"));
        var path = counter.GetProperty("path").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32(), p => p.GetProperty("allowanceHa").GetDouble());
        var at2030 = projection.GetProperty("milestones")[0];
        Assert.Multiple(() =>
        {
            Assert.That(targets.Keys, Is.EqualTo(new[] { "2030", "2031", "2040", "2050" }));
            Assert.That(targets["2030"].GetProperty("value").GetDouble(), Is.EqualTo(Math.Round(counter.GetProperty("envelopeHa").GetDouble() / 10, 2)));
            Assert.That(targets["2031"].GetProperty("value").GetDouble(), Is.EqualTo(path[2031]));
            Assert.That(targets["2040"].GetProperty("value").GetDouble(), Is.EqualTo(path[2040]));
            Assert.That(targets["2050"].GetProperty("value").GetDouble(), Is.EqualTo(0));
            Assert.That(targets.Values.Select(t => t.Str("bound")), Is.All.EqualTo("at_most"));
            // Read against the projection: on course when the projected consumption is at most the allowance.
            Assert.That(targets["2030"].GetProperty("projected").GetDouble(), Is.EqualTo(at2030.GetProperty("value").GetDouble()).Within(1e-9));
            Assert.That(targets["2030"].GetProperty("onCourse").GetBoolean(),
                Is.EqualTo(at2030.GetProperty("value").GetDouble() <= targets["2030"].GetProperty("value").GetDouble()));
            Assert.That(targets["2050"].GetProperty("onCourse").GetBoolean(), Is.False, "a compound decline never reaches zero");
        });
    }
}
