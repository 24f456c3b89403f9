using Observatoires.Api;

namespace Observatoires.Tests.Infrastructure;

internal static class CliRunner
{
    /// <summary>Runs an administration command as ./observatoires does, capturing what it prints.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IServiceProvider services, params string[] args)
    {
        var (output, error) = (Console.Out, Console.Error);
        using var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            var exitCode = await Cli.RunAsync(services, args);
            return (exitCode, captured.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
