using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>How the national schema types a property (JSON Schema type, and format for the dates).</summary>
internal enum SchemaType { String, Number, Integer, Boolean, Date, StringArray }

/// <summary>One property of a segment in the national schema: its JSON type, whether it is required, its values or pattern.</summary>
internal sealed record SchemaProperty(string Name, SchemaType Type, bool Required = false, IReadOnlyList<string>? Enum = null,
    string? Pattern = null);

/// <summary>One problem of an imported file: where (a JSON path such as <c>features[3].properties.ame_d</c>) and what.</summary>
internal sealed record SchemaProblem(string Path, string Message);

/// <summary>
/// The "schéma de données des aménagements cyclables" (etalab/amenagements-cyclables, 0.3.x) as code: every property
/// of a segment with its type, enumeration and pattern, in the schema's order, and the check of a GeoJSON
/// FeatureCollection against it. The API never reads the schema's file; a test compares this list with it
/// (every property, type, enumeration, pattern and required flag), so that a new version of the schema is noticed.
/// </summary>
internal static class CycleFacilitySchema
{
    public const string Version = "0.3.5";

    public static readonly IReadOnlyList<string> Facilities =
    [
        "PISTE CYCLABLE", "BANDE CYCLABLE", "DOUBLE SENS CYCLABLE PISTE", "DOUBLE SENS CYCLABLE BANDE", "DOUBLE SENS CYCLABLE NON MATERIALISE",
        "VOIE VERTE", "VELO RUE", "COULOIR BUS+VELO", "RAMPE", "GOULOTTE", "AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE",
        "CHAUSSEE A VOIE CENTRALE BANALISEE", "ACCOTEMENT REVETU HORS CVCB", "AUCUN", "AUTRE",
    ];

    public static readonly IReadOnlyList<string> Statuses = ["EN TRAVAUX", "EN SERVICE", "PROVISOIRE"];

    private static readonly string[] Regimes = ["ZONE 30", "AIRE PIETONNE", "ZONE DE RENCONTRE", "EN AGGLOMERATION", "HORS AGGLOMERATION", "AUTRE"];
    private static readonly string[] Directions = ["UNIDIRECTIONNEL", "BIDIRECTIONNEL"];
    private static readonly string[] Locations = ["TROTTOIR", "INTERMEDIAIRE", "CHAUSSEE"];
    private static readonly string[] Surfaces = ["LISSE", "RUGUEUX", "MEUBLE"];

    /// <summary>The INSEE commune code as the schema writes its pattern (anchored at the start only, as in the schema).</summary>
    public const string CommuneCodePattern = @"^([013-9]\d|2[AB1-9])\d{3}";

    /// <summary>Both sides of a road have the same properties, with _d (right) or _g (left).</summary>
    private static IEnumerable<SchemaProperty> Side(string side) =>
    [
        new($"code_com_{side}", SchemaType.String, Required: true, Pattern: CommuneCodePattern),
        new($"ame_{side}", SchemaType.String, Required: true, Enum: Facilities),
        new($"regime_{side}", SchemaType.String, Enum: Regimes),
        new($"sens_{side}", SchemaType.String, Enum: Directions),
        new($"largeur_{side}", SchemaType.Number),
        new($"local_{side}", SchemaType.String, Enum: Locations),
        new($"statut_{side}", SchemaType.String, Enum: Statuses),
        new($"revet_{side}", SchemaType.String, Enum: Surfaces),
    ];

    /// <summary>Every property of a segment, in the schema's order (the export's order).</summary>
    public static readonly IReadOnlyList<SchemaProperty> Properties =
    [
        new("id_local", SchemaType.String, Required: true),
        new("reseau_loc", SchemaType.String, Enum: ["REV", "Structurant", "Autre"]),
        new("nom_loc", SchemaType.StringArray),
        new("id_osm", SchemaType.String),
        new("num_iti", SchemaType.String),
        .. Side("d"),
        .. Side("g"),
        new("access_ame", SchemaType.String, Enum: ["ROLLER", "VELO DE ROUTE", "VTC", "VTT"]),
        new("date_maj", SchemaType.Date),
        new("trafic_vit", SchemaType.Integer),
        new("lumiere", SchemaType.Boolean),
        new("d_service", SchemaType.Number),
        new("comm", SchemaType.String),
        new("source", SchemaType.String),
        new("project_c", SchemaType.String),
        new("ref_geo", SchemaType.String),
    ];

    /// <summary>At most this many problems are listed (all are counted).</summary>
    public const int ListedProblems = 200;

    /// <summary>
    /// Checks a GeoJSON FeatureCollection against the schema and the observatory's rules: the JSON types, required
    /// properties, enumerations, patterns and dates of the schema; a LineString or MultiLineString geometry in
    /// WGS 84; an id_local given once in the file; commune codes that are communes of the observatory's territory
    /// (<paramref name="knownCommunes"/>, INSEE codes). A null optional property counts as absent (QGIS writes them so;
    /// the export leaves them out). Properties the schema does not name are ignored, as the schema allows them.
    /// </summary>
    public static IReadOnlyList<SchemaProblem> Check(JsonElement document, IReadOnlySet<string> knownCommunes)
    {
        var problems = new List<SchemaProblem>();
        if (document.ValueKind != JsonValueKind.Object)
            return [new("$", "the file must be a GeoJSON FeatureCollection (a JSON object)")];
        if (!document.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection")
            problems.Add(new("type", "must be \"FeatureCollection\""));
        if (!document.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("features", "is required: the array of the segments"));
            return problems;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            CheckFeature(feature, $"features[{index}]", problems, knownCommunes);
            if (feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("id_local", out var id) && id.ValueKind == JsonValueKind.String)
            {
                if (seen.TryGetValue(id.GetString()!, out var first))
                    problems.Add(new($"features[{index}].properties.id_local", $"'{id.GetString()}' is already the id_local of features[{first}]: it must be unique"));
                else
                    seen[id.GetString()!] = index;
            }
            index++;
        }
        if (index == 0)
            problems.Add(new("features", "holds no segment"));
        return problems;
    }

    private static void CheckFeature(JsonElement feature, string path, List<SchemaProblem> problems, IReadOnlySet<string> knownCommunes)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, "must be a GeoJSON Feature (a JSON object)"));
            return;
        }
        if (!feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
            problems.Add(new($"{path}.type", "must be \"Feature\""));
        CheckGeometry(feature.TryGetProperty("geometry", out var geometry) ? geometry : default, $"{path}.geometry", problems);
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new($"{path}.properties", "is required (an object)"));
            return;
        }
        foreach (var property in Properties)
        {
            var at = $"{path}.properties.{property.Name}";
            if (!properties.TryGetProperty(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (property.Required)
                    problems.Add(new(at, "is required"));
                continue;
            }
            if (CheckValue(property, value) is { } problem)
                problems.Add(new(at, problem));
            else if (property.Name.StartsWith("code_com_", StringComparison.Ordinal) && !knownCommunes.Contains(value.GetString()!))
                problems.Add(new(at, $"'{Shorten(value.GetString()!)}' is not a commune of the observatory's territory"));
        }
    }

    /// <summary>What is wrong with a present value, or null.</summary>
    public static string? CheckValue(SchemaProperty property, JsonElement value)
    {
        switch (property.Type)
        {
            case SchemaType.String or SchemaType.Date when value.ValueKind != JsonValueKind.String:
                return $"must be a string, not {Kind(value)}";
            case SchemaType.Number when value.ValueKind != JsonValueKind.Number:
                return $"must be a number, not {Kind(value)}";
            case SchemaType.Integer when value.ValueKind != JsonValueKind.Number || !IsInteger(value):
                return $"must be an integer, not {(value.ValueKind == JsonValueKind.Number ? value.GetRawText() : Kind(value))}";
            case SchemaType.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                return $"must be true or false, not {Kind(value)}";
            case SchemaType.StringArray when value.ValueKind != JsonValueKind.Array:
                return $"must be an array of strings, not {Kind(value)}";
            case SchemaType.StringArray when value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String):
                return "must be an array of strings: every item a string";
            case SchemaType.StringArray when value.EnumerateArray().Any(v => v.GetString()!.Contains('\0', StringComparison.Ordinal)):
                return "holds a NUL character (U+0000), which no text may contain";
            case SchemaType.Number when !value.TryGetDouble(out var number) || !double.IsFinite(number):
                return $"{value.GetRawText()} is out of the range of numbers";
            case SchemaType.Integer when !value.TryGetDouble(out var integer) || integer is < int.MinValue or > int.MaxValue:
                return $"{value.GetRawText()} is out of the range of integers (±2,147,483,647)";
        }
        if (value.ValueKind != JsonValueKind.String)
            return null;
        var text = value.GetString()!;
        if (text.Contains('\0', StringComparison.Ordinal))
            return "holds a NUL character (U+0000), which no text may contain";
        if (property.Enum is { } values && !values.Contains(text, StringComparer.Ordinal))
            return $"'{Shorten(text)}' is not one of {string.Join(", ", values.Select(v => $"'{v}'"))}";
        if (property.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            return $"'{Shorten(text)}' is not an INSEE commune code (5 characters, such as 62119)";
        if (property.Type == SchemaType.Date && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return $"'{Shorten(text)}' is not a date written YYYY-MM-DD";
        return null;
    }

    private static void CheckGeometry(JsonElement geometry, string path, List<SchemaProblem> problems)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, "is required: a LineString or MultiLineString"));
            return;
        }
        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is not ("LineString" or "MultiLineString"))
        {
            problems.Add(new($"{path}.type", $"must be LineString or MultiLineString{(type is null ? "" : $", not {Shorten(type)}")}"));
            return;
        }
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new($"{path}.coordinates", "is required (an array)"));
            return;
        }
        var lines = type == "LineString" ? [coordinates] : coordinates.EnumerateArray().ToList();
        if (lines.Count == 0 || lines.Any(l => l.ValueKind != JsonValueKind.Array || l.GetArrayLength() < 2 || !l.EnumerateArray().All(IsPosition)))
            problems.Add(new($"{path}.coordinates", "must be lines of at least two positions [longitude, latitude] in WGS 84 degrees"));
    }

    private static bool IsPosition(JsonElement position) =>
        position.ValueKind == JsonValueKind.Array && position.GetArrayLength() is 2 or 3
        && position.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Number)
        && position[0].GetDouble() is >= -180 and <= 180 && position[1].GetDouble() is >= -90 and <= 90;

    private static bool IsInteger(JsonElement value) => value.TryGetDecimal(out var d) ? decimal.Truncate(d) == d : value.TryGetDouble(out var x) && Math.Floor(x) == x;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>Values echoed in problems are cut: a problem never carries a whole hostile value back.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
