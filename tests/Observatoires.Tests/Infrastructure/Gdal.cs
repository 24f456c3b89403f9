using System.Diagnostics;

namespace Observatoires.Tests.Infrastructure;

/// <summary>GDAL's command-line tools (ogrinfo, ogr2ogr) run as a real client of the API: exit code and all they print.</summary>
public static class Gdal
{
    public static (int ExitCode, string Output) Run(string tool, params string[] args) => Run(new Dictionary<string, string>(), tool, args);

    /// <param name="environment">GDAL's settings for this run (CPL_DEBUG, GDAL_HTTP_HEADERS...).</param>
    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string> environment, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{tool} could not run ({e.Message}): install gdal-bin");
        }
    }
}
