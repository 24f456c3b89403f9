using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Pdu.GetPdu;

/// <summary>How many objectives stand where: the mid-term evaluation in one line.</summary>
/// <param name="Objectives">Objectives listed.</param>
/// <param name="OnCourse">Those achieved, ahead or on track ("3 objectifs sur 5 dans la trajectoire").</param>
internal sealed record MidTermSummary(int Objectives, int OnCourse, int Achieved, int Ahead, int OnTrack, int Behind, int NoData);

/// <param name="Tolerance">How far from the straight path, in share of the way, still counts as on track (0.1 = 10 points).</param>
/// <param name="Objectives">Every objective, in the plan's order.</param>
internal sealed record Response(MidTermSummary Summary, double Tolerance, IReadOnlyList<PduObjectiveStanding> Objectives);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/mobilite/pdu");
        // The objectives are the module's; where they stand comes from the indicator values and the territories' names.
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The mobility plan's (PDU) objectives and where each stands, for its mid-term evaluation";
            s.Description = "Each objective with its territory, the indicator that measures it, its baseline (T0; read from the indicator " +
                            "when the plan does not give it), its target at the horizon (a value, or a relative change from the baseline), " +
                            "the indicator's yearly values for the territory (aggregated by the platform's engine), its latest value, the " +
                            "value expected on the straight path from the baseline to the target at that year, the share of the way done " +
                            "and its status. The rule: achieved when the latest value is at or beyond the target; otherwise behind at or " +
                            "after the horizon; otherwise on track when the share of the way done is within 10 points of the share of " +
                            "the years elapsed, ahead or behind beyond that; no_data without a baseline or a value since T0. An objective " +
                            "whose indicator you may not see is left out.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var objectives = await PduObjective.ListAsync(connection, ct);
        var standings = await PduStandings.ComputeAsync(connection, await hierarchies.GetAsync(ct), callers.Current, objectives);
        int Count(string status) => standings.Count(s => s.Status == status);
        var summary = new MidTermSummary(standings.Count, Count(StandingStatus.Achieved) + Count(StandingStatus.Ahead) + Count(StandingStatus.OnTrack),
            Count(StandingStatus.Achieved), Count(StandingStatus.Ahead), Count(StandingStatus.OnTrack), Count(StandingStatus.Behind),
            Count(StandingStatus.NoData));
        await Send.OkAsync(new Response(summary, Trajectory.Tolerance, standings), ct);
    }
}
