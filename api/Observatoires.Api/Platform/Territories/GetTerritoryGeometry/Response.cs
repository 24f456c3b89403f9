using Observatoires.Api.Platform.Geo;

namespace Observatoires.Api.Platform.Territories.GetTerritoryGeometry;

/// <summary>
/// A territory as a GeoJSON Feature (RFC 7946). PostGIS builds it (Query.sql); these types document it.
/// </summary>
/// <param name="Type">Always Feature.</param>
/// <param name="Id">The territory's id (level:code).</param>
/// <param name="Geometry">Its contour at the resolution asked; null if it has none.</param>
/// <param name="Bbox">[west, south, east, north] of the full contour; null if it has none.</param>
internal sealed record TerritoryFeature(string Type, string Id, SurfaceGeometry? Geometry, IReadOnlyList<double>? Bbox,
    TerritoryFeatureProperties Properties);

/// <param name="GeometrySource">synthetic (generated until real contours are imported) or imported.</param>
/// <param name="AreaKm2">The full contour's area in km², to two decimals.</param>
internal sealed record TerritoryFeatureProperties(string Id, string Level, string Code, string Name, int? Population,
    string? GeometrySource, double? AreaKm2);
