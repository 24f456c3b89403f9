using Observatoires.Api.Observatories.Evaluation;

namespace Observatoires.Tests.Observatories.Evaluation;

/// <summary>The evaluation's rules on hand-computed cases: progress both ways, its bounds and flags, the status, the weighted means.</summary>
public sealed class ProgressTests
{
    [Test]
    public void Lower_is_better_uses_the_same_formula_with_a_target_below_T0()
    {
        // T0 100 in 2020, target 60 in 2030, 90 in 2024: (90 − 100) ÷ (60 − 100) = −10 ÷ −40 = 0.25; the path is at 4 ÷ 10 = 0.4.
        var a = Progress.Assess(up: false, 2020, 100, 60, 2030, new EvaluationPoint(2024, 90));
        Assert.Multiple(() =>
        {
            Assert.That(a.RawProgress, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(a.Progress, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(a.ExpectedProgress, Is.EqualTo(0.4).Within(1e-12));
            Assert.That(a.ExpectedValue, Is.EqualTo(84).Within(1e-12), "100 + 0.4 × (60 − 100)");
            Assert.That(a.Status, Is.EqualTo(IndicatorStatus.Behind), "0.25 is 15 points behind the path's 0.4");
            Assert.That((a.BeyondTarget, a.Setback), Is.EqualTo((false, false)));
        });
        // The same numbers mirrored upwards give the same share.
        Assert.That(Progress.Assess(up: true, 2020, 100, 140, 2030, new EvaluationPoint(2024, 110)).RawProgress, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public void Beyond_the_target_is_capped_at_1_and_flagged_and_a_wrong_way_move_is_0_and_flagged()
    {
        var beyond = Progress.Assess(up: false, 2020, 50, 30, 2030, new EvaluationPoint(2023, 20));   // −30 ÷ −20 = 1.5
        var setback = Progress.Assess(up: false, 2020, 50, 30, 2030, new EvaluationPoint(2023, 55));  // 5 ÷ −20 = −0.25
        Assert.Multiple(() =>
        {
            Assert.That((beyond.RawProgress, beyond.Progress, beyond.BeyondTarget, beyond.Status), Is.EqualTo((1.5, 1.0, true, IndicatorStatus.Achieved)));
            Assert.That((setback.RawProgress, setback.Progress, setback.Setback, setback.Status), Is.EqualTo((-0.25, 0.0, true, IndicatorStatus.Behind)));
        });
    }

    [TestCase(160, IndicatorStatus.Ahead)]       // 0.6 against 0.4
    [TestCase(145, IndicatorStatus.OnTrack)]     // 0.45
    [TestCase(125, IndicatorStatus.Behind)]      // 0.25
    [TestCase(200, IndicatorStatus.Achieved)]    // the target itself
    public void The_status_compares_the_share_done_with_the_years_gone_by(double latest, string status) =>
        Assert.That(Progress.Assess(up: true, 2020, 100, 200, 2030, new EvaluationPoint(2024, latest)).Status, Is.EqualTo(status));

    [Test]
    public void At_the_horizon_short_of_the_target_is_behind_and_without_T0_or_a_later_value_there_is_no_data()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Progress.Assess(up: true, 2020, 100, 200, 2030, new EvaluationPoint(2030, 195)).Status, Is.EqualTo(IndicatorStatus.Behind));
            Assert.That(Progress.Assess(up: true, 2020, null, 200, 2030, new EvaluationPoint(2024, 150)), Is.EqualTo(Assessment.NoData));
            Assert.That(Progress.Assess(up: true, 2020, 100, 200, 2030, null), Is.EqualTo(Assessment.NoData));
            Assert.That(Progress.Assess(up: true, 2020, 100, 200, 2030, new EvaluationPoint(2020, 100)), Is.EqualTo(Assessment.NoData), "T0 itself is no progress to judge");
            Assert.That(Progress.Assess(up: true, 2020, 250, 200, 2030, new EvaluationPoint(2024, 260)), Is.EqualTo(Assessment.NoData), "a T0 already past the target");
        });
    }

    [Test]
    public void A_weighted_mean_leaves_out_and_counts_the_parts_without_a_score()
    {
        var (score, scored, unscored) = Progress.WeightedMean([(1, 0.6), (3, 0.25), (5, null)]);
        Assert.Multiple(() =>
        {
            Assert.That(score, Is.EqualTo((0.6 + 0.75) / 4).Within(1e-12));
            Assert.That((scored, unscored), Is.EqualTo((2, 1)));
            Assert.That(Progress.WeightedMean([(1, null)]).Score, Is.Null);
        });
    }
}
