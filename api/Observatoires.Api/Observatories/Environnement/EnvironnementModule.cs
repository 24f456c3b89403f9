using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>
/// Observatoire de l'environnement: water consumption, carbon stock by land cover, rainwater recovery potential of roofs,
/// and urban overheating — the hot spots and cool islands of a surface-temperature image crossed with the gridded
/// population and the sensitive public buildings, per commune and EPCI.
/// </summary>
internal sealed class EnvironnementModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "environnement";

    public string Name => "Environnement";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetSurchauffe.Endpoint), typeof(GetSurchauffe.Request.Validator),
        typeof(ImportHeatZones.Endpoint), typeof(ImportHeatZones.Request.Validator),
        typeof(ImportSensitiveBuildings.Endpoint), typeof(ImportSensitiveBuildings.Request.Validator),
        typeof(ImportPopulationCells.Endpoint), typeof(ImportPopulationCells.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire de l'environnement",
        "Les ressources et la santé environnementale du périmètre de l'AULA : consommation d'eau potable, stock de carbone des sols et de " +
        "la biomasse, potentiel de récupération des eaux de pluie, et surchauffe urbaine — la population et les bâtiments sensibles " +
        "(écoles, crèches, EHPAD, centres de santé) situés dans les îlots de chaleur.",
        14,
        [new("surchauffe", "Surchauffe urbaine"), new("eau", "Eau"), new("carbone", "Stock de carbone")],
        EnvironnementIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi],
        Keywords = ["environnement", "surchauffe urbaine", "îlots de chaleur", "eau", "stock de carbone"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => EnvironnementIndicators.DemoValues(territory);

    public IReadOnlyList<LayerDefinition> Layers => [EnvironnementLayers.Zones, EnvironnementLayers.Buildings];

    public string DataDomain => EnvironnementLayers.DataDomain;

    /// <summary>The demo cells, zones and buildings, then the overheating indicators and the carbon stocks (which need the communes' areas).</summary>
    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoSurchauffe.SeedAsync(connection, transaction, territory);
        if (added == 0)
            return 0;
        await Surchauffe.RecomputeAsync(connection, transaction);
        var hectares = (await connection.QueryAsync<(string Id, double Hectares)>("""
                select t.id, st_area(t.geom::geography) / 10000 from platform.territory t where t.id = any(@Communes) and t.geom is not null
                """, new { Communes = territory.Communes.Select(c => c.Id).ToArray() }, transaction))
            .ToDictionary(c => c.Id, c => c.Hectares);
        await ValueWriter.WriteAsync(connection, transaction, [.. territory.Communes.Where(c => hectares.ContainsKey(c.Id))
            .SelectMany(c => EnvironnementIndicators.CarbonRows(c.Id, c.Population, hectares[c.Id]))]);
        return added;
    }

    /// <summary>
    /// After a contour import, the demo cells, zones and buildings of the communes move inside their new contours
    /// (imported ones never move); then what derives from their geometry is computed again: the overheating indicators,
    /// and the demo carbon stocks (drawn from the commune's area) of the communes whose stocks are still the demo ones.
    /// </summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var placed = await DemoSurchauffe.PlaceAsync(connection, transaction, communes);
        if (placed > 0)
            await Surchauffe.RecomputeAsync(connection, transaction);
        var demoCarbon = await connection.QueryAsync<(string Id, int Population, double Hectares)>("""
            select t.id, t.population, st_area(t.geom::geography) / 10000 from platform.territory t
            where t.id = any(@Communes) and t.geom is not null
              and exists (select from platform.indicator_value v
                          where v.indicator_code = @Carbon and v.territory_id = t.id and v.period = @Period
                            and v.source_vintage = @Vintage)
            """, new
        {
            Communes = communes.ToArray(),
            EnvironnementIndicators.Carbon,
            Period = EnvironnementIndicators.CarbonYear.ToString(CultureInfo.InvariantCulture),
            Vintage = EnvironnementIndicators.DemoVintage,
        }, transaction);
        await ValueWriter.WriteAsync(connection, transaction, [.. demoCarbon.SelectMany(c => EnvironnementIndicators.CarbonRows(c.Id, c.Population, c.Hectares))]);
        return placed;
    }
}
