namespace Observatoires.Api.Platform.Catalog;

/// <summary>
/// The data catalogue: datasets derived from the indicator catalogue and the layers (search, facets, a dataset with its
/// distributions), and the public catalogue as DCAT-AP for the national and European portals.
/// </summary>
internal sealed class CatalogModule : IModule
{
    public string Name => "Catalog";

    public string Description => "The datasets (an observatory's indicators of one source, or a layer) with their metadata, access right, coverage, provenance and distributions, searched by words and facets; and the public catalogue as DCAT-AP 2.1.1 (JSON-LD, Turtle) at /catalog.";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetDatasets.Endpoint), typeof(GetDatasets.Request.Validator),
        typeof(GetDataset.Endpoint),
        typeof(GetCatalog.Endpoint), typeof(GetCatalog.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) => services.AddTransient<DatasetCatalogue>();
}
