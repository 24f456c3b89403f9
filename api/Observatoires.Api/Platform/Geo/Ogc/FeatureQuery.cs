using System.Globalization;
using System.Text;
using Dapper;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Geo.Ogc;

/// <summary>A bounding box in CRS84 or in the CRS it was given in (bbox-crs).</summary>
internal sealed record Bbox(double MinX, double MinY, double MaxX, double MaxY, OgcCrs Crs);

/// <summary>A datetime filter: an instant (Start == End) or an interval with optional open ends, inclusive.</summary>
internal sealed record TimeFilter(DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>
/// The SQL of one request on a layer, with every value as a parameter: identifiers (columns, the layer's source)
/// come only from the layer registry, which checked them at start-up.
/// </summary>
internal sealed class FeatureQuery(LayerDefinition layer)
{
    private readonly List<string> conditions = [];
    private readonly DynamicParameters parameters = new();

    public LayerDefinition Layer => layer;

    public DynamicParameters Parameters => parameters;

    /// <summary>A scoped partner sees the features of a confidential layer inside its scope only.</summary>
    public FeatureQuery For(Caller caller)
    {
        if (layer.Confidentiality == Confidentiality.Public || caller.IsAgency || caller.Scope.Count == 0)
            return this;
        if (layer.ScopeProperty is not { } column)
        {
            conditions.Add("false");
            return this;
        }
        parameters.Add("ScopeTerritories", caller.Scope.Concat(caller.ScopeCommunes).ToArray());
        conditions.Add($"f.{column} = any(@ScopeTerritories)");
        return this;
    }

    public FeatureQuery WithBbox(Bbox? bbox)
    {
        if (bbox is null)
            return this;
        parameters.AddDynamicParams(new { bbox.MinX, bbox.MinY, bbox.MaxX, bbox.MaxY });
        var envelope = bbox.Crs.Srid == 4326
            ? "st_makeenvelope(@MinX, @MinY, @MaxX, @MaxY, 4326)"
            : $"st_transform(st_makeenvelope(@MinX, @MinY, @MaxX, @MaxY, {bbox.Crs.Srid}), 4326)";
        conditions.Add($"f.geom && {envelope} and st_intersects(f.geom, {envelope})");
        return this;
    }

    public FeatureQuery WithTime(TimeFilter? time)
    {
        if (time is null || layer.TemporalProperty is not { } column)
            return this;
        var isDate = layer.Property(column)!.Type == PropertyType.Date;
        // A date property matches an instant on the same (UTC) day.
        var cast = isDate ? "::date" : "";
        if (time.Start is { } start)
        {
            parameters.Add("TimeStart", start.UtcDateTime);
            conditions.Add($"f.{column} >= @TimeStart{cast}");
        }
        if (time.End is { } end)
        {
            parameters.Add("TimeEnd", end.UtcDateTime);
            conditions.Add($"f.{column} <= @TimeEnd{cast}");
        }
        return this;
    }

    public FeatureQuery WithEquals(LayerProperty property, object value)
    {
        var name = $"Equals{conditions.Count}";
        parameters.Add(name, value);
        conditions.Add($"f.{property.Name} = @{name}{(property.Type == PropertyType.Date ? "::date" : "")}");
        return this;
    }

    public FeatureQuery WithId(string id)
    {
        parameters.Add("FeatureId", id);
        conditions.Add("f.id::text = @FeatureId");
        return this;
    }

    private string From => $"from ({layer.Source}) f{(conditions.Count > 0 ? " where " + string.Join(" and ", conditions) : "")}";

    private string OrderBy => $"order by {string.Join(", ", layer.DefaultSort.Select(c => $"f.{c}").Append("f.id"))}";

    /// <summary>The geometry column for a resolution: the stored variant of generalised layers, else the full one.</summary>
    private string GeometryColumn(string resolution) => layer.Generalised && resolution is "medium" or "low" ? $"f.geom_{resolution}" : "f.geom";

    /// <summary>One GeoJSON Feature per row, built by PostGIS; one row more than the limit tells whether a next page exists.</summary>
    public string FeaturesSql(IReadOnlyList<LayerProperty> properties, OgcCrs crs, string resolution, int limit, int offset)
    {
        parameters.AddDynamicParams(new { Limit = limit + 1, Offset = offset });
        var geometry = crs.Srid == 4326 ? GeometryColumn(resolution) : $"st_transform({GeometryColumn(resolution)}, {crs.Srid})";
        // Concatenated rather than json_build_object: the same JSON without its spaces (a fifth of a points layer).
        var members = properties.Count == 0 ? "'{}'"
            : $"row_to_json((select p from (select {string.Join(", ", properties.Select(p => $"f.{p.Name}"))}) p))::text";
        return $$"""
            select '{"type":"Feature","id":' || to_json(f.id)::text
                || ',"geometry":' || st_asgeojson({{geometry}}, {{crs.Decimals(resolution)}}, 0)
                || ',"properties":' || {{members}} || '}'
            {{From}}
            {{OrderBy}}
            limit @Limit offset @Offset
            """;
    }

    /// <summary>Rows for CSV: id, the properties, the geometry as WKT.</summary>
    public string TableSql(IReadOnlyList<LayerProperty> properties, OgcCrs crs, string resolution, int limit, int offset)
    {
        parameters.AddDynamicParams(new { Limit = limit + 1, Offset = offset });
        var geometry = crs.Srid == 4326 ? GeometryColumn(resolution) : $"st_transform({GeometryColumn(resolution)}, {crs.Srid})";
        var columns = string.Concat(properties.Select(p => $"f.{p.Name}, "));
        return $"""
            select f.id, {columns}st_astext({geometry}, {crs.Decimals(resolution)}) as wkt
            {From}
            {OrderBy}
            limit @Limit offset @Offset
            """;
    }

    public string CountSql() => $"select count(*) {From}";

    /// <summary>A Mapbox vector tile (WebMercatorQuad) of the matching features, clipped with a small buffer.</summary>
    public string TileSql(int z, int x, int y)
    {
        parameters.AddDynamicParams(new { Z = z, X = x, Y = y, LayerName = layer.Id });
        var resolution = z < 8 ? "low" : z < 11 ? "medium" : "full";
        // Vector tiles carry strings, numbers and booleans: dates travel as ISO text.
        var columns = new StringBuilder("f.id::text as id");
        foreach (var p in layer.Properties)
            columns.Append(p.Type is PropertyType.Date or PropertyType.DateTime ? $", f.{p.Name}::text as {p.Name}" : $", f.{p.Name}");
        conditions.Add("f.geom && st_transform(st_tileenvelope(@Z, @X, @Y), 4326)");
        return $"""
            select st_asmvt(tile, @LayerName, 4096, 'geom') from (
                select st_asmvtgeom(st_transform({GeometryColumn(resolution)}, 3857), st_tileenvelope(@Z, @X, @Y), 4096, 64, true) as geom,
                       {columns}
                {From}
            ) tile
            where tile.geom is not null
            """;
    }
}
