using System.Text.RegularExpressions;

namespace Observatoires.Api.Platform.Geo.Layers;

/// <summary>Every layer of every module, checked once at start-up.</summary>
internal sealed partial class LayerRegistry
{
    private readonly Dictionary<string, LayerDefinition> byId = [];

    public LayerRegistry(IEnumerable<IModule> modules)
    {
        foreach (var layer in modules.OfType<ILayerModule>().SelectMany(m => m.Layers))
        {
            // Ids and property names are written into SQL as identifiers: only this closed shape is accepted.
            if (!LayerId().IsMatch(layer.Id))
                throw new InvalidOperationException($"layer id '{layer.Id}': expected lowercase words joined by hyphens");
            var bad = layer.Properties.Select(p => p.Name).Concat(layer.DefaultSort).Append(layer.TemporalProperty ?? "id").Append(layer.ScopeProperty ?? "id")
                .FirstOrDefault(n => !Identifier().IsMatch(n) || (n != "id" && layer.Property(n) is null));
            if (bad is not null)
                throw new InvalidOperationException($"layer {layer.Id}: '{bad}' is not one of its properties (or not a plain identifier)");
            if (layer.Properties.Any(p => p.Name is "id" or "geom" or "geom_medium" or "geom_low"))
                throw new InvalidOperationException($"layer {layer.Id}: id and geometry columns are not properties");
            if (!byId.TryAdd(layer.Id, layer))
                throw new InvalidOperationException($"two layers have the id '{layer.Id}'");
        }
    }

    public IReadOnlyList<LayerDefinition> All => [.. byId.Values];

    public LayerDefinition? Find(string id) => byId.GetValueOrDefault(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LayerId();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
