using System.Globalization;
using FluentValidation.Results;
using Observatoires.Api.Platform.Geo.Layers;

namespace Observatoires.Api.Platform.Geo.Ogc.GetItems;

/// <summary>The items request, checked: every bad value is a field error that says what is allowed.</summary>
internal sealed record ItemsParameters(
    LayerDefinition Layer,
    Bbox? Bbox, TimeFilter? Time, IReadOnlyList<(LayerProperty Property, object Value)> Filters, int Limit, int Offset,
    IReadOnlyList<LayerProperty> Properties, OgcCrs Crs, string Format, string Resolution)
{
    public const int DefaultLimit = 100, MaxLimit = 10_000;

    /// <summary>A CSV or XLSX without a limit is the whole result (what pandas.read_csv(url) or a spreadsheet expects).</summary>
    public const int WholeResult = int.MaxValue - 1;

    public bool IsWholeResult => Limit == WholeResult;

    /// <summary>
    /// The page size next links grow to. GDAL before 3.8 asks for 10 features a page whatever the API definition says
    /// and follows the next links (1,953 requests for the 19,504 establishments); doubling up to 1,000 takes 26, and
    /// keeps what one request costs bounded, as GDAL 3.8+ and QGIS do with the definition (1,000 a page).
    /// </summary>
    public const int PagingTarget = 1_000;

    /// <summary>The limit of the next page: twice this one up to the paging target; a larger page keeps its size.</summary>
    public static int NextLimit(int limit) => limit >= PagingTarget ? limit : Math.Min(limit * 2, PagingTarget);

    /// <summary>Query parameters of the OGC API itself; any other one must be a property of the layer.</summary>
    private static readonly string[] Standard = ["bbox", "bbox-crs", "limit", "offset", "datetime", "properties", "crs", "f", "zoom", "scale", "resolution"];

    public static ItemsParameters Parse(Request r, IQueryCollection query, LayerDefinition layer, List<ValidationFailure> errors)
    {
        void Error(string field, string message) => errors.Add(new ValidationFailure(field, message));

        var limit = DefaultLimit;
        if (r.Limit is not null && (!int.TryParse(r.Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            Error("limit", $"limit must be a whole number from 1 to {MaxLimit:N0} (default {DefaultLimit})");
        var offset = 0;
        if (r.Offset is not null && !int.TryParse(r.Offset, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            Error("offset", "offset must be a whole number, 0 or more");

        var crs = OgcCrs.Parse(r.Crs);
        if (crs is null)
            Error("crs", $"crs must be one of {string.Join(", ", OgcCrs.All.Select(c => c.Uri))}");
        var bboxCrs = OgcCrs.Parse(r.BboxCrs);
        if (bboxCrs is null)
            Error("bbox-crs", $"bbox-crs must be one of {string.Join(", ", OgcCrs.All.Select(c => c.Uri))}");
        var bbox = r.Bbox is null || bboxCrs is null ? null : ParseBbox(r.Bbox, bboxCrs, Error);

        TimeFilter? time = null;
        if (r.Datetime is not null)
        {
            if (layer.TemporalProperty is null)
                Error("datetime", $"collection {layer.Id} has no temporal property: datetime cannot filter it");
            else
                time = ParseTime(r.Datetime, Error);
        }

        var properties = layer.Properties;
        if (r.Properties is not null)
        {
            var names = r.Properties.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = names.Where(n => layer.Property(n) is null).ToList();
            if (unknown.Count > 0)
                Error("properties", $"unknown propert{(unknown.Count > 1 ? "ies" : "y")} {string.Join(", ", unknown)}; " +
                                    $"{layer.Id} has {string.Join(", ", layer.Properties.Select(p => p.Name))}");
            properties = [.. layer.Properties.Where(p => names.Contains(p.Name))];
        }

        var format = (r.F ?? "geojson").ToLowerInvariant() switch
        {
            "json" or "geojson" => "geojson",
            "csv" => "csv",
            "csvw" => "csvw",
            "xlsx" => "xlsx",
            _ => null,
        };
        if (format is null)
            Error("f", "f must be json, geojson, csv, csvw or xlsx");

        var filters = new List<(LayerProperty, object)>();
        foreach (var (key, values) in query)
        {
            if (Standard.Contains(key))
                continue;
            if (layer.Property(key) is not { } property)
            {
                Error(key, $"unknown parameter '{key}': the parameters are {string.Join(", ", Standard)} and the properties of " +
                           $"{layer.Id} ({string.Join(", ", layer.Properties.Select(p => p.Name))}), see its queryables");
                continue;
            }
            if (ParseValue(property, values.ToString()) is { } value)
                filters.Add((property, value));
            else
                Error(key, $"{key} is {Article(property.Type)}: '{values}' is not");
        }

        var resolution = layer.Generalised ? ChooseResolution(r, bbox, Error) : "full";
        if (r.Limit is null && format is "csv" or "xlsx")
            limit = WholeResult;
        return new(layer, bbox, time, filters, limit, offset, properties, crs ?? OgcCrs.Crs84, format ?? "geojson", resolution);
    }

    private static Bbox? ParseBbox(string text, OgcCrs crs, Action<string, string> error)
    {
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null).ToList();
        if (parts.Length is not (4 or 6) || numbers.Any(n => n is null))
        {
            error("bbox", "bbox must be 4 numbers minx,miny,maxx,maxy (or 6 with heights), e.g. bbox=2.7,50.3,3.0,50.5");
            return null;
        }
        // Six numbers: minx,miny,minz,maxx,maxy,maxz; heights are ignored.
        var (minX, minY, maxX, maxY) = parts.Length == 4
            ? (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value)
            : (numbers[0]!.Value, numbers[1]!.Value, numbers[3]!.Value, numbers[4]!.Value);
        if (minX > maxX || minY > maxY)
        {
            error("bbox", "bbox must be minx,miny,maxx,maxy with min <= max");
            return null;
        }
        if (crs.Srid == 4326 && (minX < -180 || maxX > 180 || minY < -90 || maxY > 90))
        {
            error("bbox", "bbox is in longitude/latitude (CRS84): longitudes within -180..180, latitudes within -90..90; " +
                          "for Lambert-93 coordinates add bbox-crs=http://www.opengis.net/def/crs/EPSG/0/2154");
            return null;
        }
        return new(minX, minY, maxX, maxY, crs);
    }

    private static TimeFilter? ParseTime(string text, Action<string, string> error)
    {
        static bool TryInstant(string s, out DateTimeOffset? instant)
        {
            instant = null;
            if (s is ".." or "")
                return true;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                instant = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return true;
            }
            if (s.Contains('T', StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                instant = parsed;
                return true;
            }
            return false;
        }

        var parts = text.Split('/');
        if (parts.Length == 1 && parts[0] is not (".." or "") && TryInstant(parts[0], out var at))
            return new(at, at);
        if (parts.Length == 2 && TryInstant(parts[0], out var start) && TryInstant(parts[1], out var end)
            && (start is not null || end is not null) && (start is null || end is null || start <= end))
            return new(start, end);
        error("datetime", "datetime must be an RFC 3339 date or date-time (2024-03-01, 2024-03-01T12:00:00Z) or an interval " +
                          "start/end with .. for an open end (2020-01-01/.., ../2019-12-31), start before end");
        return null;
    }

    private static object? ParseValue(LayerProperty property, string text) => property.Type switch
    {
        PropertyType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
        PropertyType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
        PropertyType.Boolean => bool.TryParse(text, out var b) ? b : null,
        PropertyType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToDateTime(TimeOnly.MinValue) : null,
        PropertyType.DateTime => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.UtcDateTime : null,
        _ => text.Length <= 500 ? text : null,
    };

    private static string Article(PropertyType type) => type switch
    {
        PropertyType.Integer => "a whole number",
        PropertyType.Number => "a number",
        PropertyType.Boolean => "true or false",
        PropertyType.Date => "a date (yyyy-mm-dd)",
        PropertyType.DateTime => "a date-time (RFC 3339)",
        _ => "a text of at most 500 characters",
    };

    /// <summary>
    /// The precision polygons are drawn at: asked for (resolution), implied by the map's zoom or scale, or by the
    /// size of the bbox; full when nothing says (GIS users and ogr2ogr want the real contours).
    /// </summary>
    private static string ChooseResolution(Request r, Bbox? bbox, Action<string, string> error)
    {
        if (r.Resolution is not null)
        {
            if (r.Resolution is "full" or "medium" or "low")
                return r.Resolution;
            error("resolution", "resolution must be full, medium or low");
        }
        if (r.Zoom is not null)
        {
            if (double.TryParse(r.Zoom, NumberStyles.Float, CultureInfo.InvariantCulture, out var zoom) && zoom is >= 0 and <= 24)
                return zoom >= 11 ? "full" : zoom >= 8 ? "medium" : "low";
            error("zoom", "zoom must be a number from 0 to 24");
        }
        if (r.Scale is not null)
        {
            if (double.TryParse(r.Scale, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale >= 1)
                return scale <= 150_000 ? "full" : scale <= 1_500_000 ? "medium" : "low";
            error("scale", "scale must be a scale denominator, 1 or more (e.g. 250000 for 1:250,000)");
        }
        if (bbox is not null)
        {
            var degrees = bbox.Crs.Srid == 4326 ? bbox.MaxX - bbox.MinX : (bbox.MaxX - bbox.MinX) / 111_000;
            return degrees > 1.0 ? "low" : degrees > 0.25 ? "medium" : "full";
        }
        return "full";
    }
}
