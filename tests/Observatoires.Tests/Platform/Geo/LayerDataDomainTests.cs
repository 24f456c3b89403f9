using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Territories;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Geo;

/// <summary>
/// A layer declares every data domain its SQL reads, so that one showing the communes' contours or names answers
/// afresh after a contour import (an observatory's layer is checked over HTTP in that observatory's tests).
/// </summary>
public sealed class LayerDataDomainTests : ReadOnlyApiTest
{
    [Test]
    public void Every_layer_reading_the_territory_tables_declares_the_territories_domain()
    {
        var layers = Factory.Services.GetRequiredService<LayerRegistry>().All;
        var readers = layers.Where(l => l.Source.Contains("platform.territory", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(readers.Select(l => l.Id), Is.SupersetOf(new[] { "communes", "epci", "groupements" }));
        foreach (var layer in readers)
            Assert.That(layer.DataDomains, Does.Contain(TerritoryGeometry.DataDomain), layer.Id);
    }

    [TestCase("select t.id, t.name, t.geom from platform.territory t", new[] { "obs" }, true)]
    [TestCase("select s.id, (select m.parent_id from platform.territory_membership m) as epci, s.geom from obs.site s", new[] { "obs" }, true)]
    [TestCase("select i.id, v.value, i.geom from obs.site i join PLATFORM.INDICATOR_VALUE v on true", new[] { "obs", "territories" }, true)]
    [TestCase("select t.id, t.name, t.geom from platform.territory t", new[] { "obs", "territories" }, false)]
    [TestCase("select s.id, s.commune_id as commune, s.geom from obs.site s", new[] { "obs" }, false)]
    [TestCase("select s.id, s.geom from obs.site s", new string[0], true)]
    public void The_registry_refuses_a_layer_that_reads_platform_tables_without_their_domain(string source, string[] domains, bool refused)
    {
        var layer = new LayerDefinition
        {
            Id = "sample-sites",
            Title = "Sites",
            Description = "A sample layer.",
            GeometryType = "MultiPolygon",
            Source = source,
            Properties = [],
            DataDomains = domains,
        };
        var register = () => new LayerRegistry([new SampleLayers(layer)]);
        if (refused)
            Assert.That(register, Throws.InvalidOperationException.With.Message.Contains("sample-sites"));
        else
            Assert.That(register, Throws.Nothing);
    }

    private sealed class SampleLayers(LayerDefinition layer) : ILayerModule
    {
        public string Name => "Sample";

        public string Description => "A module with one layer.";

        public IReadOnlyList<Type> Endpoints => [];

        public IReadOnlyList<LayerDefinition> Layers => [layer];

        public void AddServices(IServiceCollection services) { }
    }
}
