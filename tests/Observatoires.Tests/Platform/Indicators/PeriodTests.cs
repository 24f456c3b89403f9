using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Tests.Platform.Indicators;

public sealed class PeriodTests
{
    [TestCase("2023", nameof(Periodicity.Year), 2023, 1)]
    [TestCase("1900", nameof(Periodicity.Year), 1900, 1)]
    [TestCase("2100", nameof(Periodicity.Year), 2100, 1)]
    [TestCase("2024-S1", nameof(Periodicity.Semester), 2024, 1)]
    [TestCase("2024-S2", nameof(Periodicity.Semester), 2024, 2)]
    [TestCase("2023-Q1", nameof(Periodicity.Quarter), 2023, 1)]
    [TestCase("2023-Q4", nameof(Periodicity.Quarter), 2023, 4)]
    [TestCase("2024-01", nameof(Periodicity.Month), 2024, 1)]
    [TestCase("2024-09", nameof(Periodicity.Month), 2024, 9)]
    [TestCase("2024-12", nameof(Periodicity.Month), 2024, 12)]
    public void Parses_each_form(string text, string periodicity, int year, int index)
    {
        Assert.That(Period.TryParse(text, out var period), Is.True);
        Assert.That(period, Is.EqualTo(new Period(Of(periodicity), year, index)));
        Assert.That(Period.Parse(text), Is.EqualTo(period));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2023-Q5")]
    [TestCase("2023-Q0")]
    [TestCase("2023-13")]
    [TestCase("2023-00")]
    [TestCase("2023-1")]
    [TestCase("2023-001")]
    [TestCase("23")]
    [TestCase("02023")]
    [TestCase("2023-q4")]
    [TestCase("2023-s1")]
    [TestCase(" 2023")]
    [TestCase("2023 ")]
    [TestCase("2023-S3")]
    [TestCase("2023-S0")]
    [TestCase("2023-S")]
    [TestCase("2023-T1")]
    [TestCase("2023/01")]
    [TestCase("2023-1a")]
    [TestCase("+2023")]
    [TestCase("1899")]
    [TestCase("2101")]
    [TestCase("２０２３")]  // full-width digits are digits to char.IsDigit, not to the database
    public void Rejects_anything_but_the_canonical_forms(string? text)
    {
        Assert.That(Period.TryParse(text, out var period), Is.False);
        Assert.That(period, Is.EqualTo(default(Period)));
    }

    [Test]
    public void Parse_names_the_accepted_forms()
    {
        var error = Assert.Throws<FormatException>(() => Period.Parse("2023-Q5"));
        Assert.That(error.Message, Is.EqualTo(
            "'2023-Q5' is not a period: expected a year (2023), a semester (2024-S1), a quarter (2023-Q4) or a month (2024-03)."));
    }

    [TestCase("2023")]
    [TestCase("2024-S2")]
    [TestCase("2023-Q4")]
    [TestCase("2024-03")]
    [TestCase("1900-01")]
    public void The_text_round_trips(string text) =>
        Assert.That(Period.Parse(text).ToString(), Is.EqualTo(text));

    [TestCase(nameof(Periodicity.Year), 2)]
    [TestCase(nameof(Periodicity.Semester), 3)]
    [TestCase(nameof(Periodicity.Quarter), 5)]
    [TestCase(nameof(Periodicity.Month), 13)]
    [TestCase(nameof(Periodicity.Month), 0)]
    public void An_index_outside_the_year_is_refused(string periodicity, int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Period(Of(periodicity), 2023, index));

    [TestCase(nameof(Periodicity.Year), 1)]
    [TestCase(nameof(Periodicity.Semester), 2)]
    [TestCase(nameof(Periodicity.Quarter), 4)]
    [TestCase(nameof(Periodicity.Month), 12)]
    public void Counts_its_periods_per_year(string periodicity, int perYear) =>
        Assert.That(new Period(Of(periodicity), 2023, 1).PerYear, Is.EqualTo(perYear));

    [TestCase("2023", "2022")]
    [TestCase("2024-S1", "2023-S2")]
    [TestCase("2024-S2", "2024-S1")]
    [TestCase("2023-Q1", "2022-Q4")]
    [TestCase("2023-Q3", "2023-Q2")]
    [TestCase("2024-01", "2023-12")]
    [TestCase("2024-10", "2024-09")]
    public void Previous_and_Next_cross_year_boundaries(string later, string earlier)
    {
        Assert.That(Period.Parse(later).Previous().ToString(), Is.EqualTo(earlier));
        Assert.That(Period.Parse(earlier).Next().ToString(), Is.EqualTo(later));
    }

    [TestCase("2023", "2022")]
    [TestCase("2024-S2", "2023-S2")]
    [TestCase("2023-Q1", "2022-Q1")]
    [TestCase("2024-03", "2023-03")]
    public void YearBefore_is_the_same_period_a_year_earlier(string period, string yearBefore) =>
        Assert.That(Period.Parse(period).YearBefore().ToString(), Is.EqualTo(yearBefore));

    [TestCase("2023-Q4", 5, "2025-Q1")]
    [TestCase("2023-Q4", -7, "2022-Q1")]
    [TestCase("2024-03", -15, "2022-12")]
    [TestCase("2024-03", 0, "2024-03")]
    [TestCase("2024-S1", 3, "2025-S2")]
    [TestCase("2013", 10, "2023")]
    public void Add_moves_by_whole_periods_either_way(string from, int periods, string to) =>
        Assert.That(Period.Parse(from).Add(periods).ToString(), Is.EqualTo(to));

    [TestCase("2013", "2023", 10)]
    [TestCase("2023", "2013", -10)]
    [TestCase("2023-Q1", "2024-Q3", 6)]
    [TestCase("2022-11", "2023-02", 3)]
    [TestCase("2024-S2", "2024-S2", 0)]
    public void Distance_counts_periods(string from, string to, int distance) =>
        Assert.That(Period.Distance(Period.Parse(from), Period.Parse(to)), Is.EqualTo(distance));

    [TestCase("2013", "2023", 10.0)]
    [TestCase("2023-Q1", "2024-Q3", 1.5)]
    [TestCase("2023-S2", "2024-S1", 0.5)]
    [TestCase("2023-01", "2023-04", 0.25)]
    [TestCase("2024-04", "2023-01", -1.25)]
    public void YearsSince_measures_in_years(string start, string end, double years) =>
        Assert.That(Period.Parse(end).YearsSince(Period.Parse(start)), Is.EqualTo(years));

    [Test]
    public void Periods_of_different_periodicities_are_not_comparable()
    {
        var year = Period.Parse("2023");
        var quarter = Period.Parse("2023-Q1");
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => year.CompareTo(quarter));
            Assert.Throws<ArgumentException>(() => _ = year < quarter);
            Assert.Throws<ArgumentException>(() => Period.Distance(year, quarter));
            Assert.Throws<ArgumentException>(() => quarter.YearsSince(year));
            Assert.Throws<ArgumentException>(() => Period.Range(year, quarter));
        });
    }

    [Test]
    public void Compares_chronologically()
    {
        var march = Period.Parse("2023-03");
        var december = Period.Parse("2023-12");
        var nextJanuary = Period.Parse("2024-01");
        Assert.Multiple(() =>
        {
            Assert.That(march.CompareTo(december), Is.Negative);
            Assert.That(nextJanuary.CompareTo(december), Is.Positive);
            Assert.That(december.CompareTo(Period.Parse("2023-12")), Is.Zero);
            Assert.That(march < december && december < nextJanuary, Is.True);
            Assert.That(nextJanuary > march, Is.True);
            Assert.That(march <= Period.Parse("2023-03") && march >= Period.Parse("2023-03"), Is.True);
            Assert.That(nextJanuary <= december, Is.False);
        });
    }

    [Test]
    public void Range_lists_every_period_in_order_both_ends_included()
    {
        var range = Period.Range(Period.Parse("2022-Q3"), Period.Parse("2023-Q2")).Select(p => p.ToString());
        Assert.That(range, Is.EqualTo(new[] { "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2" }));
    }

    [Test]
    public void Range_of_one_period_and_reversed_range()
    {
        var period = Period.Parse("2024-S1");
        Assert.That(Period.Range(period, period), Is.EqualTo(new[] { period }));
        Assert.That(Period.Range(period.Next(), period), Is.Empty);
    }

    [TestCase(nameof(Periodicity.Year))]
    [TestCase(nameof(Periodicity.Semester))]
    [TestCase(nameof(Periodicity.Quarter))]
    [TestCase(nameof(Periodicity.Month))]
    public void Text_order_is_chronological_order(string periodicity)
    {
        // The database sorts and compares periods as text: that must agree with time, across years and months 9 to 10.
        var periods = Period.Range(new Period(Of(periodicity), 1900, 1), new Period(Of(periodicity), 2100, 1)).ToList();
        var shuffled = periods.OrderBy(_ => Random.Shared.Next()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(shuffled.OrderBy(p => p.ToString(), StringComparer.Ordinal), Is.EqualTo(periods));
            Assert.That(shuffled.Order(), Is.EqualTo(periods));
        });
    }

    [TestCase("2023-Q4", nameof(Periodicity.Year), "'2023-Q4' is a quarter, expected a year such as 2023")]
    [TestCase("2023", nameof(Periodicity.Month), "'2023' is a year, expected a month such as 2024-03")]
    [TestCase("2024-03", nameof(Periodicity.Semester), "'2024-03' is a month, expected a semester such as 2024-S1")]
    [TestCase("2023-Q5", nameof(Periodicity.Quarter), "'2023-Q5' is not a period, expected a quarter such as 2023-Q4")]
    [TestCase("", nameof(Periodicity.Year), "no period, expected a year such as 2023")]
    [TestCase(null, nameof(Periodicity.Year), "no period, expected a year such as 2023")]
    public void A_period_of_another_periodicity_says_what_was_expected(string? text, string expected, string message)
    {
        Assert.That(Period.TryParse(text, Of(expected), out var period, out var error), Is.False);
        Assert.That(error, Is.EqualTo(message));
        Assert.That(period, Is.EqualTo(default(Period)));
    }

    [Test]
    public void A_period_of_the_expected_periodicity_has_no_error()
    {
        Assert.That(Period.TryParse("2023-Q4", Periodicity.Quarter, out var period, out var error), Is.True);
        Assert.That(error, Is.Null);
        Assert.That(period, Is.EqualTo(new Period(Periodicity.Quarter, 2023, 4)));
    }

    [TestCase(nameof(Periodicity.Year), "year", "2023")]
    [TestCase(nameof(Periodicity.Semester), "semester", "2024-S1")]
    [TestCase(nameof(Periodicity.Quarter), "quarter", "2023-Q4")]
    [TestCase(nameof(Periodicity.Month), "month", "2024-03")]
    public void Names_and_examples(string periodicity, string name, string example)
    {
        Assert.That(Period.Name(Of(periodicity)), Is.EqualTo(name));
        Assert.That(Period.Example(Of(periodicity)), Is.EqualTo(example));
        Assert.That(Period.Parse(example).Periodicity, Is.EqualTo(Of(periodicity)));
        Assert.That(Period.TryParsePeriodicity(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(Of(periodicity)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Year")]
    [TestCase("yearly")]
    [TestCase("annuel")]
    public void Unknown_periodicity_names_are_refused(string? text) =>
        Assert.That(Period.TryParsePeriodicity(text, out _), Is.False);

    // Periodicity is internal, so test cases name its members (with nameof) rather than pass them.
    private static Periodicity Of(string member) => Enum.Parse<Periodicity>(member);
}
