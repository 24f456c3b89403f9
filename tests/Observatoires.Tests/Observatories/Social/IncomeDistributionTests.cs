using Observatoires.Api.Observatories.Social;

namespace Observatoires.Tests.Observatories.Social;

/// <summary>The demo's income model against hand computations (Python's statistics.NormalDist gives the same figures).</summary>
public sealed class IncomeDistributionTests
{
    [Test]
    public void A_log_normal_distribution_gives_its_deciles_and_its_poor()
    {
        var income = new LogNormalIncome(20_000, 0.5);
        // D9 = 20,000 × exp(0.5 × 1.2815516) and D1 = 20,000 × exp(−0.5 × 1.2815516).
        Assert.That(income.Quantile(0.9), Is.EqualTo(37_959.05).Within(0.05));
        Assert.That(income.Quantile(0.1), Is.EqualTo(10_537.67).Within(0.05));
        Assert.That(income.Quantile(0.5), Is.EqualTo(20_000).Within(0.01));
        // Under 13,896 € (60 % of 23,160 €): Φ(ln(13,896 / 20,000) / 0.5) = 23.32 %.
        Assert.That(income.Below(13_896), Is.EqualTo(0.233226).Within(1e-5));
    }

    [Test]
    public void A_territorys_median_is_its_persons_median_not_the_mean_of_its_communes_medians()
    {
        // 3 persons in 4 live in a commune whose median is 10,000 €, 1 in 4 in one at 30,000 € (both tightly spread):
        // half of all persons live under the point where the first commune's share reaches 2/3, 10,000 × exp(0.01 × Φ⁻¹(2/3)).
        IReadOnlyList<(LogNormalIncome, double)> parts = [(new LogNormalIncome(10_000, 0.01), 3_000), (new LogNormalIncome(30_000, 0.01), 1_000)];
        var median = IncomeDistribution.Quantile(parts, 0.5);
        Assert.That(median, Is.EqualTo(10_043.17).Within(0.05));
        Assert.That(median, Is.Not.EqualTo(20_000).Within(1_000), "the mean of the medians");
        Assert.That(median, Is.Not.EqualTo(15_000).Within(1_000), "the persons-weighted mean of the medians");
        // A territory of one commune is that commune.
        Assert.That(IncomeDistribution.Quantile([(new LogNormalIncome(18_000, 0.4), 500)], 0.9), Is.EqualTo(new LogNormalIncome(18_000, 0.4).Quantile(0.9)).Within(0.01));
    }

    [Test]
    public void The_normal_distribution_and_its_inverse_agree_with_the_tables()
    {
        Assert.That(IncomeDistribution.NormalCdf(0), Is.EqualTo(0.5).Within(1e-7));
        Assert.That(IncomeDistribution.NormalCdf(1.959964), Is.EqualTo(0.975).Within(1e-7));
        Assert.That(IncomeDistribution.NormalQuantile(0.9), Is.EqualTo(1.2815516).Within(1e-6));
        Assert.That(() => IncomeDistribution.NormalQuantile(1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
