using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Zan.SetReduction;

internal sealed class Request
{
    /// <summary>The territory (a SCoT-like groupement, an EPCI, a commune).</summary>
    public string Territory { get; set; } = "";

    /// <summary>The reduction of its 2021–2030 envelope against 2011–2020, from 0 to 1 (0.5 unless set); required.</summary>
    public double? Reduction { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null).WithMessage("territory is a territory id, e.g. groupement:aula");
            // Required: a body of null or {} must not set the reduction to 0 (a 100 % envelope).
            RuleFor(r => r.Reduction).NotNull().WithMessage("reduction is required, from 0 to 1 (0.5 for 50 %)")
                .InclusiveBetween(0, 1).WithMessage("reduction is from 0 to 1 (0.5 for 50 %)");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    public override void Configure()
    {
        Put("/api/v1/zan/reductions/{territory}");
        Roles(RoleNames.Agency);
        Description(d => d.Produces(204).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s => s.Summary = "Set a territory's reduction of its envelope (the regional territorialisation; agency; audited)");
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var exists = await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { r.Territory }, transaction);
        if (write.Refusal(exists ? new WriteTarget($"Territory {r.Territory}", r.Territory) : null, $"Territory '{r.Territory}' does not exist") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        // Writers of reductions queue (readers do not): two first settings of a territory would both read "none" before.
        await connection.ExecuteAsync("lock table zan.reduction in share row exclusive mode", transaction: transaction);
        var before = await connection.QuerySingleOrDefaultAsync<double?>("select reduction from zan.reduction where territory_id = @Territory for update",
            new { r.Territory }, transaction);
        await connection.ExecuteAsync("""
            insert into zan.reduction (territory_id, reduction) values (@Territory, @Reduction)
            on conflict (territory_id) do update set reduction = excluded.reduction
            """, new { r.Territory, r.Reduction }, transaction);
        await write.CommitAsync(new AuditEntry("zan_reduction", "zan.reduction", r.Territory, new { reduction = before }, new { r.Reduction }),
            [ZanModule.DataDomain], ct);
        await Send.NoContentAsync(ct);
    }
}
