using System.Text.Json;
using FastEndpoints;
using FastEndpoints.Swagger;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Observatoires.Api;
using Observatoires.Api.Observatories.Barometre;
using Observatoires.Api.Observatories.Commerce;
using Observatoires.Api.Observatories.Dechets;
using Observatoires.Api.Observatories.Emploi;
using Observatoires.Api.Observatories.Energie;
using Observatoires.Api.Observatories.Environnement;
using Observatoires.Api.Observatories.Evaluation;
using Observatoires.Api.Observatories.FoncierAgricole;
using Observatoires.Api.Observatories.FoncierEco;
using Observatoires.Api.Observatories.Friches;
using Observatoires.Api.Observatories.Habitat;
using Observatoires.Api.Observatories.Mobilite;
using Observatoires.Api.Observatories.PolitiqueVille;
using Observatoires.Api.Observatories.Portrait;
using Observatoires.Api.Observatories.Sante;
using Observatoires.Api.Observatories.Social;
using Observatoires.Api.Observatories.Tourisme;
using Observatoires.Api.Observatories.Trames;
using Observatoires.Api.Observatories.Transitions;
using Observatoires.Api.Observatories.Zan;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Catalog;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export.Pdf;
using Observatoires.Api.Platform.Geo.Ogc;
using Observatoires.Api.Platform.Health;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;
using Scalar.AspNetCore;

// The modules of the monolith, explicitly. An observatory joins by being added here.
IModule[] modules =
[
    new HealthModule(),
    new AccessModule(),
    new TerritoriesModule(),
    new IndicatorsModule(),
    new OgcModule(),
    new CatalogModule(),
    new PortraitModule(),
    new EmploiModule(),
    new FrichesModule(),
    new FoncierEcoModule(),
    new ZanModule(),
    new EnergieModule(),
    new MobiliteModule(),
    new BarometreModule(),
    new EvaluationModule(),
    new HabitatModule(),
    new CommerceModule(),
    new EnvironnementModule(),
    new SocialModule(),
    new TourismeModule(),
    new SanteModule(),
    new TransitionsModule(),
    new TramesModule(),
    new PolitiqueVilleModule(),
    new DechetsModule(),
    new FoncierAgricoleModule(),
    // The tests' own module (tests/Observatoires.Tests/Infrastructure/TestObservatory), handed over in code by their
    // factory while it builds a host: nothing else sets it, so configuration cannot load a module.
    .. Program.TestModules.Value ?? [],
];

var builder = WebApplication.CreateBuilder(args);
// Two console lines per request (ASP.NET Core's request logging at Information) cost about a quarter of the
// throughput; warnings and errors still show. Logging__LogLevel__Microsoft.AspNetCore=Information brings them back.
if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
    builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

// Resolved lazily so that configuration overrides (tests, environment) are seen.
builder.Services.AddSingleton(sp => DataSource.Create(sp.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<Migrator>();
builder.Services.AddSingleton<ReadServers>();
builder.Services.AddSingleton<DataVersions>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<DataVersions>());
builder.Services.AddSingleton<ProjectPaths>();
builder.Services.AddSingleton<ApiMetrics>();
builder.Services.AddSingleton<ResponseCache>();
builder.Services.AddSingleton<PdfPrinter>();
builder.Services.AddSingleton<PrintDocument>();
builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
builder.Services.AddAuthorization();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddSingleton<PublicUrl>();
builder.AddHostFiltering();
builder.Services.AddCompression();
// Browsers may call the API from the origins listed in Observatoires:Cors:Origins only (none: same origin only).
var corsOrigins = builder.Configuration.GetSection("Observatoires:Cors:Origins").Get<string[]>() ?? [];
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(corsOrigins)
    .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
    .WithHeaders("Authorization", "X-Api-Key", "Content-Type", "If-Match", "If-None-Match")
    .WithExposedHeaders("ETag", "Content-Crs", "Link", "Retry-After", RequestLog.Header)));
// Requests are small queries; only the import endpoints accept large uploads (BodyLimits raises it for them).
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = BodyLimits.DefaultMaxBytes);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Upload.MaxBytes);
foreach (var module in modules)
{
    builder.Services.AddSingleton(module);
    module.AddServices(builder.Services);
}

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.CutEchoes);
builder.Services.AddExceptionHandler<ExceptionProblems>();
builder.Services.AddFastEndpoints([.. modules.SelectMany(m => m.Endpoints)]);
// GET endpoints read from the server ReadRouting chose (a standby, when ConnectionStrings:ObservatoiresRead lists some).
builder.Services.Replace(ServiceDescriptor.Singleton<FastEndpoints.IEndpointFactory, ReadRoutingEndpointFactory>());
builder.Services.SwaggerDocument(o =>
{
    o.DocumentSettings = s =>
    {
        s.DocumentName = "v1";
        s.Title = "Observatoires API";
        s.Version = "v1";
        s.Description = "Indicators, territories and GeoJSON layers of the AULA territorial observatories. " +
                        "Errors are RFC 9457 problem details.";
        s.SchemaSettings.SchemaNameGenerator = new OpenApiConventions.SchemaNames();
    };
    o.AutoTagPathSegmentIndex = 0;
    o.EnableJWTBearerAuth = false;
    o.DocumentSettings += s => s.AddAuth(ApiKeyAuthentication.SchemeName, new()
    {
        Type = NSwag.OpenApiSecuritySchemeType.Http,
        Scheme = "bearer",
        Description = "An API key from the agency: Authorization: Bearer obs_… (or the X-Api-Key header).",
    });
});

var app = builder.Build();

if (Cli.IsCommand(args))
    return await Cli.RunAsync(app.Services, args);

try
{
    await app.Services.GetRequiredService<Migrator>().MigrateAsync();
}
catch (Exception e) when (e is MigrationException or InvalidOperationException or Npgsql.NpgsqlException)
{
    // A clear line rather than a stack trace: the database is missing, unreachable or cannot be migrated.
    app.Logger.LogCritical("Cannot start: {Error}", e.Message);
    return 1;
}

app.Services.GetRequiredService<PdfPrinter>().WarnIfUnavailable();

// First: the request id, its log scope and the access log cover everything below, the exception handler included.
app.UseRequestLog();
app.UseTrustedProxies();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
// FastEndpoints maps _test_url_cache_ for its test helpers (a list of the endpoints' type names), which these tests
// do not use: a server has no reason to publish its internals, so the path answers 404 like any unknown one.
app.Use((context, next) =>
{
    if (!context.Request.Path.Equals("/_test_url_cache_", StringComparison.OrdinalIgnoreCase))
        return next(context);
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
});
app.UseBodyLimits();
app.UseControlCharacterCheck();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.Use(ApiKeyAuthentication.RejectRefusedKeysAsync);
app.UseMetricsEndpoint();
app.UseAuthorization();
app.UseResponseCompression();
app.UseMiddleware<ReadRouting>();
app.UseMiddleware<DataVersionCache>();

var moduleOfEndpoint = modules.SelectMany(m => m.Endpoints.Select(e => (Endpoint: e, Module: m.Name))).ToDictionary();
app.UseFastEndpoints(c =>
{
    c.Errors.UseProblemDetails(p =>
    {
        p.AllowDuplicateErrors = true; // an import reports every problem of its file under "file"
        p.ResponseBuilder = Problems.FieldErrors;
    });
    // Request bodies are read respecting nullable annotations: "weights": null is a 400 naming weights, not a null
    // collection the endpoint trips on. Responses keep the default (a null in a non-nullable member is no client's fault).
    JsonSerializerOptions? requestJson = null;
    c.Serializer.RequestDeserializer = (request, type, _, ct) => request.ReadFromJsonAsync(type,
        requestJson ??= new JsonSerializerOptions(c.Serializer.Options) { RespectNullableAnnotations = true }, ct);
    // A form over the body limit is a 413 (ExceptionProblems), not FastEndpoints' "malformed form data".
    c.Binding.FormExceptionTransformer = e => e is BadHttpRequestException bad
        ? throw new BadHttpRequestException(bad.Message, bad.StatusCode, bad)
        : new FluentValidation.Results.ValidationFailure("file", $"the body is not readable multipart/form-data: {e.Message}");
    c.Endpoints.Configurator = endpoint => endpoint.Description(d =>
    {
        d.WithTags(moduleOfEndpoint[endpoint.EndpointType]);
        // Any route may meet a database outage (a key is checked there too); /health says it in its own body.
        if (endpoint.EndpointType != typeof(Observatoires.Api.Platform.Health.GetHealth.Endpoint))
            d.ProducesProblemDetails(StatusCodes.Status503ServiceUnavailable);
        if (endpoint.Verbs.Any(v => v is "POST" or "PUT" or "PATCH"))
            d.ProducesProblemDetails(StatusCodes.Status413PayloadTooLarge);
    });
});
app.MapOpenApiDocument(modules);
// The API reference loads nothing from outside our origin (the CSP would block it, with console errors): the
// system's fonts rather than Inter and JetBrains Mono from Scalar's CDN, no telemetry; and none of the vendor's
// services, which do not apply here: its AI chat ("Ask AI"), MCP, the developer toolbar ("Deploy", "Generate SDK").
app.MapScalarApiReference("/scalar", o => o
    .WithTitle("Observatoires API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .DisableDefaultFonts()
    .DisableTelemetry()
    .DisableAgent()
    .DisableMcp()
    .HideDeveloperTools());
app.UseSinglePageApp(app.Services.GetRequiredService<ProjectPaths>().WebRoot);

await app.RunAsync();
return 0;

/// <summary>
/// Entry point. Declared so that it stays internal and sealed like every other type (without it, .NET's generator makes it
/// public for WebApplicationFactory); the tests see it through InternalsVisibleTo.
/// </summary>
internal sealed partial class Program
{
    /// <summary>Modules a test host adds to the list above, set by the tests' factory while it builds one; null otherwise.</summary>
    internal static readonly AsyncLocal<IModule[]?> TestModules = new();
}
