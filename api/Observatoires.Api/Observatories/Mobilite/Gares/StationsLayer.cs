using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Gares;

/// <summary>
/// The stations as points with their latest figures and the change since the period before (the station's previous
/// survey): the OGC collection for QGIS and GDAL. The page reads the same figures from GET /api/v1/mobilite/stations.
/// </summary>
internal static class StationsLayer
{
    public static LayerDefinition Definition { get; } = new()
    {
        Id = "mobilite-gares",
        Title = "Gares",
        Description = "Les gares des lignes du territoire (schéma directeur des gares) avec leurs derniers chiffres : voyageurs par an, trains " +
                      "par jour ouvré, places et taux d'occupation des parkings et du stationnement vélo, et leur évolution depuis la période " +
                      "précédente (données de démonstration tant que les chiffres réels ne sont pas chargés). Les taux sont des rapports : " +
                      "véhicules stationnés ÷ places.",
        GeometryType = "Point",
        Source = """
            select s.id, s.name, s.uic, s.commune_id as commune, t.name as commune_name, array_to_string(s.lines, ' ; ') as lines,
                   s.passenger_service, l.period, p.period as previous_period,
                   l.passengers, p.passengers as passengers_previous,
                   round((100.0 * (l.passengers - p.passengers) / nullif(p.passengers, 0))::numeric, 1)::double precision as passengers_change_pct,
                   l.trains_per_weekday, p.trains_per_weekday as trains_per_weekday_previous,
                   l.parking_places, l.parking_occupied,
                   round((100.0 * l.parking_occupied / nullif(l.parking_places, 0))::numeric, 1)::double precision as parking_occupancy,
                   round((100.0 * p.parking_occupied / nullif(p.parking_places, 0))::numeric, 1)::double precision as parking_occupancy_previous,
                   l.bike_places, l.bike_occupied,
                   round((100.0 * l.bike_occupied / nullif(l.bike_places, 0))::numeric, 1)::double precision as bike_occupancy,
                   round((100.0 * p.bike_occupied / nullif(p.bike_places, 0))::numeric, 1)::double precision as bike_occupancy_previous,
                   s.demo, s.geom
            from mobilite.station s
            join platform.territory t on t.id = s.commune_id
            left join lateral (select * from mobilite.station_figure f where f.station_id = s.id order by f.period desc limit 1) l on true
            left join lateral (select * from mobilite.station_figure f where f.station_id = s.id and f.period < l.period
                               order by f.period desc limit 1) p on true
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom de la gare."),
            new("uic", PropertyType.String, "Code UIC de la gare (SNCF), s'il est connu."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("commune_name", PropertyType.String, "Nom de la commune."),
            new("lines", PropertyType.String, "Lignes qui desservent la gare, séparées par « ; »."),
            new("passenger_service", PropertyType.Boolean, "Desservie par des trains de voyageurs (faux : gare sans desserte, sans chiffres)."),
            new("period", PropertyType.String, "Période des derniers chiffres (année)."),
            new("previous_period", PropertyType.String, "Période précédente de la gare, à laquelle l'évolution se compare."),
            new("passengers", PropertyType.Integer, "Voyageurs de l'année (montés et descendus)."),
            new("passengers_previous", PropertyType.Integer, "Voyageurs de la période précédente."),
            new("passengers_change_pct", PropertyType.Number, "Évolution des voyageurs depuis la période précédente, en %."),
            new("trains_per_weekday", PropertyType.Integer, "Trains qui s'arrêtent un jour ouvré (deux sens)."),
            new("trains_per_weekday_previous", PropertyType.Integer, "Trains par jour ouvré de la période précédente."),
            new("parking_places", PropertyType.Integer, "Places de stationnement automobile."),
            new("parking_occupied", PropertyType.Integer, "Véhicules stationnés à l'enquête."),
            new("parking_occupancy", PropertyType.Number, "Taux d'occupation du parking, en % (véhicules ÷ places)."),
            new("parking_occupancy_previous", PropertyType.Number, "Taux d'occupation du parking à la période précédente, en %."),
            new("bike_places", PropertyType.Integer, "Places de stationnement vélo."),
            new("bike_occupied", PropertyType.Integer, "Vélos stationnés à l'enquête."),
            new("bike_occupancy", PropertyType.Number, "Taux d'occupation du stationnement vélo, en %."),
            new("bike_occupancy_previous", PropertyType.Number, "Taux d'occupation du stationnement vélo à la période précédente, en %."),
            new("demo", PropertyType.Boolean, "Gare et chiffres de démonstration."),
        ],
        DefaultSort = ["name"],
        DataDomains = [MobiliteModule.DataDomain, TerritoryGeometry.DataDomain],
    };
}
