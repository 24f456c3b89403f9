using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>
/// Stores validated values in one transaction: binary COPY into a staging table, then a merge that keeps
/// revisions (a changed value closes the current version and adds a new one; an identical one is skipped).
/// </summary>
internal static class ValueWriter
{
    public const string DataDomain = "indicators";

    public sealed record Result(long Inserted, long Revised, long Unchanged);

    public static async Task<Result> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IEnumerable<ValueRow> rows, CancellationToken ct = default)
    {
        await connection.ExecuteAsync("""
            create temporary table value_staging (
                indicator_code text not null, territory_id text not null, period text not null,
                value double precision, numerator double precision, denominator double precision,
                status text not null, source_vintage text) on commit drop
            """, transaction: transaction);

        long staged = 0;
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
                staged++;
            }
            await copy.CompleteAsync(ct);
        }

        await connection.ExecuteAsync("analyze value_staging", transaction: transaction);
        var revised = await connection.ExecuteAsync("""
            update platform.indicator_value v
            set valid_to = now()
            from value_staging s
            where v.indicator_code = s.indicator_code and v.period = s.period and v.territory_id = s.territory_id
              and v.valid_to is null
              and (v.value, v.numerator, v.denominator, v.status, v.source_vintage)
                  is distinct from (s.value, s.numerator, s.denominator, s.status, s.source_vintage)
            """, transaction: transaction, commandTimeout: 0);
        var written = await connection.ExecuteAsync("""
            insert into platform.indicator_value
                (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from)
            select s.indicator_code, s.territory_id, s.period, s.value, s.numerator, s.denominator, s.status, s.source_vintage, now()
            from value_staging s
            where not exists (
                select 1 from platform.indicator_value v
                where v.indicator_code = s.indicator_code and v.period = s.period and v.territory_id = s.territory_id
                  and v.valid_to is null)
            order by s.indicator_code, s.period, s.territory_id -- index order: inserts stay local
            """, transaction: transaction, commandTimeout: 0);
        if (written > 0)
        {
            await connection.ExecuteAsync("""
                insert into platform.indicator_availability (indicator_code, period, level)
                select distinct s.indicator_code, s.period, t.level
                from value_staging s join platform.territory t on t.id = s.territory_id
                on conflict do nothing
                """, transaction: transaction, commandTimeout: 0);
            await connection.ExecuteAsync("select platform.bump_data_version(@DataDomain)", new { DataDomain }, transaction);
        }
        return new(written - revised, revised, staged - written);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Double, ct) : copy.WriteNullAsync(ct);
}
