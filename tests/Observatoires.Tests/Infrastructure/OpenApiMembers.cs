using System.Text.Json;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// Compares a JSON response with the members its OpenAPI schema documents, level by level: for the bodies the API
/// streams by hand or takes from PostGIS, which no serializer keeps in line with the document.
/// </summary>
internal sealed class OpenApiMembers(JsonElement document)
{
    private readonly JsonElement schemas = document.GetProperty("components").GetProperty("schemas");

    /// <summary>The schema of a GET's 200 answer in the given media type.</summary>
    public JsonElement Response(string path, string mediaType) => document.GetProperty("paths").GetProperty(path).GetProperty("get")
        .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty(mediaType).GetProperty("schema");

    /// <summary>The schema of a member of an object schema.</summary>
    public JsonElement Member(JsonElement schema, string name) => Properties(schema).GetProperty(name);

    /// <summary>The documented member names of an object schema.</summary>
    public IEnumerable<string> Names(JsonElement schema) => Properties(schema).EnumerateObject().Select(p => p.Name);

    // A schema refers to its type directly, or through allOf / oneOf when the member may be null.
    private JsonElement Properties(JsonElement schema)
    {
        var reference = schema.TryGetProperty("$ref", out var direct) ? direct
            : (schema.TryGetProperty("allOf", out var all) ? all : schema.GetProperty("oneOf"))[0].GetProperty("$ref");
        return schemas.GetProperty(reference.GetString()!.Split('/')[^1]).GetProperty("properties");
    }
}
