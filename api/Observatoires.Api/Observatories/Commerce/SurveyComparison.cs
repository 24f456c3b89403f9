namespace Observatoires.Api.Observatories.Commerce;

/// <summary>A cell's status and activity at one survey.</summary>
internal sealed record CellState(string Status, string? Activity);

/// <summary>A cell as the comparison reads it: its stable id, name and address, and its state.</summary>
internal sealed record ComparedCell(string Cell, string? Name, string Address, CellState State);

/// <param name="Kind">opening, closure, activity_change, new_cell or removed_cell.</param>
/// <param name="Before">Its state at the first survey; null when it was not there.</param>
/// <param name="After">Its state at the second survey; null when it is no longer there.</param>
internal sealed record CellChange(string Cell, string? Name, string Address, string Kind, CellState? Before, CellState? After);

/// <param name="Openings">Cells active at the second survey that were not (vacant, under works, or not there).</param>
/// <param name="Closures">Cells active at the first survey that are not at the second (vacant, under works, or gone).</param>
/// <param name="ActivityChanges">Cells active at both with another activity.</param>
/// <param name="NewCells">Cells that appear, not active (vacant or under works); an active new cell is an opening.</param>
/// <param name="RemovedCells">Cells that disappear and were not active; an active one that disappears is a closure.</param>
/// <param name="Unchanged">Cells at both surveys with none of these changes (a vacant cell under works since counts here).</param>
/// <param name="VacancyRateFrom">Vacant ÷ cells at the first survey, in %.</param>
/// <param name="VacancyChangePoints">The change of the vacancy rate, in points (of the rounded rates).</param>
internal sealed record ComparisonSummary(int Openings, int Closures, int ActivityChanges, int NewCells, int RemovedCells, int Unchanged,
    double? VacancyRateFrom, double? VacancyRateTo, double? VacancyChangePoints, int CellsFrom, int CellsTo);

/// <summary>
/// Two surveys compared cell by cell, matched by their stable cell id. Every cell falls in exactly one kind, so that the
/// summary's counts are the changes listed: opening = not active (vacant, under works or absent) → active; closure =
/// active → not active (vacant, under works or absent); activity_change = active at both with another activity;
/// new_cell / removed_cell = a cell that appears or disappears without being active; the rest is unchanged.
/// </summary>
internal static class SurveyComparison
{
    public const string Opening = "opening", Closure = "closure", ActivityChange = "activity_change", NewCell = "new_cell", RemovedCell = "removed_cell";

    private static readonly string[] KindOrder = [Opening, Closure, ActivityChange, NewCell, RemovedCell];

    /// <summary>The kind of change of one cell, or null when it did not change.</summary>
    public static string? Classify(CellState? before, CellState? after)
    {
        bool wasActive = before?.Status == Vocabulary.Active, isActive = after?.Status == Vocabulary.Active;
        if (isActive && !wasActive)
            return Opening;
        if (wasActive && !isActive)
            return Closure;
        if (wasActive && isActive)
            return before!.Activity == after!.Activity ? null : ActivityChange;
        return before is null ? NewCell : after is null ? RemovedCell : null;
    }

    public static (ComparisonSummary Summary, IReadOnlyList<CellChange> Changes) Compare(IReadOnlyList<ComparedCell> from, IReadOnlyList<ComparedCell> to)
    {
        var before = from.ToDictionary(c => c.Cell, StringComparer.Ordinal);
        var after = to.ToDictionary(c => c.Cell, StringComparer.Ordinal);
        var changes = new List<CellChange>();
        var unchanged = 0;
        foreach (var id in before.Keys.Union(after.Keys))
        {
            var (b, a) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            if (Classify(b?.State, a?.State) is not { } kind)
            {
                unchanged++;
                continue;
            }
            var shown = a ?? b!;
            // A closed cell is named as it was: it has no sign any more.
            changes.Add(new CellChange(id, a?.Name ?? b?.Name, shown.Address, kind, b?.State, a?.State));
        }
        changes = [.. changes.OrderBy(c => Array.IndexOf(KindOrder, c.Kind)).ThenBy(c => c.Cell, StringComparer.Ordinal)];
        double? Rate(IReadOnlyList<ComparedCell> cells) =>
            cells.Count == 0 ? null : Math.Round(100.0 * cells.Count(c => c.State.Status == Vocabulary.Vacant) / cells.Count, 1);
        var (rateFrom, rateTo) = (Rate(from), Rate(to));
        int Count(string kind) => changes.Count(c => c.Kind == kind);
        return (new ComparisonSummary(Count(Opening), Count(Closure), Count(ActivityChange), Count(NewCell), Count(RemovedCell), unchanged,
            rateFrom, rateTo, rateFrom is null || rateTo is null ? null : Math.Round(rateTo.Value - rateFrom.Value, 1), from.Count, to.Count), changes);
    }
}
