using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Territories.ImportContours;
using Observatoires.Api.Platform.Territories.Layers;
using Observatoires.Api.Platform.Territories.Reference;

namespace Observatoires.Api.Platform.Territories;

/// <summary>The territory referential: communes, EPCIs, groupements, départements, régions, their memberships and contours.</summary>
internal sealed class TerritoriesModule : ILayerModule
{
    public string Name => "Territories";

    public string Description => "The territorial referential: communes, EPCIs, groupements, départements and régions, their memberships and contours at three resolutions, contour imports, and the reference EPCIs and peer groups territories are compared with.";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetTerritories.Endpoint), typeof(GetTerritories.Request.Validator),
        typeof(GetTerritory.Endpoint), typeof(GetTerritory.Request.Validator),
        typeof(GetTerritoryGeometry.Endpoint), typeof(GetTerritoryGeometry.Request.Validator),
        typeof(UploadContours.Endpoint),
        typeof(UploadQpv.Endpoint),
        typeof(GetPeerGroups.Endpoint), typeof(GetPeerGroups.Request.Validator),
        typeof(GetPeerGroup.Endpoint), typeof(GetPeerGroup.Request.Validator),
        typeof(UpdatePeerGroup.Endpoint), typeof(UpdatePeerGroup.Request.Validator),
    ];

    public IReadOnlyList<LayerDefinition> Layers => TerritoryLayers.All;

    public void AddServices(IServiceCollection services)
    {
        services.AddTransient<ReferenceLoader>();
        services.AddTransient<ContourImport>();
        services.AddTransient<ImportQpv.QpvImport>();
        services.AddSingleton<TerritoryHierarchy>();
    }
}
