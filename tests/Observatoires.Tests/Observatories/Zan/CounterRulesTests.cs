using Observatoires.Api.Observatories.Zan;

namespace Observatoires.Tests.Observatories.Zan;

/// <summary>The ZAN counter's rules without HTTP nor database: envelope, floor, pace, exhaustion, path to 2050.</summary>
public sealed class CounterRulesTests
{
    private const string Town = "commune:1", Village = "commune:2";

    /// <summary>The town: 2 ha a year 2011–2020, then the given years; the village: 0.1 ha a year.</summary>
    private static List<(string, int, double)> Consumption(params double[] since2021) =>
    [
        .. Enumerable.Range(2011, 10).Select(y => (Town, y, 2.0)),
        .. since2021.Select((ha, i) => (Town, 2021 + i, ha)),
        .. Enumerable.Range(2011, 10 + since2021.Length).Select(y => (Village, y, 0.1)),
    ];

    private static Counter Compute(double reduction, IReadOnlyDictionary<int, double>? shares = null, params double[] since2021) =>
        Counter.Compute("custom:1+2", [Town, Village], Consumption(since2021), reduction, shares ?? new Dictionary<int, double>());

    [Test]
    public void The_envelope_halves_the_reference_and_guarantees_each_commune_a_hectare()
    {
        var counter = Compute(Counter.DefaultReduction, since2021: [1, 2]);
        Assert.Multiple(() =>
        {
            Assert.That(counter.ReferenceHa, Is.EqualTo(21), "20 ha for the town, 1 ha for the village");
            Assert.That(counter.EnvelopeHa, Is.EqualTo(10 + 1), "the town's half, and the village's 0.5 ha raised to the 1 ha floor");
            Assert.That(counter.ConsumedHa, Is.EqualTo(3 + 0.2));
            Assert.That(counter.RemainingHa, Is.EqualTo(11 - 3.2).Within(1e-9));
            Assert.That(counter.LatestYear, Is.EqualTo(2022));
        });
    }

    [Test]
    public void The_pace_is_the_mean_of_the_last_three_years_and_gives_the_year_it_runs_out()
    {
        var counter = Compute(Counter.DefaultReduction, since2021: [1, 2, 3]);
        // Pace: (1.1 + 2.1 + 3.1) / 3 = 2.1 ha; remaining 11 − 6.3 = 4.7 ha: 3 more years after 2023.
        Assert.Multiple(() =>
        {
            Assert.That(counter.PacePerYearHa, Is.EqualTo(2.1));
            Assert.That(counter.ExhaustionYear, Is.EqualTo(2023 + 3));
            Assert.That(counter.Exceeded, Is.False);
        });
    }

    [Test]
    public void An_exceeded_envelope_says_the_year_it_ran_out()
    {
        var counter = Compute(0.8, since2021: [3, 3]);
        // Envelope: max(20 × 0.2, 1) + max(1 × 0.2, 1) = 5 ha; consumed 3.1 in 2021, 6.2 by 2022.
        Assert.Multiple(() =>
        {
            Assert.That(counter.EnvelopeHa, Is.EqualTo(5));
            Assert.That(counter.Exceeded, Is.True);
            Assert.That(counter.ExhaustionYear, Is.EqualTo(2022));
            Assert.That(counter.RemainingHa, Is.LessThan(0));
        });
    }

    [Test]
    public void The_path_to_2050_is_linear_to_zero_unless_the_agency_set_shares()
    {
        var linear = Compute(Counter.DefaultReduction, since2021: [1]).Path;
        var set = Compute(Counter.DefaultReduction, new Dictionary<int, double> { [2031] = 0.5 }, 1).Path;
        Assert.Multiple(() =>
        {
            Assert.That(linear.Select(p => p.Year), Is.EqualTo(Enumerable.Range(2031, 20)));
            Assert.That(linear[0].AllowanceHa, Is.EqualTo(1.1 * 19 / 20).Within(0.006), "a tenth of the envelope, × 19/20 in 2031 (rounded to the are)");
            Assert.That(linear[^1].AllowanceHa, Is.Zero, "net zero in 2050");
            Assert.That(set[0].AllowanceHa, Is.EqualTo(0.55), "half the yearly envelope, as set");
            Assert.That(set[1].AllowanceHa, Is.EqualTo(linear[1].AllowanceHa), "other years stay linear");
        });
    }

    [Test]
    public void No_consumption_at_all_gives_the_floors_and_no_exhaustion() =>
        Assert.That(Counter.Compute("epci:1", [Town, Village], [], Counter.DefaultReduction, new Dictionary<int, double>()),
            Has.Property(nameof(Counter.EnvelopeHa)).EqualTo(2).And.Property(nameof(Counter.ExhaustionYear)).Null);
}
