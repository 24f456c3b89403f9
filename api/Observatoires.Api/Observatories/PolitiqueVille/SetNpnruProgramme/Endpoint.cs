using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.PolitiqueVille.SetNpnruProgramme;

internal sealed class Request
{
    /// <summary>The programme's id: lowercase letters and digits in words joined by hyphens, at most 60 characters (npnru-cabbalr).</summary>
    public string Id { get; set; } = "";

    /// <summary>Its name, in French; required.</summary>
    public string? Name { get; set; }

    /// <summary>Its QPVs' ids (qpv:QN06201M), 1 to 20, all in one EPCI, which becomes the programme's; required.</summary>
    public List<string>? Qpvs { get; set; }

    /// <summary>T0: the baseline year the programme is evaluated against (2000 to 2100); required.</summary>
    public int? T0Year { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").MaximumLength(60)
                .WithMessage("id is lowercase letters and digits in words joined by hyphens, at most 60 characters (npnru-cabbalr)");
            RuleFor(r => r.Name).NotNull().WithMessage("name is required")
                .Must(n => n is null || n.Trim().Length is >= 1 and <= 200).WithMessage("name has 1 to 200 characters")
                .Must(n => n is null || ControlCharacters.Problem(n) is null).WithMessage("name has control characters");
            RuleFor(r => r.Qpvs).NotNull().WithMessage("qpvs is required: the programme's QPVs, e.g. [\"qpv:QN06201M\"]")
                .Must(q => q is null || q.Count is >= 1 and <= 20).WithMessage("qpvs holds 1 to 20 QPVs")
                .Must(q => q is null || q.Distinct().Count() == q.Count).WithMessage("qpvs names a QPV twice");
            RuleForEach(r => r.Qpvs).Must(q => q is not null && q.StartsWith(TerritoryId.Qpv + ":", StringComparison.Ordinal) && TerritoryId.Problem(q) is null)
                .WithMessage("each of qpvs is a QPV id, e.g. qpv:QN06201M");
            RuleFor(r => r.T0Year).NotNull().WithMessage("t0Year is required").InclusiveBetween(2000, 2100).WithMessage("t0Year is from 2000 to 2100");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers)
    : Endpoint<Request, NpnruProgrammeEvaluation>
{
    public override void Configure()
    {
        Put("/api/v1/politique-ville/npnru/{id}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Create or replace an NPNRU programme (agency; If-Match to replace one; audited)";
            s.Description = "Creates the programme, or replaces it whole: then send If-Match with the ETag GET /api/v1/politique-ville/npnru/{id} " +
                            "gave (428 without it or with *, 412 with the current version when it changed since). Its QPVs must exist and " +
                            "lie in one EPCI (400 on the field otherwise). The answer is the programme evaluated against its T0, with its new ETag.";
            s.ExampleRequest = new Request
            {
                Id = DemoProgrammes.Cabbalr,
                Name = "NPNRU de la CABBALR",
                Qpvs = ["qpv:QN06201M", "qpv:QN06203M"],
                T0Year = 2018,
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var epci = await EpciOfAsync(r, ct);

        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var before = await NpnruProgramme.FindAsync(connection, r.Id, transaction, forUpdate: true);
        // A new programme has no version to match; an If-Match for it names one the caller cannot have read (RFC 9110).
        if (before is null && HttpContext.Request.Headers.IfMatch.Count > 0)
        {
            await Send.ResultAsync(Problems.PreconditionFailed($"There is no NPNRU programme {r.Id} to match: send no If-Match to create it.",
                new Dictionary<string, object?> { ["current"] = null }));
            return;
        }
        var target = before is null
            ? new WriteTarget($"NPNRU programme {r.Id}", epci)
            : new WriteTarget($"NPNRU programme {r.Id}", before.EpciId,
                new CurrentVersion(before.ETag, before.Audited, $"version {before.Version} (\"{before.Name}\", by {before.UpdatedBy})"));
        if (write.Refusal(target, $"There is no NPNRU programme {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        await connection.ExecuteAsync("""
            insert into politique_ville.npnru_programme (id, name, epci_id, t0_year, demo, version, updated_at, updated_by)
            values (@Id, @Name, @Epci, @T0Year, false, 1, now(), @Actor)
            on conflict (id) do update set name = excluded.name, epci_id = excluded.epci_id, t0_year = excluded.t0_year, demo = false,
                version = npnru_programme.version + 1, updated_at = now(), updated_by = excluded.updated_by;
            delete from politique_ville.npnru_programme_qpv where programme_id = @Id;
            insert into politique_ville.npnru_programme_qpv (programme_id, qpv_id) select @Id, unnest(@Qpvs);
            """, new { r.Id, Name = r.Name!.Trim(), Epci = epci, r.T0Year, Qpvs = r.Qpvs!.ToArray(), write.Caller.Actor }, transaction);
        var after = (await NpnruProgramme.FindAsync(connection, r.Id, transaction))!;
        await write.CommitAsync(new AuditEntry("politique_ville_npnru", "politique_ville.npnru_programme", r.Id, before?.Audited, after.Audited),
            [PolitiqueVilleModule.DataDomain], ct);

        await using var read = await dataSource.OpenConnectionAsync(ct);
        var evaluation = await NpnruEvaluation.ComputeAsync(read, await hierarchies.GetAsync(ct), callers.Current, after);
        HttpContext.Response.Headers.ETag = after.ETag;
        await Send.OkAsync(evaluation, ct);
    }

    /// <summary>What the validator cannot see: the QPVs exist and lie in one EPCI, which is returned.</summary>
    private async Task<string> EpciOfAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var found = (await connection.QueryAsync<(string Qpv, string? Epci)>("""
            select t.id, (select m.parent_id from platform.territory_membership m where m.member_id = t.id and m.parent_id like 'epci:%'
                          order by m.parent_id limit 1)
            from platform.territory t where t.id = any(@Qpvs) and t.level = 'qpv'
            """, new { Qpvs = r.Qpvs!.ToArray() })).ToDictionary(f => f.Qpv, f => f.Epci);
        var missing = r.Qpvs!.Where(q => !found.ContainsKey(q)).ToList();
        if (missing.Count > 0)
            ThrowError(x => x.Qpvs!, $"unknown QPVs: {string.Join(", ", missing.Select(m => Echo.Cut(m)))} (GET /api/v1/territories?level=qpv lists them)");
        var epcis = found.Values.Distinct().ToList();
        if (epcis.Count != 1 || epcis[0] is null)
            ThrowError(x => x.Qpvs!, $"the QPVs of a programme lie in one EPCI; these lie in {string.Join(", ", epcis.Select(e => e ?? "none"))}");
        return epcis[0]!;
    }
}
