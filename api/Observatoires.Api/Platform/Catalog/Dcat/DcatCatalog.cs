using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Catalog.Dcat;

/// <summary>
/// The catalogue as DCAT-AP 2.1.1 for the national and European portals: the dcat:Catalog, its public datasets with their
/// distributions, and the two data services (the REST API and the OGC API). EU vocabularies' URIs for themes, frequencies,
/// access rights, file types and language; IANA's for media types.
/// </summary>
internal static class DcatCatalog
{
    private const string Eu = "http://publications.europa.eu/resource/authority/";
    private const string Iana = "https://www.iana.org/assignments/media-types/";
    public const string EtalabLicence = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    /// <param name="datasets">Public datasets only: the caller decides nothing here.</param>
    /// <param name="issued">When the platform was installed (its first migration).</param>
    public static RdfGraph Build(IReadOnlyList<Dataset> datasets, PublicUrl url, DateTimeOffset? issued)
    {
        var graph = new RdfGraph();
        var catalogIri = url.For("/catalog");
        var publisherIri = $"{catalogIri}#publisher";
        var apiIri = $"{catalogIri}#api";
        var ogcIri = $"{catalogIri}#ogc-api";
        var licence = new RdfIri(EtalabLicence);

        var catalog = graph.Node(catalogIri, "dcat:Catalog")
            .Add("dct:title", RdfLiteral.French("Observatoires territoriaux de l'AULA"))
            .Add("dct:description", RdfLiteral.French(
                "Les données publiques des observatoires territoriaux de l'agence d'urbanisme de l'Artois : indicateurs par " +
                "territoire (communes, EPCI, groupements) et couches géographiques, avec leurs téléchargements, l'API REST et l'OGC API."))
            .Add("dct:publisher", new RdfIri(publisherIri))
            .Add("foaf:homepage", new RdfIri(url.For("/")))
            .Add("dct:license", licence)
            .Add("dct:language", new RdfIri($"{Eu}language/FRA"))
            .Add("dct:issued", issued is { } i ? RdfLiteral.DateTime(i) : null)
            .Add("dct:modified", datasets.Select(d => d.Modified).Max() is { } m ? RdfLiteral.DateTime(m) : null)
            .Add("dcat:service", [new RdfIri(apiIri), new RdfIri(ogcIri)]);

        graph.Node(publisherIri, "foaf:Agent")
            .Add("foaf:name", RdfLiteral.French(DatasetCatalogue.Agency))
            .Add("foaf:homepage", new RdfIri(DatasetCatalogue.AgencyUrl))
            .Add("dct:type", new RdfIri("http://purl.org/adms/publishertype/NonProfitOrganisation"));

        foreach (var dataset in datasets)
        {
            var iri = url.For($"/api/v1/datasets/{dataset.Id}");
            catalog.Add("dcat:dataset", new RdfIri(iri));
            var node = graph.Node(iri, "dcat:Dataset")
                .Add("dct:identifier", new RdfLiteral(dataset.Id))
                .Add("dct:title", RdfLiteral.French(dataset.Title))
                .Add("dct:description", RdfLiteral.French(dataset.Description))
                .Add("dcat:keyword", dataset.Keywords.Select(RdfLiteral.French))
                .Add("dcat:theme", dataset.DataThemes.Select(t => new RdfIri(t)))
                .Add("dct:publisher", new RdfIri(publisherIri))
                .Add("dct:accessRights", new RdfIri($"{Eu}access-right/{AccessRight(dataset.Access)}"))
                .Add("dct:accrualPeriodicity", new RdfIri($"{Eu}frequency/{Frequency(dataset.Periodicity)}"))
                .Add("dct:language", new RdfIri($"{Eu}language/FRA"))
                .Add("dct:modified", dataset.Modified is { } modified ? RdfLiteral.DateTime(modified) : null);

            var contact = graph.Blank("vcard:Organization")
                .Add("vcard:fn", RdfLiteral.French(dataset.Contact.Name))
                .Add("vcard:hasURL", new RdfIri(dataset.Contact.Url))
                .Add("vcard:hasEmail", dataset.Contact.Email is { } email ? new RdfIri($"mailto:{email}") : null);
            node.Add("dcat:contactPoint", contact.Subject);

            foreach (var territory in dataset.Spatial.Territories)
            {
                var location = graph.Blank("dct:Location")
                    .Add("skos:prefLabel", RdfLiteral.French(territory.Name))
                    .Add("dct:identifier", new RdfLiteral(territory.Id));
                node.Add("dct:spatial", location.Subject);
            }
            if (dataset.Spatial.Bbox is [var west, var south, var east, var north])
            {
                var box = FormattableString.Invariant(
                    $"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},{west} {south}))");
                node.Add("dct:spatial", graph.Blank("dct:Location").Add("dcat:bbox", new RdfLiteral(box, Datatype: "gsp:wktLiteral")).Subject);
            }
            if (dataset.Temporal is { } temporal)
            {
                var period = graph.Blank("dct:PeriodOfTime")
                    .Add("dcat:startDate", RdfLiteral.Date(DateOnly.Parse(temporal.Start, System.Globalization.CultureInfo.InvariantCulture)))
                    .Add("dcat:endDate", RdfLiteral.Date(DateOnly.Parse(temporal.End, System.Globalization.CultureInfo.InvariantCulture)));
                node.Add("dct:temporal", period.Subject);
            }
            foreach (var provenance in dataset.Provenance)
            {
                var statement = graph.Blank("dct:ProvenanceStatement")
                    .Add("rdfs:label", RdfLiteral.French(
                        $"Source : {provenance.Source}{(provenance.Vintage is { } v ? $" (millésime {v})" : "")}" +
                        $"{(provenance.Url is { } u ? $", {u}" : "")}"));
                node.Add("dct:provenance", statement.Subject);
            }

            var datasetLicence = Licence(graph, dataset.Licence);
            var n = 0;
            foreach (var distribution in dataset.Distributions)
            {
                var distributionNode = graph.Node($"{iri}#distribution-{++n}", "dcat:Distribution")
                    .Add("dct:title", RdfLiteral.French(distribution.Title))
                    .Add("dcat:accessURL", new RdfIri(distribution.Url))
                    .Add("dcat:downloadURL", distribution.Download ? new RdfIri(distribution.Url) : null)
                    .Add("dcat:mediaType", new RdfIri($"{Iana}{distribution.MediaType}"))
                    .Add("dct:format", new RdfIri($"{Eu}file-type/{FileType(distribution.Format)}"))
                    .Add("dct:license", datasetLicence)
                    .Add("dcat:byteSize", distribution.Bytes is { } bytes ? new RdfLiteral($"{bytes}", Datatype: "xsd:decimal") : null);
                if (distribution.Format is "API" or "OGC API")
                    distributionNode.Add("dcat:accessService", new RdfIri(distribution.Format == "API" ? apiIri : ogcIri));
                node.Add("dcat:distribution", distributionNode.Subject);
            }
        }

        graph.Node(apiIri, "dcat:DataService")
            .Add("dct:title", RdfLiteral.French("API REST des observatoires"))
            .Add("dct:description", RdfLiteral.French(
                "Territoires, indicateurs (valeurs, séries, comparaisons, cartes) et couches des observatoires, en JSON, CSV et GeoJSON ; " +
                "erreurs en RFC 9457."))
            .Add("dcat:endpointURL", new RdfIri(url.For("/api/v1/")))
            .Add("dcat:endpointDescription", new RdfIri(url.For("/openapi/v1.json")))
            .Add("dct:conformsTo", new RdfIri("https://spec.openapis.org/oas/v3.0.0"))
            .Add("dct:license", licence)
            .Add("dct:accessRights", new RdfIri($"{Eu}access-right/PUBLIC"))
            .Add("dcat:servesDataset", datasets.Select(d => new RdfIri(url.For($"/api/v1/datasets/{d.Id}"))));
        graph.Node(ogcIri, "dcat:DataService")
            .Add("dct:title", RdfLiteral.French("OGC API - Features et Tiles des observatoires"))
            .Add("dct:description", RdfLiteral.French(
                "Les couches géographiques pour les SIG (QGIS, GDAL, MapLibre) : collections, objets en GeoJSON ou CSV, tuiles vectorielles."))
            .Add("dcat:endpointURL", new RdfIri(url.For("/ogc")))
            .Add("dcat:endpointDescription", new RdfIri(url.For("/ogc/api")))
            .Add("dct:conformsTo", new RdfIri("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"))
            .Add("dct:license", licence)
            .Add("dct:accessRights", new RdfIri($"{Eu}access-right/PUBLIC"))
            .Add("dcat:servesDataset", datasets.Where(d => d.Kind == "layer").Select(d => new RdfIri(url.For($"/api/v1/datasets/{d.Id}"))));
        return graph;
    }

    // Etalab's open licence by its page (how data.gouv.fr names it); another licence by its name.
    private static RdfTerm Licence(RdfGraph graph, string licence) =>
        licence.Contains("Etalab", StringComparison.OrdinalIgnoreCase) || licence.Contains("Licence Ouverte", StringComparison.OrdinalIgnoreCase)
            ? new RdfIri(EtalabLicence)
            : graph.Blank("dct:LicenseDocument").Add("rdfs:label", RdfLiteral.French(licence)).Subject;

    private static string AccessRight(string access) => access switch
    {
        "public" => "PUBLIC",
        "partner" => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    private static string Frequency(string periodicity) => periodicity switch
    {
        "year" => "ANNUAL",
        "semester" => "ANNUAL_2",
        "quarter" => "QUARTERLY",
        "month" => "MONTHLY",
        _ => "IRREG",
    };

    private static string FileType(string format) => format switch
    {
        "CSV" => "CSV",
        "CSVW" => "JSON_LD",
        "XLSX" => "XLSX",
        "GeoJSON" => "GEOJSON",
        "GeoPackage" => "GPKG",
        _ => "JSON",
    };
}
