// GeoJSON built by PostGIS against NetTopologySuite serialisation, on the same rows and to the same sink:
//   (a) the API's way: PostGIS writes each feature's JSON text (FeatureQuery.FeaturesSql), the app copies the texts
//       into the FeatureCollection (FeatureCollectionWriter, the API's streaming writer, on a DefaultHttpContext);
//   (b) PostGIS returns the geometry as WKB (st_asbinary) and the properties as columns; the app parses the WKB with
//       NetTopologySuite (coordinates rounded to 6 decimals by the reader's PrecisionModel, as ST_AsGeoJSON(geom, 6)
//       does) and writes each Feature with NetTopologySuite.IO.GeoJSON4STJ's converter on a Utf8JsonWriter.
// Both stream into a PipeWriter over the same MemoryStream (allocated once, large enough: no large-object-heap garbage
// per response, as with a network response), flushing every 200 features. Timed one request at a time,
// after a warm-up, in interleaved rounds (a, b, b, a, ...) so that a change of machine load hits both alike.
//
//   BENCH_GEOJSON_DB=<Npgsql connection string> dotnet GeoJsonSerialisation.dll <bbox minx,miny,maxx,maxy> [iterations]
//
// Run by tests/bench/geojson.sh (./observatoires bench geojson) on the OGC benchmark database.
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using Npgsql;
using Observatoires.Api.Observatories.Emploi.Etablissements;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Geo.Ogc;
using Observatoires.Api.Platform.Territories.Layers;

var connectionString = Environment.GetEnvironmentVariable("BENCH_GEOJSON_DB");
if (string.IsNullOrEmpty(connectionString) || args.Length is < 1 or > 2)
{
    await Console.Error.WriteLineAsync("usage: BENCH_GEOJSON_DB=<Npgsql connection string> GeoJsonSerialisation <minx,miny,maxx,maxy> [iterations]");
    return 2;
}
var corners = args[0].Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var bbox = new Bbox(corners[0], corners[1], corners[2], corners[3], OgcCrs.Crs84);
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
const int Rounds = 5, Warmups = 30;
var perRound = Math.Max(1, iterations / Rounds);

await using var dataSource = NpgsqlDataSource.Create(connectionString);
Workload[] workloads =
[
    new("communes, full contours", TerritoryLayers.All.Single(l => l.Id == "communes"), null, 1000),
    new("points in the bbox", EtablissementsLayer.Definition, bbox, 10_000),
];

Console.WriteLine($"{"workload",-24} {"variant",-43} {"features",8} {"bytes",8} {"median ms",9} {"mean ms",8} {"app cpu",7} {"PG cpu",7} {"total",7}");
var failed = false;
foreach (var workload in workloads)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    var backend = await connection.ExecuteScalarAsync<int>("select pg_backend_pid()");
    using var sink = new MemoryStream(32 << 20);
    var variants = new Variant[]
    {
        new("(a) PostGIS JSON text, copied (the API)", () => SqlBuiltAsync(connection, workload, sink)),
        new("(b) WKB + NetTopologySuite, Utf8JsonWriter", () => NtsAsync(connection, workload, sink)),
    };
    foreach (var variant in variants)
    {
        for (var i = 0; i < Warmups; i++)
        {
            sink.SetLength(0);
            await variant.Run();
        }
        variant.Output = sink.ToArray();
    }
    for (var round = 0; round < Rounds; round++)
    {
        // a, b then b, a: neither always runs first.
        foreach (var variant in round % 2 == 0 ? variants : Enumerable.Reverse(variants))
        {
            var app0 = AppCpu();
            var pg0 = BackendCpu(backend);
            for (var i = 0; i < perRound; i++)
            {
                sink.SetLength(0);
                var watch = Stopwatch.StartNew();
                await variant.Run();
                variant.Times.Add(watch.Elapsed.TotalMilliseconds);
            }
            variant.AppCpu += AppCpu() - app0;
            variant.PgCpu = pg0 is null || BackendCpu(backend) is not { } pg1 ? null : (variant.PgCpu ?? 0) + (pg1 - pg0.Value);
        }
    }

    foreach (var variant in variants)
    {
        var n = variant.Times.Count;
        var sorted = variant.Times.Order().ToList();
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        var app = variant.AppCpu.TotalMilliseconds / n;
        var pg = variant.PgCpu / n;
        variant.Median = median;
        variant.Cpu = app + (pg ?? 0);
        Console.WriteLine($"{(variant == variants[0] ? workload.Name : ""),-24} {variant.Name,-43} {Features(variant.Output),8} " +
                          $"{variant.Output.Length,8} {median,9:F2} {variant.Times.Average(),8:F2} {app,7:F2} " +
                          $"{(pg is { } p ? p.ToString("F2", CultureInfo.InvariantCulture) : "?"),7} {(pg is null ? "?" : variant.Cpu.ToString("F2", CultureInfo.InvariantCulture)),7}");
    }
    var (a, b) = (variants[0], variants[1]);
    var check = Compare(a.Output, b.Output);
    failed |= check.Error is not null;
    Console.WriteLine($"{"",-24} {check.Error ?? (a.Output.AsSpan().SequenceEqual(b.Output)
        ? $"byte-identical outputs: {check.Features} features, {check.Coordinates} coordinates"
        : $"same {check.Features} features, {check.Coordinates} coordinates ({check.Differ} ordinates differ by one unit of the 6th decimal: rounding)")}");
    Console.WriteLine($"{"",-24} time: {Verdict(a.Median, b.Median, "faster")}; CPU (app + PostgreSQL): {Verdict(a.Cpu, b.Cpu, "cheaper")}");
}
Console.WriteLine($"  {perRound * Rounds} timed responses per variant ({Rounds} interleaved rounds) after {Warmups} warm-ups, one at a time on one connection;");
Console.WriteLine("  median and mean wall time per response (query, reading, writing) in ms; app cpu, PG cpu: CPU ms per response of this");
Console.WriteLine("  process and of its PostgreSQL backend (? when the server is not on this machine); total: their sum");
return failed ? 1 : 0;

// (a) The API's path: FeatureQuery's SQL, FeatureCollectionWriter on a response whose body is the sink.
static async Task SqlBuiltAsync(NpgsqlConnection connection, Workload workload, Stream sink)
{
    var query = new FeatureQuery(workload.Layer).WithBbox(workload.Bbox);
    var sql = query.FeaturesSql(workload.Layer.Properties, OgcCrs.Crs84, "full", workload.Limit, 0);
    var context = new DefaultHttpContext();
    context.Response.Body = sink;
    var features = await connection.ExecuteReaderAsync(new CommandDefinition(sql, query.Parameters));
    await FeatureCollectionWriter.WriteAsync(context.Response, features, new Dictionary<string, object?>(), CancellationToken.None);
}

// (b) The same rows with the geometry as WKB, parsed and written by NetTopologySuite.
static async Task NtsAsync(NpgsqlConnection connection, Workload workload, Stream sink)
{
    var layer = workload.Layer;
    var where = workload.Bbox is null ? "" : """
        where f.geom && st_makeenvelope(@MinX, @MinY, @MaxX, @MaxY, 4326)
          and st_intersects(f.geom, st_makeenvelope(@MinX, @MinY, @MaxX, @MaxY, 4326))
        """;
    // The rows of FeatureQuery.FeaturesSql: same source, filter, order and limit.
    var sql = $"""
        select f.id, {string.Concat(layer.Properties.Select(p => $"f.{p.Name}, "))}st_asbinary(f.geom) as wkb
        from ({layer.Source}) f
        {where}
        order by {string.Join(", ", layer.DefaultSort.Select(c => $"f.{c}").Append("f.id"))}
        limit @Limit
        """;
    var parameters = new { workload.Bbox?.MinX, workload.Bbox?.MinY, workload.Bbox?.MaxX, workload.Bbox?.MaxY, workload.Limit };
    var output = PipeWriter.Create(sink, new StreamPipeWriterOptions(leaveOpen: true));
    await using (var json = new Utf8JsonWriter(output, JsonWriterOptions))
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var returned = 0;
        await using (var rows = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters)))
        {
            var reader = new WKBReader(Nts);
            while (await rows.ReadAsync())
            {
                var attributes = new AttributesTable { { GeoJsonConverterFactory.DefaultIdPropertyName, rows.GetValue(0) } };
                for (var i = 0; i < layer.Properties.Count; i++)
                {
                    var column = i + 1;
                    attributes.Add(layer.Properties[i].Name, rows.IsDBNull(column) ? null
                        : layer.Properties[i].Type == PropertyType.Date ? rows.GetFieldValue<DateOnly>(column) : rows.GetValue(column));
                }
                var geometry = reader.Read(rows.GetFieldValue<byte[]>(layer.Properties.Count + 1));
                JsonSerializer.Serialize<IFeature>(json, new Feature(geometry, attributes), GeoJson);
                if (++returned % 200 == 0)
                {
                    await json.FlushAsync();
                    await output.FlushAsync();
                }
            }
        }
        json.WriteEndArray();
        json.WriteNumber("numberReturned", returned);
        json.WriteEndObject();
    }
    await output.CompleteAsync();
}

// "(a) 1.95x faster", or a tie within 5 %.
static string Verdict(double a, double b, string better)
{
    var ratio = Math.Max(a, b) / Math.Min(a, b);
    var winner = a <= b ? "(a)" : "(b)";
    return ratio < 1.05 ? $"the same within 5 % ({winner} {better} by {ratio:F2}x)" : $"{winner} {ratio:F2}x {better}";
}

static TimeSpan AppCpu()
{
    using var process = Process.GetCurrentProcess();
    return process.TotalProcessorTime;
}

// CPU ms of a PostgreSQL backend (utime + stime in /proc, USER_HZ = 100), or null when it is not on this machine.
static double? BackendCpu(int pid)
{
    try
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }
    catch (IOException)
    {
        return null;
    }
    catch (UnauthorizedAccessException)
    {
        return null;
    }
}

static int Features(byte[] output)
{
    using var document = JsonDocument.Parse(output);
    return document.RootElement.GetProperty("features").GetArrayLength();
}

// The two outputs describe the same features: ids, properties, geometry types and coordinates (to one unit of the
// 6th decimal: PostGIS and NetTopologySuite may round a coordinate differently).
static Check Compare(byte[] first, byte[] second)
{
    using var a = JsonDocument.Parse(first);
    using var b = JsonDocument.Parse(second);
    var fa = a.RootElement.GetProperty("features").EnumerateArray().ToList();
    var fb = b.RootElement.GetProperty("features").EnumerateArray().ToList();
    if (fa.Count != fb.Count)
        return new(0, 0, 0, $"DIFFERENT: {fa.Count} features against {fb.Count}");
    int coordinates = 0, differ = 0;
    for (var i = 0; i < fa.Count; i++)
    {
        string Where() => $"DIFFERENT: feature {i} (id {fa[i].GetProperty("id")})";
        if (fa[i].GetProperty("id").GetRawText() != fb[i].GetProperty("id").GetRawText())
            return new(0, 0, 0, $"{Where()}: id {fb[i].GetProperty("id")} in (b)");
        if (!SameJson(fa[i].GetProperty("properties"), fb[i].GetProperty("properties")))
            return new(0, 0, 0, $"{Where()}: properties {fa[i].GetProperty("properties")} against {fb[i].GetProperty("properties")}");
        var ga = fa[i].GetProperty("geometry");
        var gb = fb[i].GetProperty("geometry");
        if (ga.GetProperty("type").GetString() != gb.GetProperty("type").GetString())
            return new(0, 0, 0, $"{Where()}: geometry type {ga.GetProperty("type")} against {gb.GetProperty("type")}");
        var ca = Numbers(ga.GetProperty("coordinates")).ToList();
        var cb = Numbers(gb.GetProperty("coordinates")).ToList();
        if (ca.Count != cb.Count)
            return new(0, 0, 0, $"{Where()}: {ca.Count} ordinates against {cb.Count}");
        for (var j = 0; j < ca.Count; j++)
        {
            var d = Math.Abs(ca[j] - cb[j]);
            if (d > 1.000001e-6)
                return new(0, 0, 0, $"{Where()}: ordinate {j} is {ca[j]} against {cb[j]}");
            if (d > 1e-9)
                differ++;
        }
        coordinates += ca.Count / 2;
    }
    return new(fa.Count, coordinates, differ, null);
}

static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind == JsonValueKind.Array
    ? element.EnumerateArray().SelectMany(Numbers)
    : [element.GetDouble()];

static bool SameJson(JsonElement a, JsonElement b) => a.ValueKind == b.ValueKind && a.ValueKind switch
{
    JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                            && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var q) && SameJson(p.Value, q)),
    JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => SameJson(p.First, p.Second)),
    JsonValueKind.Number => a.GetDouble() == b.GetDouble(),
    _ => a.GetRawText() == b.GetRawText(),
};

internal sealed record Workload(string Name, LayerDefinition Layer, Bbox? Bbox, int Limit);

internal sealed record Check(int Features, int Coordinates, int Differ, string? Error);

internal sealed class Variant(string name, Func<Task> run)
{
    public string Name => name;
    public Func<Task> Run => run;
    public List<double> Times { get; } = [];
    public TimeSpan AppCpu { get; set; }
    public double? PgCpu { get; set; }
    public byte[] Output { get; set; } = [];
    public double Median { get; set; }
    public double Cpu { get; set; }
}

internal partial class Program
{
    // Coordinates rounded to 6 decimals as they are read (WKBReader applies the factory's PrecisionModel).
    private static readonly NtsGeometryServices Nts = new(new PrecisionModel(1e6), 4326);

    // Non-ASCII text (accents) written as is, as PostgreSQL's JSON does; no bbox; rings as stored (as ST_AsGeoJSON).
    private static readonly JsonWriterOptions JsonWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions GeoJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new GeoJsonConverterFactory(Nts.CreateGeometryFactory(), false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.DoNotModify) },
    };
}
