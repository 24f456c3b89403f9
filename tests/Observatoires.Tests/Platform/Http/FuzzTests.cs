using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// Malformed requests from a fixed seed: GETs on every parameter of the OpenAPI document (and every queryable of the
/// OGC collections), and JSON bodies on every write route. Each one gets a 2xx, or a 4xx problem that echoes no more
/// than 100 characters of what it was sent; never a 5xx. The requests are made before any is sent, so a failure can be
/// replayed from what the message shows.
/// </summary>
public sealed class FuzzTests() : ApiTest(new Dictionary<string, string?>
{
    ["Observatoires:RateLimit:AnonymousPermits"] = "1000000",
    ["Observatoires:RateLimit:KeyPermits"] = "1000000",
})
{
    private const int Seed = 20261127;
    private const int Requests = 12_000;
    private const int BodyRequests = 4_000;
    private const int EchoLimit = 100;

    private string adminKey = null!;

    [OneTimeSetUp]
    public async Task Start() => adminKey = await CreateKeyAsync("admin");

    private sealed record Parameter(string Name, bool InPath, string? Example);

    private sealed record Operation(string Path, IReadOnlyList<Parameter> Parameters);

    /// <summary>A request to send, what it mutates, and the long values it holds (which must not come back whole).</summary>
    private sealed record Case(HttpMethod Method, string Url, string? Body, bool WithKey, string Target, IReadOnlyList<string> LongValues);

    [Test]
    [CancelAfter(300_000)]
    public async Task Malformed_GET_parameters_get_a_4xx_problem_never_a_5xx()
    {
        var operations = await OperationsAsync();
        var cases = Generate(operations, new Random(Seed));
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(10_000));
        var untested = operations.SelectMany(o => o.Parameters.Select(p => $"{o.Path} {p.Name}"))
            .Except(cases.Select(c => c.Target)).ToList();
        Assert.That(untested, Is.Empty, "every parameter is mutated");
        await RunAsync(cases, "GET");
    }

    [Test]
    [CancelAfter(300_000)]
    public async Task Malformed_bodies_of_the_write_routes_get_a_4xx_problem_never_a_5xx()
    {
        var templates = await BodyTemplatesAsync();
        var document = await Client.GetJsonAsync("/openapi/v1.json");
        var jsonRoutes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("requestBody", out var b)
                && b.GetProperty("content").TryGetProperty("application/json", out _)).Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .ToList();
        Assert.That(jsonRoutes.Except(templates.Select(t => $"{t.Method} {t.Route}")), Is.Empty,
            "every write route with a JSON body has a template (an IFuzzBodies beside its module's tests)");

        var random = new Random(Seed);
        var cases = new List<Case>(BodyRequests);
        for (var i = 0; i < BodyRequests; i++)
        {
            var template = templates[i < templates.Count * 50 ? i % templates.Count : random.Next(templates.Count)];
            var (body, longValues) = MalformedBody(random, template.Body);
            cases.Add(new(template.Method, template.Url, body, true, $"{template.Method} {template.Route}", longValues));
        }
        await RunAsync(cases, "body");
    }

    /// <summary>Sends the cases, 8 at a time, and fails with the first wrong answers.</summary>
    private async Task RunAsync(List<Case> cases, string what)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.CurrentContext.CancellationToken };
        await Parallel.ForEachAsync(cases, options, async (c, ct) =>
        {
            using var request = new HttpRequestMessage(c.Method, c.Url);
            if (c.Body is not null)
                request.Content = new StringContent(c.Body, Encoding.UTF8, "application/json");
            if (c.WithKey)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
            request.Headers.TryAddWithoutValidation("If-Match", "*"); // lot writes need one; the others ignore it
            HttpResponseMessage response;
            try
            {
                response = await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // %00 in the path: ASP.NET's URL decoder refuses it before any middleware (Kestrel answers 400).
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                return;
            }
            using var _ = response;
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status < 400)
                return;
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (Problem(status, response, answer, c) is { } failure)
                failures.Enqueue($"{status} {c.Method} {Shorten(c.Url)} {Shorten(c.Body ?? "")} ({c.Target}): {failure}");
        });
        watch.Stop();

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        TestContext.Out.WriteLine($"fuzz ({what}): {cases.Count} requests in {watch.Elapsed.TotalSeconds:0.0} s ({summary})");
        Assert.That(failures, Is.Empty, $"{failures.Count} failures, the first: {string.Join(Environment.NewLine, failures.Take(20))}");
    }

    /// <summary>What is wrong with an error response, or null.</summary>
    private static string? Problem(int status, HttpResponseMessage response, string body, Case c)
    {
        if (status >= 500)
            return Shorten(body);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"answered {response.Content.Headers.ContentType} instead of a problem: {Shorten(body)}";
        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "the problem is not JSON: " + Shorten(body);
        }
        if (!problem.TryGetProperty("status", out var s) || s.GetInt32() != status || !problem.TryGetProperty("title", out _))
            return "the problem has no title or another status: " + Shorten(body);
        foreach (var text in Strings(problem))
        {
            foreach (var value in c.LongValues)
            {
                for (var i = 0; i + EchoLimit < text.Length; i++)
                {
                    if (value.Contains(text.AsSpan(i, EchoLimit + 1), StringComparison.Ordinal))
                        return $"echoes more than {EchoLimit} characters of a value: {Shorten(text)}";
                }
            }
        }
        return null;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>The GET operations of the OpenAPI document, and the items of each collection filtered by its queryables.</summary>
    private async Task<List<Operation>> OperationsAsync()
    {
        var document = await Client.GetJsonAsync("/openapi/v1.json");
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
                continue;
            var parameters = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => new Parameter(p.Str("name"), p.Str("in") == "path",
                    p.TryGetProperty("example", out var e) && e.ValueKind is not JsonValueKind.Null ? e.ToString() : null)).ToList()
                : [];
            operations.Add(new(path.Name, parameters));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        using var response = await Client.SendAsync(request);
        var collections = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("collections")
            .EnumerateArray().Select(c => c.Str("id")).ToList();
        var items = operations.Single(o => o.Path == "/ogc/collections/{collectionId}/items");
        foreach (var id in collections)
        {
            using var queryablesRequest = new HttpRequestMessage(HttpMethod.Get, $"/ogc/collections/{id}/queryables");
            queryablesRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
            using var queryables = await Client.SendAsync(queryablesRequest);
            var properties = JsonDocument.Parse(await queryables.Content.ReadAsStringAsync()).RootElement.GetProperty("properties")
                .EnumerateObject().Select(p => new Parameter(p.Name, false, null));
            operations.Add(new($"/ogc/collections/{id}/items", [.. items.Parameters.Where(p => !p.InPath), .. properties]));
        }
        Assert.That(operations.Sum(o => o.Parameters.Count), Is.GreaterThan(100), "the document was read");
        return operations;
    }

    private static List<Case> Generate(List<Operation> operations, Random random)
    {
        var cases = new List<Case>(Requests);
        // Every parameter first, then at random.
        var targets = operations.SelectMany(o => o.Parameters.Select(p => (o, p))).ToList();
        for (var i = 0; i < Requests; i++)
        {
            var (operation, target) = i < targets.Count * 10 ? targets[i % targets.Count] : targets[random.Next(targets.Count)];
            var values = new Dictionary<string, (string Text, bool Encoded)>();
            foreach (var p in operation.Parameters)
            {
                if (p.Example is not null && (p.InPath || random.Next(2) == 0))
                    values[p.Name] = (p.Example, false);
            }
            var mutated = new List<Parameter> { target };
            if (random.Next(4) == 0)
                mutated.Add(operation.Parameters[random.Next(operation.Parameters.Count)]);
            var longValues = new List<string>();
            foreach (var p in mutated)
            {
                var value = Malformed(random, p.Example);
                values[p.Name] = value;
                if (!value.Encoded && value.Text.Length > EchoLimit)
                    longValues.Add(value.Text);
            }

            var path = operation.Path;
            var query = new List<string>();
            foreach (var p in operation.Parameters)
            {
                if (!values.TryGetValue(p.Name, out var value))
                {
                    if (p.InPath)
                        value = ("1", false);
                    else
                        continue;
                }
                var encoded = value.Encoded ? value.Text : Uri.EscapeDataString(value.Text);
                if (p.InPath)
                    path = path.Replace("{" + p.Name + "}", encoded.Length == 0 ? "%20" : encoded, StringComparison.Ordinal);
                else
                {
                    query.Add($"{Uri.EscapeDataString(p.Name)}={encoded}");
                    if (random.Next(20) == 0)
                        query.Add($"{Uri.EscapeDataString(p.Name)}={encoded}"); // given twice
                }
            }
            if (random.Next(30) == 0)
            {
                var name = Malformed(random, null);
                query.Add($"{(name.Encoded ? name.Text : Uri.EscapeDataString(name.Text))}=1"); // an unknown (or malformed) name
            }
            var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
            cases.Add(new(HttpMethod.Get, url, null, random.Next(4) == 0, $"{operation.Path} {target.Name}", longValues));
        }
        return cases;
    }

    /// <summary>A valid body for each write route, on rows of the fuzz's database, from every module's <see cref="IFuzzBodies"/>.</summary>
    private async Task<List<BodyTemplate>> BodyTemplatesAsync()
    {
        var templates = new List<BodyTemplate>();
        foreach (var module in IFuzzBodies.All())
            templates.AddRange(await module.TemplatesAsync(Factory, Client));
        return templates;
    }

    // JSON values put in place of a member, an element, or the whole body.
    private static readonly string[] JsonValues =
    [
        "null", "\"\"", "\"\\u0000\"", "\"2\\u0000\"", "\"a\\u0007b\"", "\"\\ud800\"", "\"x\\udc00y\"", "0", "-1", "-0", "1e308", "-1e308", "1e-320", "2147483648",
        "99999999999999999999999", "1.5", "true", "[]", "{}", "[[]]", "[[[]]]", "\"x\"", "\"occupe\"", "\"2026-02-30\"", "\"9999-12-31\"",
        "\"0001-01-01\"", "[1,2]", "[1e308,1e308]", "[200,100]", "[null,null]", "[{},{}]", "{\"x\":1}", "{\"2031\":0.5}", "{\"pollution\":-1}",
        "[[[0,0],[1,0],[1,1],[0,0]]]", "[[[2.5,50.4],[2.6,50.4],[2.6,50.5]]]", "[[[200,100],[201,100],[201,101],[200,100]]]",
        "[[[1e308,1e308],[1e308,-1e308],[-1e308,-1e308],[1e308,1e308]]]",
        "{\"type\":\"Point\",\"coordinates\":[2.5,50.4]}", "{\"type\":\"Polygon\"}", "{\"type\":\"Polygon\",\"coordinates\":[]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[200,100],[201,100],[201,101],[200,100]]]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[2.5,50.4],[2.6,50.5],[2.6,50.4],[2.5,50.5],[2.5,50.4]]]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[[2.5,50.4,1e308],[2.6,50.4,0],[2.6,50.5,0],[2.5,50.4,0]]]}",
        "{\"type\":\"LineString\",\"coordinates\":[[200,100],[-200,-100]]}", "{\"type\":\"LineString\",\"coordinates\":[[2.5,50.4]]}",
        "{\"type\":\"GeometryCollection\",\"geometries\":[]}", "{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}",
        "{\"type\":\"Feature\",\"geometry\":null}", "{\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}",
        string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)),
    ];

    // Whole bodies that are not the object a route expects, or not JSON.
    private static readonly string[] Bodies =
    [
        .. JsonValues, "", " ", "{", "}", "{\"a\":", "not json", "\u0000", "{\"status\":\"occupe\"\u0000}",
    ];

    private const string RawMarker = "raw-json-value";

    /// <summary>The body with one member or element replaced (or removed, or the text cut short), and its long strings.</summary>
    private static (string Body, IReadOnlyList<string> LongValues) MalformedBody(Random random, string template)
    {
        var root = JsonNode.Parse(template)!;
        var slots = new List<(JsonNode Parent, string? Member, int Index)>();
        void Walk(JsonNode node)
        {
            if (node is JsonObject o)
            {
                foreach (var (name, value) in o.ToList())
                {
                    slots.Add((o, name, -1));
                    if (value is not null)
                        Walk(value);
                }
            }
            else if (node is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, null, i));
                    if (a[i] is not null)
                        Walk(a[i]!);
                }
            }
        }
        Walk(root);
        var longValues = new List<string>();
        string? raw = null; // a JSON value written as is, in place of a marker (JsonNode holds no lone surrogate, no deep nesting)
        JsonNode? Replacement()
        {
            if (random.Next(8) > 0)
            {
                raw = JsonValues[random.Next(JsonValues.Length)];
                return JsonValue.Create(RawMarker);
            }
            var text = random.Next(2) == 0 ? Long(random) : RandomText(random, random.Next(1, 24));
            if (text.Length > EchoLimit)
                longValues.Add(text);
            return JsonValue.Create(text);
        }
        var (parent, member, index) = slots[random.Next(slots.Count)];
        switch (random.Next(10))
        {
            case 0 when member is not null:
                ((JsonObject)parent).Remove(member);
                break;
            case 1 when member is not null:
                ((JsonObject)parent)[Uri.EscapeDataString(RandomText(random, 6))] = Replacement(); // an unknown member
                break;
            case 2:
                return (template[..random.Next(template.Length)], longValues); // cut short
            default:
                if (member is not null)
                    ((JsonObject)parent)[member] = Replacement();
                else
                    ((JsonArray)parent)[index] = Replacement();
                break;
        }
        if (random.Next(40) == 0)
            return (Bodies[random.Next(Bodies.Length)], longValues);
        var body = root.ToJsonString();
        return (raw is null ? body : body.Replace($"\"{RawMarker}\"", raw, StringComparison.Ordinal), longValues);
    }

    private static readonly string[] Corpus =
    [
        "", " ", "\0", "2\0", "\0\0\0", "a\0b", "\u0001", "\t", "\n", "\r\n", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e",
        "\ufeff", "\uffff", "😀", "é", "Ⅻ", "١٢٣", "１２", "ǅ", "ß", "İ",
        "-1", "0", "-0", "+1", "1.5", "1e3", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0x1F", "2147483647", "2147483648",
        "-2147483649", "9223372036854775808", "99999999999999999999999999", "00000000001", " 1", "1 ", "1,5", "٣",
        "true", "null", "undefined", "[]", "{}", "[1,2]", "{\"a\":1}",
        "'", "\"", "''", "' or 1=1 --", "'; drop table platform.territory; --", "%", "_", "*", "\\", "\\x00", "$1", "?", "#", "&", "=",
        ";", ",", ",,", ":", "::", "+", "++", "..", "../../etc/passwd", "/", "//", "<script>alert(1)</script>",
        "commune:", ":62119", "commune:62119:1", "COMMUNE:62119", "commune:62119,", ",commune:62119", "custom:", "custom:+",
        "custom:62119+", "custom:62119++62178", "custom:abc", "epci:200072460,epci:200072460", "commune:6211\u0000",
        "region:32,departement:62,commune:62119,groupement:aula", "groupement:aula,custom:62119+62178",
        "2023-Q0", "2023-Q5", "2023-S3", "2023-00", "2023-13", "0000", "-2023", "20230", "2023-W01", "2023-Q1/2024", "2023-q1",
        "2025-02-30", "2025-13-01", "0001-01-01", "9999-12-31", "10000-01-01", "2025-06-30T25:00:00Z", "2025-06-30T12:00:00+99:00",
        "yesterday", "2025-06-30/..", "../..", "../2020", "2020/2019", "2020-01-01/2019-01-01", "2020-01-01T00:00:00Z/..",
        "1,2,3", "1,2,3,4,5", "NaN,NaN,NaN,NaN", "-180,-90,180,90", "1e308,1e308,1e308,1e308", "200,100,-200,-100",
        "2.8,50.5,2.5,50.3", "0,0,0,0", "a,b,c,d", "2.5,50.3,2.8,50.5,0,10",
        "http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:2154", "http://www.opengis.net/def/crs/EPSG/0/999999",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/EPSG/0/2154",
        "json", "csv", "geojson", "xml", "JSON", "full", "medium", "low", "quantile", "jenks", "equal", "inhabitant", "job",
        "commune", "epci", "groupement", "departement", "region", "custom", "id,name", "name,name", "nope",
    ];

    // Already percent-encoded: invalid UTF-8, broken escapes, encoded separators.
    private static readonly string[] Encoded =
    [
        "%", "%%", "%zz", "%2", "%FF", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%00", "%2500", "a%00", "%0D%0A", "+",
        "%2B", "%26", "%3D", "%23", "%3F", "%2F", "%5C", "%C3%28", "%F0%9F%98", "1%00", "%01%02%03", "%7F",
    ];

    private static (string Text, bool Encoded) Malformed(Random random, string? example)
    {
        switch (random.Next(10))
        {
            case 0 or 1 or 2:
                return (Corpus[random.Next(Corpus.Length)], false);
            case 3:
                return (Encoded[random.Next(Encoded.Length)], true);
            case 4 when example is not null: // a valid value spoilt by one character
                {
                    var at = random.Next(example.Length + 1);
                    var spoiler = Corpus[random.Next(Corpus.Length)];
                    return (example[..at] + spoiler + example[at..], false);
                }
            case 5 when example is not null:
                return (Uri.EscapeDataString(example) + Encoded[random.Next(Encoded.Length)], true);
            case 6:
                return (Long(random), false);
            default:
                return (RandomText(random, random.Next(1, 24)), false);
        }
    }

    private static string Long(Random random) => random.Next(4) switch
    {
        0 => new string('9', random.Next(101, 5000)),
        1 => string.Concat(Enumerable.Repeat("commune:62119,", random.Next(10, 400))),
        2 => RandomText(random, random.Next(101, 5000), letters: true),
        _ => RandomText(random, random.Next(101, 3000)),
    };

    private static string RandomText(Random random, int length, bool letters = false)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            if (letters)
            {
                text.Append((char)random.Next('a', 'z' + 1));
                continue;
            }
            switch (random.Next(8))
            {
                case 0: text.Append((char)random.Next(0, 0x20)); break;
                case 1: text.Append((char)random.Next(0x21, 0x30)); break;
                case 2: text.Append((char)random.Next('0', '9' + 1)); break;
                case 3: text.Append((char)random.Next(0xA0, 0xD800)); break;
                case 4: text.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F650))); break;
                default: text.Append((char)random.Next('a', 'z' + 1)); break;
            }
        }
        return text.ToString();
    }
}
