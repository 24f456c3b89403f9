using Observatoires.Api.Observatories.Commerce;

namespace Observatoires.Tests.Observatories.Commerce;

/// <summary>The comparison's rules on hand-made cells: every cell falls in exactly one kind.</summary>
public sealed class CommerceRulesTests
{
    private static CellState Active(string activity) => new("active", activity);
    private static readonly CellState Vacant = new("vacant", null), Works = new("travaux", null);

    [Test]
    public void Each_pair_of_states_has_one_kind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SurveyComparison.Classify(Vacant, Active("chr")), Is.EqualTo("opening"));
            Assert.That(SurveyComparison.Classify(Works, Active("chr")), Is.EqualTo("opening"));
            Assert.That(SurveyComparison.Classify(null, Active("chr")), Is.EqualTo("opening"), "absent → active is an opening");
            Assert.That(SurveyComparison.Classify(Active("chr"), Vacant), Is.EqualTo("closure"));
            Assert.That(SurveyComparison.Classify(Active("chr"), Works), Is.EqualTo("closure"));
            Assert.That(SurveyComparison.Classify(Active("chr"), null), Is.EqualTo("closure"), "active → absent is a closure");
            Assert.That(SurveyComparison.Classify(Active("chr"), Active("services")), Is.EqualTo("activity_change"));
            Assert.That(SurveyComparison.Classify(null, Vacant), Is.EqualTo("new_cell"));
            Assert.That(SurveyComparison.Classify(Works, null), Is.EqualTo("removed_cell"));
            Assert.That(SurveyComparison.Classify(Active("chr"), Active("chr")), Is.Null);
            Assert.That(SurveyComparison.Classify(Vacant, Works), Is.Null, "not active at either: no opening nor closure");
        });
    }

    [Test]
    public void The_summary_counts_the_changes_and_the_vacancy_in_points()
    {
        ComparedCell Cell(string id, CellState state) => new(id, null, $"{id} rue", state);
        var (summary, changes) = SurveyComparison.Compare(
            [Cell("A", Vacant), Cell("B", Active("chr")), Cell("C", Active("alimentaire")), Cell("D", Works)],
            [Cell("A", Active("chr")), Cell("C", Active("alimentaire")), Cell("D", Vacant), Cell("E", Active("services"))]);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Openings, Is.EqualTo(2), "A reopens, E opens in a new cell");
            Assert.That(summary.Closures, Is.EqualTo(1), "B is gone");
            Assert.That(summary.Unchanged, Is.EqualTo(2), "C, and D still not active");
            Assert.That(summary.VacancyRateFrom, Is.EqualTo(25.0));
            Assert.That(summary.VacancyRateTo, Is.EqualTo(25.0));
            Assert.That(summary.VacancyChangePoints, Is.EqualTo(0.0));
            Assert.That(changes.Select(c => c.Cell), Is.EqualTo(new[] { "A", "E", "B" }));
        });
    }
}
