using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// A small JSON Schema validator for the constructs the national cycling schema uses (allOf, $ref to GeoJSON's
/// FeatureCollection, type, properties, required, items, enum, pattern, format date), written here rather than adding
/// a package: the one on the mirror that fits (JsonSchema.Net) would still have to fetch geojson.org's schema, which
/// the tests cannot reach. Any other keyword fails the check, so that a schema using more is noticed rather than
/// half-checked.
/// </summary>
internal static class JsonSchemaCheck
{
    private const string FeatureCollectionRef = "https://geojson.org/schema/FeatureCollection.json";

    // Keywords that only describe (JSON Schema's annotations, and the metadata of schema.data.gouv.fr).
    private static readonly HashSet<string> Annotations =
    [
        "$schema", "$id", "title", "description", "examples", "name", "countryCode", "homepage", "path", "resources", "created",
        "lastModified", "version", "contributors",
    ];

    /// <summary>Every place where the document breaks the schema (empty when it is valid).</summary>
    public static List<string> Errors(JsonElement schema, JsonElement document)
    {
        var errors = new List<string>();
        Check(schema, document, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "allOf":
                    foreach (var sub in keyword.Value.EnumerateArray())
                        Check(sub, value, path, errors);
                    break;
                case "$ref" when keyword.Value.GetString() == FeatureCollectionRef:
                    CheckFeatureCollection(value, path, errors);
                    break;
                case "type":
                    if (!HasType(value, keyword.Value.GetString()!))
                        errors.Add($"{path}: not of type {keyword.Value.GetString()}");
                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var property in keyword.Value.EnumerateObject())
                            if (value.TryGetProperty(property.Name, out var member))
                                Check(property.Value, member, $"{path}.{property.Name}", errors);
                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                            if (!value.TryGetProperty(name, out _))
                                errors.Add($"{path}.{name}: required");
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                        foreach (var (item, i) in value.EnumerateArray().Select((v, i) => (v, i)))
                            Check(keyword.Value, item, $"{path}[{i}]", errors);
                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                        errors.Add($"{path}: {value.GetRawText()} not in the enumeration");
                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                        errors.Add($"{path}: '{value.GetString()}' does not match {keyword.Value.GetString()}");
                    break;
                case "format" when keyword.Value.GetString() == "date":
                    if (value.ValueKind == JsonValueKind.String
                        && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        errors.Add($"{path}: '{value.GetString()}' is not a date");
                    break;
                default:
                    throw new NotSupportedException($"{path}: the schema uses '{keyword.Name}', which this check does not implement");
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type {type}"),
    };

    /// <summary>What geojson.org's FeatureCollection schema requires (RFC 7946): its type, features, each a Feature with a geometry and properties.</summary>
    private static void CheckFeatureCollection(JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection")
        {
            errors.Add($"{path}: not a FeatureCollection");
            return;
        }
        if (!value.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}.features: required array");
            return;
        }
        foreach (var (feature, i) in features.EnumerateArray().Select((f, i) => (f, i)))
        {
            var at = $"{path}.features[{i}]";
            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var t) || t.GetString() != "Feature")
                errors.Add($"{at}: not a Feature");
            else if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                errors.Add($"{at}.properties: required object or null");
            else if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                errors.Add($"{at}.geometry: required object or null");
            else if (geometry.ValueKind == JsonValueKind.Object && !IsGeometry(geometry))
                errors.Add($"{at}.geometry: not a GeoJSON geometry");
        }
    }

    private static bool IsGeometry(JsonElement geometry) =>
        geometry.TryGetProperty("type", out var type) && geometry.TryGetProperty("coordinates", out var coordinates)
        && coordinates.ValueKind == JsonValueKind.Array
        && type.GetString() switch
        {
            "Point" => IsPosition(coordinates),
            "LineString" or "MultiPoint" => coordinates.GetArrayLength() >= (type.GetString() == "LineString" ? 2 : 0)
                                            && coordinates.EnumerateArray().All(IsPosition),
            "MultiLineString" => coordinates.EnumerateArray().All(l => l.ValueKind == JsonValueKind.Array && l.GetArrayLength() >= 2
                                                                        && l.EnumerateArray().All(IsPosition)),
            "Polygon" or "MultiPolygon" => true,
            _ => false,
        };

    private static bool IsPosition(JsonElement position) =>
        position.ValueKind == JsonValueKind.Array && position.GetArrayLength() >= 2 && position.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Number);
}
