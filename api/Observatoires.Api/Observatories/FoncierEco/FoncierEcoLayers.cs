using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>The parks and their lots in OGC API Features; the occupants (company, SIRET) for partners in scope only.</summary>
internal static class FoncierEcoLayers
{
    public const string DataDomain = "foncier-eco";

    public static LayerDefinition Parks { get; } = new()
    {
        Id = "foncier-eco-zae",
        Title = "Zones d'activités économiques",
        Description = "Parcs d'activités (ZAE) suivis avec les EPCI (données de démonstration).",
        GeometryType = "MultiPolygon",
        Source = "select z.id, z.name, z.type, z.commune_id as commune, z.geom from foncier_eco.zae z",
        Properties =
        [
            new("name", PropertyType.String, "Nom de la zone."),
            new("type", PropertyType.String, "Type : activites, industrielle, commerciale, logistique, mixte."),
            new("commune", PropertyType.String, "Commune d'implantation (commune:code INSEE)."),
        ],
        DefaultSort = ["name"],
        DataDomains = [DataDomain],
    };

    private const string LotSource = """
        select l.lot_id as id, l.zae_id as zae, z.commune_id as commune, l.status,
               round((st_area(l.geom::geography) / 10000)::numeric, 3)::double precision as area_ha,
               l.valid_from as updated_at, l.occupant_name, l.occupant_siret, l.geom
        from foncier_eco.lot_version l join foncier_eco.zae z on z.id = l.zae_id
        where l.valid_to is null
        """;

    public static LayerDefinition Lots { get; } = new()
    {
        Id = "foncier-eco-lots",
        Title = "Lots des zones d'activités",
        Description = "Lots des ZAE avec leur statut (occupé, disponible aménagé, réserve non aménagée, friche, en commercialisation), " +
                      "mis à jour au fil de l'eau par les EPCI.",
        GeometryType = "MultiPolygon",
        Source = LotSource,
        Properties =
        [
            new("zae", PropertyType.Integer, "Identifiant de la zone."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("status", PropertyType.String, "Statut du lot."),
            new("area_ha", PropertyType.Number, "Surface en hectares."),
            new("updated_at", PropertyType.DateTime, "Dernière mise à jour."),
        ],
        TemporalProperty = "updated_at",
        DefaultSort = ["zae"],
        DataDomains = [DataDomain],
    };

    public static LayerDefinition Occupants { get; } = Lots with
    {
        Id = "foncier-eco-occupants",
        Title = "Occupants des lots",
        Description = "Les lots occupés avec leur occupant (raison sociale, SIRET) : réservé aux partenaires sur leur territoire et à l'agence.",
        Properties = [.. Lots.Properties, new("occupant_name", PropertyType.String, "Raison sociale de l'occupant."),
            new("occupant_siret", PropertyType.String, "SIRET de l'occupant.")],
        Confidentiality = Confidentiality.Partner,
        ScopeProperty = "commune",
    };
}
