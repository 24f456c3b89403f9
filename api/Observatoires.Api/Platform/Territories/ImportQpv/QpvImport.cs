using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories.ImportContours;
using Observatoires.Api.Platform.Territories.Qpv;

namespace Observatoires.Api.Platform.Territories.ImportQpv;

/// <summary>
/// Loads the ANCT's QPV file (géographie prioritaire 2024, GeoJSON with <c>code_qp</c>, <c>lib_qp</c>, <c>insee_com</c>),
/// all or nothing: every feature is checked first (code, name, communes, polygon), and a refused file changes nothing.
/// The file is national: a QPV none of whose communes is in the referential is skipped and counted. Each QPV is
/// created or updated (name, polygon marked imported, memberships from its communes), in one transaction, audited.
/// </summary>
internal sealed partial class QpvImport(NpgsqlDataSource dataSource)
{
    /// <summary>The ingestion log's names for this import (docs/api.md; the layer qpv is its lineage).</summary>
    public const string Module = "platform", Target = "qpv";

    /// <param name="Receipt">The ingestion log's entry; identical when the file is the last one imported (nothing changed).</param>
    public sealed record Summary(int Imported, int IgnoredOutside, ImportReceipt Receipt);

    /// <param name="file">The file as the log records it: the name its sender gave, its size and checksum.</param>
    public async Task<Summary> ImportAsync(string path, ImportedFile file, Caller caller, CancellationToken ct = default)
    {
        var run = new ImportRun(caller, file, Module, Target);
        try
        {
            return await ImportAsync(path, file.Name, caller, run, ct);
        }
        catch (ContourImportRejectedException e)
        {
            await run.RefusedAsync(dataSource, [.. e.Problems.Take(ContourImportRejectedException.Shown).Select(p => p.ToString())], e.Problems.Count);
            throw;
        }
    }

    private async Task<Summary> ImportAsync(string path, string name, Caller caller, ImportRun run, CancellationToken ct)
    {
        FeatureCollection collection;
        try
        {
            await using var stream = File.OpenRead(path);
            var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
            collection = await JsonSerializer.DeserializeAsync<FeatureCollection>(stream, options, ct)
                         ?? throw new JsonException("not a GeoJSON FeatureCollection");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or FormatException or ParseException)
        {
            throw new ContourImportRejectedException(name, [new(null, null, $"cannot be read as GeoJSON: {e.Message}")]);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var communes = (await connection.QueryAsync<string>("select code from platform.territory where level = 'commune'"))
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        var accepted = new Dictionary<string, (string Name, IReadOnlyList<string> Communes, Geometry Geometry)>(StringComparer.Ordinal);
        var ignored = 0;
        var index = 0;
        foreach (var feature in collection)
        {
            index++;
            var code = Text(feature.Attributes, "code_qp")?.Trim();
            if (code is null || !CodeShape().IsMatch(code))
            {
                problems.Add(new(index, code, "code_qp is missing or is not a QPV code (e.g. QN06201M)"));
                continue;
            }
            var label = Text(feature.Attributes, "lib_qp")?.Trim();
            if (string.IsNullOrEmpty(label) || label.Length > 200 || ControlCharacters.Problem(label) is not null)
                problems.Add(new(index, code, "lib_qp is missing, longer than 200 characters or has control characters"));
            var codes = (Text(feature.Attributes, "insee_com") ?? "").Split([',', ';', ' ', '[', ']', '"'], StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length == 0 || codes.Any(c => !InseeShape().IsMatch(c)))
            {
                problems.Add(new(index, code, "insee_com is missing or is not INSEE commune codes (62119, or 62771,62628)"));
                continue;
            }
            if (feature.Geometry is not (Polygon or MultiPolygon) || feature.Geometry.IsEmpty || !feature.Geometry.IsValid)
                problems.Add(new(index, code, "the geometry is not a valid polygon"));
            if (accepted.ContainsKey(code))
                problems.Add(new(index, code, "this QPV is given twice"));
            var known = codes.Where(communes.Contains).Distinct().ToList();
            if (known.Count == 0)
            {
                ignored++;
                continue;
            }
            if (problems.All(p => p.FeatureIndex != index))
                accepted[code] = (label!, known, feature.Geometry!);
        }
        if (problems.Count > 0)
            throw new ContourImportRejectedException(name, problems);
        if (accepted.Count == 0)
            throw new ContourImportRejectedException(name, [new(null, null, "no QPV of the file lies in the referential's communes")]);

        await using var transaction = await connection.BeginTransactionAsync(ct);
        var writer = new WKBWriter();
        var before = await connection.ExecuteScalarAsync<long>("select count(*) from platform.territory where level = 'qpv'", transaction: transaction);
        // xmax = 0 for a row the statement inserted, not for one it updated.
        var inserted = await connection.QueryAsync<bool>("""
            insert into platform.territory (id, level, code, name, source_vintage, geometry_source, geometry_updated_at, geom, geom_medium, geom_low)
            select 'qpv:' || g.code, 'qpv', g.code, g.name, @File, 'imported', now(), x.geom, x.geom, x.geom
            from unnest(@Codes, @Names, @Wkbs) as g(code, name, wkb),
                 lateral (select st_multi(st_collectionextract(st_setsrid(st_geomfromwkb(g.wkb), 4326), 3)) as geom) x
            on conflict (id) do update set name = excluded.name, source_vintage = excluded.source_vintage,
                geometry_source = 'imported', geometry_updated_at = now(), geom = excluded.geom, geom_medium = excluded.geom,
                geom_low = excluded.geom, updated_at = now()
            returning xmax = 0
            """, new
        {
            File = name,
            Codes = accepted.Keys.ToArray(),
            Names = accepted.Values.Select(a => a.Name).ToArray(),
            Wkbs = accepted.Values.Select(a => writer.Write(a.Geometry)).ToArray(),
        }, transaction);
        await DemoQpvs.SetMembershipsAsync(connection, transaction,
            [.. accepted.Select(a => new QpvEntry(a.Key, a.Value.Name, a.Value.Communes, 0))]);
        await DataVersions.BumpAsync(connection, transaction, TerritoryGeometry.DataDomain);
        await AuditLog.AppendAsync(connection, transaction, caller, new("import_qpv", "territory", name,
            new { qpvs = before }, new { file = name, imported = accepted.Count, ignoredOutside = ignored, codes = accepted.Keys.Order() }));
        var news = inserted.Count(i => i);
        var receipt = await run.FinishAsync(connection, transaction, new(news, accepted.Count - news, null, ignored),
            () => transaction.CommitAsync(ct), ct);
        return new(accepted.Count, ignored, receipt);
    }

    private static string? Text(IAttributesTable? attributes, string property) =>
        attributes is null || !attributes.Exists(property) ? null : attributes[property] switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
            JsonElement e => e.GetRawText(),
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
        };

    [GeneratedRegex("^Q[A-Z0-9]{5,10}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex("^[0-9][0-9AB][0-9]{3}$")]
    private static partial Regex InseeShape();
}
