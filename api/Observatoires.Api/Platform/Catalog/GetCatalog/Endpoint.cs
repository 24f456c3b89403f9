using System.Text;
using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.Net.Http.Headers;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Catalog.Dcat;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Catalog.GetCatalog;

internal sealed class Request
{
    /// <summary>jsonld or ttl; without it the Accept header decides (text/turtle, else JSON-LD).</summary>
    public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Format).Must(f => f is "jsonld" or "ttl").When(r => r.Format is not null).WithMessage("format must be jsonld or ttl");
        }
    }
}

internal sealed class Endpoint(DatasetCatalogue catalogue, NpgsqlDataSource dataSource, PublicUrl publicUrl) : Endpoint<Request>
{
    public const string JsonLd = "application/ld+json";
    public const string Turtle = "text/turtle";

    public override void Configure()
    {
        Get("/catalog");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(object), JsonLd, Turtle).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "The public catalogue as DCAT-AP 2.1.1, for the national and European portals";
            s.Description = "The dcat:Catalog of the agency, its public datasets with their distributions, and the data " +
                            "services (this REST API and the OGC API, with their endpoint descriptions), in JSON-LD (default, " +
                            "application/ld+json) or Turtle (Accept: text/turtle or format=ttl). Only public datasets, whatever " +
                            "the caller's key. Validated against the DCAT-AP 2.1.1 SHACL shapes by the test suite.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        // Anonymous whatever the key: the portals republish it, so it holds what everyone may see and nothing more.
        var datasets = (await catalogue.ListAsync(Caller.Anonymous, ct)).Where(d => d.Access == "public").ToList();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var graph = DcatCatalog.Build(datasets, publicUrl, await Data.InstalledAsync(connection));
        // JSON-LD unless Accept prefers Turtle (q-values weighed, as every negotiated route).
        if (r.Format is null)
            VaryHeader.Add(HttpContext.Response, HeaderNames.Accept);
        var turtle = r.Format == "ttl" || (r.Format is null && OutputFormat.Negotiate(HttpContext.Request.Headers.Accept, [JsonLd, Turtle]) == 1);
        if (turtle)
        {
            HttpContext.StartRaw($"{Turtle}; charset=utf-8");
            await HttpContext.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(graph.ToTurtle()), ct);
            return;
        }
        HttpContext.StartRaw(JsonLd);
        await using var json = new Utf8JsonWriter(HttpContext.Response.Body, new JsonWriterOptions { Indented = true });
        graph.WriteJsonLd(json);
        await json.FlushAsync(ct);
    }

    private static class Data
    {
        /// <summary>When the platform was installed: its first migration (the catalogue's dct:issued).</summary>
        public static async Task<DateTimeOffset?> InstalledAsync(NpgsqlConnection connection) =>
            await connection.QuerySingleOrDefaultAsync<DateTime?>("select min(applied_at) from platform.schema_migrations") is { } at
                ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
                : null;
    }
}
