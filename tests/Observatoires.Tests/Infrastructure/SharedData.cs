namespace Observatoires.Tests.Infrastructure;

/// <summary>The real reference files of ../shared/data (beside the repository), used when present, never committed.</summary>
internal static class SharedData
{
    public static string? File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", name);
            if (System.IO.File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
