using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Observatoires.Api.Platform.Export;

/// <summary>One record of a CSV file: its fields and the 1-based line where it starts in the file (the header is line 1).</summary>
internal sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);

/// <summary>
/// Streaming RFC 4180 reader for imports. Fields are separated by commas, or by semicolons when the header has some and no
/// comma (French Excel); quoted fields may hold separators, doubled quotes and line breaks; lines end in CRLF, LF or CR.
/// Malformed quoting is an <see cref="InvalidDataException"/> naming its line. A record may have another number of fields
/// than the header: the importer, which knows what they mean, reports that with <see cref="CsvRecord.Line"/>.
/// Reads synchronously: give it a file or a buffered upload, not a request body (Kestrel forbids synchronous reads).
/// </summary>
internal sealed class CsvReader : IDisposable
{
    /// <summary>A quote that is never closed would otherwise pull the rest of a large file into one record.</summary>
    internal const int MaxRecordLength = 16 * 1024 * 1024;

    private const int BufferLength = 64 * 1024;

    // Strict so that a Windows-1252 file fails instead of importing "M�tropole".
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TextReader reader;
    private readonly SearchValues<char> fieldEnds;
    private readonly List<string> fields = [];
    private readonly StringBuilder unescaped = new();

    // Text read but not parsed yet is buffer[start..end]. A record is parsed only once it lies whole in the buffer: one cut
    // by the end of the buffer is parsed again after a refill, which keeps the parser a plain loop over a span.
    private char[] buffer = new char[BufferLength];
    private int start;
    private int end;
    private bool endOfFile;
    private long line = 1;

    public CsvReader(Stream stream)
        : this(new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false, BufferLength))
    {
    }

    public CsvReader(TextReader reader)
    {
        this.reader = reader;
        Fill();
        if (start < end && buffer[start] == '\uFEFF')  // the byte order mark Excel writes in "CSV UTF-8"
            start++;
        Separator = DetectSeparator();
        fieldEnds = SearchValues.Create(Separator, '"', '\r', '\n');
        Header = TryRead(out var header)
            ? [.. header.Fields.Select(name => name.Trim())]
            : throw new InvalidDataException("the file is empty");
    }

    public char Separator { get; }

    /// <summary>The column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The next record, skipping empty lines; false at the end of the file.</summary>
    public bool TryRead([MaybeNullWhen(false)] out CsvRecord record)
    {
        while (true)
        {
            var text = buffer.AsSpan(start, end - start);
            if (text.IsEmpty && endOfFile)
            {
                record = null;
                return false;
            }
            var lineEnd = text.IsEmpty ? -1 : LineEnd(text, 0);
            if (lineEnd > 0)
            {
                start += lineEnd;  // an empty line
                line++;
                continue;
            }
            if (lineEnd == 0)
            {
                var length = ParseRecord(text, out var lines);
                if (length >= 0)
                {
                    record = new(line, fields.ToArray());
                    start += length;
                    line += lines;
                    return true;
                }
            }
            Fill();  // the text read so far ends inside the record, or between a CR and a possible LF
        }
    }

    public void Dispose() => reader.Dispose();

    // Parses the record text starts with into fields; returns its length with its line end, and the line breaks in it,
    // or -1 if text ends before the record does.
    private int ParseRecord(ReadOnlySpan<char> text, out int lines)
    {
        fields.Clear();
        lines = 0;
        var position = 0;
        while (true)
        {
            int after;
            if (position < text.Length && text[position] == '"')
            {
                after = ParseQuoted(text, position, ref lines);
                if (after < 0)
                    return -1;
            }
            else
            {
                var rest = text[position..];
                var length = rest.IndexOfAny(fieldEnds);
                if (length < 0)
                {
                    if (!endOfFile)
                        return -1;
                    length = rest.Length;
                }
                else if (rest[length] == '"')
                    throw Malformed(line + lines, "a quote inside an unquoted field (quote the whole field and double its quotes)");
                fields.Add(new string(rest[..length]));
                after = position + length;
            }

            if (after == text.Length)  // only ever at the end of the file: both parsers ask for more text before
                return after;
            if (text[after] == Separator)
            {
                position = after + 1;
                continue;
            }
            var lineEnd = LineEnd(text, after);
            if (lineEnd < 0)
                return -1;
            if (lineEnd == 0)
                throw Malformed(line + lines, "characters after the closing quote of a field");
            lines++;
            return after + lineEnd;
        }
    }

    // Parses the quoted field opening at text[open]; returns the position after its closing quote, or -1 if text ends first.
    private int ParseQuoted(ReadOnlySpan<char> text, int open, ref int lines)
    {
        var openedOn = line + lines;
        unescaped.Clear();
        var position = open + 1;
        while (true)
        {
            var length = text[position..].IndexOf('"');
            if (length < 0)
            {
                return endOfFile
                    ? throw Malformed(openedOn, "a quoted field is never closed")
                    : -1;
            }
            var chunk = text.Slice(position, length);
            lines += chunk.Count('\r') + chunk.Count('\n') - chunk.Count("\r\n");
            var after = position + length + 1;
            if (after == text.Length && !endOfFile)
                return -1;  // a quote ending the text read may be the first of a doubled one
            if (after < text.Length && text[after] == '"')
            {
                unescaped.Append(chunk).Append('"');
                position = after + 1;
                continue;
            }
            fields.Add(unescaped.Length == 0 ? new string(chunk) : unescaped.Append(chunk).ToString());
            return after;
        }
    }

    // The length of the line end at text[at]: 1, or 2 for CRLF; 0 if there is none; -1 if a CR ends the text read so far
    // and the next read may bring its LF.
    private int LineEnd(ReadOnlySpan<char> text, int at) => text[at] switch
    {
        '\n' => 1,
        '\r' when at + 1 < text.Length => text[at + 1] == '\n' ? 2 : 1,
        '\r' => endOfFile ? 1 : -1,
        _ => 0,
    };

    private char DetectSeparator()
    {
        while (true)
        {
            var text = buffer.AsSpan(start, end - start).TrimStart("\r\n");
            var lineEnd = text.IndexOfAny('\r', '\n');
            if (lineEnd >= 0 || endOfFile)
            {
                var header = lineEnd >= 0 ? text[..lineEnd] : text;
                // French Excel separates with semicolons, the comma being its decimal separator.
                return header.Contains(';') && !header.Contains(',') ? ';' : ',';
            }
            Fill();
        }
    }

    // Moves the unparsed text to the front of the buffer, growing it if that text fills it, and reads on.
    private void Fill()
    {
        var pending = end - start;
        if (pending == buffer.Length)
        {
            if (pending >= MaxRecordLength)
                throw Malformed(line, $"a record longer than {MaxRecordLength} characters starts here: is a quote never closed?");
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else
            buffer.AsSpan(start, pending).CopyTo(buffer);
        start = 0;
        end = pending;
        int read;
        try
        {
            read = reader.ReadBlock(buffer, end, buffer.Length - end);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"line {line} or further: the file is not UTF-8 text (save it from Excel as \"CSV UTF-8\")", e);
        }
        end += read;
        endOfFile = end < buffer.Length;  // ReadBlock reads less than asked only at the end
    }

    private static InvalidDataException Malformed(long line, string problem) => new($"line {line}: {problem}");
}
