using FastEndpoints;

namespace Observatoires.Api.Platform.Health.GetLive;

/// <param name="Status">Always live: the process answers.</param>
internal sealed record Response(string Status);

/// <summary>Liveness: the process answers, whatever the database does (a restart would not bring it back).</summary>
internal sealed class Endpoint : EndpointWithoutRequest<Response>
{
    private static readonly Response Live = new("live");

    public override void Configure()
    {
        Get("/health/live");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Is the process alive?";
            s.Description = "200 as long as the API process answers; it reads nothing, not even the database, so that an " +
                            "orchestrator restarts the process only when the process itself is stuck. For traffic, use /health/ready.";
            s.ResponseExamples[200] = Live;
        });
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(Live, ct);
}
