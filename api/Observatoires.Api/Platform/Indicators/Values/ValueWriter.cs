using System.Globalization;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>
/// Stores validated values in one transaction: binary COPY into a staging table, then a merge that keeps
/// revisions (a changed value moves its current version to the history and takes the new figures; an identical
/// one is skipped).
/// </summary>
internal static class ValueWriter
{
    public const string DataDomain = "indicators";

    public sealed record Result(long Inserted, long Revised, long Unchanged);

    public static async Task<Result> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IEnumerable<ValueRow> rows, CancellationToken ct = default)
    {
        // A bulk merge: sorts and hashes of a million rows in memory, and no JIT compilation of one-off plans.
        await connection.ExecuteAsync("""
            set local work_mem = '256MB';
            set local jit = off;
            set local maintenance_work_mem = '1GB'; -- a new year's key index sorted in memory
            drop table if exists value_staging, known_series, stored_values, changed_values; -- a second write in the same transaction
            create temporary table value_staging (
                indicator_code text not null, territory_id text not null, period text not null,
                value double precision, numerator double precision, denominator double precision,
                status text not null, source_vintage text) on commit drop
            """, transaction: transaction);

        long staged = 0;
        // What the rows cover, by (indicator, period, level).
        var coverage = new HashSet<(string Indicator, string Period, string Level)>();
        // Territory ids are level:code; the few levels are kept as instances rather than cut from every id.
        var levels = new List<string>();
        string LevelOf(string territoryId)
        {
            var level = territoryId.AsSpan(0, Math.Max(0, territoryId.IndexOf(':')));
            foreach (var known in levels)
            {
                if (level.SequenceEqual(known))
                    return known;
            }
            levels.Add(level.ToString());
            return levels[^1];
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy value_staging from stdin (format binary)", ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(row.Indicator, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(row.TerritoryId, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(row.Period, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(copy, row.Value, ct);
                await WriteNullableAsync(copy, row.Numerator, ct);
                await WriteNullableAsync(copy, row.Denominator, ct);
                await copy.WriteAsync(row.Status, NpgsqlDbType.Text, ct);
                if (row.Vintage is null)
                    await copy.WriteNullAsync(ct);
                else
                    await copy.WriteAsync(row.Vintage, NpgsqlDbType.Text, ct);
                coverage.Add((row.Indicator, row.Period, LevelOf(row.TerritoryId)));
                staged++;
            }
            await copy.CompleteAsync(ct);
        }
        if (staged == 0)
            return new(0, 0, 0);

        // One value write at a time (readers go on): the merge below reads the stored rows, then changes them by
        // their row address.
        await connection.ExecuteAsync("lock table platform.indicator_value in share row exclusive mode", transaction: transaction);

        // A year with no partition yet (and no value in the default partition) arrives whole: its rows go into a fresh
        // table, attached as the year's partition afterwards, which builds its key index in one sorted pass instead
        // of a million index insertions. Only the other rows go through the merge below.
        long inserted = 0;
        var freshYears = (await connection.QueryAsync<string>("""
            select y from unnest(@Years) as y
            where to_regclass('platform.indicator_value_y' || y) is null
              and not exists (select from platform.indicator_value_other o where o.period >= y and o.period < (y::integer + 1)::text)
            """, new { Years = coverage.Select(c => c.Period[..4]).Distinct().ToArray() }, transaction)).ToList();
        foreach (var year in freshYears)
            inserted += await LoadYearAsync(connection, transaction, int.Parse(year, CultureInfo.InvariantCulture));
        if (inserted == staged)
            return await FinishAsync(connection, transaction, coverage, inserted, 0, staged);
        if (freshYears.Count > 0)
            await connection.ExecuteAsync("delete from value_staging where left(period, 4) = any(@FreshYears)",
                new { FreshYears = freshYears.ToArray() }, transaction);

        // (indicator, period) pairs that already have values: only their rows can revise or repeat a stored value.
        // The others (an import usually brings a new period) are inserted without looking at the stored values.
        var merged = coverage.Where(c => !freshYears.Contains(c.Period[..4])).ToList();
        var covered = new
        {
            Indicators = merged.Select(c => c.Indicator).ToArray(),
            Periods = merged.Select(c => c.Period).ToArray(),
        };
        var known = (await connection.QueryAsync<(string Indicator, string Period)>("""
            select distinct a.indicator_code, a.period
            from platform.indicator_availability a
            join unnest(@Indicators, @Periods) as s(indicator_code, period) using (indicator_code, period)
            """, covered, transaction)).ToList();
        long revised = 0;
        if (known.Count == 0)
        {
            inserted += await connection.ExecuteAsync("""
                insert into platform.indicator_value
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, now()
                from value_staging
                """, transaction: transaction, commandTimeout: 0);
        }
        else
        {
            // The stored rows of those series, with their address (partition and ctid), read series by series through
            // the key (a lateral join: the planner's statistics may not know a period imported minutes ago, and then
            // chose to scan the whole table), then compared with the file in hash joins between temporary tables.
            await connection.ExecuteAsync("""
                create temporary table known_series on commit drop as
                select * from unnest(@Indicators, @Periods) as k(indicator_code, period);
                create temporary table stored_values on commit drop as
                select v.* from known_series k cross join lateral (
                    select v.tableoid as table_id, v.ctid as row_id, v.indicator_code, v.territory_id, v.period, v.value, v.numerator, v.denominator,
                           v.status, v.source_vintage, v.valid_from
                    from platform.indicator_value v
                    where v.indicator_code = k.indicator_code and v.period = k.period) v;
                analyze value_staging;
                analyze stored_values;
                create temporary table changed_values on commit drop as
                select c.table_id, c.row_id, s.* from stored_values c join value_staging s using (indicator_code, period, territory_id)
                where (c.value, c.numerator, c.denominator, c.status, c.source_vintage)
                      is distinct from (s.value, s.numerator, s.denominator, s.status, s.source_vintage);
                analyze changed_values;
                """, new { Indicators = known.Select(k => k.Indicator).ToArray(), Periods = known.Select(k => k.Period).ToArray() },
                transaction, commandTimeout: 0);
            // A changed value: its current version goes to the history, then the current row takes the new figures.
            await connection.ExecuteAsync("""
                insert into platform.indicator_value_history
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to)
                select c.indicator_code, c.territory_id, c.period, c.value, c.numerator, c.denominator, c.status, c.source_vintage,
                       c.valid_from, now()
                from stored_values c join changed_values using (table_id, row_id)
                """, transaction: transaction, commandTimeout: 0);
            revised = await connection.ExecuteAsync("""
                update platform.indicator_value v
                set value = c.value, numerator = c.numerator, denominator = c.denominator, status = c.status,
                    source_vintage = c.source_vintage, valid_from = now()
                from changed_values c
                where v.period = any(@Periods) -- only the partitions of those periods look up the addresses
                  and v.ctid = any(array(select row_id from changed_values)) and v.tableoid = c.table_id and v.ctid = c.row_id
                """, new { Periods = known.Select(k => k.Period).Distinct().ToArray() }, transaction, commandTimeout: 0);
            inserted += await connection.ExecuteAsync("""
                insert into platform.indicator_value
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select s.indicator_code, s.territory_id, s.period, s.value, s.numerator, s.denominator, s.status, s.source_vintage, now()
                from value_staging s
                where not exists (
                    select from stored_values c
                    where c.indicator_code = s.indicator_code and c.period = s.period and c.territory_id = s.territory_id)
                """, transaction: transaction, commandTimeout: 0);
        }
        return await FinishAsync(connection, transaction, coverage, inserted, revised, staged);
    }

    /// <summary>What was written is listed as available and announced by a new data version.</summary>
    private static async Task<Result> FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        HashSet<(string Indicator, string Period, string Level)> coverage, long inserted, long revised, long staged)
    {
        if (inserted + revised > 0)
        {
            await connection.ExecuteAsync("""
                insert into platform.indicator_availability (indicator_code, period, level)
                select * from unnest(@Indicators, @Periods, @Levels)
                on conflict do nothing
                """, new
                {
                    Indicators = coverage.Select(c => c.Indicator).ToArray(),
                    Periods = coverage.Select(c => c.Period).ToArray(),
                    Levels = coverage.Select(c => c.Level).ToArray(),
                }, transaction);
            await connection.ExecuteAsync("select platform.bump_data_version(@DataDomain)", new { DataDomain }, transaction);
        }
        return new(inserted, revised, staged - inserted - revised);
    }

    /// <summary>
    /// Loads the staged rows of a year into a new table and attaches it as the year's partition (its key index is built
    /// then). The reference check the parent's trigger makes on inserts is made here.
    /// </summary>
    private static async Task<long> LoadYearAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int year)
    {
        var table = $"platform.indicator_value_y{year:D4}";
        var loaded = await connection.ExecuteAsync($"""
            create table {table} (like platform.indicator_value including defaults including constraints,
                check (period >= '{year:D4}' and period < '{year + 1:D4}')); -- spares attach a scan of the table
            insert into {table} (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
            select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, now()
            from value_staging where left(period, 4) = @Year
            """, new { Year = $"{year:D4}" }, transaction, commandTimeout: 0);
        var unknown = await connection.QuerySingleAsync<(string? Indicator, string? Territory)>($"""
            select (select min(n.indicator_code) from (select distinct indicator_code from {table}) n
                    where not exists (select from platform.indicator i where i.code = n.indicator_code)),
                   (select min(n.territory_id) from (select distinct territory_id from {table}) n
                    where not exists (select from platform.territory t where t.id = n.territory_id))
            """, transaction: transaction, commandTimeout: 0);
        if (unknown.Indicator is not null || unknown.Territory is not null)
            throw new InvalidOperationException($"indicator_value refers to an unknown {(unknown.Indicator is not null ? $"indicator: {unknown.Indicator}" : $"territory: {unknown.Territory}")}");
        await connection.ExecuteAsync(
            $"alter table platform.indicator_value attach partition {table} for values from ('{year:D4}') to ('{year + 1:D4}')",
            transaction: transaction, commandTimeout: 0);
        return loaded;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Double, ct) : copy.WriteNullAsync(ct);
}
