using System.Reflection;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Tests.Infrastructure;
using Friches = Observatoires.Api.Observatories.Friches;
using Indicators = Observatoires.Api.Platform.Indicators;
using Ogc = Observatoires.Api.Platform.Geo.Ogc;
using Territories = Observatoires.Api.Platform.Territories;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// The design conventions of docs/architecture.md that code can check: internal sealed types, versioned kebab-case
/// routes under each observatory's own slug, a role on every write, a validator on every request with input and a
/// declared 400 wherever input may be refused, and SQL that takes its values as parameters. Each rule is a small pure
/// function (DesignConventions) run on the real API — its types, the routes the running API serves (read from its
/// endpoint data sources, with FastEndpoints' EndpointDefinition), its source — and on samples that break it.
/// Exceptions are listed here, each with its reason, and a test fails when one is no longer needed.
/// </summary>
public sealed class DesignConventionTests : ReadOnlyApiTest
{
    private static readonly Assembly ApiAssembly = typeof(IModule).Assembly;
    private static string ApiRoot => Repository.File("api/Observatoires.Api");

    /// <summary>Routes the frameworks map, not the API: not held to the route conventions.</summary>
    private static readonly Dictionary<string, string> FrameworkRoutes = new(StringComparer.Ordinal)
    {
        ["_test_url_cache_"] = "mapped by FastEndpoints' UseFastEndpoints for its test helpers, unconditionally; " +
            "Program.cs answers 404 on its path (AccessTests)",
        ["{*path}"] = "the web client's fallback (SinglePageApp, when web/dist is built): index.html for the " +
            "client's routes (a dot in a route too: a dataset's id), a 404 problem under the API's prefixes and for a missing file",
    };

    /// <summary>Anonymous endpoints answering a write verb; each must write nothing (checked on its source).</summary>
    private static readonly Dictionary<Type, string> AnonymousWrites = new()
    {
        // A POST because the weights tried are a JSON body; the scores are recomputed in memory and stored nowhere.
        [typeof(Friches.ScoreWhatIf.Endpoint)] = "the brownfields' scores with the weights a visitor tries",
    };

    /// <summary>Endpoints whose request has input but no FluentValidation validator, and where it is checked instead.</summary>
    private static readonly Dictionary<Type, string> WithoutValidator = new()
    {
        // Multipart uploads: the file and its options are checked whole by the import (the one the CLI runs), which
        // reports every problem of the file under "file".
        [typeof(Territories.UploadContours.Endpoint)] = "the contour import checks the file whole: format, codes, geometries",
        [typeof(Territories.UploadQpv.Endpoint)] = "the QPV import checks the file whole: codes, names, communes, polygons",
        [typeof(Indicators.UploadValues.Endpoint)] = "the value import checks the CSV",
        // OGC API: the collection is looked up first (unknown or not visible to the caller: a 404, as OGC clients
        // expect), then the parameters are checked against it in the handler, as field errors of the same 400 problem.
        [typeof(Ogc.GetItems.Endpoint)] = "ItemsParameters parses bbox, datetime, crs, paging and filters on the layer's own properties",
        [typeof(Ogc.GetItem.Endpoint)] = "crs is checked once the collection is found",
    };

    /// <summary>API source files allowed to pass an interpolated string as SQL, with why no input can reach it.</summary>
    private static readonly Dictionary<string, string> InterpolatedSqlFiles = new(StringComparer.Ordinal)
    {
        ["Platform/Indicators/Values/ValueWriter.cs"] = "a new year's partition: its name and bounds are the year parsed as digits " +
            "(int.Parse, NumberStyles.None); DDL takes no parameters",
        ["Platform/Indicators/Values/ValueCopy.cs"] = "COPY into the table ValueWriter names (that partition, or its staging " +
            "table); a COPY target is no parameter",
        ["Platform/Territories/ImportContours/ContourFile.cs"] = "SQLite, not PostgreSQL: a GeoPackage's own table and geometry column names, " +
            "quoted with their quotes doubled; identifiers are no parameters",
    };

    private IReadOnlyList<ServedRoute> routes = null!;
    private Dictionary<Type, string?> slugOfEndpoint = null!;
    private IReadOnlyList<string> slugs = null!;

    [OneTimeSetUp]
    public void ReadRoutes()
    {
        var modules = Factory.Services.GetServices<IModule>().ToList();
        slugs = [.. modules.OfType<IObservatoryModule>().Select(m => m.Observatory.Slug)];
        slugOfEndpoint = modules.SelectMany(m => m.Endpoints.Select(e => (e, (m as IObservatoryModule)?.Observatory.Slug))).ToDictionary();
        routes = [.. Factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => new ServedRoute(e))
            .Where(r => !FrameworkRoutes.ContainsKey(r.Pattern))];
    }

    // ---- 1. Types ----------------------------------------------------------------------------------------------

    [Test]
    public void Every_type_of_the_API_is_internal_and_every_class_nobody_derives_from_is_sealed()
    {
        var types = ApiAssembly.GetTypes();
        Assert.That(types, Has.Length.GreaterThan(200), "the API's types are read");
        Assert.That(DesignConventions.TypeProblems(types), Is.Empty);
    }

    [Test]
    public void The_type_rule_catches_a_public_type_and_a_class_that_could_be_sealed()
    {
        const string ns = "Observatoires.Tests.Architecture.Samples.Conventions";
        var samples = typeof(DesignConventionTests).Assembly.GetTypes().Where(t => t.Namespace == ns).ToList();
        Assert.That(DesignConventions.TypeProblems(samples), Is.EquivalentTo(new[]
        {
            $"{ns}.Exposed is public: make it internal",
            $"{ns}.Unsealed is not sealed and no class derives from it: seal it",
            $"{ns}.OpenRecord is not sealed and no class derives from it: seal it",
        }));
    }

    // ---- 2. Routes ---------------------------------------------------------------------------------------------

    [Test]
    public void Every_route_is_versioned_with_kebab_case_segments_and_camelCase_parameters()
    {
        Assert.That(routes, Has.Count.GreaterThan(40), "the routes are read from the running API");
        Assert.That(routes.Select(r => DesignConventions.RouteProblem(r.Pattern)).OfType<string>().Distinct(), Is.Empty);
    }

    [TestCase("/api/v1/foncier-eco/parks/{id}/lots", null)]
    [TestCase("/api/v1/territories/{id:int}/geometry", null)]
    [TestCase("/ogc/collections/{collectionId}/tiles/WebMercatorQuad/{z}/{y}/{x}", null)]
    [TestCase("/ogc", null)]
    [TestCase("/health", null)]
    [TestCase("/catalog", null)]
    [TestCase("/catalog/x", "/catalog/x is outside the versioned API: put it under /api/v1/ (OGC API under /ogc)")]
    [TestCase("/scalar/{documentName?}", null)]
    [TestCase("/openapi/v1.json", null)]
    [TestCase("/api/v1/zan/{territory}/{year}.pdf", null)]
    [TestCase("/api/v1/zan/{territory}.PDF", "/api/v1/zan/{territory}.PDF: '{territory}.PDF' — segments are lowercase kebab-case, parameters {camelCase}")]
    [TestCase("/api/v1/zan/{territory}.pdf/x", "/api/v1/zan/{territory}.pdf/x: '{territory}.pdf' — segments are lowercase kebab-case, parameters {camelCase}")]
    [TestCase("/api/zan/counter", "/api/zan/counter is outside the versioned API: put it under /api/v1/ (OGC API under /ogc)")]
    [TestCase("/api/v2/zan/counter", "/api/v2/zan/counter is outside the versioned API: put it under /api/v1/ (OGC API under /ogc)")]
    [TestCase("/healthz", "/healthz is outside the versioned API: put it under /api/v1/ (OGC API under /ogc)")]
    [TestCase("/api/v1/foncier_eco/parks", "/api/v1/foncier_eco/parks: 'foncier_eco' — segments are lowercase kebab-case, parameters {camelCase}")]
    [TestCase("/api/v1/zan/Counter/{Territory}", "/api/v1/zan/Counter/{Territory}: 'Counter', '{Territory}' — segments are lowercase kebab-case, parameters {camelCase}")]
    [TestCase("/api/v1/friches/sites/{site_id}/", "/api/v1/friches/sites/{site_id}/: '{site_id}', '' — segments are lowercase kebab-case, parameters {camelCase}")]
    [TestCase("/api/v1/ogc/tileMatrixSets", "/api/v1/ogc/tileMatrixSets: 'tileMatrixSets' — segments are lowercase kebab-case, parameters {camelCase}")]
    public void The_route_rule_refuses_an_unversioned_route_and_other_spellings(string pattern, string? problem) =>
        Assert.That(DesignConventions.RouteProblem(pattern), Is.EqualTo(problem));

    [Test]
    public void An_observatorys_routes_are_under_its_own_slug_and_no_other_route_is()
    {
        Assert.That(slugs, Has.Count.GreaterThan(1), "the observatories' slugs are read from the modules");
        var served = routes.Where(r => r.Definition is not null).ToList();
        Assert.That(served.Where(r => slugOfEndpoint[r.Definition!.EndpointType] is not null).ToList(), Has.Count.GreaterThan(10),
            "the observatories' routes are found");
        Assert.That(served.Select(r => DesignConventions.OwnerProblem(r.Pattern, slugOfEndpoint[r.Definition!.EndpointType], slugs))
            .OfType<string>(), Is.Empty);
    }

    [TestCase("/api/v1/zan/counter", "zan", null)]
    [TestCase("/api/v1/zan", "zan", null)]
    [TestCase("/api/v1/zanx/counter", "zan", "/api/v1/zanx/counter is not under /api/v1/zan/, the path of its observatory")]
    [TestCase("/api/v1/friches/sites", "zan", "/api/v1/friches/sites is not under /api/v1/zan/, the path of its observatory")]
    [TestCase("/ogc/collections/zan-communes", "zan", "/ogc/collections/zan-communes is not under /api/v1/zan/, the path of its observatory")]
    [TestCase("/api/v1/territories/{id}", null, null)]
    [TestCase("/api/v1/zan-settings", null, null)]
    [TestCase("/api/v1/zan/settings", null, "/api/v1/zan/settings is under /api/v1/zan/, the path of the observatory zan, which does not serve it")]
    public void The_slug_rule_takes_the_slug_whole_and_keeps_it_for_its_observatory(string pattern, string? slug, string? problem) =>
        Assert.That(DesignConventions.OwnerProblem(pattern, slug, ["friches", "zan"]), Is.EqualTo(problem));

    // ---- 3. Authorisation of writes ----------------------------------------------------------------------------

    [Test]
    public void Every_write_requires_a_role_but_the_listed_anonymous_ones()
    {
        var writes = routes.Where(r => DesignConventions.WriteAuthorisationProblem(r.Pattern, r.Verbs, true, []) is not null).ToList();
        Assert.That(writes, Has.Count.GreaterThan(8), "the write routes are found");
        Assert.That(writes
            .Where(r => r.Definition is null || !AnonymousWrites.ContainsKey(r.Definition.EndpointType))
            .Select(r => DesignConventions.WriteAuthorisationProblem(r.Pattern, r.Verbs, r.Anonymous, r.Roles))
            .OfType<string>(), Is.Empty);
    }

    [Test]
    public void The_anonymous_writes_listed_are_still_anonymous_and_write_nothing()
    {
        foreach (var (endpoint, reason) in AnonymousWrites)
        {
            var served = routes.Where(r => r.Definition?.EndpointType == endpoint).ToList();
            Assert.That(served.Any(r => r.Anonymous && DesignConventions.WriteAuthorisationProblem(r.Pattern, r.Verbs, true, []) is not null),
                Is.True, $"{endpoint} ({reason}) is no longer an anonymous write: remove it from the list");
            Assert.That(DesignConventions.MayWrite(File.ReadAllText(SourceOf(endpoint))), Is.False,
                $"{endpoint} is anonymous, and its source may write: give it a role");
        }
    }

    [TestCase("POST", "", true, "POST /api/v1/things is open to anyone: a write requires a role (Roles(RoleNames...))")]
    [TestCase("DELETE", "", false, "DELETE /api/v1/things requires no role, only a signed-in caller: add Roles(RoleNames...)")]
    [TestCase("PUT", "agency_editor,admin", false, null)]
    [TestCase("GET", "", true, null)]
    public void The_write_rule_refuses_an_anonymous_write_and_one_without_a_role(string verbs, string roles, bool anonymous, string? problem) =>
        Assert.That(DesignConventions.WriteAuthorisationProblem("/api/v1/things", verbs.Split(','), anonymous,
            roles.Split(',', StringSplitOptions.RemoveEmptyEntries)), Is.EqualTo(problem));

    [TestCase("var sites = await Site.LoadAsync(connection); await Send.OkAsync(Score(sites), ct);", false)]
    [TestCase("await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);", true)]
    [TestCase("await connection.ExecuteAsync(\"update friches.site set score = @score\", new { score });", true)]
    [TestCase("await using var transaction = await connection.BeginTransactionAsync(ct);", true)]
    [TestCase("await ValueWriter.WriteAsync(connection, transaction, rows);", true)]
    public void The_write_detector_sees_a_statement_a_transaction_or_a_platform_writer(string source, bool writes) =>
        Assert.That(DesignConventions.MayWrite(source), Is.EqualTo(writes));

    // ---- 4. Validation -----------------------------------------------------------------------------------------

    [Test]
    public void Every_request_with_input_has_a_validator_but_the_listed_ones()
    {
        var endpoints = Endpoints();
        Assert.That(endpoints.Count(e => e.Definition.ValidatorType is not null), Is.GreaterThan(20), "the validators are found");
        var problems = endpoints
            .Where(e => !WithoutValidator.ContainsKey(e.Definition.EndpointType))
            .Select(e => DesignConventions.ValidatorProblem(RequestProperties(e.Definition).Select(p => p.Name).ToList(),
                e.RouteParameters, e.Definition.ValidatorType is not null) is { } problem ? $"{e.Definition.EndpointType}: {problem}" : null)
            .OfType<string>();
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_endpoints_listed_without_a_validator_still_need_the_exception()
    {
        var endpoints = Endpoints().ToDictionary(e => e.Definition.EndpointType);
        foreach (var (endpoint, reason) in WithoutValidator)
        {
            Assert.That(endpoints.TryGetValue(endpoint, out var served), Is.True, $"{endpoint} is not served: remove it from the list");
            Assert.That(DesignConventions.ValidatorProblem(RequestProperties(served!.Definition).Select(p => p.Name).ToList(),
                served.RouteParameters, served.Definition.ValidatorType is not null), Is.Not.Null,
                $"{endpoint} ({reason}) has a validator now, or no input: remove it from the list");
        }
    }

    [Test]
    public void Every_endpoint_that_may_refuse_its_input_declares_a_400_problem()
    {
        var problems = routes.Where(r => r.Definition is not null)
            .Select(r => DesignConventions.BadRequestProblem(r.Definition!.ValidatorType is not null,
                RequestProperties(r.Definition).Select(p => p.PropertyType).ToList(), r.DeclaresProblem(400)) is { } problem
                ? $"{string.Join(",", r.Verbs)} {r.Pattern}: {problem}" : null)
            .OfType<string>();
        Assert.That(problems, Is.Empty);
    }

    [TestCase("Level,Within,Limit", "", false, "its request reads Level, Within, Limit but has no validator: add a nested Request.Validator and list it in the module")]
    [TestCase("Id,AsOf", "id", false, "its request reads AsOf but has no validator: add a nested Request.Validator and list it in the module")]
    [TestCase("Id,AsOf", "id", true, null)]
    [TestCase("CollectionId", "collectionId", false, null)]
    [TestCase("", "", false, null)]
    public void The_validator_rule_asks_for_a_validator_where_a_request_reads_more_than_path_ids(string properties, string routeParameters,
        bool hasValidator, string? problem) =>
        Assert.That(DesignConventions.ValidatorProblem(properties.Split(',', StringSplitOptions.RemoveEmptyEntries),
            routeParameters.Split(',', StringSplitOptions.RemoveEmptyEntries), hasValidator), Is.EqualTo(problem));

    [TestCase(true, typeof(string), false, "answers 400 when its validator refuses bad input but does not declare it: Description(d => d.ProducesProblemDetails(400))")]
    [TestCase(false, typeof(int), false, "answers 400 when binding refuses a malformed value but does not declare it: Description(d => d.ProducesProblemDetails(400))")]
    [TestCase(false, typeof(string), false, null)]
    [TestCase(true, typeof(int), true, null)]
    public void The_400_rule_wants_it_declared_wherever_input_may_be_refused(bool hasValidator, Type property, bool declared, string? problem) =>
        Assert.That(DesignConventions.BadRequestProblem(hasValidator, [property], declared), Is.EqualTo(problem));

    // ---- 5. Parameterised SQL ----------------------------------------------------------------------------------

    [Test]
    public void No_interpolated_string_is_passed_as_SQL_but_in_the_listed_files()
    {
        var files = Directory.EnumerateFiles(ApiRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ApiRoot, f).Replace('\\', '/'))
            .Where(f => f.Split('/')[0] is not ("bin" or "obj"))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(100));
        var problems = files.Where(f => !InterpolatedSqlFiles.ContainsKey(f))
            .SelectMany(f => DesignConventions.InterpolatedSql(File.ReadAllText(Path.Combine(ApiRoot, f))).Select(p => $"{f} {p}"));
        Assert.That(problems, Is.Empty, "pass values as parameters (@name); a hole may only name a constant of the file");
        foreach (var (file, reason) in InterpolatedSqlFiles)
        {
            Assert.That(File.Exists(Path.Combine(ApiRoot, file)) && DesignConventions.InterpolatedSql(File.ReadAllText(Path.Combine(ApiRoot, file))).Count > 0,
                Is.True, $"{file} ({reason}) no longer interpolates SQL: remove it from the list");
        }
    }

    [TestCase("""var rows = await connection.QueryAsync($"select * from friches.site where commune = '{commune}'");""",
        "line 1: {commune}")]
    [TestCase(""""
        private const string Columns = "id, name";

        var key = await connection.QuerySingleAsync<Row>(
            $"""
            select {Columns} from platform.api_key where prefix = {prefix}
            """);
        """", "line 3: {prefix}")]
    [TestCase("""var (gap, overlap) = await connection.QuerySingleAsync<(bool Gap, bool Overlap)>($"select {area:F2} > 1, {nameof(Row.Id)}", new { id });""",
        "line 1: {area}")]
    [TestCase("""using var command = new NpgsqlCommand($@"select * from ""{schema}"".site", connection);""", "line 1: {schema}")]
    [TestCase("""
        command.CommandText = $"select \"{table.Replace("\"", "\"\"")}\".*" +
                              $" from {(all ? "a" : suffix)}";
        """, """line 1: {table.Replace("\"", "\"\"")}|line 1: {(all ? "a" : suffix)}""")]
    [TestCase(""""
        await connection.ExecuteAsync($$"""
            select '{"a": 1}'::jsonb, {{year}}
            """);
        """", "line 1: {year}")]
    [TestCase("""await connection.ExecuteAsync("update zan.reduction set rate = @rate where territory = @territory", new { rate, territory });""", "")]
    [TestCase("""
        private const string Channel = "data_version";
        await connection.ExecuteAsync($"listen {Channel}");
        """, "")]
    [TestCase(""""
        private const string Current = "l.valid_to is null";
        private const string AsOf = "l.valid_from <= @AsOf";
        var lots = await connection.QueryAsync<Lot>($"select * from lot l where {(asOf is null ? Current : AsOf)}{(all ? "" : " limit 10")}");
        """", "")]
    [TestCase("""var message = $"There is no brownfield {id}"; await Send.ResultAsync(Problems.NotFound(message));""", "")]
    public void The_SQL_rule_sees_every_hole_but_the_constants(string source, string holes) =>
        Assert.That(DesignConventions.InterpolatedSql(source), Is.EqualTo(holes.Split('|', StringSplitOptions.RemoveEmptyEntries)));

    // ---- Reading the running API -------------------------------------------------------------------------------

    /// <summary>One route of one endpoint as the running API serves it (FastEndpoints makes one per verb and route).</summary>
    private sealed class ServedRoute(RouteEndpoint endpoint)
    {
        public string Pattern { get; } = endpoint.RoutePattern.RawText ?? "";
        public IReadOnlyList<string> Verbs { get; } = [.. endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []];
        public EndpointDefinition? Definition { get; } = endpoint.Metadata.GetMetadata<EndpointDefinition>();
        public bool Anonymous { get; } = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        public IReadOnlyList<string> Roles { get; } = [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        public IReadOnlyList<string> RouteParameters { get; } = [.. endpoint.RoutePattern.Parameters.Select(p => p.Name)];

        public bool DeclaresProblem(int status) => endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
            .Any(p => p.StatusCode == status && p.ContentTypes.Contains("application/problem+json", StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The FastEndpoints endpoints, each once with the parameters of its routes.</summary>
    private List<(EndpointDefinition Definition, IReadOnlyList<string> RouteParameters)> Endpoints() => [.. routes
        .Where(r => r.Definition is not null)
        .GroupBy(r => r.Definition!.EndpointType)
        .Select(g => (g.First().Definition!, (IReadOnlyList<string>)[.. g.SelectMany(r => r.RouteParameters).Distinct()]))];

    /// <summary>The properties binding fills (public, settable); none for EmptyRequest.</summary>
    private static IEnumerable<PropertyInfo> RequestProperties(EndpointDefinition definition) =>
        definition.ReqDtoType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    /// <summary>Endpoint.cs of an endpoint type, from its namespace (the folder, as ModuleRegistrationTests checks).</summary>
    private static string SourceOf(Type endpoint) =>
        Path.Combine(ApiRoot, Path.Combine(endpoint.Namespace!["Observatoires.Api.".Length..].Split('.')), "Endpoint.cs");
}
