using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritories;

internal sealed class Request
{
    public const int DefaultLimit = 100;

    /// <summary>
    /// Only territories of this level: qpv, commune, epci, groupement, departement, region. QPVs (quartiers prioritaires)
    /// are listed only when asked by this level.
    /// </summary>
    public string? Level { get; set; }

    /// <summary>Only members of this territory, e.g. epci:200072460 (communes of an EPCI) or groupement:aula.</summary>
    public string? Within { get; set; }

    /// <summary>
    /// perimeter: the agency's territories (with its département and région); reference: the EPCIs outside it loaded
    /// for comparisons and the peer groups; all. Default perimeter, or all with within (a peer group's members are
    /// reference EPCIs).
    /// </summary>
    public string? Scope { get; set; }

    internal string EffectiveScope => Scope ?? (Within is null ? "perimeter" : "all");

    /// <summary>Search in names (accents and case ignored) or an exact code.</summary>
    public string? Q { get; set; }

    /// <summary>Page size, 1 to 1000 (default 100). A CSV is the whole list unless a limit is given.</summary>
    public int? Limit { get; set; }

    /// <summary>Number of territories to skip.</summary>
    public int Offset { get; set; }

    /// <summary>json (default), geojson (a FeatureCollection with contours), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx.
    /// The Accept header works too.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// For geojson: full (default), medium (simplified at 100 m) or low (500 m) contours; neighbours keep a
    /// common border at every resolution.
    /// </summary>
    public string? Resolution { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Level).Must(TerritoryId.IsKnownLevel).When(r => r.Level is not null)
                .WithMessage(r => $"'{r.Level}' is not a territory level; valid levels: {TerritoryId.LevelList}");
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within));
            RuleFor(r => r.Scope).Must(s => s is "perimeter" or "reference" or "all").When(r => r.Scope is not null)
                .WithMessage("scope must be perimeter, reference or all");
            RuleFor(r => r.Q).MaximumLength(100);
            RuleFor(r => r.Limit).InclusiveBetween(1, 1000).When(r => r.Limit is not null);
            RuleFor(r => r.Offset).GreaterThanOrEqualTo(0);
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json or OutputFormat.GeoJson || OutputFormat.IsTable(f!))
                .When(r => r.Format is not null).WithMessage("format must be json, geojson, csv, csvw or xlsx");
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}

/// <param name="Names">The name after "de", "à" and where, as French says it: "de Lens", "du Pas-de-Calais", "de la CA de Lens - Liévin".</param>
/// <param name="Population">Population municipale légale (INSEE), as the reference package gives it.</param>
internal sealed record TerritorySummary(string Id, string Level, string Code, string Name, int? Population, TerritoryNames Names);

internal sealed record Response(IReadOnlyList<TerritorySummary> Items, long Total, int Limit, int Offset, PageLinks Links);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    private static readonly ExportColumn[] Columns =
    [
        new("id", "Identifiant", ColumnType.Text, "niveau:code (commune:62119, epci:200072460…)."),
        new("level", "Niveau", ColumnType.Text), new("code", "Code officiel", ColumnType.Text, "Code INSEE ou SIREN."),
        new("name", "Nom", ColumnType.Text), new("population", "Population", ColumnType.Integer, "Population municipale.", "habitants"),
    ];

    public override void Configure()
    {
        Get("/api/v1/territories");
        AllowAnonymous();
        Description(d => d
            .Produces<Response>(200, "application/json", FeatureCollectionWriter.ContentType, CsvWriter.ContentType,
                OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400)
            .ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "List territories";
            s.Description = "Communes, EPCIs, groupements, départements and régions (and QPVs with `level=qpv`), filtered by level, by membership " +
                            "(`within=epci:200072460`) and by name, paginated with `limit`/`offset` and `links.next`. " +
                            "`format=geojson` returns a FeatureCollection with the contours, `format=csv` a table.";
            s.ExampleRequest = new Request { Level = "commune", Within = "epci:200072460", Limit = 20 };
            s.ResponseExamples[200] = new Response(
                [new("commune:62119", "commune", "62119", "Béthune", 25342, new("de Béthune", "à Béthune", "à Béthune"))], 100, 20, 0,
                new("http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                    "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20", null));
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (r.Within is not null && !await Data.ExistsAsync(connection, r.Within))
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Within));
            return;
        }
        // Negotiated first: its Vary: Accept goes on a 304 as on the 200 (RFC 9110 §15.4.5).
        var format = OutputFormat.Resolve(r.Format, HttpContext.Request,
            OutputFormat.Json, OutputFormat.GeoJson, OutputFormat.Csv, OutputFormat.Xlsx, OutputFormat.Csvw);
        if (await DataVersionETag.NotModifiedAsync(HttpContext, TerritoryGeometry.DataDomain) is { } notModified)
        {
            await Send.ResultAsync(notModified);
            return;
        }

        // A download (what pandas.read_csv(url) reads) is the whole list; pages are for JSON.
        if (!OutputFormat.IsTable(format))
            r.Limit ??= Request.DefaultLimit;
        var total = await Data.CountAsync(connection, r);
        var links = PageLinks.For(HttpContext.Request, r.Limit ?? (int)total, r.Offset, total);
        switch (format)
        {
            case OutputFormat.GeoJson:
                await using (var features = await Data.FeaturesAsync(connection, r, ct))
                {
                    await FeatureCollectionWriter.WriteAsync(HttpContext.Response, features,
                        new Dictionary<string, object?> { ["numberMatched"] = total, ["links"] = links }, ct);
                }
                break;
            case OutputFormat.Csv or OutputFormat.Csvw or OutputFormat.Xlsx:
                var table = new ExportTable("Territoires", "territoires", "Territoires", Columns, [],
                    [new("Niveau", r.Level ?? "tous"), new("Dans", r.Within ?? "")])
                {
                    Licence = "Licence Ouverte / Open Licence 2.0 (Etalab)",
                    Source = "Insee, Code officiel géographique, par le paquet @etalab/decoupage-administratif",
                };
                var page = format == OutputFormat.Csvw ? [] : await Data.PageAsync(connection, r);
                await table.SendAsync(HttpContext, format, () => page.Select(t => new object?[] { t.Id, t.Level, t.Code, t.Name, t.Population }), ct);
                break;
            default:
                await Send.OkAsync(new Response(await Data.PageAsync(connection, r), total, r.Limit ?? Request.DefaultLimit, r.Offset, links), ct);
                break;
        }
    }
}

internal static class Data
{
    private static readonly string Filter = SqlResource.Get("Platform/Territories/GetTerritories/Filter.sql");
    private static readonly string Query = SqlResource.Get("Platform/Territories/GetTerritories/Query.sql").Replace("{filter}", Filter, StringComparison.Ordinal);
    private static readonly string Features = SqlResource.Get("Platform/Territories/GetTerritories/Features.sql").Replace("{filter}", Filter, StringComparison.Ordinal);

    public static object Parameters(Request r) => new
    {
        r.Level,
        r.Within,
        Scope = r.EffectiveScope,
        Q = string.IsNullOrWhiteSpace(r.Q) ? null : r.Q.Trim(),
        // The search text is matched literally: LIKE wildcards in it are escaped.
        QPattern = r.Q?.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal),
        r.Limit,
        r.Offset,
        Resolution = r.Resolution ?? "full",
        Decimals = GeometryResolution.Of(r.Resolution).Decimals,
    };

    public static Task<bool> ExistsAsync(NpgsqlConnection connection, string id) =>
        connection.ExecuteScalarAsync<bool>("select exists (select 1 from platform.territory where id = @id)", new { id });

    public static Task<long> CountAsync(NpgsqlConnection connection, Request r) =>
        connection.ExecuteScalarAsync<long>("select count(*) " + Filter, Parameters(r));

    public static async Task<IReadOnlyList<TerritorySummary>> PageAsync(NpgsqlConnection connection, Request r) =>
        [.. (await connection.QueryAsync<Row>(Query, Parameters(r)))
            .Select(t => new TerritorySummary(t.Id, t.Level, t.Code, t.Name, t.Population, TerritoryNames.Read(t.Level, t.Name, t.NameOf, t.NameTo, t.NameIn)))];

    private sealed record Row(string Id, string Level, string Code, string Name, int? Population, string? NameOf, string? NameTo, string? NameIn);

    public static Task<System.Data.Common.DbDataReader> FeaturesAsync(NpgsqlConnection connection, Request r, CancellationToken ct) =>
        connection.ExecuteReaderAsync(new CommandDefinition(Features, Parameters(r), cancellationToken: ct));
}
