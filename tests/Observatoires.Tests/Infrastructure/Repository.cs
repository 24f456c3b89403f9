namespace Observatoires.Tests.Infrastructure;

/// <summary>Files of the repository the tests were built from (found by walking up to Observatoires.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Observatoires.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Observatoires.sln not found above " + AppContext.BaseDirectory);
    }
}
