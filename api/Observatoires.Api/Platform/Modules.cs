namespace Observatoires.Api.Platform;

/// <summary>
/// A vertical slice of the API (the platform's territories, an observatory...). Program.cs lists the modules
/// explicitly; each names its endpoint and validator types itself, so nothing is discovered by scanning.
/// </summary>
internal interface IModule
{
    /// <summary>The OpenAPI tag of the module's endpoints.</summary>
    string Name { get; }

    /// <summary>What the module serves, in a sentence or two: the description of its OpenAPI tag.</summary>
    string Description { get; }

    /// <summary>FastEndpoints endpoint types and their validators.</summary>
    IReadOnlyList<Type> Endpoints { get; }

    void AddServices(IServiceCollection services);
}
