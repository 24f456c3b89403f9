using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable.SetPriorityRoute;

internal sealed class Request
{
    /// <summary>The commune (commune:62119).</summary>
    public string Commune { get; set; } = "";

    /// <summary>The route's name, as its segments carry it in nom_loc (1 to 200 characters); required.</summary>
    public string? Name { get; set; }

    /// <summary>The length the scheme plans, in km (more than 0, at most 1,000); required.</summary>
    public double? PlannedKm { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Commune).Matches("^commune:[0-9][0-9AB][0-9]{3}$").WithMessage("commune is commune:<INSEE code>, e.g. commune:62119");
            RuleFor(r => r.Name).NotNull().WithMessage("name is required: the route's name as its segments carry it in nom_loc")
                .Must(n => n is null || n.Trim().Length is >= 1 and <= 200).WithMessage("name has 1 to 200 characters");
            RuleFor(r => r.PlannedKm).NotNull().WithMessage("plannedKm is required, in km")
                .GreaterThan(0).LessThanOrEqualTo(1000).WithMessage("plannedKm is more than 0 and at most 1000 (km)");
        }
    }
}

/// <summary>The commune's priority route as now stored, with what is built.</summary>
/// <param name="Share">Share built, in % (built km capped at the planned length).</param>
internal sealed record Response(string Commune, string CommuneName, string Name, double PlannedKm, double BuiltKm, double Share);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Put("/api/v1/mobilite/priority-routes/{commune}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Set a commune's priority route in the cycling scheme (agency; audited)";
            s.Description = "One priority route per commune, chosen by the agency per \"bassin de vie\": the name its segments carry in " +
                            "nom_loc and the length planned. Its share built (the segments in service carrying that name in the commune, " +
                            "over the length planned) is the indicator mobilite.cyclable_part_itineraire_prioritaire, recomputed here.";
            s.ExampleRequest = new Request { Commune = "commune:62119", Name = "Itinéraire prioritaire Béthune", PlannedKm = 6.5 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        await CycleNetwork.LockForWriteAsync(write.Connection, write.Transaction);
        var exists = await connection.ExecuteScalarAsync<bool>(
            "select exists (select from platform.territory where id = @Commune and level = 'commune')", new { r.Commune }, transaction);
        if (write.Refusal(exists ? new WriteTarget($"The priority route of {r.Commune}", r.Commune) : null, $"Commune '{r.Commune}' does not exist") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var before = await connection.QuerySingleOrDefaultAsync<(string Name, double PlannedKm)?>(
            "select name, planned_km from mobilite.priority_route where commune_id = @Commune for update", new { r.Commune }, transaction);
        await connection.ExecuteAsync("""
            insert into mobilite.priority_route (commune_id, name, planned_km, updated_at, updated_by)
            values (@Commune, @Name, @PlannedKm, now(), @Actor)
            on conflict (commune_id) do update set name = excluded.name, planned_km = excluded.planned_km, updated_at = now(),
                updated_by = excluded.updated_by
            """, new { r.Commune, Name = r.Name!.Trim(), r.PlannedKm, write.Caller.Actor }, transaction);
        await CyclableIndicators.RecomputeAsync(connection, transaction);
        var route = (await PriorityRoute.ListAsync(connection, [r.Commune], transaction, ct))[0];
        var response = new Response(route.CommuneId, route.CommuneName, route.Name, route.PlannedKm, Math.Round(route.BuiltKm, 2), route.Share);
        await write.CommitAsync(new AuditEntry("mobilite_priority_route", "mobilite.priority_route", r.Commune,
            before is { } b ? new { name = b.Name, plannedKm = b.PlannedKm } : null, new { name = route.Name, plannedKm = route.PlannedKm }),
            [MobiliteModule.DataDomain], ct);
        await Send.OkAsync(response, ct);
    }
}
