using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.Sites.GetProductionSites;

internal sealed class Request
{
    /// <summary>Only sites of this kind: eolien, pv_sol, methanisation, hydraulique, valorisation_dechets, reseau_chaleur, gaz_de_mine, poste_source.</summary>
    [QueryParam] public string? Kind { get; set; }

    /// <summary>Only sites in this territory: a commune, EPCI, groupement, département or custom zone (custom:62119+62193).</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>Only sites of this status: en_service, projet, modernisation.</summary>
    [QueryParam] public string? Status { get; set; }

    /// <summary>geojson (the default), csv (one row per site, with its longitude and latitude), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Kind).Must(SiteKinds.IsKind).When(r => r.Kind is not null)
                .WithMessage($"kind must be one of {string.Join(", ", SiteKinds.All.Select(k => k.Kind))}");
            RuleFor(r => r.Status).Must(SiteKinds.IsStatus).When(r => r.Status is not null)
                .WithMessage($"status must be one of {string.Join(", ", SiteKinds.Statuses.Select(s => s.Status))}");
            RuleFor(r => r.Territory!).Must(t => TargetLookup.Problem(t) is null).When(r => r.Territory is not null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62193)");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.GeoJson or OutputFormat.Json || OutputFormat.IsTable(f))
                .WithMessage("format is geojson, csv, csvw or xlsx");
        }
    }
}

/// <summary>A site's position (RFC 7946), in WGS 84.</summary>
/// <param name="Type">Always Point.</param>
/// <param name="Coordinates">[longitude, latitude].</param>
internal sealed record SiteGeometry(string Type, IReadOnlyList<double> Coordinates);

/// <param name="KindLabel">The kind in French, as the legend names it.</param>
/// <param name="Operator">The operator, where known.</param>
/// <param name="Commune">The commune (commune:INSEE code).</param>
/// <param name="Epci">Its EPCI (epci:SIREN), if it has one.</param>
/// <param name="CommissionedYear">Year of commissioning (of creation for a heat network), where known.</param>
/// <param name="Capacity">Installed capacity, in <c>capacityUnit</c>.</param>
/// <param name="CapacityUnit">MW, MWc (photovoltaics) or MWth (heat networks); null for a source substation.</param>
/// <param name="ProductionGwh">Annual production in GWh (heat delivered for a heat network).</param>
/// <param name="Status">en_service, projet or modernisation.</param>
/// <param name="DeliveryPoints">Heat networks: number of delivery points.</param>
/// <param name="S3renrCapacityMw">Source substations: capacity reserved for renewables by the S3RENR, in MW.</param>
/// <param name="Confidential">A confidential project: only in the answers of partners of its territory and the agency.</param>
/// <param name="Source">Where each field comes from: the agency's activity report, or demo values.</param>
internal sealed record SiteProperties(string Kind, string KindLabel, string Name, string? Operator, string Commune, string CommuneName,
    string? Epci, string? EpciName, int? CommissionedYear, double? Capacity, string? CapacityUnit, double? ProductionGwh, string Status,
    int? DeliveryPoints, double? S3renrCapacityMw, string? Note, bool Confidential, string Source);

/// <param name="Type">Always Feature.</param>
/// <param name="Id">The site's id, also its id in the OGC collections energie-sites and energie-sites-partenaires.</param>
internal sealed record SiteFeature(string Type, string Id, SiteGeometry Geometry, SiteProperties Properties);

/// <summary>Number, capacity and production of the sites of one kind in the answer (the caller's view).</summary>
/// <param name="Capacity">Sum of the capacities, in the kind's unit; null when none is known.</param>
/// <param name="ProductionGwh">Sum of the annual productions; null when none is known.</param>
/// <param name="DeliveryPoints">Heat networks: sum of their delivery points.</param>
/// <param name="S3renrCapacityMw">Source substations: sum of their S3RENR capacities.</param>
internal sealed record SiteKindTotal(string Kind, string Label, int Count, double? Capacity, string? CapacityUnit, double? ProductionGwh,
    int? DeliveryPoints, double? S3renrCapacityMw);

/// <summary>Whose view this is.</summary>
/// <param name="Audience">public (no confidential site, anywhere), partner (the confidential sites of the key's territory) or agency (all).</param>
/// <param name="Territory">The territory filtered on, if any, with its name.</param>
internal sealed record SitesView(string Audience, string? Territory, string? TerritoryName);

/// <summary>A GeoJSON FeatureCollection (RFC 7946) of the sites, with the caller's view and totals by kind.</summary>
/// <param name="Type">Always FeatureCollection.</param>
/// <param name="Totals">Per kind present in the answer, in the order of <c>kinds</c>: computed from the sites the caller sees, so a public figure never counts a hidden site.</param>
/// <param name="Kinds">Every kind with its French label and capacity unit (for legends and filters).</param>
/// <param name="Statuses">Every status with its French label.</param>
internal sealed record SiteCollection(string Type, IReadOnlyList<SiteFeature> Features, SitesView View, IReadOnlyList<SiteKindTotal> Totals,
    IReadOnlyList<SiteKind> Kinds, IReadOnlyList<SiteStatus> Statuses, int NumberReturned);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request>
{
    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("id", "Identifiant", ColumnType.Text, "Aussi son identifiant dans les collections OGC energie-sites et energie-sites-partenaires."),
        new("kind", "Filière", ColumnType.Text, "eolien, pv_sol, methanisation, hydraulique, valorisation_dechets, reseau_chaleur, gaz_de_mine ou poste_source."),
        new("kind_label", "Libellé de la filière", ColumnType.Text),
        new("name", "Nom", ColumnType.Text),
        new("operator", "Exploitant", ColumnType.Text),
        new("commune", "Code de la commune", ColumnType.Text),
        new("commune_name", "Commune", ColumnType.Text),
        new("epci", "Code de l'EPCI", ColumnType.Text),
        new("commissioned_year", "Année de mise en service", ColumnType.Integer, "De création pour un réseau de chaleur."),
        new("capacity", "Puissance installée", ColumnType.Number, "Dans l'unité de la colonne capacity_unit.", "MW, MWc ou MWth", 3),
        new("capacity_unit", "Unité de puissance", ColumnType.Text, "MW, MWc (photovoltaïque) ou MWth (réseau de chaleur)."),
        new("production_gwh", "Production annuelle", ColumnType.Number, "Chaleur livrée pour un réseau de chaleur.", "GWh", 3),
        new("status", "Statut", ColumnType.Text, "en_service, projet ou modernisation."),
        new("delivery_points", "Points de livraison", ColumnType.Integer, "Réseau de chaleur : nombre de points de livraison."),
        new("s3renr_capacity_mw", "Capacité S3RENR", ColumnType.Number, "Poste source : capacité réservée aux énergies renouvelables.", "MW", 1),
        new("note", "Note", ColumnType.Text),
        new("confidential", "Projet confidentiel", ColumnType.Text, "True : réservé aux partenaires de son territoire et à l'agence."),
        new("source", "Source", ColumnType.Text, "D'où vient chaque donnée (rapport d'activité de l'AULA ou démonstration)."),
        new("longitude", "Longitude", ColumnType.Number, "WGS 84.", "degrés", 6),
        new("latitude", "Latitude", ColumnType.Number, "WGS 84.", "degrés", 6),
    ];

    public override void Configure()
    {
        Get("/api/v1/energie/sites");
        // Answers differ by role and scope: the response cache keys on both (DataVersionETag.Representation).
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<SiteCollection>(200, FeatureCollectionWriter.ContentType, CsvWriter.ContentType,
                OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The energy production sites as GeoJSON (or CSV), filtered by kind, territory and status, with totals by kind";
            s.Description = "Wind farms, ground PV plants, methanisation units, hydro plants, waste-to-energy plants, heat networks, mine gas " +
                            "and source substations (with their S3RENR capacity), each with its commune, EPCI, year, capacity, production " +
                            "and source. Confidential projects are partner data: the public never sees them, nor counts them in the totals; " +
                            "a partner sees those of its territory, the agency all. The same sites are the OGC collections energie-sites " +
                            "(public) and energie-sites-partenaires (partners). format=csv: one row per site; csvw: its metadata (linked from the " +
                            "CSV); xlsx: the same table as a workbook, with the same sites as the GeoJSON.";
            s.ExampleRequest = new Request { Kind = "methanisation", Territory = "epci:200069672" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        Target? territory = null;
        if (r.Territory is not null && (territory = await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), r.Territory)) is null)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var communes = territory?.CoveredCommunes.ToArray();
        // Confidential rows are not even read for a caller who may see none; a scoped partner's are then kept inside its scope.
        var rows = (await Data.SitesAsync(connection, r.Kind, r.Status, communes, caller.CanSee(Confidentiality.Partner), ct))
            .Where(s => !s.confidential || caller.CanSeeFiguresOf(Confidentiality.Partner, s.commune_id, []))
            .ToList();

        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            // The layer the caller's view matches: the partners' (with confidential projects) or the public one.
            var layer = caller.CanSee(Confidentiality.Partner) ? SitesLayers.Partners : SitesLayers.Public;
            List<KeyValuePair<string, string>> asked = [new("Vue", caller.IsAgency ? "agence" : caller.IsPartner ? "partenaire" : "publique")];
            foreach (var (label, value) in new[] { ("Filière", r.Kind), ("Territoire", territory is null ? null : $"{territory.Name} ({territory.Id})"), ("Statut", r.Status) })
            {
                if (value is not null)
                    asked.Add(new(label, value));
            }
            var table = new ExportTable(layer.Title, "energie_sites", layer.Title, Columns,
                [ExportSource.OfLayer(layer, "MW ; GWh", null,
                    "Les projets confidentiels ne figurent que pour les partenaires de leur territoire et pour l'agence : jamais dans " +
                    "les réponses publiques ni dans leurs totaux.")], asked);
            await table.SendAsync(HttpContext, format, () => rows.Select(s => new object?[]
            {
                s.id, s.kind, SiteKinds.Of(s.kind).Label, s.name, s.@operator, s.commune_id, s.commune_name, s.epci_id, s.commissioned_year,
                s.capacity_mw, SiteKinds.Of(s.kind).CapacityUnit, s.production_gwh, s.status, s.delivery_points, s.s3renr_capacity_mw, s.note,
                s.confidential, s.source, s.longitude, s.latitude,
            }), ct);
            return;
        }
        var features = rows.Select(s => new SiteFeature("Feature", s.id, new SiteGeometry("Point", [s.longitude, s.latitude]),
            new SiteProperties(s.kind, SiteKinds.Of(s.kind).Label, s.name, s.@operator, s.commune_id, s.commune_name, s.epci_id, s.epci_name,
                s.commissioned_year, s.capacity_mw, SiteKinds.Of(s.kind).CapacityUnit, s.production_gwh, s.status, s.delivery_points,
                s.s3renr_capacity_mw, s.note, s.confidential, s.source))).ToList();
        var totals = SiteKinds.All.Select(k => (Kind: k, Sites: rows.Where(s => s.kind == k.Kind).ToList())).Where(x => x.Sites.Count > 0)
            .Select(x => new SiteKindTotal(x.Kind.Kind, x.Kind.Label, x.Sites.Count, Sum(x.Sites.Select(s => s.capacity_mw)), x.Kind.CapacityUnit,
                Sum(x.Sites.Select(s => s.production_gwh)), x.Sites.Any(s => s.delivery_points is not null) ? x.Sites.Sum(s => s.delivery_points ?? 0) : null,
                Sum(x.Sites.Select(s => s.s3renr_capacity_mw))))
            .ToList();
        var audience = caller.IsAgency ? "agency" : caller.IsPartner ? "partner" : "public";
        var collection = new SiteCollection("FeatureCollection", features, new SitesView(audience, territory?.Id, territory?.Name), totals,
            SiteKinds.All, SiteKinds.Statuses, features.Count);
        await Send.StringAsync(JsonSerializer.Serialize(collection, GeoJsonOptions), 200, FeatureCollectionWriter.ContentType, ct);
    }

    // Names keep their accents readable, as the platform's FeatureCollectionWriter does: this JSON is never embedded in HTML.
    private static readonly JsonSerializerOptions GeoJsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A sum to 3 decimals, or null when no site has the figure.</summary>
    private static double? Sum(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : Math.Round(known.Sum(), 3);
    }

    internal static class Data
    {
        internal sealed record SiteRow(string id, string kind, string name, string? @operator, string commune_id, string commune_name,
            string? epci_id, string? epci_name, int? commissioned_year, double? capacity_mw, double? production_gwh, string status,
            int? delivery_points, double? s3renr_capacity_mw, string? note, bool confidential, string source, double longitude, double latitude);

        public static async Task<IReadOnlyList<SiteRow>> SitesAsync(NpgsqlConnection connection, string? kind, string? status, string[]? communes,
            bool readConfidential, CancellationToken ct) =>
            [.. await connection.QueryAsync<SiteRow>(new CommandDefinition("""
                select s.id, s.kind, s.name, s.operator, s.commune_id, c.name as commune_name, e.id as epci_id, e.name as epci_name,
                       s.commissioned_year, s.capacity_mw, s.production_gwh, s.status, s.delivery_points, s.s3renr_capacity_mw, s.note,
                       s.confidential, s.source, round(st_x(s.geom)::numeric, 6)::double precision as longitude,
                       round(st_y(s.geom)::numeric, 6)::double precision as latitude
                from energie.site s
                join platform.territory c on c.id = s.commune_id
                left join lateral (
                    select t.id, t.name from platform.territory_membership m join platform.territory t on t.id = m.parent_id
                    where m.member_id = s.commune_id and m.parent_id like 'epci:%' order by t.id limit 1
                ) e on true
                where (not s.confidential or @readConfidential)
                  and (@kind::text is null or s.kind = @kind)
                  and (@status::text is null or s.status = @status)
                  and (@communes::text[] is null or s.commune_id = any(@communes))
                order by s.kind, s.commune_id, s.name, s.id
                """, new { kind, status, communes, readConfidential }, cancellationToken: ct))];
    }
}
