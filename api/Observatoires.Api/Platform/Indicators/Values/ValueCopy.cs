using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Observatoires.Api.Platform.Indicators.Values;

/// <summary>
/// Streams value rows into a table with COPY in PostgreSQL's binary format, encoded here into one buffer: a million
/// rows through Npgsql's per-field importer cost more .NET time than the server spends storing them.
/// The format is described under "Binary Format" in https://www.postgresql.org/docs/current/sql-copy.html.
/// </summary>
internal static class ValueCopy
{
    private const string Columns = "indicator_code, territory_id, period, value, numerator, denominator, status, source_vintage";
    private const short FieldCount = 8;
    private const int BufferLength = 1 << 16;

    // "PGCOPY\n\xff\r\n\0", then 32-bit flags (none) and the length of a header extension (none).
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF,
        (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>Copies the rows into <paramref name="table"/>; returns how many.</summary>
    public static async Task<long> CopyAsync(NpgsqlConnection connection, string table, IEnumerable<ValueRow> rows,
        CancellationToken ct = default)
    {
        await using var copy = await connection.BeginRawBinaryCopyAsync($"copy {table} ({Columns}) from stdin (format binary)", ct);
        var buffer = new byte[BufferLength];
        Header.CopyTo(buffer, 0);
        var used = Header.Length;
        long count = 0;
        foreach (var row in rows)
        {
            var longest = 2 + FieldCount * 4 + 3 * 8 + Encoding.UTF8.GetMaxByteCount(row.Indicator.Length + row.TerritoryId.Length +
                row.Period.Length + row.Status.Length + (row.Vintage?.Length ?? 0));
            if (buffer.Length - used < longest)
            {
                await copy.WriteAsync(buffer.AsMemory(0, used), ct);
                used = 0;
                if (buffer.Length < longest)
                    buffer = new byte[longest];
            }
            var span = buffer.AsSpan();
            BinaryPrimitives.WriteInt16BigEndian(span[used..], FieldCount);
            used += 2;
            used += WriteText(span[used..], row.Indicator);
            used += WriteText(span[used..], row.TerritoryId);
            used += WriteText(span[used..], row.Period);
            used += WriteNumber(span[used..], row.Value);
            used += WriteNumber(span[used..], row.Numerator);
            used += WriteNumber(span[used..], row.Denominator);
            used += WriteText(span[used..], row.Status);
            used += WriteText(span[used..], row.Vintage);
            count++;
        }
        if (buffer.Length - used < 2)
        {
            await copy.WriteAsync(buffer.AsMemory(0, used), ct);
            used = 0;
        }
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(used), -1); // the end of the data
        await copy.WriteAsync(buffer.AsMemory(0, used + 2), ct);
        return count;
    }

    // A field is its length in bytes (-1 for null), then its bytes.
    private static int WriteText(Span<byte> target, string? text)
    {
        if (text is null)
            return WriteNull(target);
        var length = Encoding.UTF8.GetBytes(text, target[4..]);
        BinaryPrimitives.WriteInt32BigEndian(target, length);
        return 4 + length;
    }

    private static int WriteNumber(Span<byte> target, double? number)
    {
        if (number is not { } value)
            return WriteNull(target);
        BinaryPrimitives.WriteInt32BigEndian(target, 8);
        BinaryPrimitives.WriteDoubleBigEndian(target[4..], value);
        return 12;
    }

    private static int WriteNull(Span<byte> target)
    {
        BinaryPrimitives.WriteInt32BigEndian(target, -1);
        return 4;
    }
}
