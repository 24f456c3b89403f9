using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.UpdatePeerGroup;

internal sealed class Request
{
    public const int MaxMembers = 30;

    /// <summary>The group's territory id, e.g. groupement:pairs-cabbalr.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its member EPCIs, all of them (this replaces the list): epci:SIREN, reference EPCIs or the perimeter's.</summary>
    public List<string> Members { get; set; } = [];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Members).NotEmpty().WithMessage("a peer group needs at least one member EPCI");
            RuleFor(r => r.Members).Must(m => m.Count <= MaxMembers).WithMessage($"at most {MaxMembers} members");
            RuleFor(r => r.Members).Must(m => m.Distinct().Count() == m.Count).WithMessage("an EPCI is listed twice");
            RuleForEach(r => r.Members).Must(m => m is not null && m.StartsWith("epci:", StringComparison.Ordinal) && TerritoryId.Problem(m) is null)
                .WithMessage((_, m) => $"'{m}' is not an EPCI id: expected epci: followed by its SIREN, e.g. epci:245901160");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, PeerGroup>
{
    public override void Configure()
    {
        Put("/api/v1/peer-groups/{id}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Change a peer group's members (the agency; If-Match required; audited)";
            s.Description = "Replaces the group's member EPCIs. Send If-Match with the ETag of the group as you read it: if it " +
                            "changed meanwhile, 412 with the current group; without If-Match, or with *, 428. An unknown EPCI, the " +
                            "group's own subject or a territory that is not an EPCI is a 400. Comparisons use the new members at once.";
            s.ExampleRequest = new Request
            {
                Id = "groupement:pairs-cabbalr",
                Members = ["epci:245901160", "epci:200044618", "epci:200033579", "epci:200042190"],
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var group = await PeerGroup.FindAsync(write.Connection, r.Id, write.Transaction);
        var target = group is null ? null : new WriteTarget($"Peer group {r.Id}", group.Subject.Id,
            new CurrentVersion(group.ETag, group, $"version {group.Version} ({string.Join(", ", group.Members.Select(m => m.Name))})"));
        if (write.Refusal(target, $"There is no peer group '{r.Id}'") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }

        var known = (await write.Connection.QueryAsync<string>(
            "select id from platform.territory where id = any(@Members) and level = 'epci'",
            new { Members = r.Members.ToArray() }, write.Transaction)).ToHashSet();
        for (var i = 0; i < r.Members.Count; i++)
        {
            if (!known.Contains(r.Members[i]))
                AddError(new FluentValidation.Results.ValidationFailure($"members[{i}]", $"there is no EPCI {r.Members[i]} in the referential (the perimeter's and the reference EPCIs)"));
            else if (r.Members[i] == group!.Subject.Id)
                AddError(new FluentValidation.Results.ValidationFailure($"members[{i}]", $"{r.Members[i]} is the group's subject: a territory is not its own peer"));
        }
        ThrowIfAnyErrors();

        await write.Connection.ExecuteAsync("""
            delete from platform.territory_membership where parent_id = @Id and not (member_id = any(@Members));
            insert into platform.territory_membership (member_id, parent_id) select unnest(@Members), @Id on conflict do nothing;
            update platform.territory t
            set population = (select sum(m.population) from platform.territory m where m.id = any(@Members)),
                commune_count = (select sum(m.commune_count) from platform.territory m where m.id = any(@Members)),
                updated_at = now()
            where t.id = @Id;
            update platform.peer_group set version = version + 1, updated_at = now(), updated_by = @Actor where territory_id = @Id;
            """, new { r.Id, Members = r.Members.ToArray(), write.Caller.Actor }, write.Transaction);
        var updated = (await PeerGroup.FindAsync(write.Connection, r.Id, write.Transaction))!;
        // The territories' data version: the hierarchy, comparisons and every cached answer that read the group follow.
        await write.CommitAsync(new AuditEntry("peer_group_update", "platform.peer_group", r.Id,
                new { members = group!.Members.Select(m => m.Id), group.Version },
                new { members = updated.Members.Select(m => m.Id), updated.Version }),
            [TerritoryGeometry.DataDomain], ct);
        HttpContext.Response.Headers.ETag = updated.ETag;
        await Send.OkAsync(updated, ct);
    }
}
