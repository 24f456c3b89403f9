namespace Observatoires.Api.Platform;

/// <summary>
/// Where the files the API reads at run time live: configurable, and by default found in the repository the
/// binary was built from (so `dotnet run`, `dotnet test` and ./observatoires agree without settings).
/// </summary>
internal sealed class ProjectPaths(IConfiguration configuration)
{
    private static readonly Lazy<string?> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Observatoires.sln")))
                return dir.FullName;
        }
        return null;
    });

    /// <summary>The data/ folder of the pinned @etalab/decoupage-administratif package.</summary>
    public string ReferenceData => configuration["Observatoires:ReferenceData"]
        ?? FromRepository("db/reference/node_modules/@etalab/decoupage-administratif/data");

    /// <summary>db/reference/perimeter.json: which EPCIs, groupements, départements and régions the agency covers.</summary>
    public string Perimeter => configuration["Observatoires:Perimeter"] ?? FromRepository("db/reference/perimeter.json");

    /// <summary>The built web client (web/dist).</summary>
    public string WebRoot => configuration["Observatoires:WebRoot"] ?? FromRepository("web/dist");

    private static string FromRepository(string relative) =>
        RepositoryRoot.Value is { } root ? Path.Combine(root, relative)
            : throw new InvalidOperationException($"Cannot locate {relative}: not running from the repository; configure it explicitly");
}
