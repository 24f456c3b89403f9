namespace Observatoires.Tests.Infrastructure;

/// <summary>A valid JSON body for a write route, which the fuzz spoils (Platform/Http/FuzzTests).</summary>
/// <param name="Route">The route as the OpenAPI document writes it (/api/v1/things/{id}).</param>
/// <param name="Url">The route on a row of the fuzz's database, with its query.</param>
internal sealed record BodyTemplate(HttpMethod Method, string Route, string Url, string Body);

/// <summary>
/// A module's valid bodies for its JSON write routes, on rows of the given API's database: one class per module that
/// has such routes, beside that module's tests. The fuzz finds them all in this assembly, so that it knows no module,
/// and fails on a JSON write route that none of them covers.
/// </summary>
internal interface IFuzzBodies
{
    Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client);

    /// <summary>An instance of every implementation in this assembly.</summary>
    static IReadOnlyList<IFuzzBodies> All() => [.. typeof(IFuzzBodies).Assembly.GetTypes()
        .Where(t => typeof(IFuzzBodies).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFuzzBodies)Activator.CreateInstance(t)!)];
}
