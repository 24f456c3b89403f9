using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat.Plh.GetPlh;

internal sealed class Request
{
    /// <summary>The territory whose programme is followed: an EPCI (epci:246200364, the CALL) or a commune.</summary>
    public string Territory { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null)
            .WithMessage("territory is a territory id, e.g. epci:246200364");
    }
}

/// <summary>How many objectives stand where: the programme's review in one line.</summary>
/// <param name="OnCourse">Those achieved, ahead or on track.</param>
internal sealed record PlhSummary(int Objectives, int OnCourse, int Achieved, int Ahead, int OnTrack, int Behind, int NoData);

/// <param name="Tolerance">How far from the expected share of the way, in share of the way, still counts as on track (0.1 = 10 points).</param>
/// <param name="Objectives">The territory's objectives, in the programme's order.</param>
internal sealed record Response(TerritoryRef Territory, PlhSummary Summary, double Tolerance, IReadOnlyList<PlhObjectiveStanding> Objectives);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/habitat/plh/{territory}");
        Options(o => o.WithMetadata(new ReadsData(HabitatModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territory's Programme Local de l'Habitat (PLH): its objectives and where each stands";
            s.Description = "Each objective with the indicator that measures it (aggregated for the territory by the platform's engine) " +
                            "and its status. A trajectory objective goes from its baseline at T0 (given, or read from the indicator) to " +
                            "its target at the horizon; a yearly one asks for a quantity every year from T0 to the horizon, and the sum " +
                            "since T0 is compared with the target times the years elapsed. The rule: achieved once the target is reached " +
                            "(the latest value at or beyond it; the sum reaching the programme's total); otherwise behind at or after the " +
                            "horizon; otherwise on track when the share of the way done is within 10 points of the share of the years " +
                            "elapsed, ahead or behind beyond that; no_data without a baseline or a value since T0. An objective whose " +
                            "indicator you may not see is left out.";
            s.ExampleRequest = new Request { Territory = DemoPlh.Territory };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } territory)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var standings = await PlhStandings.ComputeAsync(connection, hierarchy, callers.Current, territory,
            await PlhObjective.ListAsync(connection, territory.Id, ct));
        int Count(string status) => standings.Count(s => s.Status == status);
        var summary = new PlhSummary(standings.Count, Count(PlhStatus.Achieved) + Count(PlhStatus.Ahead) + Count(PlhStatus.OnTrack),
            Count(PlhStatus.Achieved), Count(PlhStatus.Ahead), Count(PlhStatus.OnTrack), Count(PlhStatus.Behind), Count(PlhStatus.NoData));
        await Send.OkAsync(new Response(TerritoryRef.Of(territory), summary, PlhProgress.Tolerance, standings), ct);
    }
}
