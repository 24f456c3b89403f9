using System.Text.RegularExpressions;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Geo.Layers;

/// <summary>Every layer of every module, checked once at start-up.</summary>
internal sealed partial class LayerRegistry
{
    /// <summary>
    /// The platform's tables, by the start of their names (platform.territory_membership and platform.indicator_value
    /// too), and the data domain whose bumps change them.
    /// </summary>
    private static readonly (string Tables, string Domain)[] PlatformTables =
        [("platform.territory", TerritoryGeometry.DataDomain), ("platform.indicator", ValueWriter.DataDomain)];

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
            if (layer.DataDomains.Count == 0)
                throw new InvalidOperationException($"layer {layer.Id}: no data domain (its own, then those of the data its SQL reads)");
            // A layer reading the platform's tables changes with their writes (a contour import, a values import): without
            // their domain, its ETags and cached answers would outlive them.
            foreach (var (tables, domain) in PlatformTables)
            {
                if (layer.Source.Contains(tables, StringComparison.OrdinalIgnoreCase) && !layer.DataDomains.Contains(domain))
                    throw new InvalidOperationException($"layer {layer.Id} reads {tables}: declare '{domain}' in its DataDomains");
            }
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
