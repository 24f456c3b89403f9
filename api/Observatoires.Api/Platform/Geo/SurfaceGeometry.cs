using System.Text.Json;

namespace Observatoires.Api.Platform.Geo;

/// <summary>A territory's contour as a GeoJSON geometry (RFC 7946), in WGS 84 longitude/latitude.</summary>
/// <param name="Type">Polygon or MultiPolygon.</param>
/// <param name="Coordinates">Rings of [longitude, latitude] positions (one more level of arrays for a MultiPolygon).</param>
internal sealed record SurfaceGeometry(string Type, JsonElement Coordinates);
