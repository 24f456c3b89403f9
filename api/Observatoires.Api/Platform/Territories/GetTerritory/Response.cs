namespace Observatoires.Api.Platform.Territories.GetTerritory;

internal sealed record ParentTerritory(string Id, string Level, string Code, string Name);

/// <param name="Members">The member territories, when there are any.</param>
internal sealed record TerritoryLinks(string Self, string Geometry, string? Members);

/// <param name="SourceVintage">Where the name, population and memberships come from.</param>
/// <param name="GeometrySource">synthetic (generated demo contours) or imported (real contours); null without contour.</param>
/// <param name="Bbox">[west, south, east, north] in longitude/latitude.</param>
/// <param name="Parents">The territories it belongs to, finest first.</param>
/// <param name="ChildrenCounts">Number of member territories by level, e.g. {"commune": 100}.</param>
internal sealed record Response(
    string Id,
    string Level,
    string Code,
    string Name,
    int? Population,
    string SourceVintage,
    string? GeometrySource,
    DateTimeOffset? GeometryUpdatedAt,
    double[]? Bbox,
    IReadOnlyList<ParentTerritory> Parents,
    IReadOnlyDictionary<string, int> ChildrenCounts,
    TerritoryLinks Links);
