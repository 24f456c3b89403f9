using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Zan.SetTrajectory;

internal sealed class Request
{
    /// <summary>
    /// For each year 2031–2050, the yearly allowance as a share (0–1) of the 2021–2030 yearly envelope; all twenty
    /// years, or none (<c>{}</c>) to go back to the linear default (to zero in 2050); required.
    /// </summary>
    public Dictionary<int, double>? Shares { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            // Required: a body of null or {} must not reset the agency's path; {"shares": {}} does, on purpose.
            RuleFor(r => r.Shares).NotNull().WithMessage("shares is required: a share for each year from 2031 to 2050, or {} for the linear default");
            RuleFor(r => r.Shares).Must(s => s!.Count == 0 || (s.Count == 20 && Enumerable.Range(2031, 20).All(s.ContainsKey))).When(r => r.Shares is not null)
                .WithMessage("give a share for each year from 2031 to 2050, or none for the linear default");
            RuleForEach(r => r.Shares).Must(s => s.Value is >= 0 and <= 1).WithMessage("a share is from 0 to 1");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request>
{
    public override void Configure()
    {
        Put("/api/v1/zan/trajectory");
        Roles(RoleNames.Agency);
        Description(d => d.Produces(204).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s => s.Summary = "Replace the path 2031–2050 to net zero (agency; audited); an empty one restores the linear default");
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        // One writer at a time (readers go on): two paths saved at once each deleted the rows, then the second insert
        // met the first's keys (a 500). Now the second waits, then replaces the first, whole.
        await connection.ExecuteAsync("lock table zan.trajectory in share row exclusive mode", transaction: transaction);
        var before = (await connection.QueryAsync<(int Year, double Share)>("select year, share from zan.trajectory order by year", transaction: transaction))
            .ToDictionary(t => t.Year, t => t.Share);
        await connection.ExecuteAsync("""
            delete from zan.trajectory;
            insert into zan.trajectory (year, share) select * from unnest(@Years, @Shares);
            """, new { Years = r.Shares!.Keys.ToArray(), Shares = r.Shares.Values.ToArray() }, transaction);
        await write.CommitAsync(new AuditEntry("zan_trajectory", "zan.trajectory", null,
            before.Count == 0 ? null : before, r.Shares.Count == 0 ? null : r.Shares), [ZanModule.DataDomain], ct);
        await Send.NoContentAsync(ct);
    }
}
