using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Territories.ImportContours;
using Observatoires.Api.Platform.Territories.Layers;
using Observatoires.Api.Platform.Territories.Reference;

namespace Observatoires.Api.Platform.Territories;

/// <summary>The territory referential: communes, EPCIs, groupements, départements, régions, their memberships and contours.</summary>
internal sealed class TerritoriesModule : ILayerModule
{
    public string Name => "Territories";

    public string Description => "The territorial referential: communes, EPCIs, groupements, départements and régions, their memberships and contours at three resolutions, and contour imports.";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetTerritories.Endpoint), typeof(GetTerritories.Request.Validator),
        typeof(GetTerritory.Endpoint), typeof(GetTerritory.Request.Validator),
        typeof(GetTerritoryGeometry.Endpoint), typeof(GetTerritoryGeometry.Request.Validator),
        typeof(UploadContours.Endpoint),
    ];

    public IReadOnlyList<LayerDefinition> Layers => TerritoryLayers.All;

    public void AddServices(IServiceCollection services)
    {
        services.AddTransient<ReferenceLoader>();
        services.AddTransient<ContourImport>();
        services.AddSingleton<TerritoryHierarchy>();
    }
}
