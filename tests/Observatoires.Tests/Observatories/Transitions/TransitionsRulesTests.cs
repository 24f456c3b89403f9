using Observatoires.Api.Observatories.Transitions;

namespace Observatoires.Tests.Observatories.Transitions;

/// <summary>The Donut's normalisation and the risk matrix' scores on hand-computed cases.</summary>
public sealed class TransitionsRulesTests
{
    [Test]
    public void A_value_beyond_a_floor_or_a_ceiling_is_a_share_of_the_bound()
    {
        // Poverty 18 % against a limit of 14.5 % (lower is better): (18 − 14.5) ÷ 14.5 = 0.241379…, a shortfall of the social foundation.
        var poverty = Boundaries.Read(Boundaries.Social, Boundaries.Down, 14.5, 18);
        // Social housing 16 % against the SRU floor of 20 % (higher is better): (20 − 16) ÷ 20 = 0.2 below the floor.
        var housing = Boundaries.Read(Boundaries.Social, Boundaries.Up, 20, 16);
        // Emissions 7.5 t per inhabitant against a ceiling of 2: (7.5 − 2) ÷ 2 = 2.75, an overshoot.
        var climate = Boundaries.Read(Boundaries.Ecological, Boundaries.Down, 2, 7.5);
        Assert.Multiple(() =>
        {
            Assert.That(poverty.Position, Is.EqualTo(3.5 / 14.5).Within(1e-12));
            Assert.That(poverty.Gap, Is.EqualTo(3.5 / 14.5).Within(1e-12));
            Assert.That(poverty.Status, Is.EqualTo(Boundaries.Shortfall));
            Assert.That(housing.Gap, Is.EqualTo(0.2).Within(1e-12));
            Assert.That(housing.Status, Is.EqualTo(Boundaries.Shortfall));
            Assert.That(climate.Gap, Is.EqualTo(2.75).Within(1e-12));
            Assert.That(climate.Status, Is.EqualTo(Boundaries.Overshoot));
        });
    }

    [Test]
    public void Inside_the_safe_space_the_gap_is_0_and_the_position_says_by_how_much()
    {
        // Social housing 25 % against a floor of 20 %: (20 − 25) ÷ 20 = −0.25; water 45 m³ under a ceiling of 54: (45 − 54) ÷ 54 = −1/6.
        var housing = Boundaries.Read(Boundaries.Social, Boundaries.Up, 20, 25);
        var water = Boundaries.Read(Boundaries.Ecological, Boundaries.Down, 54, 45);
        // Exactly at the bound is not beyond it.
        var atBound = Boundaries.Read(Boundaries.Ecological, Boundaries.Down, 2, 2);
        Assert.Multiple(() =>
        {
            Assert.That(housing.Position, Is.EqualTo(-0.25).Within(1e-12));
            Assert.That(housing.Gap, Is.Zero);
            Assert.That(housing.Status, Is.EqualTo(Boundaries.Within));
            Assert.That(water.Position, Is.EqualTo(-9.0 / 54).Within(1e-12));
            Assert.That(water.Status, Is.EqualTo(Boundaries.Within));
            Assert.That(atBound.Status, Is.EqualTo(Boundaries.Within));
            Assert.That(Boundaries.Label(Boundaries.Restricted), Is.EqualTo("réservé"));
        });
    }

    [Test]
    public void A_risk_is_exposure_times_vulnerability_each_a_bounded_linear_score()
    {
        var flood = RiskScores.Risks.Single(r => r.Code == "inondation");
        // 12 % of the population in a flood zone on 0 → 20 %: 0.6; 24 % aged 65 or over on 15 → 30 %: 9 ÷ 15 = 0.6; 0.6 × 0.6 = 0.36, fort.
        var exposure = RiskScores.Score(flood.Exposure, 12);
        var vulnerability = RiskScores.Score(flood.Vulnerability, 24);
        var risk = RiskScores.Risk(exposure, vulnerability);
        Assert.Multiple(() =>
        {
            Assert.That(exposure, Is.EqualTo(0.6).Within(1e-12));
            Assert.That(vulnerability, Is.EqualTo(0.6).Within(1e-12));
            Assert.That(risk, Is.EqualTo(0.36).Within(1e-12));
            Assert.That(RiskScores.Class(risk), Is.EqualTo(RiskScores.Fort));
            // Bounded: beyond high is 1, below low is 0.
            Assert.That(RiskScores.Score(flood.Exposure, 35), Is.EqualTo(1));
            Assert.That(RiskScores.Score(flood.Vulnerability, 10), Is.Zero);
        });
    }

    [Test]
    public void A_reversed_score_grows_as_the_value_falls_and_the_classes_have_their_documented_limits()
    {
        // Drought's vulnerability: artificialised soils 5 → 40 %, reversed: 12 % gives 1 − (12 − 5) ÷ 35 = 0.8.
        var drought = RiskScores.Risks.Single(r => r.Code == "secheresse");
        Assert.Multiple(() =>
        {
            Assert.That(RiskScores.Score(drought.Vulnerability, 12), Is.EqualTo(0.8).Within(1e-12));
            Assert.That(RiskScores.Score(drought.Vulnerability, 50), Is.Zero);
            Assert.That(RiskScores.Class(0.0999), Is.EqualTo(RiskScores.Faible));
            Assert.That(RiskScores.Class(0.1), Is.EqualTo(RiskScores.Modere));
            Assert.That(RiskScores.Class(0.25), Is.EqualTo(RiskScores.Fort));
            Assert.That(RiskScores.Class(0.5), Is.EqualTo(RiskScores.TresFort));
        });
    }
}
