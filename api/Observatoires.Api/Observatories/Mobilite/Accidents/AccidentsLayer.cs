using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>The road accidents as points, with what the technicians filter on: the layer in OGC API Features and tiles.</summary>
internal static class AccidentsLayer
{
    public static LayerDefinition Definition { get; } = new()
    {
        Id = "mobilite-accidents",
        Title = "Accidents de la route",
        Description = "Accidents corporels de la circulation (fichiers BAAC de l'ONISR) dans les communes de l'agence, avec leur gravité " +
                      "(celle de l'usager le plus gravement atteint), les modes impliqués et la règle de la loi : au moins un piéton " +
                      "ou un cycliste (données de démonstration tant que les fichiers réels ne sont pas importés).",
        GeometryType = "Point",
        Source = """
            select a.num_acc as id, a.occurred_at::date as date, a.year::integer as year,
                   extract(month from a.occurred_at)::integer as month, mobilite.hour_band(a.occurred_at) as hour_band,
                   a.commune_id as commune, a.agglomeration, l.label as lighting, s.severity,
                   array_to_string(s.modes, ',') as modes, s.pieton_ou_cycliste, s.pedestrian as pieton, s.cyclist as cycliste,
                   s.killed, s.hospitalised, s.lightly_injured, a.geom
            from mobilite.accident a
            join mobilite.accident_summary s on s.num_acc = a.num_acc
            left join mobilite.baac_code l on l.list = 'lum' and l.code = a.lighting
            """,
        Properties =
        [
            new("date", PropertyType.Date, "Date de l'accident."),
            new("year", PropertyType.Integer, "Année."),
            new("month", PropertyType.Integer, "Mois (1 à 12)."),
            new("hour_band", PropertyType.String, "Tranche horaire : 00-06, 07-09, 10-15, 16-19, 20-23."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("agglomeration", PropertyType.Boolean, "En agglomération."),
            new("lighting", PropertyType.String, "Conditions d'éclairage (libellé BAAC)."),
            new("severity", PropertyType.String, "Gravité de l'accident, celle de l'usager le plus atteint : tue, hospitalise, blesse_leger, indemne."),
            new("modes", PropertyType.String, "Modes impliqués, séparés par des virgules : pieton, velo, edp, deux_roues_motorise, voiture, utilitaire, poids_lourd, bus_car, autre."),
            new("pieton_ou_cycliste", PropertyType.Boolean, "Au moins un piéton ou un cycliste impliqué (Code des transports, art. L1214-2)."),
            new("pieton", PropertyType.Boolean, "Au moins un piéton impliqué."),
            new("cycliste", PropertyType.Boolean, "Au moins un cycliste impliqué (vélo ou vélo à assistance électrique)."),
            new("killed", PropertyType.Integer, "Tués."),
            new("hospitalised", PropertyType.Integer, "Blessés hospitalisés."),
            new("lightly_injured", PropertyType.Integer, "Blessés légers."),
        ],
        TemporalProperty = "date",
        DefaultSort = ["date"],
        // Its dataset in the catalogue: the same source as its indicators.
        Origin = AccidentIndicators.Source,
        OriginUrl = AccidentIndicators.SourceUrl,
        UpdatePeriodicity = Periodicity.Year,
        Keywords = ["accidentalité", "sécurité routière", "BAAC"],
        DataDomains = [MobiliteModule.DataDomain],
    };
}
