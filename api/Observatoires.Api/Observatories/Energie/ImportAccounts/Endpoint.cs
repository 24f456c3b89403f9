using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Energie.ImportAccounts;

internal sealed class Request
{
    /// <summary>CSV in long format: territoire;annee;nature;secteur;vecteur;valeur (see the module's README).</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Lines">Data lines read.</param>
/// <param name="Inserted">Account lines (or counts of installations) that were not stored before.</param>
/// <param name="Updated">Lines that replaced a stored one (its value, and its origin: this file).</param>
/// <param name="Territories">Territories whose indicators were recomputed.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Lines, int Inserted, int Updated, int Territories,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/energie/accounts/import");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import energy accounts from a CSV upload (agency editors), all or nothing";
            s.Description = "Long format, one line per territory, year and line of the accounts: territoire;annee;nature;secteur;vecteur;valeur " +
                            "(nature consommation, production, emissions or installations; GWh, kt CO2e for emissions). The whole file is " +
                            "checked first: a file with a problem is refused with every problem and its line number (400) and changes nothing. " +
                            "Each line replaces the stored one of the same key; the indicators of the territories it touches are recomputed; " +
                            "the import is audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, EnergieModule.Slug, "energie.account", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var territories = (await connection.QueryAsync<string>(
            "select id from platform.territory where level in ('commune', 'departement', 'region')", transaction: transaction)).ToHashSet();
        var file = await import.ReadAsync(buffer => AccountFile.Read(buffer, territories), ct);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var origin = $"Import {Echo.Cut(name)} ({DateTime.UtcNow:yyyy-MM-dd})";
        var accounts = file.Lines.Where(l => l.Kind != AccountFile.Installations).ToList();
        var counts = file.Lines.Where(l => l.Kind == AccountFile.Installations).ToList();
        // xmax = 0 for a row the statement inserted, not for one it updated.
        var inserted = await connection.QueryAsync<bool>("""
            insert into energie.account (territory_id, year, kind, sector, carrier, value, origin)
            select * , @Origin from unnest(@Territories, @Years, @Kinds, @Sectors, @Carriers, @Values)
            on conflict (territory_id, year, kind, sector, carrier) do update set value = excluded.value, origin = excluded.origin
            returning xmax = 0
            """, new
        {
            Territories = accounts.Select(l => l.Territory).ToArray(),
            Years = accounts.Select(l => l.Year).ToArray(),
            Kinds = accounts.Select(l => l.Kind).ToArray(),
            Sectors = accounts.Select(l => l.Sector).ToArray(),
            Carriers = accounts.Select(l => l.Carrier).ToArray(),
            Values = accounts.Select(l => l.Value).ToArray(),
            Origin = origin,
        }, transaction);
        var insertedCounts = await connection.QueryAsync<bool>("""
            insert into energie.installation (territory_id, year, carrier, installations, origin)
            select *, @Origin from unnest(@Territories, @Years, @Carriers, @Counts)
            on conflict (territory_id, year, carrier) do update set installations = excluded.installations, origin = excluded.origin
            returning xmax = 0
            """, new
        {
            Territories = counts.Select(l => l.Territory).ToArray(),
            Years = counts.Select(l => l.Year).ToArray(),
            Carriers = counts.Select(l => l.Carrier).ToArray(),
            Counts = counts.Select(l => (int)l.Value).ToArray(),
            Origin = origin,
        }, transaction);
        var news = inserted.Concat(insertedCounts).Count(i => i);
        var touched = file.Lines.Select(l => l.Territory).Distinct().ToList();
        await EnergieIndicators.RecomputeAsync(connection, transaction, touched);
        var response = new Response(name, file.Lines.Count, news, file.Lines.Count - news, touched.Count);
        var receipt = await import.CommitAsync(new AuditEntry("energie_import", "energie.account", name, null, response), [EnergieModule.DataDomain],
            new ImportRows(news, file.Lines.Count - news, null, null), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
