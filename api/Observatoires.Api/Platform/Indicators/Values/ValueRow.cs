namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>One value to store: (indicator, territory, period) → value, with its parts and status.</summary>
internal readonly record struct ValueRow(
    string Indicator,
    string TerritoryId,
    string Period,
    double? Value,
    double? Numerator = null,
    double? Denominator = null,
    string Status = ValueStatus.Definitive,
    string? Vintage = null)
{
    /// <summary>
    /// The order of the values' key (indicator, period, territory), as the database sorts it (byte order, for the
    /// ASCII codes and ids). Values written in this order build or extend the key index sequentially.
    /// </summary>
    public static readonly IComparer<ValueRow> KeyOrder = Comparer<ValueRow>.Create((x, y) =>
    {
        var order = Compare(x.Indicator, y.Indicator);
        if (order == 0)
            order = Compare(x.Period, y.Period);
        return order == 0 ? Compare(x.TerritoryId, y.TerritoryId) : order;
    });

    /// <summary>
    /// The rows in <see cref="KeyOrder"/>, with <paramref name="lines"/> (one per row) put in the same order. A million
    /// rows share a few thousand codes: each is ranked once, and the rows are sorted by one 64-bit number made of their
    /// three ranks: about twice as fast as comparing their strings.
    /// </summary>
    public static ValueRow[] InKeyOrder(ReadOnlySpan<ValueRow> rows, long[]? lines = null)
    {
        var indicators = Ranks(rows, r => r.Indicator);
        var periods = Ranks(rows, r => r.Period);
        var territories = Ranks(rows, r => r.TerritoryId);
        if (indicators.Count > ushort.MaxValue || periods.Count > ushort.MaxValue)
            throw new ArgumentException("more than 65,535 indicators or periods in one write", nameof(rows));
        var keys = new ulong[rows.Length];
        var order = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = (ulong)indicators[rows[i].Indicator] << 48 | (ulong)periods[rows[i].Period] << 32 | (uint)territories[rows[i].TerritoryId];
            order[i] = i;
        }
        Array.Sort(keys, order);
        var sorted = new ValueRow[rows.Length];
        for (var i = 0; i < order.Length; i++)
            sorted[i] = rows[order[i]];
        if (lines is not null)
        {
            var given = (long[])lines.Clone();
            for (var i = 0; i < order.Length; i++)
                lines[i] = given[order[i]];
        }
        return sorted;
    }

    private static Dictionary<string, int> Ranks(ReadOnlySpan<ValueRow> rows, Func<ValueRow, string> code)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
            distinct.Add(code(row));
        var sorted = distinct.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted.Select((c, rank) => (c, rank)).ToDictionary(r => r.c, r => r.rank, StringComparer.Ordinal);
    }

    // The importer shares one instance per code: most comparisons end at the reference.
    private static int Compare(string x, string y) => ReferenceEquals(x, y) ? 0 : string.CompareOrdinal(x, y);
}

internal static class ValueStatus
{
    public const string Definitive = "definitive";
    public const string Provisional = "provisional";
    public const string Estimated = "estimated";
    public const string Secret = "secret";

    /// <summary>Partner data outside the caller's territorial scope: the figure exists but is not shown. Never stored.</summary>
    public const string Restricted = "restricted";

    public static readonly IReadOnlyList<string> All = [Definitive, Provisional, Estimated, Secret];
}
