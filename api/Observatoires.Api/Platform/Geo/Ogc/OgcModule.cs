using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Geo.Ogc;

/// <summary>OGC API - Features (Part 1 Core + GeoJSON, Part 2 CRS, queryables) and OGC API - Tiles (vector tiles) over the layer registry.</summary>
internal sealed class OgcModule : IModule
{
    public string Name => "OGC API - Features";

    public string Description => "Every layer as an OGC API - Features collection (GeoJSON or CSV, Lambert-93 on request, queryables) and as vector tiles, for QGIS, GDAL and web maps.";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetLanding.Endpoint), typeof(GetConformance.Endpoint), typeof(GetApi.Endpoint),
        typeof(GetCollections.Endpoint), typeof(GetCollection.Endpoint), typeof(GetQueryables.Endpoint),
        typeof(GetItems.Endpoint), typeof(GetItem.Endpoint), typeof(GetTile.Endpoint),
        typeof(GetTilesets.Endpoint), typeof(GetTileset.Endpoint), typeof(GetTileMatrixSets.Endpoint), typeof(GetTileMatrixSet.Endpoint),
    ];

    public void AddServices(IServiceCollection services) => services.AddSingleton<LayerRegistry>();
}
