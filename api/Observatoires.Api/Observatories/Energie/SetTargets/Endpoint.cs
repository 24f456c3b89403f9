using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.SetTargets;

internal sealed class Request
{
    /// <summary>The territory whose objectives these are (a commune, EPCI, groupement, département or région).</summary>
    public string Territory { get; set; } = "";

    /// <summary>Every objective of the territory, replacing those stored; <c>[]</c> removes them all; required.</summary>
    public List<TargetInput>? Targets { get; set; }

    /// <summary>The planning document that sets them ("PCAET de la CABBALR 2020–2026"); required with targets.</summary>
    public string? Document { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null).WithMessage("territory is a territory id, e.g. epci:200072460");
            // Required: a body of null or {} must not remove the territory's objectives; {"targets": []} does, on purpose.
            RuleFor(r => r.Targets).NotNull().WithMessage("targets is required: a list of {year, share}, or [] to remove the territory's objectives");
            RuleFor(r => r.Targets).Must(t => t!.All(x => x is not null)).When(r => r.Targets is not null)
                .WithMessage("each objective is an object {year, share}");
            When(r => r.Targets is not null && r.Targets.All(x => x is not null), () =>
            {
                RuleFor(r => r.Targets).Must(t => t!.Count <= 20).WithMessage("at most 20 objectives");
                RuleFor(r => r.Targets).Must(t => t!.Select(x => x.Year).Distinct().Count() == t!.Count).WithMessage("each year is given once");
                RuleForEach(r => r.Targets).ChildRules(t =>
                {
                    t.RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("year is from 2000 to 2100");
                    t.RuleFor(x => x.Share).NotNull().WithMessage("share is required (0.2 for 20 %)")
                        .InclusiveBetween(0, 10).WithMessage("share is production ÷ consumption, from 0 to 10 (0.2 for 20 %)");
                });
            });
            RuleFor(r => r.Document).NotEmpty().When(r => r.Targets is { Count: > 0 })
                .WithMessage("document is required: the plan that sets the objectives (PCAET, SCoT, SRADDET)");
            RuleFor(r => r.Document).MaximumLength(200).WithMessage("document is at most 200 characters")
                .Must(d => d is null || ControlCharacters.Problem(d, freeText: false) is null).WithMessage("document has control characters");
        }
    }
}

/// <param name="Year">The year the objective is set for.</param>
/// <param name="Share">The decarbonised balance aimed at: production ÷ consumption (0.2 for 20 %).</param>
internal sealed record TargetInput(int Year, double? Share);

/// <param name="Territory">The territory.</param>
/// <param name="Targets">Its objectives as now stored.</param>
internal sealed record Response(string Territory, IReadOnlyList<BalanceTarget> Targets);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Put("/api/v1/energie/targets/{territory}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Replace a territory's objectives of decarbonised balance (its PCAET, SCoT or SRADDET; agency; audited)";
            s.Description = "The objectives replace the territory's stored ones, demo ones included; [] removes them. Simultaneous saves queue.";
            s.ExampleRequest = new Request
            {
                Territory = "epci:200072460",
                Document = "PCAET de la CABBALR",
                Targets = [new(2030, 0.2), new(2050, 0.5)],
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var exists = await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { r.Territory }, transaction);
        if (write.Refusal(exists ? new WriteTarget($"Territory {r.Territory}", r.Territory) : null, $"Territory '{Echo.Cut(r.Territory)}' does not exist") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        // Writers of objectives queue (readers do not): two saves of the same territory would both delete, then collide on insert.
        await connection.ExecuteAsync("lock table energie.balance_target in share row exclusive mode", transaction: transaction);
        var before = (await connection.QueryAsync<BalanceTarget>(
            "select year, share, document, demo from energie.balance_target where territory_id = @Territory order by year", new { r.Territory }, transaction)).ToList();
        var targets = r.Targets!.OrderBy(t => t.Year).Select(t => new BalanceTarget(t.Year, t.Share!.Value, r.Document!.Trim(), false)).ToList();
        await connection.ExecuteAsync("""
            delete from energie.balance_target where territory_id = @Territory;
            insert into energie.balance_target (territory_id, year, share, document, demo)
            select @Territory, y, s, @Document, false from unnest(@Years, @Shares) as x(y, s);
            """, new
        {
            r.Territory,
            Document = r.Document?.Trim() ?? "",
            Years = targets.Select(t => t.Year).ToArray(),
            Shares = targets.Select(t => t.Share).ToArray(),
        }, transaction);
        await write.CommitAsync(new AuditEntry("energie_targets", "energie.balance_target", r.Territory,
            before.Count == 0 ? null : before, targets.Count == 0 ? null : targets), [EnergieModule.DataDomain], ct);
        await Send.OkAsync(new Response(r.Territory, targets), ct);
    }
}
