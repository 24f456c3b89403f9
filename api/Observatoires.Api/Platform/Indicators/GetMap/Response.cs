using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Indicators.GetBreaks;

namespace Observatoires.Api.Platform.Indicators.GetMap;

/// <summary>
/// A choropleth as a GeoJSON FeatureCollection (RFC 7946), with the indicator, the period and the legend as
/// foreign members. The endpoint streams it; these types document it and give each feature's properties.
/// </summary>
/// <param name="Type">Always FeatureCollection.</param>
/// <param name="Legend">The classes and their colours, as GET /breaks gives them.</param>
internal sealed record ChoroplethMap(string Type, IndicatorSummary Indicator, string Period, Legend Legend,
    IReadOnlyList<ChoroplethFeature> Features);

/// <param name="Type">Always Feature.</param>
/// <param name="Id">The territory's id (level:code).</param>
/// <param name="Geometry">Its contour, generalised for the scale asked (resolution); null if it has none.</param>
internal sealed record ChoroplethFeature(string Type, string Id, SurfaceGeometry? Geometry, ChoroplethProperties Properties);

/// <param name="Value">Null when the value is secret or missing.</param>
/// <param name="Status">definitive, provisional, estimated, secret, restricted (outside a partner's scope), or null.</param>
/// <param name="Rank">1 = best (highest, or lowest when lower is better); null without a published number.</param>
/// <param name="ClassIndex">The legend's class (0-based); null without a published number.</param>
/// <param name="Colour">#rrggbb: the class's colour, or the legend's secret or no-data colour.</param>
internal sealed record ChoroplethProperties(string Id, string Name, string Level, double? Value, string? Status, int? Rank,
    int? ClassIndex, string Colour);
