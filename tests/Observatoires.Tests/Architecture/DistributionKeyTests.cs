using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// The schema stays distributable by territory (docs/scaling.md): on Citus, or on hash partitions by territory, a unique
/// key is only enforced within one shard, so every unique key of a table keyed by territory must hold its territory
/// column; and the values' history must share the values' key so that both live on the same shard. Read from the
/// catalogue of a copy of the seeded template, so that the year partitions the value writer created at run time count too.
/// </summary>
public sealed class DistributionKeyTests() : DatabaseCopyTest("distribution_keys")
{
    /// <summary>
    /// Tables keyed by territory: the values and their history (no foreign key names their territory: their references
    /// are checked per statement, migration 0007), with every partition; and every table whose primary key holds a column
    /// referring to platform.territory. For each, the unique indexes (primary keys, unique constraints, unique indexes)
    /// without a territory column, as "table: index (columns) …".
    /// </summary>
    private const string Violations = """
        with keyed as (
            select p.relid as rel, 'territory_id'::name as column_name
            from pg_partition_tree('platform.indicator_value') p where p.isleaf
            union all
            select 'platform.indicator_value_history'::regclass, 'territory_id'
            union all
            select c.conrelid, a.attname
            from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            join pg_constraint pk on pk.conrelid = c.conrelid and pk.contype = 'p' and c.conkey[1] = any(pk.conkey)
            where c.contype = 'f' and c.confrelid = 'platform.territory'::regclass and cardinality(c.conkey) = 1
        ), tables as (
            select rel, array_agg(distinct column_name) as territory_columns from keyed group by rel
        )
        select format('%s: unique index %s (%s) holds none of its territory columns (%s)', t.rel::regclass, i.indexrelid::regclass,
                      (select string_agg(a.attname, ', ' order by k.n) from unnest(i.indkey::int2[]) with ordinality k(attnum, n)
                       join pg_attribute a on a.attrelid = t.rel and a.attnum = k.attnum where k.n <= i.indnkeyatts), array_to_string(t.territory_columns, ', '))
        from tables t
        join pg_index i on i.indrelid = t.rel and i.indisunique
        -- Key columns only: a column the index merely INCLUDEs does not make it unique per territory.
        where not exists (select from unnest(i.indkey::int2[]) with ordinality k(attnum, n)
                          join pg_attribute a on a.attrelid = t.rel and a.attnum = k.attnum
                          where k.n <= i.indnkeyatts and a.attname = any(t.territory_columns))
        order by 1
        """;

    private const string Advice = "on a database distributed by territory a unique key is enforced within one shard only: add the territory " +
                                  "column to the key, or keep the table unkeyed by territory (a reference table) and say so in docs/scaling.md";

    [Test]
    public async Task Every_unique_key_of_a_table_keyed_by_territory_holds_its_territory_column()
    {
        await using var connection = OpenConnection();
        var checkedTables = await connection.QueryAsync<string>("""
            select p.relid::regclass::text from pg_partition_tree('platform.indicator_value') p where p.isleaf
            """);
        // The rule looks at the values' partitions the seed made (a year each), not only at the default one.
        Assert.That(checkedTables, Has.Some.Matches(@"^platform\.indicator_value_y\d{4}$"));
        Assert.That(await connection.QueryAsync<string>(Violations), Is.Empty, Advice);
    }

    [Test]
    public async Task The_rule_catches_a_unique_key_without_the_territory()
    {
        await using var connection = OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            create table platform.sample_figure (
                territory_id text not null references platform.territory,
                period       text not null,
                rank         integer not null,
                primary key (territory_id, period),
                constraint sample_figure_rank_key unique (period, rank));
            -- Holding the territory as an included column only does not make a key unique per territory.
            create unique index sample_figure_period_idx on platform.sample_figure (period) include (territory_id);
            -- A key of the history without the territory (partial on a condition its check refuses: no stored row conflicts).
            create unique index indicator_value_history_sample_idx on platform.indicator_value_history (indicator_code, period, valid_from, valid_to)
                where valid_to < valid_from;
            """, transaction: transaction);
        var violations = (await connection.QueryAsync<string>(Violations, transaction: transaction)).ToList();
        await transaction.RollbackAsync();
        Assert.That(violations, Is.EqualTo(new[]
        {
            "platform.indicator_value_history: unique index platform.indicator_value_history_sample_idx (indicator_code, period, valid_from, valid_to) holds none of its territory columns (territory_id)",
            "platform.sample_figure: unique index platform.sample_figure_period_idx (period) holds none of its territory columns (territory_id)",
            "platform.sample_figure: unique index platform.sample_figure_rank_key (period, rank) holds none of its territory columns (territory_id)",
        }));
    }

    [Test]
    public async Task The_history_shares_the_values_key_and_no_foreign_key_refers_to_either()
    {
        await using var connection = OpenConnection();
        var keys = (await connection.QueryAsync<(string Table, string Columns)>("""
            select c.conrelid::regclass::text, (select string_agg(a.attname, ', ' order by k.n) from unnest(c.conkey) with ordinality k(attnum, n)
                                                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum)
            from pg_constraint c
            where c.contype = 'p' and c.conrelid in ('platform.indicator_value'::regclass, 'platform.indicator_value_history'::regclass)
            """)).ToDictionary(k => k.Table, k => k.Columns);
        // Same key, same territory column: colocated on one shard, so a revision moves a row within its shard.
        Assert.That(keys["platform.indicator_value"], Is.EqualTo("indicator_code, period, territory_id"));
        Assert.That(keys["platform.indicator_value_history"], Is.EqualTo(keys["platform.indicator_value"] + ", valid_from, valid_to"),
            "the history keeps the values' key plus the moments a version began and ended");
        var referring = await connection.QueryAsync<string>("""
            select format('%s: %s', c.conrelid::regclass, c.conname) from pg_constraint c
            where c.contype = 'f' and c.confrelid in (select relid from pg_partition_tree('platform.indicator_value')
                                                      union all select 'platform.indicator_value_history'::regclass)
            """);
        Assert.That(referring, Is.Empty,
            "a foreign key into the values ties its table to their shards: refer to the indicator and the territory instead");
    }
}
