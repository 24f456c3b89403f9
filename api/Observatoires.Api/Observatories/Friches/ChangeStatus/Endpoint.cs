using System.Globalization;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Friches.ChangeStatus;

internal sealed class Request
{
    /// <summary>Site id.</summary>
    public int Id { get; set; }

    /// <summary>The new status (see the site's allowedStatuses).</summary>
    public string Status { get; set; } = "";

    /// <summary>Date of the field check (yyyy-mm-dd); for verifiee_terrain, today when not given.</summary>
    public DateOnly? FieldCheckedOn { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Status).Must(Workflow.Statuses.Contains)
                .WithMessage($"status must be one of {string.Join(", ", Workflow.Statuses)}");
            RuleFor(r => r.FieldCheckedOn).LessThanOrEqualTo(DateOnly.FromDateTime(DateTime.UtcNow)).When(r => r.FieldCheckedOn is not null)
                .WithMessage("fieldCheckedOn cannot be in the future");
        }
    }
}

internal sealed record Response(int Id, string Status, DateOnly StatusChangedOn, DateOnly? FieldCheckedOn, IReadOnlyList<string> AllowedStatuses);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/friches/sites/{id}/status");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s =>
        {
            s.Summary = "Move a brownfield along its follow-up (editors, within their scope; audited)";
            s.Description = "identifiee → verifiee_terrain → caracterisee → en_projet → reconvertie, or abandonnee before it " +
                            "is recycled. A move the workflow does not allow is a 409 that lists the allowed ones. The observatory's " +
                            "indicators of the site's commune are recomputed in the same transaction.";
            s.ExampleRequest = new Request { Id = 1, Status = "verifiee_terrain", FieldCheckedOn = new DateOnly(2026, 11, 20) };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var site = await connection.QuerySingleOrDefaultAsync<(string Commune, string Status, DateOnly? FieldCheckedOn)?>(
            "select commune_id, status, field_checked_on from friches.site where id = @Id for update", new { r.Id }, transaction);
        if (write.Refusal(site is { } s ? new WriteTarget($"Brownfield {r.Id}", s.Commune) : null, $"There is no brownfield {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var current = site!.Value;
        var allowed = Workflow.AllowedFrom(current.Status);
        if (!allowed.Contains(r.Status))
        {
            await Send.ResultAsync(Problems.Conflict(
                $"A brownfield cannot go from {current.Status} to {r.Status}; from {current.Status} it can go to " +
                (allowed.Count == 0 ? "nothing: it is final" : string.Join(", ", allowed)) + ".",
                new Dictionary<string, object?> { ["currentStatus"] = current.Status, ["allowedStatuses"] = allowed }));
            return;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var checkedOn = r.FieldCheckedOn ?? (r.Status == "verifiee_terrain" ? today
            : current.FieldCheckedOn);
        await connection.ExecuteAsync("""
            update friches.site set status = @Status, status_changed_on = @Today, field_checked_on = @CheckedOn where id = @Id;
            insert into friches.status_change (site_id, from_status, to_status, changed_on, actor) values (@Id, @From, @Status, @Today, @Actor);
            """, new
        {
            r.Id,
            r.Status,
            From = current.Status,
            Today = today.ToDateTime(TimeOnly.MinValue),
            CheckedOn = checkedOn?.ToDateTime(TimeOnly.MinValue),
            write.Caller.Actor,
        }, transaction);
        await FricheIndicators.RecomputeAsync(connection, transaction, current.Commune);
        await write.CommitAsync(new AuditEntry("friche_status", "friches.site", r.Id.ToString(CultureInfo.InvariantCulture),
            new { status = current.Status, fieldCheckedOn = current.FieldCheckedOn },
            new { status = r.Status, fieldCheckedOn = checkedOn }), [FrichesLayer.DataDomain], ct);
        await Send.OkAsync(new Response(r.Id, r.Status, today, checkedOn, Workflow.AllowedFrom(r.Status)), ct);
    }
}
