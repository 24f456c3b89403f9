using System.Text;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Platform.Export;

/// <summary>The importers' CSV table reader: what an editor's file gives each importer, and what it says of a bad one.</summary>
public sealed class CsvTableTests
{
    private static readonly IReadOnlyList<string> Columns = ["gare", "annee", "voyageurs"];

    private sealed record Figure(long Line, string Station, int Year);

    [Test]
    public void Reads_values_by_column_trimmed_with_their_lines_and_the_separator()
    {
        var (rows, problems) = Read("gare;annee;voyageurs\n bethune ; 2023 ;1 200\n\nlens;2024;\n", CsvColumns.Exactly(Columns));
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.Zero);
            Assert.That(rows.Select(r => (r.Line, r["gare"], r["annee"], r["voyageurs"])), Is.EqualTo(new[]
            {
                (2L, "bethune", "2023", "1 200"),
                (4L, "lens", "2024", ""),
            }), "the empty line 3 is skipped, and counted");
            Assert.That(rows[0].Separator, Is.EqualTo(';'));
            Assert.That(rows[0].Fields, Is.EqualTo(new[] { "bethune", "2023", "1 200" }));
        });
    }

    [Test]
    public void Excel_s_byte_order_mark_and_comma_separated_files_read_the_same()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("gare,annee,voyageurs\r\nbethune,2023,1200\r\n")).ToArray();
        var problems = new FileProblems();
        var rows = new List<CsvRow>();
        CsvTable.Read(new MemoryStream(bytes), CsvColumns.Exactly(Columns), problems, rows.Add);
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.Zero, "the BOM is not part of the first column's name");
            Assert.That(rows.Single()["gare"], Is.EqualTo("bethune"));
            Assert.That(rows.Single().Separator, Is.EqualTo(','));
        });
    }

    [Test]
    public void Quoted_fields_hold_separators_and_line_breaks_and_the_next_record_keeps_its_line()
    {
        var (rows, problems) = Read("gare;annee;voyageurs\n\"Béthune; gare\";2023;\"1\n200\"\nlens;2024;5\n", CsvColumns.Exactly(Columns));
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.Zero);
            Assert.That(rows[0]["gare"], Is.EqualTo("Béthune; gare"));
            Assert.That(rows[0]["voyageurs"], Is.EqualTo("1\n200"));
            Assert.That(rows[1].Line, Is.EqualTo(4), "the quoted line break is line 3");
        });
    }

    [Test]
    public void A_header_of_other_columns_is_the_problem_of_line_1_and_no_row_is_read()
    {
        var (rows, problems) = Read("annee;gare;voyageurs\n2023;bethune;1\n", CsvColumns.Exactly(Columns));
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.Empty);
            Assert.That(problems.Listed(10), Is.EqualTo(new[] { "line 1: the columns are annee, gare, voyageurs; expected gare;annee;voyageurs" }));
        });
        Assert.That(Read("Annee;Gare;Voyageurs;commentaire\n2023;bethune;1;x\n", CsvColumns.AllOf(Columns, others: true)).Rows.Single()["gare"],
            Is.EqualTo("bethune"), "in any order, names in any case, other columns ignored");
        Assert.That(Read("annee;gare;voyageurs;commentaire\n", CsvColumns.AllOf(Columns, others: false)).Problems.Listed(10).Single(),
            Does.StartWith("line 1: the columns are annee, gare, voyageurs, commentaire; expected"));
    }

    [Test]
    public void Required_columns_are_found_by_their_published_spelling_and_the_missing_ones_named()
    {
        var columns = CsvColumns.Required(["CAPACITE D'ACCUEIL", "CODE POSTAL"], CsvColumns.UpperCaseWithoutAccents,
            missing => $"the columns {string.Join(", ", missing)} are missing");
        var (rows, problems) = Read("Nom;Capacité d’accueil;code postal\nHôtel;40;62140\n", columns);
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.Zero);
            Assert.That(rows.Single()["CAPACITE D'ACCUEIL"], Is.EqualTo("40"));
        });
        Assert.That(Read("Nom;Capacité\nHôtel;40\n", columns).Problems.Listed(10),
            Is.EqualTo(new[] { "line 1: the columns CAPACITE D'ACCUEIL, CODE POSTAL are missing" }));
    }

    [Test]
    public void A_malformed_row_is_reported_with_its_line_and_the_others_still_read()
    {
        var (rows, problems) = Read("gare;annee;voyageurs\nbethune;2023\nlens;2024;5;6\narras;2024;7\n", CsvColumns.Exactly(Columns));
        Assert.Multiple(() =>
        {
            Assert.That(rows.Single()["gare"], Is.EqualTo("arras"));
            Assert.That(problems.Listed(10), Is.EqualTo(new[]
            {
                "line 2: 2 fields where the header has 3",
                "line 3: 4 fields where the header has 3",
            }));
        });
    }

    [Test]
    public void Broken_quoting_and_text_that_is_not_UTF8_are_problems_of_the_file_not_exceptions()
    {
        var (rows, problems) = Read("gare;annee;voyageurs\nbethune;2023;1\nlens;\"2024;5\n", CsvColumns.Exactly(Columns));
        Assert.Multiple(() =>
        {
            Assert.That(rows.Single()["gare"], Is.EqualTo("bethune"), "what was read before stays");
            Assert.That(problems.Listed(10), Is.EqualTo(new[] { "line 3: a quoted field is never closed" }));
        });
        var latin1 = Encoding.Latin1.GetBytes("gare;annee;voyageurs\nBéthune;2023;1\n");
        var unreadable = new FileProblems();
        CsvTable.Read(new MemoryStream(latin1), CsvColumns.Exactly(Columns), unreadable, _ => { });
        Assert.That(unreadable.Listed(10).Single(), Does.Contain("the file is not UTF-8 text"));
    }

    [Test]
    public void Lines_given_twice_name_the_first_and_each_problem_names_its_line()
    {
        var problems = new FileProblems();
        var text = "gare;annee;voyageurs\nbethune;2023;1\nlens;deux mille;2\nbethune;2023;3\nlens;2024;4\n";
        var lines = CsvTable.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), CsvColumns.Exactly(Columns), problems,
            (CsvRow row, out Figure? figure) =>
            {
                figure = int.TryParse(row["annee"], out var year) ? new(row.Line, row["gare"], year) : null;
                return figure is null ? $"annee '{row["annee"]}' is not a year" : null;
            },
            f => (f.Station, f.Year), f => $"{f.Station} / {f.Year}");
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => l.Line), Is.EqualTo(new[] { 2L, 5L }));
            Assert.That(problems.Listed(10), Is.EqualTo(new[]
            {
                "line 3: annee 'deux mille' is not a year",
                "line 4: bethune / 2023 is already given on line 2",
            }));
        });
    }

    [Test]
    public void Control_characters_are_found_in_the_columns_asked_for()
    {
        var row = Read("gare;annee;voyageurs\nbethune;2023;a\u0001b\n", CsvColumns.Exactly(Columns)).Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.ControlCharacters(), Is.EqualTo("'a\\u0001b' has control characters"), "quoted printable: a NUL would not fit the import log");
            Assert.That(row.ControlCharacters(["gare", "annee"]), Is.Null);
        });
    }

    [TestCase("2.35", 2.35)]
    [TestCase("2,35", 2.35)]
    [TestCase("-1.5", -1.5)]
    [TestCase("12", 12)]
    public void A_number_takes_a_decimal_point_or_comma(string text, double expected)
    {
        Assert.That(CsvTable.Number(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("1e5")]
    [TestCase("1 200")]
    [TestCase("2.3.5")]
    public void A_number_is_never_text_NaN_or_infinite(string text) => Assert.That(CsvTable.Number(text, out _), Is.False);

    [Test]
    public void Problems_are_listed_in_the_file_s_order_capped_and_counted_whole()
    {
        var problems = new FileProblems();
        problems.AtLine(7, "seven");
        problems.InFile("the file has no data line");
        problems.At("features[2]", "two");
        problems.InFile("line 3: a quoted field is never closed");
        Assert.Multiple(() =>
        {
            Assert.That(problems.Count, Is.EqualTo(4));
            Assert.That(problems.Listed(10), Is.EqualTo(new[]
                { "line 7: seven", "the file has no data line", "features[2]: two", "line 3: a quoted field is never closed" }), "as found");
            Assert.That(problems.Listed(3, inFileOrder: true), Is.EqualTo(new[]
                { "features[2]: two", "line 3: a quoted field is never closed", "line 7: seven" }), "the file's own problem last, cut at 3");
            Assert.That(FileProblems.Position("line 12: x"), Is.EqualTo(12));
            Assert.That(FileProblems.Position("the file is not UTF-8 text"), Is.EqualTo(long.MaxValue));
        });
    }

    private static (List<CsvRow> Rows, FileProblems Problems) Read(string text, CsvColumns columns)
    {
        var problems = new FileProblems();
        var rows = new List<CsvRow>();
        CsvTable.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), columns, problems, rows.Add);
        return (rows, problems);
    }
}
