namespace Observatoires.Api.Platform.Health;

internal sealed class HealthModule : IModule
{
    public string Name => "Health";

    public string Description => "Whether the API and its database answer, for load balancers and monitoring.";

    public IReadOnlyList<Type> Endpoints => [typeof(GetHealth.Endpoint)];

    public void AddServices(IServiceCollection services) => services.AddSingleton<GetHealth.LastHealth>();
}
