using FastEndpoints;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Geo.Ogc.GetQueryables;

internal sealed class Request
{
    /// <summary>Collection id, e.g. emploi-etablissements.</summary>
    public string CollectionId { get; set; } = "";
}

internal sealed class Endpoint(LayerRegistry layers, ICallerAccessor callers) : Endpoint<Request>
{
    public override void Configure()
    {
        Get(Ogc.Root + "/collections/{collectionId}/queryables");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(object), Ogc.JsonSchema).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The properties a layer's items can be filtered on (?name=value), as a JSON Schema";
            s.Description = "A JSON Schema of the layer's properties with their types: each can filter the items by equality (?naf_section=G).";
            s.ExampleRequest = new Request { CollectionId = "emploi-etablissements" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (Ogc.Visible(layers, callers.Current, r.CollectionId) is not { } layer)
        {
            await Send.ResultAsync(Problems.NotFound(Ogc.NotFoundMessage(r.CollectionId)));
            return;
        }
        var properties = new Dictionary<string, object>
        {
            ["geometry"] = new { format = $"geometry-{layer.GeometryType.Replace("Multi", "", StringComparison.Ordinal).ToLowerInvariant()}" },
        };
        foreach (var p in layer.Properties)
            properties[p.Name] = JsonSchemaOf(p);
        if (layer.TemporalProperty is { } temporal)
            properties[temporal] = new Dictionary<string, object>(JsonSchemaOf(layer.Property(temporal)!)) { ["x-ogc-role"] = "primary-instant" };
        await Send.ResultAsync(TypedResults.Json(new Dictionary<string, object>
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Ogc.Url(HttpContext.Request, $"/collections/{layer.Id}/queryables"),
            ["type"] = "object",
            ["title"] = layer.Title,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        }, contentType: Ogc.JsonSchema));
    }

    internal static Dictionary<string, object> JsonSchemaOf(LayerProperty p) => p.Type switch
    {
        PropertyType.Integer => new() { ["type"] = "integer", ["description"] = p.Description },
        PropertyType.Number => new() { ["type"] = "number", ["description"] = p.Description },
        PropertyType.Boolean => new() { ["type"] = "boolean", ["description"] = p.Description },
        PropertyType.Date => new() { ["type"] = "string", ["format"] = "date", ["description"] = p.Description },
        PropertyType.DateTime => new() { ["type"] = "string", ["format"] = "date-time", ["description"] = p.Description },
        _ => new() { ["type"] = "string", ["description"] = p.Description },
    };
}
