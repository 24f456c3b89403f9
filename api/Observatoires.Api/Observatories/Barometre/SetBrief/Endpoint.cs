using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.SetBrief;

internal sealed class Request
{
    /// <summary>The barometer's territory: groupement:pma, groupement:petr-ternois-7-vallees, an EPCI (epci:200072460)...</summary>
    public string Territory { get; set; } = "";

    /// <summary>The quarter: 2024-Q3.</summary>
    public string Quarter { get; set; } = "";

    /// <summary>The brief, in French: paragraphs separated by blank lines, 1 to 4,000 characters.</summary>
    public string? Text { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null)
                .WithMessage("territory is a territory id: groupement:pma, epci:200072460...");
            RuleFor(r => r.Quarter).Must(q => Period.TryParse(q, Periodicity.Quarter, out _, out _))
                .WithMessage(r => Period.TryParse(r.Quarter, Periodicity.Quarter, out _, out var error) ? "" : $"quarter: {error}");
            RuleFor(r => r.Text).NotNull().WithMessage("text is required: the brief, paragraphs separated by blank lines")
                .Must(t => t is null || t.Trim().Length is >= 1 and <= Briefs.MaxLength).WithMessage($"text has 1 to {Briefs.MaxLength:N0} characters")
                // Line breaks separate the paragraphs (free text); any other control character is refused.
                .Must(t => t is null || ControlCharacters.Problem(t, freeText: true) is null)
                .WithMessage("text has control characters other than tabs and line breaks");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, BarometerBrief>
{
    public override void Configure()
    {
        Put("/api/v1/barometre/{territory}/{quarter}/brief");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Write the brief of a quarter and a territory (agency; If-None-Match: * to create, If-Match to replace; audited)";
            s.Description = "Saves a new version of the brief; every version is kept (…/brief/history). To create the first one send " +
                            "If-None-Match: * (412 if one exists meanwhile); to replace it send If-Match with the ETag of the version " +
                            "you read (GET …/brief, or this route's answer): 412 with the current version when another editor saved " +
                            "since, 428 without a precondition. The answer is the saved version, with its ETag.";
            s.ExampleRequest = new Request
            {
                Territory = "groupement:pma",
                Quarter = "2024-Q3",
                Text = "L'emploi salarié privé progresse encore ce trimestre.\n\nLes défaillances restent au-dessus de leur niveau d'avant la crise sanitaire.",
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using (var read = await dataSource.OpenConnectionAsync(ct))
        {
            if (await BarometerReports.FindTerritoryAsync(read, await hierarchies.GetAsync(ct), r.Territory) is null)
            {
                await Send.ResultAsync(Problems.NotFound($"There is no barometer for territory '{Echo.Cut(r.Territory)}'"));
                return;
            }
        }

        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var before = await Briefs.CurrentAsync(write.Connection, r.Territory, r.Quarter, write.Transaction);
        var name = $"The brief of {r.Territory} in {r.Quarter}";
        if (before is null)
        {
            // Nothing to match yet: only "create it if there is none" says the editor knows that (RFC 9110).
            if (HttpContext.Request.Headers.IfMatch.Count > 0 || HttpContext.Request.Headers.IfNoneMatch.ToString().Trim() != "*")
            {
                await Send.ResultAsync(HttpContext.Request.Headers.IfMatch.Count > 0
                    ? Problems.PreconditionFailed($"{name} is not written yet: send If-None-Match: * to create it.",
                        new Dictionary<string, object?> { ["current"] = null })
                    : Problems.PreconditionRequired($"{name} is not written yet: send If-None-Match: * to create it."));
                return;
            }
        }
        else if (HttpContext.Request.Headers.IfNoneMatch.ToString().Trim() == "*")
        {
            HttpContext.Response.Headers.ETag = before.ETag(r.Territory, r.Quarter);
            await Send.ResultAsync(Problems.PreconditionFailed(
                $"{name} exists already (version {before.Version}, {before.UpdatedBy}): send If-Match with its ETag to replace it.",
                new Dictionary<string, object?> { ["current"] = before }));
            return;
        }
        var target = new WriteTarget(name, r.Territory, before is null ? null
            : new CurrentVersion(before.ETag(r.Territory, r.Quarter), before, $"version {before.Version} ({before.UpdatedBy})"));
        if (write.Refusal(target, name) is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }

        var text = r.Text!.Trim().Replace("\r\n", "\n");
        await write.Connection.ExecuteAsync("""
            insert into barometre.brief_version (territory_id, quarter, version, text, updated_at, updated_by_key, updated_by)
            values (@Territory, @Quarter, @Version, @text, now(), @KeyId, @Actor)
            """, new { r.Territory, r.Quarter, Version = (before?.Version ?? 0) + 1, text, write.Caller.KeyId, write.Caller.Actor }, write.Transaction);
        var after = (await Briefs.CurrentAsync(write.Connection, r.Territory, r.Quarter, write.Transaction))!;
        await write.CommitAsync(new AuditEntry("barometre_brief", "barometre.brief_version", $"{r.Territory}/{r.Quarter}", before, after),
            [BarometreModule.DataDomain], ct);
        HttpContext.Response.Headers.ETag = after.ETag(r.Territory, r.Quarter);
        await Send.OkAsync(after, ct);
    }
}
