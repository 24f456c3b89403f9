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
            drop table if exists value_staging, known_series, stored_values, changed_values; -- a second write in the same transaction
            create temporary table value_staging (
                indicator_code text not null, territory_id text not null, period text not null,
                value double precision, numerator double precision, denominator double precision,
                status text not null, source_vintage text) on commit drop
            """, transaction: transaction);

        long staged = 0;
        // What the rows cover, by (indicator, period, level): territory ids are level:code.
        var coverage = new HashSet<(string Indicator, string Period, string Level)>();
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
                coverage.Add((row.Indicator, row.Period, row.TerritoryId[..Math.Max(0, row.TerritoryId.IndexOf(':'))]));
                staged++;
            }
            await copy.CompleteAsync(ct);
        }
        if (staged == 0)
            return new(0, 0, 0);

        // One value write at a time (readers go on): the merge below reads the stored rows, then changes them by
        // their row address.
        await connection.ExecuteAsync("lock table platform.indicator_value in share row exclusive mode", transaction: transaction);

        // (indicator, period) pairs that already have values: only their rows can revise or repeat a stored value.
        // The others (an import usually brings a new period) are inserted without looking at the stored values.
        var covered = new
        {
            Indicators = coverage.Select(c => c.Indicator).ToArray(),
            Periods = coverage.Select(c => c.Period).ToArray(),
            Levels = coverage.Select(c => c.Level).ToArray(),
        };
        var known = (await connection.QueryAsync<(string Indicator, string Period)>("""
            select distinct a.indicator_code, a.period
            from platform.indicator_availability a
            join unnest(@Indicators, @Periods) as s(indicator_code, period) using (indicator_code, period)
            """, covered, transaction)).ToList();
        long revised = 0, inserted;
        if (known.Count == 0)
        {
            inserted = await connection.ExecuteAsync("""
                insert into platform.indicator_value
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, now()
                from value_staging
                """, transaction: transaction, commandTimeout: 0);
        }
        else
        {
            // The stored rows of those series, read series by series through the key (a lateral join: the planner's
            // statistics may not know a period imported minutes ago, and then chose to scan the whole table), then
            // compared with the file in memory-sized hash joins between temporary tables.
            await connection.ExecuteAsync("""
                create temporary table known_series on commit drop as
                select * from unnest(@Indicators, @Periods) as k(indicator_code, period);
                create temporary table stored_values on commit drop as
                select v.* from known_series k cross join lateral (
                    select v.ctid as row_id, v.indicator_code, v.territory_id, v.period, v.value, v.numerator, v.denominator,
                           v.status, v.source_vintage, v.valid_from
                    from platform.indicator_value v
                    where v.indicator_code = k.indicator_code and v.period = k.period) v;
                analyze value_staging;
                analyze stored_values;
                create temporary table changed_values on commit drop as
                select c.row_id, s.* from stored_values c join value_staging s using (indicator_code, period, territory_id)
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
                from stored_values c join changed_values using (row_id)
                """, transaction: transaction, commandTimeout: 0);
            revised = await connection.ExecuteAsync("""
                update platform.indicator_value v
                set value = c.value, numerator = c.numerator, denominator = c.denominator, status = c.status,
                    source_vintage = c.source_vintage, valid_from = now()
                from changed_values c
                where v.ctid = any(array(select row_id from changed_values)) and v.ctid = c.row_id
                """, transaction: transaction, commandTimeout: 0);
            inserted = await connection.ExecuteAsync("""
                insert into platform.indicator_value
                    (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
                select s.indicator_code, s.territory_id, s.period, s.value, s.numerator, s.denominator, s.status, s.source_vintage, now()
                from value_staging s
                where not exists (
                    select from stored_values c
                    where c.indicator_code = s.indicator_code and c.period = s.period and c.territory_id = s.territory_id)
                """, transaction: transaction, commandTimeout: 0);
        }
        if (inserted + revised > 0)
        {
            await connection.ExecuteAsync("""
                insert into platform.indicator_availability (indicator_code, period, level)
                select * from unnest(@Indicators, @Periods, @Levels)
                on conflict do nothing
                """, covered, transaction);
            await connection.ExecuteAsync("select platform.bump_data_version(@DataDomain)", new { DataDomain }, transaction);
        }
        return new(inserted, revised, staged - inserted - revised);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Double, ct) : copy.WriteNullAsync(ct);
}
