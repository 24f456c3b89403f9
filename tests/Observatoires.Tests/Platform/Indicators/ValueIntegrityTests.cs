using Dapper;
using Npgsql;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// The database itself keeps values tied to existing indicators and territories (checked once per statement by
/// migration 0007, as the foreign keys they replace did row by row), whoever writes them; replaced versions are kept
/// as they were (migration 0009).
/// </summary>
public sealed class ValueIntegrityTests() : DatabaseCopyTest("value_integrity")
{
    [TestCase("test.salaries", "commune:99999", "unknown territory: commune:99999")]
    [TestCase("test.inconnu", "commune:62178", "unknown indicator: test.inconnu")]
    public async Task A_value_of_an_unknown_indicator_or_territory_is_refused(string indicator, string territory, string message)
    {
        await using var connection = OpenConnection();
        var error = Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            insert into platform.indicator_value (indicator_code, territory_id, period, value, status)
            values ('test.salaries', 'commune:62178', '2031', 1, 'definitive'), (@indicator, @territory, '2031', 1, 'definitive')
            """, new { indicator, territory }));
        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.ForeignKeyViolation));
        Assert.That(error.MessageText, Does.Contain(message));
        Assert.That(await connection.ExecuteScalarAsync<long>("select count(*) from platform.indicator_value where period = '2031'"), Is.Zero);
    }

    [Test]
    public async Task Deleting_a_territory_deletes_its_values_and_their_history_and_a_referenced_key_cannot_change()
    {
        await using var connection = OpenConnection();
        const string count = "select count(*) from platform.indicator_value where territory_id = 'commune:62119'";
        const string history = "select count(*) from platform.indicator_value_history where territory_id = 'commune:62119'";
        // Demo data may hold revisions of its own (the barometer's revised quarter): one more, the one replaced here.
        var revisionsBefore = await connection.ExecuteScalarAsync<long>(history);
        await ReplaceAValueAsync(connection, "commune:62119");
        Assert.That(await connection.ExecuteScalarAsync<long>(count), Is.Positive);
        Assert.That(await connection.ExecuteScalarAsync<long>(history), Is.EqualTo(revisionsBefore + 1));

        var error = Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("update platform.territory set id = 'commune:00000', code = '00000' where id = 'commune:62119'"));
        Assert.That(error!.MessageText, Does.Contain("commune:62119 has values"));
        error = Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("update platform.indicator_value set territory_id = 'commune:62193' where territory_id = 'commune:62119'"));
        Assert.That(error!.MessageText, Does.Contain("cannot change"));

        await connection.ExecuteAsync("delete from platform.territory where id = 'commune:62119'");
        Assert.That(await connection.ExecuteScalarAsync<long>(count), Is.Zero);
        Assert.That(await connection.ExecuteScalarAsync<long>(history), Is.Zero);
    }

    [Test]
    public async Task A_replaced_value_cannot_be_changed_afterwards()
    {
        await using var connection = OpenConnection();
        await ReplaceAValueAsync(connection, "commune:62178");
        var error = Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("update platform.indicator_value_history set value = 0 where territory_id = 'commune:62178'"));
        Assert.That(error!.MessageText, Does.Contain("the history cannot change"));
    }

    /// <summary>What the value writer does for a revision: the current version moves to the history.</summary>
    private static Task ReplaceAValueAsync(NpgsqlConnection connection, string commune) => connection.ExecuteAsync("""
        insert into platform.indicator_value_history
            (indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, valid_to)
        select indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage, valid_from, now()
        from platform.indicator_value
        where indicator_code = 'test.population' and territory_id = @commune and period = '2023';
        update platform.indicator_value set value = value + 1, valid_from = now()
        where indicator_code = 'test.population' and territory_id = @commune and period = '2023';
        """, new { commune });
}
