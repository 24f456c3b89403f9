using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Trames.GetChangeRequests;

internal sealed class Request
{
    /// <summary>Only the requests in this state: pending, accepted, rejected.</summary>
    public string? State { get; set; }

    /// <summary>Only the requests on this network: verte, bleue, noire, agricole.</summary>
    public string? Network { get; set; }

    /// <summary>Only the requests of this partner's key (its key id; agency editors only — a partner always sees its own requests only).</summary>
    public int? Partner { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.State).Must(s => s is null || Vocabulary.States.Contains(s)).WithMessage("state is pending, accepted or rejected");
            RuleFor(r => r.Network).Must(n => n is null || Vocabulary.IsNetwork(n))
                .WithMessage($"network is one of {Vocabulary.Codes(Vocabulary.Networks)}");
        }
    }
}

/// <param name="Total">How many requests match.</param>
internal sealed record ChangeRequestList(int Total, IReadOnlyList<ChangeRequest> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, ChangeRequestList>
{
    public override void Configure()
    {
        Get("/api/v1/trames/change-requests");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "The change requests: a partner's own, or the agency's review queue (filter by state, network, partner)";
            s.Description = "Newest first, with their state (pending, accepted, rejected), the rejection's reason and who reviewed them. A " +
                            "partner editor sees the requests of its own key only, never another partner's; agency editors see them all. " +
                            "Answers depend on the key: never cached by data version.";
            s.ExampleRequest = new Request { State = "pending", Network = "verte" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var caller = callers.Current;
        var items = await ChangeRequest.ListAsync(connection, caller, r.State, r.Network, caller.IsAgency ? r.Partner : null);
        DataVersionETag.NoCacheByKey(HttpContext);
        await Send.OkAsync(new ChangeRequestList(items.Count, items), ct);
    }
}
