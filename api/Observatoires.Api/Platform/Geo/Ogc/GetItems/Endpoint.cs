using System.Globalization;
using Dapper;
using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Geo.Ogc.GetItems;

/// <summary>
/// OGC API - Features items parameters. Any other query parameter must be a queryable property of the layer,
/// matched for equality (<c>?naf_section=G</c>).
/// </summary>
internal sealed class Request
{
    /// <summary>Collection id, e.g. communes.</summary>
    public string CollectionId { get; set; } = "";

    /// <summary>minx,miny,maxx,maxy (CRS84 longitude/latitude unless bbox-crs says otherwise).</summary>
    [QueryParam] public string? Bbox { get; set; }

    /// <summary>CRS of bbox: http://www.opengis.net/def/crs/OGC/1.3/CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154.</summary>
    [QueryParam, BindFrom("bbox-crs")] public string? BboxCrs { get; set; }

    /// <summary>Features per page, 1 to 10,000 (default 100).</summary>
    [QueryParam] public string? Limit { get; set; }

    /// <summary>Features to skip (paging; follow the next link rather than computing it).</summary>
    [QueryParam] public string? Offset { get; set; }

    /// <summary>An RFC 3339 instant (2024-03-01) or interval (2020-01-01/.., ../2019-12-31) on the layer's temporal property.</summary>
    [QueryParam] public string? Datetime { get; set; }

    /// <summary>Comma-separated properties to return (default: all).</summary>
    [QueryParam] public string? Properties { get; set; }

    /// <summary>CRS of the response: CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154 (Lambert-93, metres).</summary>
    [QueryParam] public string? Crs { get; set; }

    /// <summary>json or geojson (GeoJSON, the default), csv (properties and WKT geometry), csvw (the CSV's metadata, W3C CSVW) or xlsx (properties and one point's coordinates, with a metadata sheet).</summary>
    [QueryParam] public string? F { get; set; }

    /// <summary>Map zoom level the features are drawn at (0–22): polygons are generalised to suit it.</summary>
    [QueryParam] public string? Zoom { get; set; }

    /// <summary>Map scale denominator the features are drawn at (e.g. 250000): polygons are generalised to suit it.</summary>
    [QueryParam] public string? Scale { get; set; }

    /// <summary>full, medium (borders within ~50 m) or low (~350 m): the polygon precision, when no zoom, scale or bbox chooses it.</summary>
    [QueryParam] public string? Resolution { get; set; }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, LayerRegistry layers, ICallerAccessor callers) : Endpoint<Request>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}/items");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(object), Ogc.GeoJson, "text/csv", OutputFormat.CsvwContentType, OutputFormat.XlsxContentType).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The features of a layer, page by page (GeoJSON streamed as PostGIS writes it, CSV or XLSX)";
            s.Description = "Filters: `bbox` (+ `bbox-crs`), `datetime` on the layer's temporal property, equality on any " +
                            "queryable property (`?naf_section=G`). `crs=http://www.opengis.net/def/crs/EPSG/0/2154` answers in " +
                            "Lambert-93 (header Content-Crs). Polygons are generalised to suit `zoom`, `scale` or the bbox size, " +
                            "keeping shared borders shared; without them the full contours are served. Pages: `limit` " +
                            "(default 100, max 10,000), `offset`, and the `next` link, whose page is twice the current one " +
                            "up to 1,000 features; `numberMatched` when counting is cheap. `f=csv` (WKT geometry, a Link to its CSVW " +
                            "metadata) and `f=xlsx` (a \"Données\" sheet with one point's longitude and latitude per feature, a " +
                            "\"Métadonnées\" sheet) without `limit` give the whole selection; XLSX holds at most 50,000 features " +
                            "(a larger selection is a 400 that points to the paged CSV).";
            s.ExampleRequest = new Request { CollectionId = "communes", Bbox = "2.7,50.3,3.0,50.5", Limit = "50" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        if (Ogc.Visible(layers, caller, r.CollectionId) is not { } layer)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.NotFoundMessage(r.CollectionId)));
            return;
        }
        var errors = new List<ValidationFailure>();
        var p = ItemsParameters.Parse(r, HttpContext.Request.Query, layer, errors);
        foreach (var error in errors)
            AddError(error);
        ThrowIfAnyErrors();

        HttpContext.Response.Headers["Content-Crs"] = p.Crs.Header;

        var query = new FeatureQuery(layer).For(caller).WithBbox(p.Bbox).WithTime(p.Time);
        foreach (var (property, value) in p.Filters)
            query.WithEquals(property, value);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (p.Format == "csvw")
        {
            await Table(p).SendCsvwAsync(HttpContext, ct);
            return;
        }
        if (p.Format == "csv")
        {
            await WriteCsvAsync(connection, query, p, ct);
            return;
        }
        if (p.Format == "xlsx")
        {
            await WriteXlsxAsync(connection, query, p, ct);
            return;
        }
        var features = await connection.ExecuteReaderAsync(
            new CommandDefinition(query.FeaturesSql(p.Properties, p.Crs, p.Resolution, p.Limit, p.Offset), query.Parameters, cancellationToken: ct));
        await FeatureCollectionWriter.WriteAsync(HttpContext.Response, features, p.Limit, async (returned, more) =>
        {
            var members = new Dictionary<string, object?>
            {
                ["timeStamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            };
            if (await NumberMatchedAsync(connection, query, p, returned, more) is { } matched)
                members["numberMatched"] = matched;
            members["links"] = Links(p, more);
            return members;
        }, ct);
    }

    /// <summary>Exact when it comes free (the last page) or costs little; omitted rather than slow on a large layer.</summary>
    private static async Task<long?> NumberMatchedAsync(NpgsqlConnection connection, FeatureQuery query, ItemsParameters p, int returned, bool more)
    {
        if (!more && (returned > 0 || p.Offset == 0))
            return p.Offset + returned;
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("set local statement_timeout = 300", transaction: transaction);
        try
        {
            return await connection.ExecuteScalarAsync<long>(query.CountSql(), query.Parameters, transaction);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled)
        {
            return null;
        }
    }

    private List<Link> Links(ItemsParameters p, bool more)
    {
        var request = HttpContext.Request;
        string Page(int offset, int limit)
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(q => q.Key is not ("offset" or "limit"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("limit", limit.ToString(CultureInfo.InvariantCulture)))
                .Append(new("offset", offset.ToString(CultureInfo.InvariantCulture)));
            return request.PublicUrl(request.Path, QueryString.Create(query));
        }
        var links = new List<Link>
        {
            new(request.PublicUrl(), "self", Ogc.GeoJson, "Cette page"),
            new(Ogc.Url(request, $"/collections/{Uri.EscapeDataString(p.Layer.Id)}"), "collection", Ogc.Json, p.Layer.Title),
        };
        // A client that keeps following next links is reading the whole selection: each next page is larger.
        if (more)
            links.Add(new(Page(p.Offset + p.Limit, ItemsParameters.NextLimit(p.Limit)), "next", Ogc.GeoJson, "Page suivante"));
        if (p.Offset > 0)
            links.Add(new(Page(Math.Max(0, p.Offset - p.Limit), p.Limit), "prev", Ogc.GeoJson, "Page précédente"));
        return links;
    }

    private async Task WriteCsvAsync(NpgsqlConnection connection, FeatureQuery query, ItemsParameters p, CancellationToken ct)
    {
        var sql = query.TableSql(p.Properties, p.Crs, p.Resolution, p.Limit, p.Offset);
        // The whole result streams row by row; a page reads one row more to know whether a next one exists.
        IAsyncEnumerable<dynamic> rows;
        string? next = null;
        if (p.IsWholeResult)
            rows = connection.QueryUnbufferedAsync(sql, query.Parameters);
        else
        {
            var page = (await connection.QueryAsync(new CommandDefinition(sql, query.Parameters, cancellationToken: ct))).ToList();
            if (page.Count > p.Limit)
                next = $"<{Links(p, true).Single(l => l.Rel == "next").Href}>; rel=\"next\"";
            rows = page.ToAsyncEnumerable();
        }
        // One Link header (RFC 8288): the next page, if any, and the CSV's CSVW metadata, as the other CSV routes give it.
        HttpContext.Response.Headers.Link = string.Join(", ", new[] { next, Table(p).DescribedBy(HttpContext.Request) }.OfType<string>());
        HttpContext.StartRaw(CsvWriter.ContentType);
        HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{p.Layer.Id}.csv\"";
        await using var csv = new CsvWriter(HttpContext.Response.Body);
        await csv.WriteRowAsync(["id", .. p.Properties.Select(x => x.Name), "wkt"]);
        await foreach (IDictionary<string, object?> row in rows.Take(p.Limit).WithCancellation(ct))
            await csv.WriteRowAsync([.. row.Values]);
    }

    /// <summary>
    /// The features as a spreadsheet: the CSV's columns with one point's coordinates for the geometry. Excel holds
    /// 1,048,576 rows: a larger selection is refused before anything is written, with the paged CSV to use instead.
    /// </summary>
    private async Task WriteXlsxAsync(NpgsqlConnection connection, FeatureQuery query, ItemsParameters p, CancellationToken ct)
    {
        if (p.IsWholeResult)
        {
            var count = await connection.ExecuteScalarAsync<long>(
                new CommandDefinition(query.BoundedCountSql(MaxSpreadsheetRows + 1), query.Parameters, cancellationToken: ct));
            if (count > MaxSpreadsheetRows)
            {
                AddError(new ValidationFailure("f", $"f=xlsx holds at most {MaxSpreadsheetRows.ToString("N0", CultureInfo.InvariantCulture)} features " +
                              $"(a spreadsheet's 1,048,576 rows, one for the header) and {p.Layer.Id} has more here: download f=csv, " +
                              "paged with limit and offset (its Link rel=\"next\"), or narrow the selection (bbox, datetime, a property)"));
                ThrowIfAnyErrors();
            }
        }
        var sql = query.PointsSql(p.Properties, p.Crs, p.Limit, p.Offset);
        var rows = (await connection.QueryAsync(new CommandDefinition(sql, query.Parameters, cancellationToken: ct)))
            .Take(p.Limit)
            .Select(row => ((IDictionary<string, object?>)row).Values.Select(SpreadsheetValue).ToArray())
            .ToList();
        await Table(p, spreadsheet: true).SendAsync(HttpContext, OutputFormat.Xlsx, () => rows, ct);
    }

    /// <summary>
    /// The features a workbook is built with: it is built in memory (~6 kB a feature, 90 MB for 16,000 measured), for any
    /// caller, so well below the 1,048,575 data rows a sheet holds; a larger selection is the paged CSV's, or pages of XLSX.
    /// </summary>
    public const int MaxSpreadsheetRows = 50_000;

    // Instants as ISO 8601 text and booleans as JSON writes them, rather than the invariant culture's forms.
    private static object? SpreadsheetValue(object? value) => value switch
    {
        DateTime { TimeOfDay.Ticks: > 0 } instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value,
    };

    /// <summary>
    /// The layer's features as a table, its columns from the layer's typed and described properties: for CSV the
    /// geometry as WKT; for a spreadsheet one point's coordinates (the point, or a point on the surface or line).
    /// </summary>
    private static ExportTable Table(ItemsParameters p, bool spreadsheet = false)
    {
        var lambert = p.Crs.Srid != 4326;
        var where = p.Layer.GeometryType.Contains("Point", StringComparison.Ordinal)
            ? "du point"
            : "d'un point situé sur l'objet (ST_PointOnSurface), qui le place sur une carte sans en donner le contour";
        ExportColumn[] geometry = spreadsheet
            ?
            [
                new(lambert ? "x" : "longitude", lambert ? "X (Lambert-93)" : "Longitude", ColumnType.Number,
                    $"{(lambert ? "Abscisse" : "Longitude")} {where}, système de coordonnées {p.Crs.Uri}.", lambert ? "m" : "degrés"),
                new(lambert ? "y" : "latitude", lambert ? "Y (Lambert-93)" : "Latitude", ColumnType.Number,
                    $"{(lambert ? "Ordonnée" : "Latitude")} {where}, système de coordonnées {p.Crs.Uri}.", lambert ? "m" : "degrés"),
            ]
            : [new("wkt", "Géométrie (WKT)", ColumnType.Text, $"La géométrie en WKT, système de coordonnées {p.Crs.Uri}.")];
        ExportColumn[] columns =
        [
            new("id", "Identifiant", ColumnType.Text),
            .. p.Properties.Select(ExportColumn.Of),
            .. geometry,
        ];
        IReadOnlyList<KeyValuePair<string, string>> request = spreadsheet
            ?
            [
                new("Couche", $"{p.Layer.Title} ({p.Layer.Id})"),
                new("Géométrie", $"Un point par objet ({p.Layer.GeometryType}) : ses coordonnées {where}. La géométrie complète " +
                                 "est servie en GeoJSON (f=json) et en GeoPackage (ogr2ogr depuis l'OGC API, recette sur la page du jeu de données)."),
            ]
            : [];
        return new ExportTable(p.Layer.Title, p.Layer.Id, p.Layer.Title, columns, [], request)
        {
            // Where its features come from, never its SQL (Source is the query the registry reads).
            Source = p.Layer.Origin ?? "Agence d'urbanisme de l'Artois (AULA)",
            Licence = p.Layer.Confidentiality == Confidentiality.Public
                ? "Licence Ouverte / Open Licence 2.0 (Etalab)"
                : "Convention de partage : partenaires sur leur territoire et agence",
            FormatParameter = "f",
        };
    }
}
