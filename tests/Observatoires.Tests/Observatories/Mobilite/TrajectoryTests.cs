using Observatoires.Api.Observatories.Mobilite.Pdu;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The mid-term evaluation's rule on hand-computed cases. "Halve 100 between 2019 and 2029": the target is 50, the
/// straight path is at 75 in 2024 (half the years, half the way); 10 points of the way either side of it is on track.
/// </summary>
public sealed class TrajectoryTests
{
    private static TrajectoryPoint Halve(int latestYear, double? latest, double? baseline = 100) =>
        Trajectory.Assess(up: false, 2019, baseline, null, -0.5, 2029, latestYear, latest);

    [TestCase(75, "on_track", 0.5)]
    [TestCase(71, "on_track", 0.58)]
    [TestCase(79, "on_track", 0.42)]
    [TestCase(65, "ahead", 0.7)]
    [TestCase(90, "behind", 0.2)]
    [TestCase(110, "behind", -0.2)]
    [TestCase(50, "achieved", 1)]
    [TestCase(40, "achieved", 1.2)]
    public void Halfway_through_halving_100_the_status_follows_the_share_of_the_way_done(double latest, string status, double progress)
    {
        var point = Halve(2024, latest);
        Assert.Multiple(() =>
        {
            Assert.That(point.Status, Is.EqualTo(status));
            Assert.That(point.TargetValue, Is.EqualTo(50));
            Assert.That(point.ExpectedValue, Is.EqualTo(75));
            Assert.That(point.ExpectedProgress, Is.EqualTo(0.5));
            Assert.That(point.Progress, Is.EqualTo(progress).Within(1e-9));
        });
    }

    [Test]
    public void At_T0_the_path_has_not_started_and_at_the_horizon_anything_short_of_the_target_is_behind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Halve(2019, 100).Status, Is.EqualTo("on_track"), "at T0, on the baseline");
            Assert.That(Halve(2019, 100).ExpectedValue, Is.EqualTo(100));
            Assert.That(Halve(2029, 52).Status, Is.EqualTo("behind"), "96 % of the way at the horizon is not the target");
            Assert.That(Halve(2031, 52).ExpectedProgress, Is.EqualTo(1), "the path stops at the target");
            Assert.That(Halve(2031, 49).Status, Is.EqualTo("achieved"));
        });
    }

    [Test]
    public void Going_up_150_km_from_160_in_2019_to_2030_300_km_in_2026_is_ahead()
    {
        var point = Trajectory.Assess(up: true, 2019, 160, 310, null, 2030, 2026, 300);
        Assert.Multiple(() =>
        {
            Assert.That(point.Status, Is.EqualTo("ahead"));
            Assert.That(point.Progress, Is.EqualTo(140.0 / 150).Within(1e-9));
            Assert.That(point.ExpectedProgress, Is.EqualTo(7.0 / 11).Within(1e-9));
            Assert.That(point.ExpectedValue, Is.EqualTo(160 + (150 * 7.0 / 11)).Within(1e-9));
        });
        Assert.That(Trajectory.Assess(up: true, 2019, 160, 310, null, 2030, 2026, 200).Status, Is.EqualTo("behind"), "40 km of 150 when 64 % of the years are gone");
        Assert.That(Trajectory.Assess(up: true, 2019, 160, null, 0.25, 2030, 2026, 200).TargetValue, Is.EqualTo(200), "+25 % of 160");
    }

    [Test]
    public void Without_a_baseline_or_a_value_since_T0_there_is_no_data()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Halve(2024, 75, baseline: null).Status, Is.EqualTo("no_data"));
            Assert.That(Halve(2024, 75, baseline: null).TargetValue, Is.Null, "a relative target needs its baseline");
            Assert.That(Halve(2018, 75).Status, Is.EqualTo("no_data"), "a value before T0 says nothing of the plan");
            Assert.That(Trajectory.Assess(false, 2019, 100, null, -0.5, 2029, null, null).Status, Is.EqualTo("no_data"));
            Assert.That(StandingStatus.All.Select(StandingStatus.Label),
                Is.EqualTo(new[] { "objectif atteint", "en avance", "dans la trajectoire", "en retard", "pas de donnée" }));
        });
    }

    [Test]
    public void A_target_a_hairs_breadth_from_the_baseline_gives_no_share_of_the_way_rather_than_an_infinite_one()
    {
        var point = Trajectory.Assess(up: true, 2019, 0, 5e-324, null, 2030, 2026, -1);
        Assert.Multiple(() =>
        {
            Assert.That(point.Progress, Is.Null);
            Assert.That(point.ExpectedValue is null || double.IsFinite(point.ExpectedValue.Value));
            Assert.That(point.Status, Is.EqualTo("behind"));
        });
    }
}
