using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// The value writer, which every import and module goes through: what it is given is what is stored, whichever path
/// the rows take (a year not stored yet becomes a new partition; others are merged).
/// </summary>
public sealed class ValueWriterTests() : DatabaseCopyTest("value_writer")
{
    [TestCase("2041", TestName = "Rows of a new year are stored as given, in any order, with nulls, accents and long texts")]
    [TestCase("2023", TestName = "Rows merged into a stored year are stored as given, in any order, with nulls, accents and long texts")]
    public async Task Rows_are_stored_as_given(string year)
    {
        ValueRow[] rows =
        [
            new("test.population", "commune:62001", year, 30_123.5, Vintage: "Insee, recensement — millésime é"),
            new("test.part_seniors", "commune:62119", year, 21.5, 1_000, 4_651, ValueStatus.Provisional),
            new("test.population", "commune:62119", year, null, Status: ValueStatus.Secret),
            new("test.salaries", "epci:200072460", year, 12, Vintage: new string('x', 100_000)),
            new("test.population", "commune:62178", year, -0.25, Status: ValueStatus.Estimated),
        ];
        await using var connection = OpenConnection();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ValueWriter.WriteAsync(connection, transaction, rows);
            await transaction.CommitAsync();
        }

        var stored = (await connection.QueryAsync<ValueRow>("""
            select indicator_code as Indicator, territory_id as TerritoryId, period, value, numerator, denominator, status,
                   source_vintage as Vintage
            from platform.indicator_value
            where period = @year and (indicator_code, territory_id) in (select * from unnest(@Indicators, @Territories))
            """, new { year, Indicators = rows.Select(r => r.Indicator).ToArray(), Territories = rows.Select(r => r.TerritoryId).ToArray() })).ToList();
        Assert.That(stored, Is.EquivalentTo(rows));
    }

    [Test]
    public async Task A_new_year_naming_an_unknown_territory_is_refused_and_leaves_no_partition()
    {
        await using var connection = OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();

        var error = Assert.ThrowsAsync<PostgresException>(() => ValueWriter.WriteAsync(connection, transaction,
            [new("test.population", "commune:62119", "2042", 1), new("test.population", "commune:99999", "2042", 2)]));
        await transaction.RollbackAsync();

        Assert.That(error!.SqlState, Is.EqualTo(PostgresErrorCodes.ForeignKeyViolation));
        Assert.That(error.MessageText, Does.Contain("unknown territory: commune:99999"));
        Assert.That(await connection.ExecuteScalarAsync<string?>("select to_regclass('platform.indicator_value_y2042')::text"), Is.Null);
    }
}
