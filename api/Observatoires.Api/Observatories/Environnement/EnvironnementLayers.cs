using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>
/// The overheating's layers: the zones of the images (hot spots and cool islands, by class) and the sensitive public
/// buildings with whether the newest image puts them in a hot spot or a cool island. OGC collections, vector tiles and
/// CSV for QGIS, GDAL and the map.
/// </summary>
internal static class EnvironnementLayers
{
    public const string DataDomain = "environnement";

    public static LayerDefinition Zones { get; } = new()
    {
        Id = "environnement-ilots-chaleur",
        Title = "Îlots de chaleur et de fraîcheur",
        Description = "Les zones de surchauffe urbaine (îlots de chaleur) et de fraîcheur issues des températures de surface d'une image " +
                      "satellite d'été, avec leur classe (îlot de chaleur fort, îlot de chaleur, îlot de fraîcheur, îlot de fraîcheur fort) " +
                      "et la date de l'image. Données de démonstration tant que les zones réelles ne sont pas chargées.",
        GeometryType = "MultiPolygon",
        Source = $"""
            select z.id, z.zone_class, c.label as class_label, z.kind, k.label as kind_label, z.image_date, z.label,
                   round((st_area(st_transform(z.geom, 2154)) / 10000)::numeric, 2)::double precision as area_ha, z.demo, z.geom
            from environnement.zone z
            join {Vocabulary.Rows(Vocabulary.ZoneClasses)} as c (code, label) on c.code = z.zone_class
            join {Vocabulary.Rows(Vocabulary.Kinds)} as k (code, label) on k.code = z.kind
            """,
        Properties =
        [
            new("zone_class", PropertyType.String, "Classe : chaleur_forte, chaleur, fraicheur, fraicheur_forte."),
            new("class_label", PropertyType.String, "Classe en clair."),
            new("kind", PropertyType.String, "Nature : ilot_chaleur ou ilot_fraicheur."),
            new("kind_label", PropertyType.String, "Nature en clair : Îlot de chaleur, Îlot de fraîcheur."),
            new("image_date", PropertyType.Date, "Date de l'image de températures de surface dont la zone est issue."),
            new("label", PropertyType.String, "Libellé de la zone, s'il y en a un."),
            new("area_ha", PropertyType.Number, "Surface de la zone, en hectares (Lambert-93)."),
            new("demo", PropertyType.Boolean, "Zone de démonstration."),
        ],
        TemporalProperty = "image_date",
        DefaultSort = ["image_date", "zone_class"],
        DataDomains = [DataDomain],
    };

    public static LayerDefinition Buildings { get; } = new()
    {
        Id = "environnement-batiments-sensibles",
        Title = "Bâtiments sensibles à la chaleur",
        Description = "Les établissements recevant un public sensible à la chaleur (écoles, crèches, EHPAD, centres de santé), et s'ils se " +
                      "trouvent dans un îlot de chaleur ou de fraîcheur de l'image la plus récente. Données de démonstration tant que la " +
                      "liste réelle n'est pas chargée.",
        GeometryType = "Point",
        Source = $"""
            with latest as (select max(extract(year from image_date)) as year from environnement.zone)
            select b.id, b.name, b.building_type, ty.label as type_label, b.commune_id as commune, b.address,
                   h.zone_class is not null as in_hot_spot, h.zone_class as hot_class,
                   k.zone_class is not null as in_cool_island, b.demo, b.geom
            from environnement.building b
            join {Vocabulary.Rows(Vocabulary.BuildingTypes)} as ty (code, label) on ty.code = b.building_type
            cross join latest
            left join lateral (select z.zone_class from environnement.zone z
                               where z.kind = 'ilot_chaleur' and extract(year from z.image_date) = latest.year and st_intersects(z.geom, b.geom)
                               order by z.zone_class = 'chaleur_forte' desc limit 1) h on true
            left join lateral (select z.zone_class from environnement.zone z
                               where z.kind = 'ilot_fraicheur' and extract(year from z.image_date) = latest.year and st_intersects(z.geom, b.geom)
                               limit 1) k on true
            """,
        Properties =
        [
            new("name", PropertyType.String, "Nom de l'établissement."),
            new("building_type", PropertyType.String, "Type : ecole, creche, ehpad, sante."),
            new("type_label", PropertyType.String, "Type en clair."),
            new("commune", PropertyType.String, "Commune (commune:code INSEE)."),
            new("address", PropertyType.String, "Adresse."),
            new("in_hot_spot", PropertyType.Boolean, "Dans un îlot de chaleur de l'image la plus récente (un bâtiment sur la limite d'une zone y est)."),
            new("hot_class", PropertyType.String, "Classe de l'îlot de chaleur qui le contient (chaleur_forte, chaleur), la plus chaude s'il y en a deux."),
            new("in_cool_island", PropertyType.Boolean, "Dans un îlot de fraîcheur de l'image la plus récente."),
            new("demo", PropertyType.Boolean, "Établissement de démonstration."),
        ],
        DefaultSort = ["commune", "building_type", "name"],
        DataDomains = [DataDomain],
    };
}
