using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable.ImportCycleFacilities;

internal sealed class Request
{
    /// <summary>A GeoJSON FeatureCollection to the "schéma de données des aménagements cyclables" (0.3.x), in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    /// <summary>true: the segments of the communes the file covers (both sides in them) that the file does not list are deleted; false (the default): they are kept.</summary>
    [QueryParam] public bool Replace { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the GeoJSON file in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Segments">Segments in the file.</param>
/// <param name="Inserted">Segments whose id_local was not stored.</param>
/// <param name="Updated">Segments that replaced the stored one of the same id_local.</param>
/// <param name="Deleted">Segments deleted by replace=true.</param>
/// <param name="Communes">The communes the file's segments lie in (commune:INSEE code).</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported, then nothing changed.</param>
internal sealed record Response(string File, int Segments, int Inserted, int Updated, int Deleted, IReadOnlyList<string> Communes,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/mobilite/cycle-facilities/import");
        // The agency keeps the network; an EPCI's editor may load its own communes' segments (the scope is checked).
        Roles(RoleNames.ObjectEditors);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import cycling segments from a GeoJSON file to the national schema, all or nothing (editors)";
            s.Description = "The file is checked whole against the \"schéma de données des aménagements cyclables\" (0.3.x): required " +
                            "properties (id_local, code_com_d, code_com_g, ame_d, ame_g), types, enumerations, the commune-code pattern " +
                            "and dates, a LineString or MultiLineString geometry, an id_local given once, and commune codes that are " +
                            "communes of the observatory's territory. A file with a problem is refused (400) with every problem named " +
                            "by its place (features[3].properties.ame_d) and changes nothing. Segments are matched on id_local: a new " +
                            "one is added, a known one replaced; replace=true also deletes the segments of the file's communes that it " +
                            "does not list. A partner editor may only import segments of communes within its scope (403). The " +
                            "indicators are recomputed, and the import is audited. multipart/form-data with the file in the field " +
                            "`file`; up to 1 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, MobiliteModule.Slug, "mobilite.cycle_facility", ct);
        var write = import.Write;
        JsonDocument document;
        try
        {
            await using var stream = r.File!.OpenReadStream();
            document = await JsonDocument.ParseAsync(stream, default, ct);
        }
        catch (JsonException e)
        {
            await import.RefuseIfAnyAsync(this, [$"the file is not JSON: {e.Message}"], 1);
            return;
        }
        using var _ = document;

        await CycleNetwork.LockForWriteAsync(write.Connection, write.Transaction);
        var knownCommunes = (await write.Connection.QueryAsync<string>(
            "select code from platform.territory where level = 'commune'", transaction: write.Transaction)).ToHashSet(StringComparer.Ordinal);
        var problems = CycleFacilitySchema.Check(document.RootElement, knownCommunes);
        await import.RefuseIfAnyAsync(this, [.. problems.Take(CycleFacilitySchema.ListedProblems).Select(p => new ValidationFailure(p.Path, p.Message))],
            problems.Count);

        var features = document.RootElement.GetProperty("features");
        var segments = features.EnumerateArray().Select(f => f.GetProperty("properties")).Select(p => (
            IdLocal: p.GetProperty("id_local").GetString()!,
            Right: $"commune:{p.GetProperty("code_com_d").GetString()}",
            Left: $"commune:{p.GetProperty("code_com_g").GetString()}")).ToList();
        var communes = segments.SelectMany(s => new[] { s.Right, s.Left }).Distinct().Order(StringComparer.Ordinal).ToList();
        // Every commune the file writes to, and every commune of a stored segment it replaces, must be in the caller's scope.
        var replaced = await write.Connection.QueryAsync<(string Right, string Left)>(
            "select 'commune:' || code_com_d, 'commune:' || code_com_g from mobilite.cycle_facility where id_local = any (@Ids)",
            new { Ids = segments.Select(s => s.IdLocal).ToArray() }, write.Transaction);
        foreach (var commune in communes.Concat(replaced.SelectMany(s => new[] { s.Right, s.Left })).Distinct())
        {
            if (await import.RefusalAsync(new WriteTarget($"The cycling segments of {commune}", commune)) is { } refusal)
            {
                await Send.ResultAsync(refusal);
                return;
            }
        }

        var inserted = (await write.Connection.QueryAsync<bool>(SqlResource.Get("Observatories/Mobilite/Cyclable/ImportCycleFacilities/Upsert.sql"),
            new { Features = features.GetRawText(), ImportedFrom = $"{Echo.Cut(name)} ({DateTime.UtcNow:yyyy-MM-dd})" }, write.Transaction)).Count(i => i);
        var deleted = r.Replace
            ? await write.Connection.ExecuteAsync("""
                delete from mobilite.cycle_facility
                where id_local <> all (@Ids) and 'commune:' || code_com_d = any (@Communes) and 'commune:' || code_com_g = any (@Communes)
                """, new { Ids = segments.Select(s => s.IdLocal).ToArray(), Communes = communes.ToArray() }, write.Transaction)
            : 0;
        await CyclableIndicators.RecomputeAsync(write.Connection, write.Transaction);
        var response = new Response(name, segments.Count, inserted, segments.Count - inserted, deleted, communes);
        var receipt = await import.CommitAsync(new AuditEntry("mobilite_cyclable_import", "mobilite.cycle_facility", name, null, response),
            [MobiliteModule.DataDomain], new ImportRows(inserted, segments.Count - inserted, null, null), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
