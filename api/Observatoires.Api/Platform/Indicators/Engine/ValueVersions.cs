using Dapper;
using Npgsql;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>
/// The versions the data of an (indicator, period) has had: each write that inserted or revised some of its values made
/// one (<c>platform.indicator_value_version</c>, kept by the value writer). Statistical secrecy holds across them: an
/// answer as of any date, or today's, masks what the data as of each version masked (<see cref="ValueEngine"/>). A period
/// written once has a single state, today's: this small index says so without reading the values.
/// </summary>
internal sealed class ValueVersions
{
    private readonly ILookup<(string Code, string Period), (DateTime WrittenAt, bool WithSecret)> written;

    private ValueVersions(ILookup<(string, string), (DateTime, bool)> written) => this.written = written;

    public static async Task<ValueVersions> LoadAsync(NpgsqlConnection connection, IEnumerable<string> codes, IReadOnlyList<string> periods)
    {
        var rows = await connection.QueryAsync<(string Code, string Period, DateTime WrittenAt, bool WithSecret)>("""
            select indicator_code, period, valid_from, with_secret from platform.indicator_value_version
            where indicator_code = any(@Codes) and period = any(@Periods)
            """, new { Codes = codes.Distinct().ToArray(), Periods = periods.ToArray() });
        return new(rows.ToLookup(r => (r.Code, r.Period), r => (r.WrittenAt, r.WithSecret)));
    }

    /// <summary>Whether these indicators' data for the period was written at more than one moment.</summary>
    public bool HasSeveral(IEnumerable<string> codes, string period) =>
        codes.SelectMany(c => written[(c, period)]).Select(w => w.WrittenAt).Distinct().Skip(1).Any();

    /// <summary>Whether the indicator's writes for the period are known and none stored a value as secret.</summary>
    public bool NeverSecret(string code, string period) => written[(code, period)] is var writes && writes.Any() && !writes.Any(w => w.WithSecret);

    /// <summary>One version of one value, current (ValidTo null) or replaced.</summary>
    public sealed record Row(string Code, string Territory, string Period, double? Value, double? Numerator, double? Denominator,
        string Status, DateTime ValidFrom, DateTime? ValidTo)
    {
        public bool IsCurrentAt(DateTime instant) => ValidFrom <= instant && (ValidTo is not { } to || to > instant);

        /// <summary>The version as a figure, made once: a version is in several states.</summary>
        public Figure Figure { get; } = new(Territory, Period, Value, Numerator, Denominator, Status, null, null);
    }

    private const string Filter = "v.indicator_code = any(@Codes) and v.period = any(@Periods)";
    private const string ByTerritory = "and v.territory_id = any(@Ids)";

    /// <summary>Every version, current and replaced, of these indicators' values for the territories and periods.</summary>
    public static async Task<List<Row>> RowsAsync(NpgsqlConnection connection, IEnumerable<string> codes, string[] ids,
        IReadOnlyList<string> periods)
    {
        // As ValueEngine's current reads: for most of the country, the periods' whole ranges rather than a huge id array.
        var large = ids.Length > TargetLookup.LargeSet;
        await using var command = new NpgsqlCommand($"""
            select v.indicator_code, v.territory_id, v.period, v.value, v.numerator, v.denominator, v.status, v.valid_from,
                   null::timestamptz as valid_to
            from platform.indicator_value v where {Filter} {(large ? "" : ByTerritory)}
            union all
            select v.indicator_code, v.territory_id, v.period, v.value, v.numerator, v.denominator, v.status, v.valid_from, v.valid_to
            from platform.indicator_value_history v where {Filter} {(large ? "" : ByTerritory)}
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("Codes", codes.Distinct().ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Periods", periods.ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Ids", ids));
        // A revised national period is ~100,000 rows: read without boxing, and each row's strings replaced by one shared
        // instance (the territory's from the ids asked), so that what the request keeps is one object per version.
        var territories = ids.ToHashSet(StringComparer.Ordinal);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text) => shared.TryGetValue(text, out var one) ? one : shared[text] = text;
        double? Number(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!territories.TryGetValue(reader.GetString(1), out var territory))
                continue;
            rows.Add(new Row(Shared(reader.GetString(0)), territory, Shared(reader.GetString(2)), Number(reader, 3), Number(reader, 4),
                Number(reader, 5), Shared(reader.GetString(6)), reader.GetFieldValue<DateTime>(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTime>(8)));
        }
        return rows;
    }

    /// <summary>
    /// The states of each period's data, oldest first: as of each moment one of its versions began or ended, the values
    /// then current, by indicator code (a period's last state is today's).
    /// </summary>
    public static IEnumerable<(string Period, IReadOnlyDictionary<string, Dictionary<(string Territory, string Period), Figure>> Values)> States(
        IReadOnlyList<Row> rows) =>
        rows.GroupBy(r => r.Period).SelectMany(period => period.Select(r => r.ValidFrom).Concat(period.Select(r => r.ValidTo).OfType<DateTime>())
            .Distinct().Order()
            .Select(instant => (period.Key, (IReadOnlyDictionary<string, Dictionary<(string, string), Figure>>)period.Where(r => r.IsCurrentAt(instant))
                .GroupBy(r => r.Code)
                .ToDictionary(g => g.Key, g => g.ToDictionary(r => (r.Territory, r.Period), r => r.Figure)))));
}
