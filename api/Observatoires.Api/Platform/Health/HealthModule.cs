namespace Observatoires.Api.Platform.Health;

internal sealed class HealthModule : IModule
{
    public string Name => "Health";

    public IReadOnlyList<Type> Endpoints => [typeof(GetHealth.Endpoint)];

    public void AddServices(IServiceCollection services) { }
}
