using Observatoires.Api.Observatories.Friches;
using Observatoires.Api.Observatories.Friches.Scoring;

namespace Observatoires.Tests.Observatories.Friches;

/// <summary>The observatory's domain rules without HTTP: the mutability score and the status workflow.</summary>
public sealed class FrichesRulesTests
{
    private static Site Sheet(string pollution = "none", string ownership = "public", string buildings = "none", string zone = "U",
        int? road = 200, int? station = 800, bool flood = false, bool protectedArea = false, double areaHa = 6) =>
        new(1, "Test", "commune:62119", "Béthune", "epci:200072460", "industrie", ownership, pollution, null, buildings, zone,
            road, station, null, flood, protectedArea, "identifiee", new DateOnly(2024, 1, 1), null, new DateOnly(2024, 1, 1), areaHa);

    private static readonly IReadOnlyDictionary<string, double> EqualWeights = Mutability.Codes.ToDictionary(c => c, _ => 1.0);

    [Test]
    public void A_site_with_every_asset_scores_100_and_each_line_adds_up_to_it()
    {
        var score = Mutability.Compute(Sheet(buildings: "good"), EqualWeights);
        Assert.Multiple(() =>
        {
            Assert.That(score.Value, Is.EqualTo(100));
            Assert.That(score.Breakdown.Sum(l => l.Contribution), Is.EqualTo(100).Within(0.01));
            Assert.That(score.Breakdown.Select(l => l.Points), Is.All.EqualTo(5));
        });
    }

    [Test]
    public void Hindrances_lower_the_score_by_their_weighted_points()
    {
        // Polluted (0 points) and flood-prone and protected (0 points): 2 criteria of 8 at 0, the others at 5 but
        // the buildings (none: 4 points).
        var score = Mutability.Compute(Sheet(pollution: "confirmed", flood: true, protectedArea: true), EqualWeights);
        Assert.That(score.Value, Is.EqualTo(Math.Round(100.0 * (5 * 5 + 4) / (5 * 8), 1)));
        Assert.That(score.Breakdown.Single(l => l.Criterion == "constraints").Value, Is.EqualTo("inondable et protégé"));
    }

    [Test]
    public void Weights_decide_how_much_each_criterion_counts_and_zero_weights_give_zero()
    {
        var onlyPollution = Mutability.Codes.ToDictionary(c => c, c => c == "pollution" ? 1.0 : 0);
        Assert.Multiple(() =>
        {
            Assert.That(Mutability.Compute(Sheet(pollution: "suspected"), onlyPollution).Value, Is.EqualTo(40), "2 points of 5");
            Assert.That(Mutability.Compute(Sheet(), Mutability.Codes.ToDictionary(c => c, _ => 0.0)).Value, Is.Zero);
        });
    }

    [TestCase(null, 2)]
    [TestCase(500, 5)]
    [TestCase(501, 4)]
    [TestCase(2000, 3)]
    [TestCase(5001, 0)]
    public void Road_access_points_follow_the_distance_bands(int? metres, int points) =>
        Assert.That(Mutability.Compute(Sheet(road: metres), EqualWeights).Breakdown.Single(l => l.Criterion == "road_access").Points,
            Is.EqualTo(points));

    [Test]
    public void The_workflow_goes_forward_one_step_at_a_time_and_recycling_is_final()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Workflow.AllowedFrom("identifiee"), Is.EquivalentTo(new[] { "verifiee_terrain", "abandonnee" }));
            Assert.That(Workflow.AllowedFrom("caracterisee"), Does.Not.Contain("reconvertie"), "no step skipped");
            Assert.That(Workflow.AllowedFrom("en_projet"), Does.Contain("caracterisee"), "a project may fall back");
            Assert.That(Workflow.AllowedFrom("reconvertie"), Is.Empty);
            Assert.That(Workflow.AllowedFrom("abandonnee"), Is.EqualTo(new[] { "identifiee" }), "an abandoned site may be identified again");
            Assert.That(Workflow.AllowedFrom("unknown"), Is.Empty);
            Assert.That(Workflow.Statuses.Where(Workflow.IsActive), Is.EqualTo(new[] { "identifiee", "verifiee_terrain", "caracterisee", "en_projet" }));
        });
    }

    [Test]
    public void Every_status_but_the_final_one_can_reach_recycling()
    {
        foreach (var start in Workflow.Statuses.Where(s => s != "reconvertie"))
        {
            var seen = new HashSet<string> { start };
            var frontier = new Queue<string>([start]);
            while (frontier.TryDequeue(out var status))
            {
                foreach (var next in Workflow.AllowedFrom(status).Where(seen.Add))
                    frontier.Enqueue(next);
            }
            Assert.That(seen, Does.Contain("reconvertie"), $"from {start}");
        }
    }
}
