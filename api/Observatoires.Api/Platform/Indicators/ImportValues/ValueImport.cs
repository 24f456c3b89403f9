using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators.ImportValues;

/// <summary>The file was refused; nothing was written.</summary>
internal sealed class ValueImportRejectedException(string file, IReadOnlyList<string> problems, int total)
    : Exception($"{file} was refused, nothing was changed ({total} problem{(total > 1 ? "s" : "")}):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", problems) +
                (total > problems.Count ? $"{Environment.NewLine}  ... and {total - problems.Count} more" : ""))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Imports indicator values from CSV (indicator, territory, period, value[, numerator, denominator, status, vintage]),
/// all or nothing, in one pass: each line is validated as it is read and streamed into the database (binary COPY, then
/// a merge that keeps revisions) inside one transaction. At the first problem the copy stops, the rest of the file is
/// still checked so that the report lists every problem with its line number, and the transaction is rolled back.
/// </summary>
internal sealed class ValueImport(NpgsqlDataSource dataSource)
{
    private static readonly string[] Required = ["indicator", "territory", "period", "value"];
    private static readonly string[] Optional = ["numerator", "denominator", "status", "vintage"];
    private const int ProblemsShown = 100;

    public sealed record Summary(long Rows, ValueWriter.Result Result);

    /// <param name="name">The file's name in reports and the audit log (an upload lives in a temporary file).</param>
    public async Task<Summary> ImportAsync(string file, Caller caller, string? name = null, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var periodicities = (await connection.QueryAsync<(string Code, string Periodicity)>("select code, periodicity from platform.indicator"))
            .ToDictionary(i => i.Code, i => Period.TryParsePeriodicity(i.Periodicity, out var p) ? p : Periodicity.Year);
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
                    (unknown.Count > 0 ? $"unknown column(s) {string.Join(", ", unknown)}; " : "") +
                    $"expected {string.Join(", ", Required)} and optionally {string.Join(", ", Optional)}"], 1);

            var reading = new Reading(file, reader, columns, periodicities, territories);
            // Disposed without a commit when the file is refused: nothing written.
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var result = await ValueWriter.WriteAsync(connection, transaction, reading.ValidRows(), ct);
            await AuditLog.AppendAsync(connection, transaction, caller, "import_values", "indicator_value", name ?? Path.GetFileName(file),
                null, new { file = name ?? Path.GetFileName(file), rows = reading.Rows, result.Inserted, result.Revised, result.Unchanged });
            await transaction.CommitAsync(ct);
            return new(reading.Rows, result);
        }
    }

    /// <summary>One pass over the records: the valid rows while the file has no problem, then only the checks.</summary>
    private sealed class Reading(string file, CsvReader reader, Dictionary<string, int> columns,
        Dictionary<string, Periodicity> periodicities, HashSet<string> territories)
    {
        private readonly List<string> problems = [];
        private int total;

        public long Rows { get; private set; }

        /// <summary>Throws <see cref="ValueImportRejectedException"/> at the end of a file with problems.</summary>
        public IEnumerable<ValueRow> ValidRows()
        {
            var seen = new HashSet<(string, string, string)>();
            while (TryRead(out var record))
            {
                Rows++;
                if (Parse(record, columns, periodicities, territories, out var row) is { } error)
                    Problem($"line {record.Line}: {error}");
                else if (!seen.Add((row!.Indicator, row.TerritoryId, row.Period)))
                    Problem($"line {record.Line}: {row.Indicator} / {row.TerritoryId} / {row.Period} is already given on an earlier line");
                else if (total == 0)
                    yield return row;
            }
            if (Rows == 0 && total == 0)
                Problem("the file has no data line");
            if (total > 0)
                throw new ValueImportRejectedException(file, problems, total);
        }

        private bool TryRead(out CsvRecord record)
        {
            try
            {
                return reader.TryRead(out record!);
            }
            catch (InvalidDataException e) // malformed quoting: the file cannot be read further
            {
                Problem(e.Message);
                record = null!;
                return false;
            }
        }

        private void Problem(string message)
        {
            if (++total <= ProblemsShown)
                problems.Add(message);
        }
    }

    private static CsvReader Open(string file, out Dictionary<string, int> columns)
    {
        if (!File.Exists(file))
            throw new InvalidDataException("file not found");
        var reader = new CsvReader(File.OpenRead(file));
        columns = reader.Header.Select((name, i) => (Name: name.ToLowerInvariant(), i)).ToDictionary(c => c.Name, c => c.i);
        return reader;
    }

    /// <summary>The row, or what is wrong with the record.</summary>
    private static string? Parse(CsvRecord record, Dictionary<string, int> columns, Dictionary<string, Periodicity> periodicities,
        HashSet<string> territories, out ValueRow? row)
    {
        row = null;
        var fields = record.Fields;
        if (fields.Count != columns.Count)
            return $"{fields.Count} fields where the header has {columns.Count}";
        string? Field(string name) => columns.TryGetValue(name, out var i) && fields[i].Length > 0 ? fields[i].Trim() : null;

        var indicator = Field("indicator") ?? "";
        if (!periodicities.TryGetValue(indicator, out var periodicity))
            return $"unknown indicator '{indicator}'";
        // The stored instance, so that millions of rows share a few thousand strings.
        if (!territories.TryGetValue(Field("territory") ?? "", out var territory))
            return $"unknown territory '{Field("territory")}' (ids are level:code, e.g. commune:62119)";
        if (!Period.TryParse(Field("period"), periodicity, out var period, out var periodError))
            return $"{periodError} ({indicator} has one value per {Period.Name(periodicity)})";
        var status = ValueStatus.All.FirstOrDefault(s => s == (Field("status") ?? ValueStatus.Definitive));
        if (status is null)
            return $"unknown status '{Field("status")}' (expected {string.Join(", ", ValueStatus.All)})";

        if (!TryNumber(Field("value"), out var value))
            return $"value '{Field("value")}' is not a number (use a dot for decimals: 1234.5)";
        if (value is null && status != ValueStatus.Secret)
            return "value is empty (only a secret value may have no number)";
        if (!TryNumber(Field("numerator"), out var numerator))
            return $"numerator '{Field("numerator")}' is not a number";
        if (!TryNumber(Field("denominator"), out var denominator))
            return $"denominator '{Field("denominator")}' is not a number";
        if ((numerator is null) != (denominator is null))
            return numerator is null ? "denominator without numerator" : "numerator without denominator";
        var vintage = Field("vintage");
        if (vintage?.Length > 200)
            return "vintage is longer than 200 characters";

        row = new(string.Intern(indicator), territory, string.Intern(period.ToString()), value, numerator, denominator, status, vintage);
        return null;
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
