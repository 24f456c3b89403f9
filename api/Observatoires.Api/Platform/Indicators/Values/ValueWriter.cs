using System.Globalization;
using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>
/// Stores validated values within the caller's transaction, in key order, by binary COPY: a year not stored yet
/// becomes a new partition; other rows are merged, keeping revisions (a changed value moves its current version to
/// the history and is replaced; an identical one is skipped).
/// </summary>
internal static class ValueWriter
{
    public const string DataDomain = "indicators";

    /// <summary>Rows from this many on are compared with the stored values by hashing whole partitions, not key by key.</summary>
    private const int BulkRows = 10_000;

    /// <summary>What was written; Steps: the time each step of the write took, in order (for the importer's report).</summary>
    public sealed record Result(long Inserted, long Revised, long Unchanged, IReadOnlyList<Step>? Steps = null);

    public sealed record Step(string Name, TimeSpan Took);

    /// <summary>
    /// A stored year whose values are revised for at least this share of its rows is rebuilt into a new table and
    /// swapped in (a lock of milliseconds at the end), instead of a deletion and an insertion per revised value.
    /// </summary>
    private const double RestatedShare = 0.5;

    /// <summary>One (indicator, period, level) the rows cover: rows[Start..Start+Count] once they are in key order.</summary>
    private sealed record Run(string Indicator, string Period, string Level, int Start, int Count)
    {
        public string Year => Period[..4];
    }

    public static async Task<Result> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IEnumerable<ValueRow> values, CancellationToken ct = default)
    {
        var rows = InKeyOrder(values);
        if (rows.Length == 0)
            return new(0, 0, 0);
        var runs = Runs(rows);
        var steps = new Steps();

        await connection.ExecuteAsync($"""
            set local work_mem = '256MB'; -- hashes and sorts of a million rows in memory
            set local maintenance_work_mem = '1GB'; -- a new year's key index sorted in memory
            set local jit = off; -- one-off plans
            {(rows.Length >= BulkRows ? "set local enable_nestloop = off;" : "")}
            -- One value write at a time (readers go on): the merge reads the stored rows, then replaces them by their address.
            lock table platform.indicator_value in share row exclusive mode;
            """, transaction: transaction);

        // A year with no partition yet (and no value in the default partition) arrives whole: its rows are copied into
        // a new table, attached as the year's partition afterwards, which builds its key index in one pass over rows
        // already in key order instead of a million index insertions. The other rows are merged.
        var freshYears = (await connection.QueryAsync<string>("""
            select y from unnest(@Years) as y
            where to_regclass('platform.indicator_value_y' || y) is null
              and not exists (select from platform.indicator_value_other o where o.period >= y and o.period < (y::integer + 1)::text)
            """, new { Years = runs.Select(r => r.Year).Distinct().ToArray() }, transaction)).ToHashSet();
        long inserted = 0;
        foreach (var year in freshYears)
            inserted += await LoadYearAsync(connection, transaction, year, rows, runs.Where(r => r.Year == year).ToList(), steps, ct);
        var merged = runs.Where(r => !freshYears.Contains(r.Year)).ToList();
        long revised = 0;
        if (merged.Count > 0)
        {
            var (mergedInserts, mergedRevisions) = await MergeAsync(connection, transaction, rows, merged, steps, ct);
            inserted += mergedInserts;
            revised = mergedRevisions;
        }

        if (inserted + revised > 0)
        {
            // What was written is listed as available, each (indicator, period) written as a new version of its data
            // (statistical secrecy masks what any version masked: ValueEngine), and announced by a new data version.
            // The new years' rows were all inserted; the merged ones that were inserted or revised are value_changes.
            var fresh = runs.Where(r => freshYears.Contains(r.Year)).ToList();
            await connection.ExecuteAsync($"""
                insert into platform.indicator_availability (indicator_code, period, level)
                select * from unnest(@Indicators, @Periods, @Levels)
                on conflict do nothing;
                insert into platform.indicator_value_version as v (indicator_code, period, valid_from, with_secret)
                select indicator_code, period, now(), bool_or(with_secret)
                from (select * from unnest(@FreshIndicators, @FreshPeriods, @FreshSecret) as f(indicator_code, period, with_secret)
                      {(merged.Count > 0 ? "union all select indicator_code, period, status = 'secret' from value_changes" : "")}) written
                group by indicator_code, period
                on conflict (indicator_code, period, valid_from) do update set with_secret = v.with_secret or excluded.with_secret;
                select platform.bump_data_version(@DataDomain);
                """, new
            {
                Indicators = runs.Select(r => r.Indicator).ToArray(),
                Periods = runs.Select(r => r.Period).ToArray(),
                Levels = runs.Select(r => r.Level).ToArray(),
                FreshIndicators = fresh.Select(r => r.Indicator).ToArray(),
                FreshPeriods = fresh.Select(r => r.Period).ToArray(),
                FreshSecret = fresh.Select(r => RowsOf(rows, [r]).Any(v => v.Status == ValueStatus.Secret)).ToArray(),
                DataDomain,
            }, transaction);
            steps.Done("availability");
        }
        return new(inserted, revised, rows.Length - inserted - revised, steps.List);
    }

    /// <summary>The steps of a write, each timed from the end of the previous one.</summary>
    private sealed class Steps
    {
        private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan last;
        public List<Step> List { get; } = [];

        public void Done(string name)
        {
            var now = watch.Elapsed;
            List.Add(new(name, now - last));
            last = now;
        }
    }

    /// <summary>The rows in key order: as given when they already are (the importer sorts them), else a sorted copy.</summary>
    private static ValueRow[] InKeyOrder(IEnumerable<ValueRow> values)
    {
        var rows = values as ValueRow[] ?? [.. values];
        for (var i = 1; i < rows.Length; i++)
        {
            if (ValueRow.KeyOrder.Compare(rows[i - 1], rows[i]) > 0)
                return ValueRow.InKeyOrder(rows);
        }
        return rows;
    }

    /// <summary>
    /// The (indicator, period, level) runs of rows in key order: territory ids are level:code, so a level's ids follow
    /// each other within an (indicator, period).
    /// </summary>
    private static List<Run> Runs(ValueRow[] rows)
    {
        var runs = new List<Run>();
        var start = 0;
        for (var i = 1; i <= rows.Length; i++)
        {
            if (i < rows.Length && rows[i].Indicator == rows[start].Indicator && rows[i].Period == rows[start].Period
                && Level(rows[i].TerritoryId).SequenceEqual(Level(rows[start].TerritoryId)))
                continue;
            runs.Add(new(rows[start].Indicator, rows[start].Period, Level(rows[start].TerritoryId).ToString(), start, i - start));
            start = i;
        }
        return runs;
    }

    private static ReadOnlySpan<char> Level(string territoryId) => territoryId.AsSpan(0, Math.Max(0, territoryId.IndexOf(':')));

    private static IEnumerable<ValueRow> RowsOf(ValueRow[] rows, IEnumerable<Run> runs) =>
        runs.SelectMany(r => new ArraySegment<ValueRow>(rows, r.Start, r.Count));

    /// <summary>
    /// Copies the rows of a year into a new table and attaches it as the year's partition (its key index is built then).
    /// The reference check the parent's trigger makes on inserts is made here, on the codes and ids the rows hold.
    /// </summary>
    private static async Task<long> LoadYearAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string year,
        ValueRow[] rows, List<Run> runs, Steps steps, CancellationToken ct)
    {
        var (table, from, to) = YearTable("indicator_value", year);
        await connection.ExecuteAsync($"""
            create table {table} (like platform.indicator_value including defaults including constraints,
                check (period >= '{from}' and period < '{to}')) -- spares attach a scan of the table
            """, transaction: transaction);
        var loaded = await ValueCopy.CopyAsync(connection, table, RowsOf(rows, runs), ct);
        steps.Done($"copy {year}");
        await CheckReferencesAsync(connection, transaction, rows, runs);
        await connection.ExecuteAsync($"""
            alter table platform.indicator_value attach partition {table} for values from ('{from}') to ('{to}');
            analyze {table}; -- statistics for the next import's plans, without waiting for autovacuum (0.2 s per million rows)
            """, transaction: transaction, commandTimeout: 0);
        steps.Done($"key and attach {year}");
        return loaded;
    }

    /// <summary>A year's partition of indicator_value or its history: (schema-qualified name, lower bound, upper bound).</summary>
    private static (string Table, string From, string To) YearTable(string parent, string year)
    {
        // Digits only: the year is written into statements.
        var number = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
        return ($"platform.{parent}_y{number:D4}", $"{number:D4}", $"{number + 1:D4}");
    }

    /// <summary>
    /// The check the parent's insert trigger makes, for rows written into a table before it becomes a partition: on the
    /// distinct indicator codes and territory ids the rows hold.
    /// </summary>
    private static async Task CheckReferencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ValueRow[] rows, IEnumerable<Run> runs)
    {
        var unknown = await connection.QuerySingleAsync<(string? Indicator, string? Territory)>("""
            select (select min(i) from unnest(@Indicators) i where not exists (select from platform.indicator where code = i)),
                   (select min(t) from unnest(@Territories) t where not exists (select from platform.territory where id = t))
            """, new
        {
            Indicators = runs.Select(r => r.Indicator).Distinct().ToArray(),
            // Distinct instances: the importer shares one per id, and a repeated id only lengthens the list.
            Territories = RowsOf(rows, runs).Select(r => r.TerritoryId).Distinct<string>(ReferenceEqualityComparer.Instance).ToArray(),
        }, transaction);
        if (unknown.Indicator is not null || unknown.Territory is not null)
            throw new PostgresException($"indicator_value refers to an unknown {(unknown.Indicator is not null ? $"indicator: {unknown.Indicator}" : $"territory: {unknown.Territory}")}",
                "ERROR", "ERROR", PostgresErrorCodes.ForeignKeyViolation);
    }

    /// <summary>
    /// Merges rows into existing partitions: they are copied into a temporary table and compared with the stored values
    /// of their indicators and periods in one join. A new value is inserted; a changed one moves its current version to
    /// the history and is replaced; an identical one is skipped. Returns (inserted, revised).
    /// Two bulk paths spare the per-row work when most of a year changes: the previous versions of a year whose history
    /// has no partition yet fill a new one (key built once, then attached); a year's partition revised for at least
    /// <see cref="RestatedShare"/> of its rows is rebuilt into a new table (its unchanged rows and the new ones) and
    /// swapped in at the end, its old table becoming the year's history for this moment, holding an exclusive lock on
    /// indicator_value from the swap to the commit only.
    /// </summary>
    private static async Task<(long Inserted, long Revised)> MergeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ValueRow[] rows, List<Run> runs, Steps steps, CancellationToken ct)
    {
        await connection.ExecuteAsync("""
            drop table if exists value_staging, value_changes; -- a second write in the same transaction
            create temporary table value_staging (
                indicator_code text not null, territory_id text not null, period text not null,
                value double precision, numerator double precision, denominator double precision,
                status text not null, source_vintage text) on commit drop
            """, transaction: transaction);
        await ValueCopy.CopyAsync(connection, "value_staging", RowsOf(rows, runs), ct);
        steps.Done("copy to compare");
        var periods = runs.Select(r => r.Period).Distinct().ToArray();
        // The stored row (if any) beside each row that is new or changed; the partitions read are those of the periods.
        await connection.ExecuteAsync("""
            create temporary table value_changes on commit drop as
            select s.*, v.tableoid as table_id, v.ctid as row_id, v.value as old_value, v.numerator as old_numerator,
                   v.denominator as old_denominator, v.status as old_status, v.source_vintage as old_source_vintage,
                   v.valid_from as old_valid_from
            from value_staging s
            left join platform.indicator_value v
              on v.period = any(@Periods) and v.indicator_code = any(@Indicators)
             and v.indicator_code = s.indicator_code and v.period = s.period and v.territory_id = s.territory_id
            where v.ctid is null
               or (v.value, v.numerator, v.denominator, v.status, v.source_vintage)
                  is distinct from (s.value, s.numerator, s.denominator, s.status, s.source_vintage)
            """, new { Periods = periods, Indicators = runs.Select(r => r.Indicator).Distinct().ToArray() }, transaction, commandTimeout: 0);
        // The changes per year and per stored partition, beside the partition's size (planner statistics: a year loaded or
        // rebuilt here is analysed at once), in one pass.
        var counts = (await connection.QueryAsync<(string Year, string? Table, long Changes, long Revised, double Stored)>("""
            select left(c.period, 4), p.relname::text, count(*), count(c.row_id), coalesce(p.reltuples, 0)::float8
            from value_changes c left join pg_class p on p.oid = c.table_id
            group by left(c.period, 4), p.relname, p.reltuples
            """, transaction: transaction)).ToList();
        if (counts.Count == 0)
            return (0, 0);
        var revised = counts.Sum(c => c.Revised);
        var restatedYears = counts
            .Where(c => c.Table is not null && IsYearPartition(c.Table, "indicator_value") && c.Revised >= BulkRows && c.Revised >= RestatedShare * c.Stored)
            .Select(c => c.Year).ToArray();
        steps.Done("compare");

        // Previous versions go to their year's history, partitioned by when they were replaced (migration 0133). A year
        // without one gets it; its previous versions fill its table of rows before that table's key is built, in one
        // sorted pass instead of an index insertion per row. A restated year's previous versions are its old table,
        // moved into the history at the swap. The other years' previous versions are inserted as rows.
        var historyYears = counts.Where(c => c.Revised > 0 && c.Year.All(char.IsAsciiDigit) && c.Year.Length == 4).Select(c => c.Year).Distinct().ToArray();
        var newHistoryYears = (await connection.QueryAsync<string>(
            "select y from unnest(@Years) as y where to_regclass('platform.indicator_value_history_y' || y) is null",
            new { Years = historyYears }, transaction)).ToArray();
        foreach (var year in newHistoryYears)
            await CreateHistoryYearAsync(connection, transaction, year, withChanges: !restatedYears.Contains(year), steps);
        string[] historyWritten = [.. newHistoryYears, .. restatedYears];
        if (counts.Where(c => !historyWritten.Contains(c.Year)).Sum(c => c.Revised) > 0)
        {
            await connection.ExecuteAsync("""
                insert into platform.indicator_value_history
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to)
                select indicator_code, territory_id, period, old_value, old_numerator, old_denominator, old_status, old_source_vintage,
                       old_valid_from, now()
                from value_changes where row_id is not null and left(period, 4) <> all(@Written)
                order by indicator_code, period, territory_id
                """, new { Written = historyWritten }, transaction, commandTimeout: 0);
            steps.Done("history");
        }

        // Years restated: a new table with the new and changed rows, and the unchanged ones taken out of the old table,
        // which keeps only the previous versions.
        foreach (var year in restatedYears)
        {
            var (table, from, to) = YearTable("indicator_value", year);
            var revisedHere = counts.Single(c => c.Table == table[9..]).Revised;
            var unchanged = await connection.ExecuteScalarAsync<long>($"select count(*) from {table}", transaction: transaction) - revisedHere;
            await connection.ExecuteAsync($"""
                drop table if exists {table}_next;
                create table {table}_next (like platform.indicator_value including defaults including constraints,
                    check (period >= '{from}' and period < '{to}'));
                {(unchanged == 0 ? "" : $"""
                with unchanged as (
                    delete from {table} v
                    where not exists (select from value_changes c where c.table_id = '{table}'::regclass and c.row_id = v.ctid)
                    returning v.*)
                insert into {table}_next select * from unchanged;
                """)}
                insert into {table}_next
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, now()
                from value_changes where period >= '{from}' and period < '{to}';
                alter table {table}_next add constraint {table[9..]}_next_pkey primary key (indicator_code, period, territory_id)
                    include (value, numerator, denominator, status);
                analyze {table}_next;
                """, transaction: transaction, commandTimeout: 0);
            steps.Done($"rebuild {year}");
        }
        if (restatedYears.Length > 0)
            await CheckReferencesAsync(connection, transaction, rows, runs.Where(r => restatedYears.Contains(r.Year)));

        // The other years: each revised row deleted by its address, then the new and changed rows inserted in key order
        // (the index grows page after page).
        var deleted = counts.Where(c => !restatedYears.Contains(c.Year)).Sum(c => c.Revised);
        if (deleted > 0)
        {
            await connection.ExecuteAsync("""
                delete from platform.indicator_value v using value_changes c
                where v.period = any(@Periods) and v.tableoid = c.table_id and v.ctid = c.row_id and left(c.period, 4) <> all(@Restated)
                """, new { Periods = periods, Restated = restatedYears }, transaction, commandTimeout: 0);
        }
        if (counts.Where(c => !restatedYears.Contains(c.Year)).Sum(c => c.Changes) > 0)
        {
            await connection.ExecuteAsync("""
                insert into platform.indicator_value
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, now()
                from value_changes
                where left(period, 4) <> all(@Restated)
                order by indicator_code, period, territory_id
                """, new { Restated = restatedYears }, transaction, commandTimeout: 0);
            steps.Done("delete and insert");
        }

        // The swap, last: from the detach on, readers of indicator_value wait for the commit.
        foreach (var year in restatedYears)
            await SwapAsync(connection, transaction, year, steps);
        return (counts.Sum(c => c.Changes) - revised, revised);
    }

    /// <summary>
    /// A year's history: a table partitioned by valid_to, whose default partition takes the versions replaced a few at a
    /// time (with the year's versions kept so far in the history's default partition, and, withChanges, the previous
    /// versions of this write's revised rows), its key built once filled, then attached.
    /// </summary>
    private static async Task CreateHistoryYearAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string year,
        bool withChanges, Steps steps)
    {
        var (table, from, to) = YearTable("indicator_value_history", year);
        await connection.ExecuteAsync($"""
            create table {table} (like platform.indicator_value_history including defaults including constraints)
                partition by range (valid_to);
            create table {table}_rows (like platform.indicator_value_history including defaults including constraints,
                check (period >= '{from}' and period < '{to}'));
            with kept as (delete from platform.indicator_value_history_other where period >= '{from}' and period < '{to}' returning *)
            insert into {table}_rows select * from kept;
            {(withChanges ? $"""
            insert into {table}_rows
                (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to)
            select indicator_code, territory_id, period, old_value, old_numerator, old_denominator, old_status, old_source_vintage,
                   old_valid_from, now()
            from value_changes where row_id is not null and period >= '{from}' and period < '{to}';
            """ : "")}
            alter table {table}_rows add constraint {table[9..]}_rows_pkey
                primary key (indicator_code, period, territory_id, valid_from, valid_to);
            alter table {table} attach partition {table}_rows default;
            alter table platform.indicator_value_history attach partition {table} for values from ('{from}') to ('{to}');
            """, transaction: transaction, commandTimeout: 0);
        steps.Done($"history {year} (new partition)");
    }

    /// <summary>
    /// Replaces a restated year's partition of indicator_value by the table rebuilt beside it (its name + _next); the
    /// old table, which holds the previous versions only, becomes the partition of the year's history for this moment.
    /// </summary>
    private static async Task SwapAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string year, Steps steps)
    {
        var (table, from, to) = YearTable("indicator_value", year);
        var (history, _, _) = YearTable("indicator_value_history", year);
        // The moment of the transaction (now()), written into the statements: it names the table and bounds its partition.
        var replaced = await connection.ExecuteScalarAsync<DateTime>("select now()", transaction: transaction);
        var at = replaced.ToString("yyyy-MM-dd HH:mm:ss.ffffff'+00'", CultureInfo.InvariantCulture);
        var until = replaced.AddTicks(10).ToString("yyyy-MM-dd HH:mm:ss.ffffff'+00'", CultureInfo.InvariantCulture);
        var previous = $"{history}_{replaced.ToString("yyyyMMddHHmmssffffff", CultureInfo.InvariantCulture)}";
        await connection.ExecuteAsync($"""
            alter table platform.indicator_value detach partition {table};
            alter table {table} rename to {previous[9..]};
            -- valid_to is the same for every row: a default stored once, not written into each row.
            alter table {previous} drop constraint {table[9..]}_pkey,
                add column valid_to timestamptz not null default '{at}',
                add constraint indicator_value_history_validity check (valid_to > valid_from),
                add constraint {previous[9..]}_moment check (valid_to = '{at}'); -- spares the attach a scan
            alter table {previous} alter column valid_to drop default, alter column valid_from drop default;
            alter table {history} attach partition {previous} for values from ('{at}') to ('{until}');
            alter table {table}_next rename to {table[9..]};
            alter index {table}_next_pkey rename to {table[9..]}_pkey;
            alter table platform.indicator_value attach partition {table} for values from ('{from}') to ('{to}');
            """, transaction: transaction, commandTimeout: 0);
        steps.Done($"swap {year}");
    }

    private static bool IsYearPartition(string name, string parent) =>
        name.Length == parent.Length + 6 && name.StartsWith(parent + "_y", StringComparison.Ordinal) && name[^4..].All(char.IsAsciiDigit);
}
