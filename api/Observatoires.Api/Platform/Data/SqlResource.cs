using System.Collections.Concurrent;

namespace Observatoires.Api.Platform.Data;

/// <summary>Reads the .sql files that live next to their endpoint (embedded as "Sql.{relative path}").</summary>
internal static class SqlResource
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <param name="relativePath">Path under the API project, e.g. "Platform/Territories/GetTerritories/Query.sql".</param>
    public static string Get(string relativePath) => Cache.GetOrAdd(relativePath, static path =>
    {
        var assembly = typeof(SqlResource).Assembly;
        var name = "Sql." + path;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"SQL resource {path} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
