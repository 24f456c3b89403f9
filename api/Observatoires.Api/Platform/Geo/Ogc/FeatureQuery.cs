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

    /// <summary>
    /// Rows for a spreadsheet: id, the properties, and one point's coordinates (x, y): a point itself, or a point on the
    /// surface (or the line) of any other geometry, which a spreadsheet can place where a centroid may fall outside.
    /// </summary>
    public string PointsSql(IReadOnlyList<LayerProperty> properties, OgcCrs crs, int limit, int offset)
    {
        parameters.AddDynamicParams(new { Limit = limit + 1, Offset = offset });
        var point = crs.Srid == 4326 ? "st_pointonsurface(f.geom)" : $"st_transform(st_pointonsurface(f.geom), {crs.Srid})";
        var decimals = crs.Decimals("full");
        var columns = string.Concat(properties.Select(p => $"f.{p.Name}, "));
        return $"""
            select f.id, {columns}round(st_x({point})::numeric, {decimals})::double precision as x,
                   round(st_y({point})::numeric, {decimals})::double precision as y
            {From}
            {OrderBy}
            limit @Limit offset @Offset
            """;
    }

    public string CountSql() => $"select count(*) {From}";

    /// <summary>The number of features, counted no further than <paramref name="cap"/> (enough to know a selection is too large).</summary>
    public string BoundedCountSql(long cap)
    {
        parameters.Add("CountCap", cap);
        return $"select count(*) from (select 1 {From} limit @CountCap) c";
    }

    /// <summary>
    /// The bounding box of the features (min x, min y, max x, max y) and the range of the temporal property, if any,
    /// in one pass: what the caller may see, as every answer about the layer (a partner's extent is its territory's).
    /// </summary>
    public string ExtentSql() => $"""
        select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e), start_, end_
        from (select st_extent(f.geom) as e,
                     {(layer.TemporalProperty is { } t ? $"min(f.{t})::text as start_, max(f.{t})::text as end_" : "null::text as start_, null::text as end_")}
              {From}) x
        """;

    /// <summary>
    /// Below this zoom a point layer's tiles carry one feature per cell of <see cref="ClusterCellPixels"/> pixels:
    /// 19,510 establishments made a 1.74 MB tile up to zoom 6 (still 0.8–1 MB at zooms 7–10); from zoom 12 every point
    /// is served (3,664 in the densest demo tile, 340 kB).
    /// </summary>
    public const int ClusterBelowZoom = 12;

    /// <summary>The cell of the clusters, in pixels of a 256-pixel tile: a 32 × 32 grid, at most 1,024 features a tile.</summary>
    public const int ClusterCellPixels = 8;

    /// <summary>Below these zooms the tiles of generalised layers draw the low, then the medium contours.</summary>
    public const int LowContoursBelowZoom = 8, MediumContoursBelowZoom = 11;

    /// <summary>Whether the tiles of this layer at this zoom are clustered.</summary>
    public static bool Clusters(LayerDefinition layer, int z) => layer.GeometryType == "Point" && z < ClusterBelowZoom;

    /// <summary>A Mapbox vector tile (WebMercatorQuad) of the matching features, clipped with a small buffer.</summary>
    public string TileSql(int z, int x, int y)
    {
        if (Clusters(layer, z))
            return ClusteredTileSql(z, x, y);
        parameters.AddDynamicParams(new { Z = z, X = x, Y = y, LayerName = layer.Id });
        var resolution = z < LowContoursBelowZoom ? "low" : z < MediumContoursBelowZoom ? "medium" : "full";
        conditions.Add("f.geom && st_transform(st_tileenvelope(@Z, @X, @Y), 4326)");
        return $"""
            select st_asmvt(tile, @LayerName, 4096, 'geom') from (
                select st_asmvtgeom(st_transform({GeometryColumn(resolution)}, 3857), st_tileenvelope(@Z, @X, @Y), 4096, 64, true) as geom,
                       {TileColumns()}
                {From}
            ) tile
            where tile.geom is not null
            """;
    }

    /// <summary>
    /// The points of the tile grouped by cell of the tile's grid: a cell's only point as itself (id and properties), a
    /// cell of several as one feature at their mean position with <c>cluster</c> true and <c>point_count</c>. Only
    /// the points inside the tile count (no buffer), so that a cluster is the same seen from either side of a tile edge.
    /// </summary>
    private string ClusteredTileSql(int z, int x, int y)
    {
        const int extent = 4096;
        parameters.AddDynamicParams(new { Z = z, X = x, Y = y, LayerName = layer.Id, Cell = extent / 256 * ClusterCellPixels });
        conditions.Add("f.geom && st_transform(st_tileenvelope(@Z, @X, @Y), 4326)");
        var single = string.Join(", ", layer.Properties.Select(p => p.Name).Prepend("id").Select(n => $"case when c.members = 1 then c.{n} end as {n}"));
        return $"""
            with points as (
                select st_asmvtgeom(st_transform(f.geom, 3857), st_tileenvelope(@Z, @X, @Y), {extent}, 0, true) as geom,
                       {TileColumns()}
                {From}
            ), cells as (
                select p.*, count(*) over cell as members, row_number() over (cell order by p.id) as rank_in_cell,
                       avg(st_x(p.geom)) over cell as mean_x, avg(st_y(p.geom)) over cell as mean_y
                from points p
                where p.geom is not null
                window cell as (partition by floor(st_x(p.geom) / @Cell), floor(st_y(p.geom) / @Cell))
            )
            select st_asmvt(tile, @LayerName, {extent}, 'geom') from (
                select case when c.members = 1 then c.geom else st_point(round(c.mean_x), round(c.mean_y)) end as geom,
                       {single},
                       case when c.members > 1 then true end as cluster,
                       case when c.members > 1 then c.members end as point_count
                from cells c
                where c.rank_in_cell = 1
            ) tile
            """;
    }

    /// <summary>The id and the properties, as vector tiles carry them (strings, numbers, booleans: dates as ISO text).</summary>
    private string TileColumns()
    {
        var columns = new StringBuilder("f.id::text as id");
        foreach (var p in layer.Properties)
            columns.Append(p.Type is PropertyType.Date or PropertyType.DateTime ? $", f.{p.Name}::text as {p.Name}" : $", f.{p.Name}");
        return columns.ToString();
    }
}
