using FastEndpoints;

namespace Observatoires.Api.Platform.Geo.Ogc.GetItems;

/// <summary>
/// OGC API - Features items parameters. Any other query parameter must be a queryable property of the layer,
/// matched for equality (<c>?naf_section=G</c>).
/// </summary>
internal sealed class Request
{
    /// <summary>Collection id, e.g. communes.</summary>
    public string CollectionId { get; set; } = "";

    /// <summary>minx,miny,maxx,maxy (CRS84 longitude/latitude unless bbox-crs says otherwise).</summary>
    [QueryParam] public string? Bbox { get; set; }

    /// <summary>CRS of bbox: http://www.opengis.net/def/crs/OGC/1.3/CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154.</summary>
    [QueryParam, BindFrom("bbox-crs")] public string? BboxCrs { get; set; }

    /// <summary>Features per page, 1 to 10,000 (default 100).</summary>
    [QueryParam] public string? Limit { get; set; }

    /// <summary>Features to skip (paging; follow the next link rather than computing it).</summary>
    [QueryParam] public string? Offset { get; set; }

    /// <summary>An RFC 3339 instant (2024-03-01) or interval (2020-01-01/.., ../2019-12-31) on the layer's temporal property.</summary>
    [QueryParam] public string? Datetime { get; set; }

    /// <summary>Comma-separated properties to return (default: all).</summary>
    [QueryParam] public string? Properties { get; set; }

    /// <summary>CRS of the response: CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154 (Lambert-93, metres).</summary>
    [QueryParam] public string? Crs { get; set; }

    /// <summary>json or geojson (GeoJSON, the default) or csv (properties and WKT geometry).</summary>
    [QueryParam] public string? F { get; set; }

    /// <summary>Map zoom level the features are drawn at (0–22): polygons are generalised to suit it.</summary>
    [QueryParam] public string? Zoom { get; set; }

    /// <summary>Map scale denominator the features are drawn at (e.g. 250000): polygons are generalised to suit it.</summary>
    [QueryParam] public string? Scale { get; set; }

    /// <summary>full, medium (borders within ~50 m) or low (~350 m): the polygon precision, when no zoom, scale or bbox chooses it.</summary>
    [QueryParam] public string? Resolution { get; set; }
}
