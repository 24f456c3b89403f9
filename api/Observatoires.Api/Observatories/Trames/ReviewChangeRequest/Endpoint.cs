using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Trames.ReviewChangeRequest;

internal sealed class Request
{
    /// <summary>Change request id.</summary>
    public int Id { get; set; }

    /// <summary>accept (the change is integrated into the layer at once) or reject.</summary>
    public string Decision { get; set; } = "";

    /// <summary>Why: required to reject (the partner reads it), optional note on an acceptance (up to 2,000 characters).</summary>
    public string? Reason { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Decision).Must(d => d is "accept" or "reject").WithMessage("decision is accept or reject");
            RuleFor(r => r.Reason).NotEmpty().When(r => r.Decision == "reject").WithMessage("a rejection needs its reason, for the partner");
            RuleFor(r => r.Reason).MaximumLength(2000);
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, ChangeRequest>
{
    public override void Configure()
    {
        Post("/api/v1/trames/change-requests/{id}/review");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Accept or reject a change request (agency editors; If-Match required; audited)";
            s.Description = "Send If-Match with the request's ETag as you read it: a request reviewed meanwhile (by a colleague, or twice " +
                            "at once) answers 412 with its current version, and nothing changes; without If-Match, or with If-Match: *, 428. " +
                            "A request already reviewed is a 409. An accepted request is integrated into the layer in the same transaction " +
                            "(the element added, changed or removed, its previous geometry and attributes kept in its history, the layers' " +
                            "data version bumped); a modification or removal of an element changed since the proposal is a 409. A rejection " +
                            "needs its reason, which the partner reads.";
            s.ExampleRequest = new Request { Id = 1, Decision = "reject", Reason = "Ce tronçon figure déjà dans le corridor du cavalier minier." };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var request = await ChangeRequest.FindAsync(connection, write.Caller, r.Id, transaction);
        var target = request is null ? null : new WriteTarget($"Change request {r.Id}", request.Commune,
            new CurrentVersion(request.ETag, request, $"version {request.Version} ({request.State}" +
                                                      (request.ReviewedBy is null ? ")" : $", by {request.ReviewedBy})")));
        if (write.Refusal(target, $"There is no change request {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        if (request!.State != "pending")
        {
            await Send.ResultAsync(Problems.Conflict($"Change request {r.Id} was already {request.State}.",
                new Dictionary<string, object?> { ["state"] = request.State }));
            return;
        }

        var reviewer = write.Caller.Actor;
        int? elementId = request.ElementId;
        if (r.Decision == "accept")
        {
            var (applied, conflict) = await Integration.ApplyAsync(connection, transaction, request, reviewer);
            if (conflict is not null)
            {
                await Send.ResultAsync(Problems.Conflict(conflict, new Dictionary<string, object?> { ["elementId"] = applied }));
                return;
            }
            elementId = applied;
            await TramesIndicators.RecomputeAsync(connection, transaction);
        }
        await connection.ExecuteAsync("""
            update trames.change_request
            set state = @state, reason = @Reason, reviewed_by = @reviewer, reviewed_at = now(), version = version + 1, element_id = @elementId
            where id = @Id
            """, new { state = r.Decision == "accept" ? "accepted" : "rejected", r.Reason, reviewer, elementId, r.Id }, transaction);
        await write.CommitAsync(new AuditEntry("trames_review", "trames.change_request", $"{r.Id}",
            new { request.State, request.Version }, new { decision = r.Decision, r.Reason, elementId }), [TramesLayers.DataDomain], ct);
        var reviewed = (await ChangeRequest.FindAsync(connection, write.Caller, r.Id))!;
        HttpContext.Response.Headers.ETag = reviewed.ETag;
        await Send.OkAsync(reviewed, ct);
    }
}
