using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>
/// The cells of the latest survey as points and the centralities as polygons: OGC collections, vector tiles and CSV for
/// QGIS, GDAL and the map. Who surveyed a cell is agency-only information: no column of these sources reads it.
/// </summary>
internal static class CommerceLayers
{
    public const string DataDomain = "commerce";

    /// <summary>(code, label) rows of a nomenclature, for the layers' SQL: constants of the code, quoted.</summary>
    private static string Labels(IEnumerable<Term> terms) =>
        "(values " + string.Join(", ", terms.Select(t => $"('{t.Code}', '{t.Label.Replace("'", "''", StringComparison.Ordinal)}')")) + ")";

    public static LayerDefinition Cells { get; } = new()
    {
        Id = "commerce-cellules",
        Title = "Cellules commerciales",
        Description = "Les cellules commerciales du dernier relevé de terrain (cellule, enseigne, adresse, activité, statut : active, vacante " +
                      "ou en travaux, centralité, date du relevé). Données de démonstration tant que les relevés réels ne sont pas chargés.",
        GeometryType = "Point",
        Source = $"""
            select x.cell_id as id, x.cell_id as cell, x.name, x.address, x.commune_id as commune, x.activity, a.label as activity_label,
                   x.previous_activity, x.status, st.label as status_label, x.centrality_id as centrality, x.surveyed_on,
                   x.survey_id as survey, x.geom
            from commerce.cell x
            left join {Labels(Vocabulary.Activities)} as a (code, label) on a.code = x.activity
            join {Labels(Vocabulary.Statuses)} as st (code, label) on st.code = x.status
            where x.survey_id = (select s.id from commerce.survey s order by s.surveyed_to desc, s.id desc limit 1)
            """,
        Properties =
        [
            new("cell", PropertyType.String, "Identifiant stable de la cellule, d'un relevé à l'autre (BET-0042)."),
            new("name", PropertyType.String, "Enseigne relevée (vide pour une cellule vacante)."),
            new("address", PropertyType.String, "Adresse."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("activity", PropertyType.String, "Activité (code) : alimentaire, equipement_personne, equipement_maison, culture_loisirs, " +
                                                 "hygiene_sante_beaute, chr, services, automobile, autre ; vide si la cellule n'est pas active."),
            new("activity_label", PropertyType.String, "Activité en clair."),
            new("previous_activity", PropertyType.String, "Dernière activité connue d'une cellule vacante ou en travaux (code)."),
            new("status", PropertyType.String, "Statut : active, vacant, travaux."),
            new("status_label", PropertyType.String, "Statut en clair : Active, Vacante, En travaux."),
            new("centrality", PropertyType.String, "Centralité commerciale où se trouve la cellule (bethune-centre), s'il y en a une."),
            new("surveyed_on", PropertyType.Date, "Date du relevé de la cellule."),
            new("survey", PropertyType.Integer, "Relevé (identifiant, voir GET /api/v1/commerce/surveys)."),
        ],
        TemporalProperty = "surveyed_on",
        DefaultSort = ["commune", "cell"],
        DataDomains = [DataDomain],
    };

    public static LayerDefinition Centralities { get; } = new()
    {
        Id = "commerce-centralites",
        Title = "Centralités commerciales",
        Description = "Les centralités commerciales (centres-villes, centres-bourgs, pôles périphériques) et les programmes dont elles " +
                      "relèvent (Action Cœur de Ville, Petites Villes de Demain, Villages d'avenir), avec leur taux de vacance au dernier " +
                      "relevé qui les couvre (cellules vacantes ÷ cellules).",
        GeometryType = "MultiPolygon",
        Source = """
            select z.id, z.name, z.kind, z.commune_id as commune,
                   (select string_agg(p.label, ', ' order by p.label) from commerce.centrality_programme cp
                    join commerce.programme p on p.code = cp.programme where cp.centrality_id = z.id) as programmes,
                   l.survey, l.cells, l.vacancy_rate, z.geom
            from commerce.centrality z
            left join lateral (
                select x.survey_id as survey, count(*)::integer as cells,
                       round((100.0 * count(*) filter (where x.status = 'vacant') / count(*))::numeric, 1)::double precision as vacancy_rate
                from commerce.cell x
                where x.centrality_id = z.id
                  and x.survey_id = (select s.id from commerce.survey s join commerce.cell c on c.survey_id = s.id and c.centrality_id = z.id
                                     order by s.surveyed_to desc, s.id desc limit 1)
                group by x.survey_id) l on true
            where z.geom is not null
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom de la centralité."),
            new("kind", PropertyType.String, "Type : centre_ville, centre_bourg, pole_peripherique, quartier."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("programmes", PropertyType.String, "Programmes dont elle relève, séparés par des virgules."),
            new("survey", PropertyType.Integer, "Dernier relevé qui la couvre (identifiant)."),
            new("cells", PropertyType.Integer, "Cellules à ce relevé."),
            new("vacancy_rate", PropertyType.Number, "Taux de vacance à ce relevé, en % (cellules vacantes ÷ cellules)."),
        ],
        DefaultSort = ["name"],
        DataDomains = [DataDomain],
    };
}
