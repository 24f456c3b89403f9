using System.Globalization;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Access.Keys;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.ImportValues;
using Observatoires.Api.Platform.Territories.ImportContours;
using Observatoires.Api.Platform.Territories.Reference;

namespace Observatoires.Api;

/// <summary>
/// Administration commands run by ./observatoires with the same configuration and services as the API:
/// migrate, seed (reference territories and demo data), import territories, import values, keys.
/// </summary>
internal static class Cli
{
    public static bool IsCommand(string[] args) => args is ["migrate" or "seed" or "import" or "keys", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        try
        {
            await services.GetRequiredService<Migrator>().MigrateAsync();
            var exitCode = args switch
            {
                ["migrate", ..] => 0,
                ["seed", ..] => await SeedAsync(services),
                ["import", "territories", .. var options] => await ImportTerritoriesAsync(services, options),
                ["import", "values", "--file", var file] => await ImportValuesAsync(services, file),
                ["keys", .. var options] => await KeysCommand.RunAsync(services, options),
                _ => await UsageAsync(),
            };
            // Other processes learn of the writes by notification; this one sees them at once.
            await services.GetRequiredService<DataVersions>().RefreshAsync();
            return exitCode;
        }
        catch (MigrationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>Reference territories, then every observatory's catalogue and demo data. Idempotent.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services)
    {
        var paths = services.GetRequiredService<ProjectPaths>();
        var reference = ReferenceData.Read(paths.ReferenceData, paths.Perimeter);
        var summary = await services.GetRequiredService<ReferenceLoader>().LoadAsync(reference);
        Console.WriteLine($"Reference territories: {summary.Territories} territories, {summary.Memberships} memberships" +
                          (summary.SyntheticGeometries > 0 ? $", synthetic contours generated for {summary.SyntheticGeometries} communes" : ""));
        var indicators = await services.GetRequiredService<IndicatorSeeder>().SeedAsync();
        Console.WriteLine($"Observatories and demo values: {indicators.Values.Inserted} new values, {indicators.Values.Revised} revised, " +
                          $"{indicators.Values.Unchanged} unchanged" +
                          (indicators.ModuleRows > 0 ? $"; {indicators.ModuleRows} rows of the observatories' own demo data" : ""));
        return 0;
    }

    private static string Seconds(double seconds) => seconds.ToString("0.00 s", CultureInfo.InvariantCulture);

    private static async Task<int> UsageAsync()
    {
        await Console.Error.WriteLineAsync(
            "usage: import territories --file F [--code-property code] [--srid N] [--repair] [--ignore-unknown]" +
            Environment.NewLine + "       import values --file F.csv");
        return 2;
    }

    /// <summary>Where the import was logged (GET /api/v1/imports/{id}), and whether the file was the last one imported.</summary>
    private static string LogLine(ImportReceipt receipt) =>
        (receipt.Identical ? receipt.Message + " " : "") + $"Ingestion log: import {receipt.Id} (sha256 {receipt.Sha256}).";

    private static async Task<int> ImportValuesAsync(IServiceProvider services, string file)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var summary = await services.GetRequiredService<ValueImport>().ImportAsync(file, Caller.CommandLine);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"{file}: {summary.Rows} rows in {seconds:0.0} s ({summary.Rows / Math.Max(seconds, 0.001):0} rows/s): " +
                              $"{summary.Result.Inserted} new values, {summary.Result.Revised} revised (previous versions kept), " +
                              $"{summary.Result.Unchanged} unchanged.");
            if (summary.Result.Steps is { Count: > 0 } steps)
                Console.WriteLine("Writing: " + string.Join(", ", steps.Select(s => $"{s.Name} {Seconds(s.Took.TotalSeconds)}")) +
                                  $"; reading, checking and sorting the file, and the commit: {Seconds(seconds - steps.Sum(s => s.Took.TotalSeconds))}.");
            Console.WriteLine(LogLine(summary.Receipt));
            return 0;
        }
        catch (ValueImportRejectedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> ImportTerritoriesAsync(IServiceProvider services, string[] args)
    {
        string? file = null, codeProperty = "code";
        int? srid = null;
        bool repair = false, ignoreUnknown = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--file" when i + 1 < args.Length: file = args[++i]; break;
                case "--code-property" when i + 1 < args.Length: codeProperty = args[++i]; break;
                case "--srid" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s): srid = s; i++; break;
                case "--repair": repair = true; break;
                case "--ignore-unknown": ignoreUnknown = true; break;
                default:
                    await Console.Error.WriteLineAsync($"import territories: unexpected argument '{args[i]}'");
                    return 2;
            }
        }
        if (file is null)
        {
            await Console.Error.WriteLineAsync("import territories: --file is required");
            return 2;
        }
        try
        {
            var summary = await services.GetRequiredService<ContourImport>()
                .ImportAsync(new(file, codeProperty, srid, repair, ignoreUnknown), Caller.CommandLine);
            Console.WriteLine($"{file}: contours of {summary.Updated} communes imported (EPSG:{summary.Srid})" +
                              (summary.Repaired > 0 ? $", {summary.Repaired} repaired" : "") +
                              (summary.IgnoredUnknown > 0 ? $", {summary.IgnoredUnknown} features outside the referential ignored" : "") +
                              "; EPCI, groupement, département and région contours recomputed" +
                              (summary.DemoPlacements.Sum(p => p.Objects) > 0
                                  ? "; demo objects placed inside their new communes in " +
                                    Seconds(summary.DemoPlacements.Sum(p => p.Time.TotalSeconds)) + " (" +
                                    string.Join(", ", summary.DemoPlacements.Select(p => $"{p.Module} {p.Objects} in {Seconds(p.Time.TotalSeconds)}")) + ")"
                                  : "") + ".");
            Console.WriteLine(LogLine(summary.Receipt));
            return 0;
        }
        catch (ContourImportRejectedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
