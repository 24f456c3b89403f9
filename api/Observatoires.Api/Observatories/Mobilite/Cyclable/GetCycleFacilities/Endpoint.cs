using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable.GetCycleFacilities;

internal sealed class Request
{
    /// <summary>Only the segments with a side in this territory: a commune, EPCI, groupement, département or custom zone (custom:62119+62193).</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>geojson (the default: the national schema's format), csv (one row per segment, geometry as WKT), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); else chosen by Accept.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory!).Must(t => TargetLookup.Problem(t) is null).When(r => r.Territory is not null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62193)");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.GeoJson or OutputFormat.Json || OutputFormat.IsTable(f))
                .WithMessage("format is geojson, csv, csvw or xlsx");
        }
    }
}

/// <summary>A segment to the national schema (RFC 7946 Feature): its properties under the schema's names, those without a value left out.</summary>
/// <param name="Type">Always Feature.</param>
/// <param name="Geometry">A LineString or MultiLineString in WGS 84, as imported.</param>
/// <param name="Properties">id_local, reseau_loc, nom_loc, id_osm, num_iti, code_com_d, ame_d, regime_d, sens_d, largeur_d, local_d, statut_d, revet_d, the same with _g, access_ame, date_maj, trafic_vit, lumiere, d_service, comm, source, project_c, ref_geo.</param>
internal sealed record CycleFacilityFeature(string Type, CycleFacilityGeometry Geometry, IReadOnlyDictionary<string, object> Properties);

/// <param name="Type">LineString or MultiLineString.</param>
/// <param name="Coordinates">Positions [longitude, latitude] (LineString) or lines of them (MultiLineString).</param>
internal sealed record CycleFacilityGeometry(string Type, IReadOnlyList<object> Coordinates);

/// <summary>The network in exactly the format of the "schéma de données des aménagements cyclables" (0.3.x): a FeatureCollection with no other member.</summary>
/// <param name="Type">Always FeatureCollection.</param>
internal sealed record CycleFacilityCollection(string Type, IReadOnlyList<CycleFacilityFeature> Features);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request>
{
    /// <summary>
    /// The CSV's columns, in Csv.sql's order: the schema's properties as the layer describes them, then the length and the
    /// geometry. Declared once for the CSV, its CSVW metadata and the workbook.
    /// </summary>
    private static readonly ExportColumn[] Columns =
    [
        .. new[]
        {
            "id_local", "reseau_loc", "nom_loc", "id_osm", "num_iti", "code_com_d", "ame_d", "regime_d", "sens_d", "largeur_d", "local_d",
            "statut_d", "revet_d", "code_com_g", "ame_g", "regime_g", "sens_g", "largeur_g", "local_g", "statut_g", "revet_g", "access_ame",
            "date_maj", "trafic_vit", "lumiere", "d_service", "comm", "source", "project_c", "ref_geo", "longueur_m",
        }.Select(name => ExportColumn.Of(CyclableLayer.Definition.Properties.Single(p => p.Name == name))),
        new("geometrie_wkt", "geometrie_wkt", ColumnType.Text, "La géométrie du tronçon en WKT, en WGS 84 (EPSG:4326)."),
    ];

    public override void Configure()
    {
        Get("/api/v1/mobilite/cycle-facilities");
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<CycleFacilityCollection>(200, FeatureCollectionWriter.ContentType, CsvWriter.ContentType,
                OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The cycling network in the national schema's format (GeoJSON), or as CSV";
            s.Description = "The segments of the network exactly as the \"schéma de données des aménagements cyclables\" (0.3.x) writes them: " +
                            "what feeds the national database and the route planners, and what POST /api/v1/mobilite/cycle-facilities/import " +
                            "reads back. Properties without a value are left out. With territory, the segments with a side (code_com_d or " +
                            "code_com_g) in it. format=csv: one row per segment, with its length and its geometry as WKT; format=csvw its metadata " +
                            "(linked from the CSV), format=xlsx the same table as a workbook. The same segments are " +
                            "the OGC collection mobilite-amenagements-cyclables.";
            s.ExampleRequest = new Request { Territory = "epci:246200364" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        string[]? communes = null;
        if (r.Territory is not null)
        {
            if (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } target)
            {
                await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
                return;
            }
            communes = [.. target.CoveredCommunes];
        }
        var name = r.Territory is null ? "amenagements_cyclables" : $"amenagements_cyclables_{r.Territory.Replace(':', '_').Replace('+', '_')}";
        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var rows = format == OutputFormat.Csvw ? [] : await Data.RowsAsync(connection, communes, ct);
            var title = CyclableLayer.Definition.Title + (r.Territory is null ? "" : $" ({r.Territory})");
            var table = new ExportTable(title, name, title, Columns,
                [ExportSource.OfLayer(CyclableLayer.Definition, "tronçons ; mètres", null, "Données publiques : aucun secret statistique.")],
                r.Territory is null ? [] : [new("Territoire", r.Territory)]);
            await table.SendAsync(HttpContext, format, () => rows, ct);
            return;
        }
        var collection = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            SqlResource.Get("Observatories/Mobilite/Cyclable/GetCycleFacilities/GeoJson.sql"), new { Communes = communes }, cancellationToken: ct));
        HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{name}.geojson\"";
        await Send.StringAsync(collection!, 200, FeatureCollectionWriter.ContentType, ct);
    }

    internal static class Data
    {
        /// <summary>The segments as Csv.sql selects them, one array of values per row.</summary>
        public static async Task<IReadOnlyList<object?[]>> RowsAsync(NpgsqlConnection connection, string[]? communes, CancellationToken ct)
        {
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                SqlResource.Get("Observatories/Mobilite/Cyclable/GetCycleFacilities/Csv.sql"), new { Communes = communes }, cancellationToken: ct));
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(ct))
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(values);
            }
            return rows;
        }
    }
}
