using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;

namespace Observatoires.Api.Platform.Territories.ImportContours;

/// <summary>One feature of a contour file: its position in the file, its code property and its geometry.</summary>
internal sealed record ContourFeature(int Index, string? Code, Geometry? Geometry);

/// <summary>Reads GeoJSON, Shapefile and GeoPackage files into features, with the SRID the file declares.</summary>
internal static class ContourFile
{
    public sealed record Content(IReadOnlyList<ContourFeature> Features, int? DeclaredSrid);

    /// <exception cref="InvalidDataException">The file cannot be read as the format its extension names.</exception>
    public static Content Read(string path, string codeProperty)
    {
        if (!File.Exists(path))
            throw new InvalidDataException("file not found");
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".geojson" or ".json" => ReadGeoJson(path, codeProperty),
                ".shp" => ReadShapefile(path, codeProperty),
                ".gpkg" => ReadGeoPackage(path, codeProperty),
                var other => throw new InvalidDataException(
                    $"unsupported format '{other}' (expected .geojson, .json, .shp or .gpkg)"),
            };
        }
        catch (Exception e) when (e is JsonException or SqliteException or IOException or NotSupportedException or ArgumentException
                                       or FormatException or ParseException)
        {
            throw new InvalidDataException($"cannot be read: {e.Message}", e);
        }
    }

    private static Content ReadGeoJson(string path, string codeProperty)
    {
        using var stream = File.OpenRead(path);
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException("not a GeoJSON FeatureCollection");
        // GeoJSON (RFC 7946) coordinates are always WGS 84 longitude/latitude.
        return new([.. collection.Select((f, i) => new ContourFeature(i, CodeOf(f.Attributes, codeProperty), f.Geometry))], 4326);
    }

    private static Content ReadShapefile(string path, string codeProperty)
    {
        var features = Shapefile.ReadAllFeatures(path);
        var prj = Path.ChangeExtension(path, ".prj");
        int? srid = File.Exists(prj) ? SridFromWkt(File.ReadAllText(prj)) : null;
        return new([.. features.Select((f, i) => new ContourFeature(i, CodeOf(f.Attributes, codeProperty), f.Geometry))], srid);
    }

    private static Content ReadGeoPackage(string path, string codeProperty)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        string table, column;
        int srid;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                select c.table_name, g.column_name, g.srs_id
                from gpkg_contents c join gpkg_geometry_columns g on g.table_name = c.table_name
                where c.data_type = 'features' order by c.table_name limit 1
                """;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
                throw new InvalidDataException("the GeoPackage has no feature table");
            (table, column, srid) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
        }
        var features = new List<ContourFeature>();
        var geoReader = new GeoPackageGeoReader();
        using (var command = connection.CreateCommand())
        {
            // Identifiers come from the file's own catalogue, quoted; they cannot be parameters in SQLite.
            command.CommandText = $"select \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\".*, " +
                                  $"\"{column.Replace("\"", "\"\"", StringComparison.Ordinal)}\" as __geom from \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = command.ExecuteReader();
            var codeOrdinal = Enumerable.Range(0, reader.FieldCount)
                .FirstOrDefault(i => string.Equals(reader.GetName(i), codeProperty, StringComparison.OrdinalIgnoreCase), -1);
            var geomOrdinal = reader.GetOrdinal("__geom");
            var index = 0;
            while (reader.Read())
            {
                var code = codeOrdinal < 0 || reader.IsDBNull(codeOrdinal)
                    ? null : Convert.ToString(reader.GetValue(codeOrdinal), CultureInfo.InvariantCulture);
                var geometry = reader.IsDBNull(geomOrdinal) ? null : geoReader.Read((byte[])reader.GetValue(geomOrdinal));
                features.Add(new(index++, code, geometry));
            }
        }
        return new(features, srid > 0 ? srid : null);
    }

    private static string? CodeOf(IAttributesTable? attributes, string codeProperty)
    {
        if (attributes is null || !attributes.Exists(codeProperty))
            return null;
        return attributes[codeProperty] switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
            JsonElement e => e.GetRawText(),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The EPSG code of the two systems French files come in; anything else must be given with --srid.</summary>
    private static int? SridFromWkt(string wkt) =>
        wkt.Contains("Lambert_93", StringComparison.OrdinalIgnoreCase) || wkt.Contains("Lambert-93", StringComparison.OrdinalIgnoreCase)
            || (wkt.Contains("RGF93", StringComparison.OrdinalIgnoreCase) && wkt.Contains("PROJCS", StringComparison.OrdinalIgnoreCase))
            ? 2154
            : wkt.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) && !wkt.Contains("PROJCS", StringComparison.OrdinalIgnoreCase)
                ? 4326
                : null;
}
