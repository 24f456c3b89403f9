using System.IO.Compression;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Mobilite.Accidents.ImportAccidents;

internal sealed class Request
{
    /// <summary>The caractéristiques table (carcteristiques-AAAA.csv).</summary>
    public IFormFile? Caracteristiques { get; set; }

    /// <summary>The lieux table (lieux-AAAA.csv).</summary>
    public IFormFile? Lieux { get; set; }

    /// <summary>The véhicules table (vehicules-AAAA.csv).</summary>
    public IFormFile? Vehicules { get; set; }

    /// <summary>The usagers table (usagers-AAAA.csv).</summary>
    public IFormFile? Usagers { get; set; }

    /// <summary>Or the four tables in one zip file, recognised by their names.</summary>
    public IFormFile? Archive { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r).Must(r => r.Archive is not null || (r.Caracteristiques, r.Lieux, r.Vehicules, r.Usagers) is (not null, not null, not null, not null))
                .OverridePropertyName("files")
                .WithMessage("send the four tables as the fields caracteristiques, lieux, vehicules and usagers, or zipped in the field archive");
            RuleFor(r => r.Archive).Must(a => a!.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).When(r => r.Archive is not null)
                .WithMessage("archive is a .zip file holding the four tables");
        }
    }
}

/// <param name="Years">The years the files hold: each replaced whole.</param>
/// <param name="Accidents">Accidents kept: those of the agency's communes.</param>
/// <param name="Replaced">Accidents of those years there were before (demo or imported), deleted.</param>
/// <param name="Outside">Accidents of the files in communes outside the agency's territory, not kept.</param>
/// <param name="PlacedAtCommuneCentre">Kept accidents the files give no coordinates for, placed at their commune's centre.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the files are the last ones imported, then nothing changed.</param>
internal sealed record Response(IReadOnlyList<string> Files, IReadOnlyList<int> Years, int Accidents, int Vehicles, int Users, int Replaced,
    int Outside, int PlacedAtCommuneCentre, ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/mobilite/imports/accidents");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import a year of the national road-accident files (BAAC: four tables; agency editors), all or nothing";
            s.Description = "The four tables as the ONISR publishes them on data.gouv.fr (2019+ layout, semicolon-separated), as " +
                            "multipart/form-data fields `caracteristiques`, `lieux`, `vehicules` and `usagers`, or zipped in `archive`. " +
                            "Every line is checked, and the tables against each other (a vehicle or a user of an unknown accident, a " +
                            "user of an unknown vehicle); files with a problem are refused with every problem, its file and line (400), " +
                            "and change nothing. Each year the files hold replaces that year; only the accidents of the agency's " +
                            "communes are kept (the answer says how many were outside); the indicators are recomputed. Audited.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        ZipArchive? zip = null;
        try
        {
            var files = new Dictionary<BaacTable, (string Name, Stream Content)>();
            if (r.Archive is not null)
            {
                var archive = await Upload.SaveAsync(r.Archive, ct);
                uploads.Add(archive);
                zip = ZipFile.OpenRead(archive.Path);
                if (zip.Entries.Sum(e => e.Length) > 4 * Upload.MaxBytes)
                    ThrowError(x => x.Archive!, "the zip file expands to more than 1 GB");
                foreach (var entry in zip.Entries)
                    if (BaacFiles.TableOf(entry.FullName) is { } table && !files.ContainsKey(table))
                        files[table] = (entry.Name, entry.Open());
            }
            foreach (var (table, file) in new[] { (BaacTable.Caracteristiques, r.Caracteristiques), (BaacTable.Lieux, r.Lieux),
                         (BaacTable.Vehicules, r.Vehicules), (BaacTable.Usagers, r.Usagers) })
            {
                if (file is null)
                    continue;
                var upload = await Upload.SaveAsync(file, ct);
                uploads.Add(upload);
                files[table] = (upload.Name, File.OpenRead(upload.Path));
            }

            var names = files.Values.Select(f => f.Name).ToList();
            // The uploads as one file for the log: their names, their size, the SHA-256 of their SHA-256s in the order sent
            // (an archive alone: its own).
            var received = uploads.Select(u => u.File).ToList();
            var logged = received.Count == 1 ? received[0] with { Name = string.Join(", ", names) } : new ImportedFile(string.Join(", ", names),
                received.Sum(f => f.Bytes), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                    System.Text.Encoding.ASCII.GetBytes(string.Concat(received.Select(f => f.Sha256))))));
            await using var import = await Import.BeginAsync(dataSource, HttpContext, logged, MobiliteModule.Slug, "mobilite.accident", ct);
            var write = import.Write;
            var baac = BaacFiles.Read(files, await BaacImport.VehicleCategoriesAsync(write.Connection));
            foreach (var (_, content) in files.Values)
                await content.DisposeAsync();
            await import.RefuseIfAnyAsync(this, [.. baac.Problems.Select(p => new ValidationFailure("files", p))], baac.TotalProblems);
            // The agency imports for its whole territory: no commune is outside its scope.
            if (await import.RefusalAsync(new WriteTarget("BAAC files", "groupement:aula")) is { } refusal)
            {
                await Send.ResultAsync(refusal);
                return;
            }
            var result = await BaacImport.WriteAsync(write.Connection, write.Transaction, baac, ct);
            var receipt = await import.CommitAsync(new AuditEntry("mobilite_baac_import", "mobilite.accident", string.Join(",", result.Years), null,
                new { files = names, result.Accidents, result.Replaced, result.Outside }), [MobiliteModule.DataDomain],
                ImportRows.Replacing(result.Accidents, result.Replaced, result.Outside), ct);
            await Send.OkAsync(new Response(names, result.Years, result.Accidents, result.Vehicles, result.Users, result.Replaced,
                result.Outside, result.PlacedAtCommuneCentre, receipt), ct);
        }
        finally
        {
            zip?.Dispose();
            foreach (var upload in uploads)
                await upload.DisposeAsync();
        }
    }
}
