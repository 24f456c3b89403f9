namespace Observatoires.Api.Observatories.Friches.Scoring;

internal sealed record VocationFit(string Vocation, string Label, double Suitability);

/// <summary>
/// Which futures suit a brownfield, 0 to 100 each: a criteria × vocation matrix says how much each criterion
/// matters for each vocation. A negative factor reverses the criterion: what hinders building (a flood risk, a
/// natural zone) favours renaturation.
/// </summary>
internal static class Vocations
{
    public static readonly IReadOnlyDictionary<string, (string Label, IReadOnlyDictionary<string, double> Factors)> Matrix =
        new Dictionary<string, (string, IReadOnlyDictionary<string, double>)>
        {
            ["habitat"] = ("Habitat", new Dictionary<string, double>
            {
                ["pollution"] = 3,
                ["planning_zone"] = 3,
                ["station_access"] = 2,
                ["road_access"] = 1,
                ["constraints"] = 2,
                ["ownership"] = 1,
            }),
            ["activite_economique"] = ("Activité économique", new Dictionary<string, double>
            {
                ["road_access"] = 3,
                ["area"] = 2,
                ["buildings"] = 2,
                ["planning_zone"] = 2,
                ["pollution"] = 1,
                ["constraints"] = 1,
            }),
            ["renaturation"] = ("Renaturation", new Dictionary<string, double>
            {
                ["constraints"] = -3,
                ["planning_zone"] = -2,
                ["buildings"] = -1,
                ["ownership"] = 1,
                ["area"] = 1,
            }),
            ["energie_solaire"] = ("Énergie solaire", new Dictionary<string, double>
            {
                ["area"] = 3,
                ["pollution"] = -1,
                ["buildings"] = -2,
                ["road_access"] = 1,
                ["ownership"] = 1,
            }),
            ["equipement"] = ("Équipement public", new Dictionary<string, double>
            {
                ["ownership"] = 3,
                ["station_access"] = 2,
                ["planning_zone"] = 2,
                ["pollution"] = 2,
                ["road_access"] = 1,
            }),
        };

    /// <summary>The vocations, best suited first.</summary>
    public static IReadOnlyList<VocationFit> Rank(Score score)
    {
        var points = score.Breakdown.ToDictionary(l => l.Criterion, l => l.Points);
        return [.. Matrix.Select(v =>
        {
            var total = v.Value.Factors.Values.Sum(Math.Abs);
            var sum = v.Value.Factors.Sum(f => Math.Abs(f.Value) * (f.Value >= 0 ? points[f.Key] : 5 - points[f.Key]));
            return new VocationFit(v.Key, v.Value.Label, Math.Round(100 * sum / (5 * total), 1));
        }).OrderByDescending(v => v.Suitability).ThenBy(v => v.Vocation, StringComparer.Ordinal)];
    }
}
