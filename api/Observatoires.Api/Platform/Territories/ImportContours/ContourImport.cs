using Dapper;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.ImportContours;

internal sealed record ContourImportOptions(
    string File,
    string CodeProperty = "code",
    int? Srid = null,
    bool Repair = false,
    bool IgnoreUnknown = false);

internal sealed record ImportProblem(int? FeatureIndex, string? Code, string Message)
{
    public override string ToString() =>
        (FeatureIndex is { } i ? $"feature #{i}" : "the file") + (Code is null ? "" : $" (code {Echo.Cut(Code)})") + $": {Message}";
}

/// <summary>The file was refused; nothing was written. The report names the first 50 problems, here and over HTTP.</summary>
internal sealed class ContourImportRejectedException(string file, IReadOnlyList<ImportProblem> problems)
    : Exception($"{file} was refused, nothing was changed:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", problems.Take(Shown)) +
                (problems.Count > Shown ? $"{Environment.NewLine}  ... and {problems.Count - Shown} more" : ""))
{
    public const int Shown = 50;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}

/// <summary>
/// Replaces commune contours with real ones from a file, all or nothing: the whole file is validated first
/// (codes known, no commune missing or given twice, polygonal and valid geometries), then every commune is
/// updated and the aggregates recomputed in one transaction, in which the modules whose demo objects follow the
/// contours (<see cref="ICommuneContourFollower"/>) place them again inside their new communes.
/// </summary>
internal sealed class ContourImport(NpgsqlDataSource dataSource, IEnumerable<IModule> modules)
{
    /// <summary>The ingestion log's names for this import (docs/api.md; the communes' and aggregates' layers are its lineage).</summary>
    public const string Module = "platform", Target = "territories";

    /// <param name="DemoPlacements">Per module, the demo objects placed again inside their new communes and the time it took.</param>
    /// <param name="Receipt">The ingestion log's entry; identical when the file is the last one imported (nothing changed).</param>
    public sealed record Summary(int Updated, int IgnoredUnknown, int Repaired, int Srid, IReadOnlyList<DemoPlacement> DemoPlacements, ImportReceipt Receipt);

    public sealed record DemoPlacement(string Module, int Objects, TimeSpan Time);

    /// <param name="imported">The file as the log records it (an upload: its client's name, size and checksum, while it lives in a
    /// temporary file); by default the file itself.</param>
    public async Task<Summary> ImportAsync(ContourImportOptions options, Caller caller, ImportedFile? imported = null, CancellationToken ct = default)
    {
        if (!File.Exists(options.File))
            throw new ContourImportRejectedException(options.File, [new(null, null, "file not found")]);
        var run = new ImportRun(caller, imported ?? await ImportedFile.OfAsync(options.File, Path.GetFileName(options.File), ct), Module, Target);
        try
        {
            return await ImportAsync(options, caller, run, ct);
        }
        catch (ContourImportRejectedException e)
        {
            await run.RefusedAsync(dataSource, [.. e.Problems.Take(ContourImportRejectedException.Shown).Select(p => p.ToString())], e.Problems.Count);
            throw;
        }
    }

    private async Task<Summary> ImportAsync(ContourImportOptions options, Caller caller, ImportRun run, CancellationToken ct)
    {
        ContourFile.Content content;
        try
        {
            content = ContourFile.Read(options.File, options.CodeProperty);
        }
        catch (InvalidDataException e)
        {
            throw new ContourImportRejectedException(options.File, [new(null, null, e.Message)]);
        }

        var srid = options.Srid ?? content.DeclaredSrid ?? 4326;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // An SRID PostGIS does not know was refused only at the final update, in PostGIS's words ("Invalid reserved SRID"):
        // say it first, plainly, before every feature is checked.
        if (!await connection.ExecuteScalarAsync<bool>("select exists (select 1 from spatial_ref_sys where srid = @srid)", new { srid }))
            throw new ContourImportRejectedException(options.File,
                [new(null, null, $"unknown coordinate system EPSG:{srid} (give the file's EPSG code, e.g. 2154 for Lambert-93, 4326 for WGS 84)")]);
        var communes = (await connection.QueryAsync<(string Code, string Name)>(
            "select code, name from platform.territory where level = 'commune'")).ToDictionary(c => c.Code, c => c.Name);

        var problems = new List<ImportProblem>();
        var accepted = new Dictionary<string, Geometry>();
        int ignored = 0, repaired = 0;
        foreach (var feature in content.Features)
        {
            if (string.IsNullOrWhiteSpace(feature.Code))
            {
                problems.Add(new(feature.Index, null, $"no '{Echo.Cut(options.CodeProperty)}' property"));
                continue;
            }
            var code = feature.Code.Trim();
            if (!communes.ContainsKey(code))
            {
                if (options.IgnoreUnknown)
                    ignored++;
                else
                    problems.Add(new(feature.Index, code, "unknown commune code (use --ignore-unknown to skip communes outside the referential)"));
                continue;
            }
            if (accepted.ContainsKey(code))
            {
                problems.Add(new(feature.Index, code, "this commune is given twice"));
                continue;
            }
            var (geometry, problem, wasRepaired) = Check(feature.Geometry, srid, options.Repair);
            if (problem is not null)
                problems.Add(new(feature.Index, code, problem));
            else
                accepted[code] = geometry!;
            if (wasRepaired)
                repaired++;
        }
        var missing = communes.Keys.Where(c => !accepted.ContainsKey(c) && !problems.Any(p => p.Code == c)).Order().ToList();
        if (missing.Count > 0)
            problems.Add(new(null, null, $"{missing.Count} communes of the referential are missing from the file: " +
                                         string.Join(", ", missing.Take(20).Select(c => $"{c} {communes[c]}")) +
                                         (missing.Count > 20 ? ", ..." : "")));
        if (problems.Count > 0)
            throw new ContourImportRejectedException(options.File, problems);

        await using var transaction = await connection.BeginTransactionAsync(ct);
        var before = await connection.QuerySingleAsync<(long Imported, long Synthetic)>("""
            select count(*) filter (where geometry_source = 'imported'), count(*) filter (where geometry_source = 'synthetic')
            from platform.territory where level = 'commune'
            """, transaction: transaction);
        var writer = new WKBWriter();
        try
        {
            await connection.ExecuteAsync("""
                update platform.territory t
                set geom = st_multi(st_collectionextract(st_transform(st_setsrid(st_geomfromwkb(g.wkb), @Srid), 4326), 3)),
                    geometry_source = 'imported', geometry_updated_at = now(), updated_at = now()
                from unnest(@Codes, @Wkbs) as g(code, wkb)
                where t.level = 'commune' and t.code = g.code
                """,
                new { Srid = srid, Codes = accepted.Keys.ToArray(), Wkbs = accepted.Values.Select(writer.Write).ToArray() },
                transaction);
        }
        catch (PostgresException e) when (e.SqlState is "XX000" or "22023")
        {
            // e.g. an SRID unknown to PostGIS.
            throw new ContourImportRejectedException(options.File, [new(null, null, $"PostGIS refused the geometries: {e.MessageText}")]);
        }
        await TerritoryGeometry.RecomputeDerivedAsync(connection, transaction);
        await DataVersions.BumpAsync(connection, transaction, TerritoryGeometry.DataDomain);

        // Demo objects follow their commune's new contour; each module moves only its own, in this transaction.
        var communeIds = accepted.Keys.Select(c => $"commune:{c}").ToArray();
        var placements = new List<DemoPlacement>();
        foreach (var follower in modules.OfType<ICommuneContourFollower>())
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var objects = await follower.FollowCommuneContoursAsync(connection, transaction, communeIds);
            if (objects > 0)
                await DataVersions.BumpAsync(connection, transaction, follower.DataDomain);
            placements.Add(new(follower.Name, objects, watch.Elapsed));
        }
        var file = run.File.Name;
        await AuditLog.AppendAsync(connection, transaction, caller, new("import_territories", "territory", file,
            new { communesWithImportedContours = before.Imported, communesWithSyntheticContours = before.Synthetic },
            new { file, communesUpdated = accepted.Count, ignoredUnknown = ignored, repaired, srid, demoObjectsPlaced = placements.ToDictionary(p => p.Module, p => p.Objects), codes = accepted.Keys.Order() }));
        // Every commune of the file replaces its contour: revised, whether the geometry moved or not; features outside the referential left out.
        var receipt = await run.FinishAsync(connection, transaction, new(null, accepted.Count, null, ignored), () => transaction.CommitAsync(ct), ct);
        return new(accepted.Count, ignored, repaired, srid, placements, receipt);
    }

    private static (Geometry? Geometry, string? Problem, bool Repaired) Check(Geometry? geometry, int srid, bool repair)
    {
        if (geometry is null || geometry.IsEmpty)
            return (null, "no geometry", false);
        if (geometry is not (Polygon or MultiPolygon))
            return (null, $"a {geometry.GeometryType} is not a commune contour (Polygon or MultiPolygon expected)", false);
        if (srid == 4326)
        {
            var envelope = geometry.EnvelopeInternal;
            if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
                return (null, "coordinates are not longitude/latitude; give the file's projection with --srid (e.g. --srid 2154 for Lambert-93)", false);
        }
        var validation = new IsValidOp(geometry).ValidationError;
        if (validation is null)
            return (geometry, null, false);
        var where = validation.Coordinate is { } c ? $" at ({c.X}, {c.Y})" : "";
        if (!repair)
            return (null, $"invalid geometry: {validation.Message}{where} (use --repair to fix it)", false);
        var fixedGeometry = GeometryFixer.Fix(geometry);
        return fixedGeometry is Polygon or MultiPolygon && !fixedGeometry.IsEmpty
            ? (fixedGeometry, null, true)
            : (null, $"invalid geometry that cannot be repaired: {validation.Message}{where}", false);
    }
}
