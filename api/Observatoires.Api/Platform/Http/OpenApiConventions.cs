using System.Text.Json.Nodes;
using NJsonSchema.Generation;
using NSwag.Generation;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The OpenAPI document as clients and linters expect it, from what NSwag generates: operation ids that are short
/// verbs (the endpoint's folder: getValues, updateLot), schemas named after their endpoint (GetValuesResponse,
/// not Response13), anonymous operations that say a key is optional, roles stated as such (they are not OAuth
/// scopes), nullable references with a type, root tags with the modules' descriptions, the licence, no unused
/// schema, and the public base URL as server. Served at /openapi/v1.json; `redocly lint` runs on it in the tests.
/// </summary>
internal static class OpenApiConventions
{
    public const string DocumentPath = "/openapi/v1.json";
    private const string Scheme = "ApiKey";

    /// <summary>Schema names: an endpoint's Request and Response are named after its folder.</summary>
    internal sealed class SchemaNames : ISchemaNameGenerator
    {
        private readonly DefaultSchemaNameGenerator names = new();

        public string Generate(Type type) =>
            type.Name is "Request" or "Response" && type.Namespace?.Split('.')[^1] is { } folder
                ? folder + type.Name
                : names.Generate(type);
    }

    /// <summary>Serves the document, generated once and completed by <see cref="Complete"/>.</summary>
    public static void MapOpenApiDocument(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        var document = new Lazy<Task<string>>(async () =>
        {
            var generated = await app.Services.GetRequiredService<IOpenApiDocumentGenerator>().GenerateAsync("v1");
            var json = JsonNode.Parse(generated.ToJson())!.AsObject();
            Complete(json, modules, app.Services.GetRequiredService<PublicUrl>().Base);
            return json.ToJsonString();
        });
        app.MapGet(DocumentPath, async (HttpContext context) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(await document.Value);
        }).ExcludeFromDescription();
    }

    internal static void Complete(JsonObject document, IReadOnlyList<IModule> modules, string server)
    {
        document["servers"] = new JsonArray(new JsonObject { ["url"] = server });
        document.Remove("x-generator");
        var info = document["info"]!.AsObject();
        info["license"] = new JsonObject
        {
            ["name"] = "Licence Ouverte / Open Licence 2.0 (public data; partner and agency data under their agreements)",
            ["url"] = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        };

        var endpointOf = modules.SelectMany(m => m.Endpoints).ToDictionary(t => t.FullName!.Replace(".", "", StringComparison.Ordinal));
        var used = new HashSet<string>();
        foreach (var (path, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (_, node) in pathItem!.AsObject())
            {
                var operation = node!.AsObject();
                // FastEndpoints names an operation after its endpoint type (numbered when the type serves several routes).
                if ((string?)operation["operationId"] is { } id && endpointOf.TryGetValue(id.TrimEnd("0123456789".ToCharArray()), out var endpoint))
                {
                    // An endpoint serving two routes (a site and its score) names the second by its last segment.
                    var name = CamelCase(endpoint.Namespace!.Split('.')[^1]);
                    operation["operationId"] = used.Contains(name) ? name + PascalCase(path.Split('/')[^1]) : name;
                }
                if (!used.Add((string)operation["operationId"]!))
                    throw new InvalidOperationException($"operationId {operation["operationId"]} is used twice: name the endpoints' folders apart");
                Secure(operation);
            }
        }
        var tags = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .SelectMany(o => o.Value!["tags"]?.AsArray().Select(t => (string)t!) ?? []).ToHashSet();
        document["tags"] = new JsonArray([.. modules.Where(m => tags.Contains(m.Name))
            .Select(m => new JsonObject { ["name"] = m.Name, ["description"] = m.Description })]);

        DescribeInheritedParameters(document);
        DocumentHeaders(document);
        if (document["components"]?["schemas"] is JsonObject schemas)
        {
            foreach (var schema in schemas.Select(s => s.Value).OfType<JsonObject>().ToList())
                TypeNullables(schema);
            RemoveUnused(document, schemas);
        }
    }

    /// <summary>
    /// Anonymous operations accept a key (it shows partner data): security [{}, {ApiKey: []}]. Operations for
    /// some roles only: the key is required, and the roles are stated in x-roles and the description, since
    /// bearer schemes have no scopes.
    /// </summary>
    private static void Secure(JsonObject operation)
    {
        var roles = operation["security"]?.AsArray().SelectMany(r => r![Scheme]?.AsArray() ?? []).Select(r => (string)r!).ToList() ?? [];
        if (operation["security"] is null)
        {
            operation["security"] = new JsonArray(new JsonObject(), new JsonObject { [Scheme] = new JsonArray() });
            return;
        }
        operation["security"] = new JsonArray(new JsonObject { [Scheme] = new JsonArray() });
        if (roles.Count > 0)
        {
            operation["x-roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]);
            operation["description"] = $"{(string?)operation["description"]}\n\nRequires an API key with the role {string.Join(" or ", roles)}.".TrimStart();
        }
    }

    /// <summary>
    /// The headers the API relies on, where they apply: ETag on data reads (If-None-Match gives 304), If-Match on
    /// versioned writes (lots), Content-Crs and Link on OGC features, and the 429 every /api and /ogc route may
    /// answer, with Retry-After.
    /// </summary>
    private static void DocumentHeaders(JsonObject document)
    {
        var components = (document["components"] ??= new JsonObject()).AsObject();
        components["headers"] = new JsonObject
        {
            ["ETag"] = Header("The version of this answer (of the data it reads, or of the object): send it back as " +
                              "If-None-Match to revalidate (304), or as If-Match to write the object."),
            ["Retry-After"] = Header("Seconds to wait before the next request.", "integer"),
            ["Content-Crs"] = Header("The coordinate reference system of the geometries, as an URI in angle brackets."),
            ["Link"] = Header("The next page (rel=\"next\"), as in RFC 8288."),
        };
        // Every problem names its request (RequestLog), as the X-Request-Id header of every answer does.
        if (components["schemas"]?["ProblemDetails"]?["properties"] is JsonObject problem)
        {
            problem[Problems.RequestIdMember] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "The request's id, as in its X-Request-Id header and the server's logs: quote it when reporting a problem.",
            };
        }
        var responses = (components["responses"] ??= new JsonObject()).AsObject();
        responses["TooManyRequests"] = new JsonObject
        {
            ["description"] = "Too many requests for this API key or address in the window; retry after Retry-After seconds.",
            ["headers"] = new JsonObject { ["Retry-After"] = Ref("headers", "Retry-After") },
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("schemas", "ProblemDetails") } },
        };
        foreach (var (path, pathItem) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in pathItem!.AsObject())
            {
                var operation = node!.AsObject();
                var answers = operation["responses"]!.AsObject();
                if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/ogc", StringComparison.Ordinal))
                    answers["429"] ??= Ref("responses", "TooManyRequests");
                var dataRead = method == "get" && !path.StartsWith("/api/v1/admin", StringComparison.Ordinal) && path != "/api/v1/me"
                               && (path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/ogc/collections/", StringComparison.Ordinal));
                var lotWrite = method != "get" && path.StartsWith("/api/v1/foncier-eco/lots/", StringComparison.Ordinal);
                if (answers["200"] is JsonObject ok && (dataRead || lotWrite))
                {
                    var headers = (ok["headers"] ??= new JsonObject()).AsObject();
                    headers["ETag"] ??= Ref("headers", "ETag");
                    if (path.StartsWith("/ogc/collections/{collectionId}/items", StringComparison.Ordinal))
                        headers["Content-Crs"] ??= Ref("headers", "Content-Crs");
                    if (path == "/ogc/collections/{collectionId}/items")
                        headers["Link"] ??= Ref("headers", "Link");
                }
                var parameters = (operation["parameters"] ??= new JsonArray()).AsArray();
                if (lotWrite && !parameters.Any(p => string.Equals((string?)p!["name"], "If-Match", StringComparison.OrdinalIgnoreCase)))
                {
                    parameters.Add(new JsonObject
                    {
                        ["name"] = "If-Match",
                        ["in"] = "header",
                        ["required"] = true,
                        ["schema"] = new JsonObject { ["type"] = "string" },
                        ["description"] = "The ETag of the lot as you read it: if it changed meanwhile, the answer is 412 with the current version.",
                    });
                }
                if (parameters.Count == 0)
                    operation.Remove("parameters");
            }
        }

        static JsonObject Header(string description, string type = "string") =>
            new() { ["description"] = description, ["schema"] = new JsonObject { ["type"] = type } };
        static JsonObject Ref(string kind, string name) => new() { ["$ref"] = $"#/components/{kind}/{name}" };
    }

    /// <summary>
    /// A request that extends another (the map's extends the breaks') loses its inherited members' XML docs:
    /// a parameter without a description takes that of the same parameter of a sibling path.
    /// </summary>
    private static void DescribeInheritedParameters(JsonObject document)
    {
        static string Parent(string path) => path[..path.LastIndexOf('/')];
        var parameters = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().SelectMany(o => o.Value!["parameters"]?.AsArray() ?? [])
                .Select(parameter => (Parent: Parent(p.Key), Parameter: parameter!.AsObject()))).ToList();
        var described = parameters.Where(p => p.Parameter["description"] is not null)
            .GroupBy(p => (p.Parent, (string?)p.Parameter["name"], (string?)p.Parameter["in"]))
            .ToDictionary(g => g.Key, g => (string)g.First().Parameter["description"]!);
        foreach (var (parent, parameter) in parameters.Where(p => p.Parameter["description"] is null))
        {
            if (described.TryGetValue((parent, (string?)parameter["name"], (string?)parameter["in"]), out var description))
                parameter["description"] = description;
        }
    }

    /// <summary>OpenAPI 3.0 cannot put nullable beside a $ref: a nullable reference becomes an object allOf it.</summary>
    private static void TypeNullables(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["oneOf"] is JsonArray { Count: 1 } single)
                {
                    schema.Remove("oneOf");
                    schema["allOf"] = new JsonArray(single[0]!.DeepClone());
                }
                if (schema["nullable"] is not null && schema["type"] is null)
                {
                    schema["type"] = "object";
                }
                foreach (var child in schema.Select(p => p.Value).ToList())
                    TypeNullables(child);
                break;
            case JsonArray array:
                foreach (var item in array)
                    TypeNullables(item);
                break;
        }
    }

    /// <summary>Drops the schemas nothing refers to (the query-only request types), transitively.</summary>
    private static void RemoveUnused(JsonObject document, JsonObject schemas)
    {
        var reachable = new HashSet<string>();
        var pending = new Stack<JsonNode?>([document["paths"]]);
        while (pending.Count > 0)
        {
            foreach (var name in References(pending.Pop()))
            {
                if (reachable.Add(name))
                    pending.Push(schemas[name]);
            }
        }
        foreach (var name in schemas.Select(s => s.Key).Where(n => !reachable.Contains(n)).ToList())
            schemas.Remove(name);
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && (string?)p.Value is { } target
            ? new[] { target[(target.LastIndexOf('/') + 1)..] }
            : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string PascalCase(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
