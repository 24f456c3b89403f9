using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators.ImportValues;

/// <summary>The file was refused; nothing was written.</summary>
internal sealed class ValueImportRejectedException(string file, IReadOnlyList<string> problems, int total)
    : Exception($"{file} was refused, nothing was changed ({total} problem{(total > 1 ? "s" : "")}):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", problems) +
                (total > problems.Count ? $"{Environment.NewLine}  ... and {total - problems.Count} more" : ""))
{
    /// <summary>The first problems, in the order of the file (100 at most).</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>How many problems the file has in all.</summary>
    public int Total { get; } = total;
}

/// <summary>
/// Imports indicator values from CSV (indicator, territory, period, value[, numerator, denominator, status, vintage]),
/// all or nothing: the whole file is read and checked first, and a file with problems is refused with every problem and
/// its line number, before anything is written. The rows are then put in key order (where duplicates meet) and written
/// in one transaction (<see cref="ValueWriter"/>). A million rows take about 250 MB of memory meanwhile.
/// </summary>
internal sealed class ValueImport(NpgsqlDataSource dataSource)
{
    private static readonly string[] Required = ["indicator", "territory", "period", "value"];
    private static readonly string[] Optional = ["numerator", "denominator", "status", "vintage"];
    private const int ProblemsShown = 100;

    /// <summary>The ingestion log's names for this import (docs/api.md, the lineage of the values' datasets).</summary>
    public const string Module = "platform", Target = "values";

    public sealed record Summary(long Rows, ValueWriter.Result Result, ImportReceipt Receipt);

    /// <param name="imported">The file as the log records it (an upload: its client's name, size and checksum, while it lives in a
    /// temporary file); by default the file itself.</param>
    public async Task<Summary> ImportAsync(string file, Caller caller, ImportedFile? imported = null, CancellationToken ct = default)
    {
        if (!File.Exists(file))
            throw new ValueImportRejectedException(file, ["file not found"], 1);
        var run = new ImportRun(caller, imported ?? await ImportedFile.OfAsync(file, Path.GetFileName(file), ct), Module, Target);
        try
        {
            return await ImportAsync(file, caller, run, ct);
        }
        catch (ValueImportRejectedException e)
        {
            await run.RefusedAsync(dataSource, e.Problems, e.Total);
            throw;
        }
    }

    private async Task<Summary> ImportAsync(string file, Caller caller, ImportRun run, CancellationToken ct)
    {
        var name = run.File.Name;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var indicators = (await connection.QueryAsync<(string Code, string Periodicity)>("select code, periodicity from platform.indicator"))
            .ToDictionary(i => i.Code, i => (i.Code, Period.TryParsePeriodicity(i.Periodicity, out var p) ? p : Periodicity.Year));
        var territories = (await connection.QueryAsync<string>("select id from platform.territory")).ToHashSet();

        CsvReader reader;
        Dictionary<string, int> columns;
        try
        {
            reader = Open(file, out columns);
        }
        catch (InvalidDataException e)
        {
            throw new ValueImportRejectedException(file, [e.Message], 1);
        }
        using (reader)
        {
            var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
            var unknown = columns.Keys.Where(c => !Required.Contains(c) && !Optional.Contains(c)).ToList();
            if (missing.Count > 0 || unknown.Count > 0)
                throw new ValueImportRejectedException(file, [$"line 1: " +
                    (missing.Count > 0 ? $"missing column(s) {string.Join(", ", missing)}; " : "") +
                    (unknown.Count > 0 ? $"unknown column(s) {string.Join(", ", unknown.Select(Echo.Cut))}; " : "") +
                    $"expected {string.Join(", ", Required)} and optionally {string.Join(", ", Optional)}"], 1);

            var (rows, lines) = new Reading(file, reader, columns, indicators, territories).CheckedRows();
            // Its indicators, for their datasets' lineage (the rows are in key order: indicator first).
            run.Indicators = [.. rows.Select(r => r.Indicator).Distinct().Order(StringComparer.Ordinal)];
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var result = await ValueWriter.WriteAsync(connection, transaction, rows, ct);
            await AuditLog.AppendAsync(connection, transaction, caller, new("import_values", "indicator_value", name,
                null, new { file = name, rows = lines, result.Inserted, result.Revised, result.Unchanged }));
            var receipt = await run.FinishAsync(connection, transaction, new(result.Inserted, result.Revised, result.Unchanged, 0),
                () => transaction.CommitAsync(ct), ct);
            return new(lines, result, receipt);
        }
    }

    /// <summary>
    /// Reads and checks the records. Rows hold the stored instances of indicator codes, territory ids and periods: a
    /// million rows share a few thousand strings, which are compared by reference when the rows are sorted.
    /// </summary>
    private sealed class Reading(string file, CsvReader reader, Dictionary<string, int> columns,
        Dictionary<string, (string Code, Periodicity Periodicity)> indicators, HashSet<string> territories)
    {
        private readonly List<(long? Line, string Message)> problems = [];
        private readonly string[] names = [.. columns.OrderBy(c => c.Value).Select(c => c.Key)];
        private readonly Dictionary<(string Text, Periodicity), string> periods = [];
        private readonly int indicatorColumn = columns["indicator"], territoryColumn = columns["territory"],
            periodColumn = columns["period"], valueColumn = columns["value"], numeratorColumn = Column(columns, "numerator"),
            denominatorColumn = Column(columns, "denominator"), statusColumn = Column(columns, "status"), vintageColumn = Column(columns, "vintage");
        private int total;

        /// <summary>
        /// The rows in key order, and the number of data lines read. Throws <see cref="ValueImportRejectedException"/>
        /// when the file has problems.
        /// </summary>
        public (ValueRow[] Rows, long Lines) CheckedRows()
        {
            var rows = new List<ValueRow>();
            var lines = new List<long>();
            while (TryRead(out var record))
            {
                if (Parse(record, out var row) is { } error)
                    Problem(record.Line, error);
                else
                {
                    rows.Add(row);
                    lines.Add(record.Line);
                }
            }
            if (rows.Count == 0 && total == 0)
                Problem(null, "the file has no data line");

            var sortedLines = lines.ToArray();
            var sorted = ValueRow.InKeyOrder(CollectionsMarshal.AsSpan(rows), sortedLines);
            // Rows with the same key are now side by side, in no particular order of lines: each is reported against the
            // first line that gives the key.
            for (int start = 0, end; start < sorted.Length; start = end)
            {
                end = start + 1;
                while (end < sorted.Length && ValueRow.KeyOrder.Compare(sorted[start], sorted[end]) == 0)
                    end++;
                if (end - start == 1)
                    continue;
                var first = sortedLines[start..end].Min();
                for (var i = start; i < end; i++)
                {
                    if (sortedLines[i] != first)
                        Problem(sortedLines[i], $"{sorted[i].Indicator} / {sorted[i].TerritoryId} / {sorted[i].Period} is already given on line {first}");
                }
            }
            if (total > 0)
            {
                // In the order of the file (a problem without a line, such as malformed quoting, comes last).
                var report = problems.OrderBy(p => p.Line ?? long.MaxValue).Take(ProblemsShown)
                    .Select(p => p.Line is { } line ? $"line {line}: {p.Message}" : p.Message).ToList();
                throw new ValueImportRejectedException(file, report, total);
            }
            return (sorted, sorted.Length);
        }

        private bool TryRead(out CsvRecord record)
        {
            try
            {
                return reader.TryRead(out record!);
            }
            catch (InvalidDataException e) // malformed quoting: the file cannot be read further
            {
                Problem(null, e.Message);
                record = null!;
                return false;
            }
        }

        private void Problem(long? line, string message)
        {
            if (++total <= ProblemsShown)
                problems.Add((line, message));
        }

        private static int Column(Dictionary<string, int> columns, string name) => columns.GetValueOrDefault(name, -1);

        /// <summary>The row, or what is wrong with the record.</summary>
        private string? Parse(CsvRecord record, out ValueRow row)
        {
            row = default;
            var fields = record.Fields;
            if (fields.Count != columns.Count)
                return $"{fields.Count} fields where the header has {columns.Count}";
            for (var i = 0; i < fields.Count; i++)
            {
                // PostgreSQL refuses U+0000 in text; the other control characters mean a damaged file.
                if (ControlCharacters.Problem(fields[i], freeText: true) is { } control)
                    return $"{names[i]} {control}";
            }
            string? Field(int column) => column >= 0 && fields[column].Length > 0 ? fields[column].Trim() : null;

            var code = Field(indicatorColumn) ?? "";
            if (!indicators.TryGetValue(code, out var indicator))
                return $"unknown indicator '{Echo.Cut(code)}'";
            if (!territories.TryGetValue(Field(territoryColumn) ?? "", out var territory))
                return $"unknown territory '{Echo.Cut(Field(territoryColumn))}' (ids are level:code, e.g. commune:62119)";
            var periodText = Field(periodColumn) ?? "";
            if (!periods.TryGetValue((periodText, indicator.Periodicity), out var period))
            {
                if (!Period.TryParse(periodText, indicator.Periodicity, out _, out var periodError))
                    return $"{periodError} ({code} has one value per {Period.Name(indicator.Periodicity)})";
                // Only canonical forms parse: the text is the period, kept as one instance.
                period = periods[(periodText, indicator.Periodicity)] = periodText;
            }
            var statusText = Field(statusColumn) ?? ValueStatus.Definitive;
            var status = statusText switch
            {
                ValueStatus.Definitive => ValueStatus.Definitive,
                ValueStatus.Provisional => ValueStatus.Provisional,
                ValueStatus.Estimated => ValueStatus.Estimated,
                ValueStatus.Secret => ValueStatus.Secret,
                _ => null,
            };
            if (status is null)
                return $"unknown status '{Echo.Cut(statusText)}' (expected {string.Join(", ", ValueStatus.All)})";

            if (!TryNumber(Field(valueColumn), out var value))
                return $"value '{Echo.Cut(Field(valueColumn))}' is not a number (use a dot for decimals: 1234.5)";
            if (value is null && status != ValueStatus.Secret)
                return "value is empty (only a secret value may have no number)";
            if (!TryNumber(Field(numeratorColumn), out var numerator))
                return $"numerator '{Echo.Cut(Field(numeratorColumn))}' is not a number";
            if (!TryNumber(Field(denominatorColumn), out var denominator))
                return $"denominator '{Echo.Cut(Field(denominatorColumn))}' is not a number";
            if ((numerator is null) != (denominator is null))
                return numerator is null ? "denominator without numerator" : "numerator without denominator";
            var vintage = Field(vintageColumn);
            if (vintage?.Length > 200)
                return "vintage is longer than 200 characters";

            row = new(indicator.Code, territory, period, value, numerator, denominator, status, vintage);
            return null;
        }
    }

    private static CsvReader Open(string file, out Dictionary<string, int> columns)
    {
        if (!File.Exists(file))
            throw new InvalidDataException("file not found");
        var reader = new CsvReader(File.OpenRead(file));
        columns = [];
        foreach (var (name, i) in reader.Header.Select((name, i) => (name.ToLowerInvariant(), i)))
        {
            if (!columns.TryAdd(name, i))
            {
                reader.Dispose();
                throw new InvalidDataException($"line 1: column '{Echo.Cut(name)}' is given twice");
            }
        }
        return reader;
    }

    private static bool TryNumber(string? text, out double? number)
    {
        number = null;
        if (text is null)
            return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
            return false;
        number = parsed;
        return true;
    }
}
