using System.Diagnostics;

namespace Observatoires.Tests.Infrastructure;

/// <summary>Runs a Python script with /usr/bin/python3, as an analyst reads a download (pandas).</summary>
internal static class Python
{
    public static bool HasPandas() => Run("import pandas").Exit == 0;

    public static (int Exit, string Output) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
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
            return (-1, e.Message);
        }
    }
}
