namespace Observatoires.Api.Platform.Health;

internal sealed class HealthModule : IModule
{
    public string Name => "Health";

    public string Description => "Whether the API and its database answer, for load balancers and monitoring: liveness, readiness and the data's state.";

    public IReadOnlyList<Type> Endpoints => [typeof(GetHealth.Endpoint), typeof(GetLive.Endpoint), typeof(GetReady.Endpoint)];

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<GetHealth.LastHealth>();
        services.AddSingleton<GetReady.LastReady>();
    }
}
