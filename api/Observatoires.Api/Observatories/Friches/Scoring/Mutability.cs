using System.Globalization;

namespace Observatoires.Api.Observatories.Friches.Scoring;

/// <summary>A criterion of the mutability score: which property of the sheet it rates, and how (0 to 5 points).</summary>
internal sealed record Criterion(string Code, string Label, Func<Site, (string Value, int Points)> Rate);

/// <param name="Contribution">Points of the 0–100 score this criterion brings: weight × points / (5 × Σ weights) × 100.</param>
internal sealed record ScoreLine(string Criterion, string Label, string Value, int Points, double Weight, double Contribution);

internal sealed record Score(double Value, IReadOnlyList<ScoreLine> Breakdown);

/// <summary>
/// How easily a brownfield can be recycled, 0 to 100: each criterion rates one property of the sheet from 0
/// (a hindrance) to 5 (an asset); the score is the weighted mean of the points, rescaled. The rules are the
/// method (here, in code, reviewed with the land team); the weights are data (friches.scoring_weight).
/// </summary>
internal static class Mutability
{
    public static readonly IReadOnlyList<Criterion> Criteria =
    [
        new("pollution", "Pollution des sols", s => (s.Pollution, s.Pollution switch
        {
            "none" => 5, "unknown" => 3, "suspected" => 2, _ => 0,
        })),
        new("ownership", "Maîtrise foncière", s => (s.Ownership, s.Ownership switch
        {
            "public" => 5, "mixed" => 3, "private" => 2, _ => 1,
        })),
        new("buildings", "Bâti existant", s => (s.BuildingState, s.BuildingState switch
        {
            "good" => 5, "none" => 4, "degraded" => 2, "ruined" => 1, _ => 2,
        })),
        new("planning_zone", "Zonage du document d'urbanisme", s => (s.PlanningZone, s.PlanningZone switch
        {
            "U" => 5, "AU" => 4, "A" => 1, _ => 0,
        })),
        new("road_access", "Desserte routière", s => (Metres(s.DistanceRoadM), s.DistanceRoadM switch
        {
            null => 2, <= 500 => 5, <= 1000 => 4, <= 2000 => 3, <= 5000 => 1, _ => 0,
        })),
        new("station_access", "Proximité d'une gare", s => (Metres(s.DistanceStationM), s.DistanceStationM switch
        {
            null => 1, <= 1000 => 5, <= 3000 => 3, <= 8000 => 1, _ => 0,
        })),
        new("constraints", "Contraintes (inondation, protection)", s => (
            s.FloodRisk && s.ProtectedArea ? "inondable et protégé" : s.FloodRisk ? "inondable" : s.ProtectedArea ? "protégé" : "aucune",
            ((s.FloodRisk ? 1 : 0) + (s.ProtectedArea ? 1 : 0)) switch { 0 => 5, 1 => 2, _ => 0 })),
        new("area", "Surface", s => ($"{s.AreaHa.ToString("0.0", CultureInfo.InvariantCulture)} ha", s.AreaHa switch
        {
            >= 5 => 5, >= 2 => 4, >= 1 => 3, >= 0.5 => 2, _ => 1,
        })),
    ];

    public static IReadOnlySet<string> Codes { get; } = Criteria.Select(c => c.Code).ToHashSet();

    public static Score Compute(Site site, IReadOnlyDictionary<string, double> weights)
    {
        var total = Criteria.Sum(c => weights.GetValueOrDefault(c.Code));
        var lines = Criteria.Select(c =>
        {
            var (value, points) = c.Rate(site);
            var weight = weights.GetValueOrDefault(c.Code);
            return new ScoreLine(c.Code, c.Label, value, points, weight, total == 0 ? 0 : Math.Round(100 * weight * points / (5 * total), 2));
        }).ToList();
        return new(total == 0 ? 0 : Math.Round(lines.Sum(l => l.Contribution), 1), lines);
    }

    private static string Metres(int? distance) => distance is { } m ? $"{m} m" : "inconnue";
}
