using Microsoft.Extensions.DependencyInjection.Extensions;
using Observatoires.Api.Platform.Access.Keys;

namespace Observatoires.Api.Platform.Access;

/// <summary>API keys, the audit log, and their administration endpoints (admin role).</summary>
internal sealed class AccessModule : IModule
{
    public string Name => "Administration";

    public string Description => "Who the caller is (`/api/v1/me`), and for admins the API keys and the append-only audit log of every write and import; for agency staff the ingestion log (`/api/v1/imports`).";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetKeys.Endpoint), typeof(GetMe.Endpoint),
        typeof(GetAuditLog.Endpoint), typeof(GetAuditLog.Request.Validator),
        typeof(GetImports.Endpoint), typeof(GetImports.Request.Validator), typeof(GetImport.Endpoint),
    ];

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<RefusedKeys>();
        services.AddSingleton<RefusedKeyLog>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ICallerAccessor, HttpCallerAccessor>();
    }
}
