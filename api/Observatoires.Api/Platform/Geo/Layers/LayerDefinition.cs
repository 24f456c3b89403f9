using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Geo.Layers;

/// <summary>The JSON Schema type of a layer property; also how filter values are parsed and compared.</summary>
internal enum PropertyType { String, Integer, Number, Date, DateTime, Boolean }

/// <param name="Name">The column of the layer's source and the property's name in GeoJSON.</param>
internal sealed record LayerProperty(string Name, PropertyType Type, string Description);

/// <summary>
/// A geographic layer as a module declares it: what it is, its properties, and the SQL that selects it. The
/// platform does the rest (OGC API - Features collections, paging, filters, CRS, vector tiles, CSV).
/// </summary>
internal sealed record LayerDefinition
{
    /// <summary>Collection id in URLs: lowercase words joined by hyphens (emploi-etablissements).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>GeoJSON geometry type of every feature (Point, MultiPolygon...).</summary>
    public required string GeometryType { get; init; }

    /// <summary>
    /// A query whose rows are the features: an <c>id</c> column (text or integer), <c>geom</c> in EPSG:4326, one
    /// column per property, and for <see cref="Generalised"/> layers <c>geom_medium</c> and <c>geom_low</c>.
    /// </summary>
    public required string Source { get; init; }

    public required IReadOnlyList<LayerProperty> Properties { get; init; }

    /// <summary>The property <c>datetime=</c> filters on (a date or timestamp), if the layer has one.</summary>
    public string? TemporalProperty { get; init; }

    /// <summary>Order of the pages: property names (the id always ends the order, so pages never overlap).</summary>
    public IReadOnlyList<string> DefaultSort { get; init; } = [];

    public Confidentiality Confidentiality { get; init; } = Confidentiality.Public;

    /// <summary>
    /// For confidential layers: the property giving each feature's territory (a commune or EPCI id), so that a
    /// partner limited to a scope sees the features inside it only. Without it, scoped partners see none.
    /// </summary>
    public string? ScopeProperty { get; init; }

    /// <summary>
    /// Every data version domain whose bumps change this layer (its ETags and cached answers): its own first, then
    /// those of the other data its SQL reads, such as <c>TerritoryGeometry.DataDomain</c> for the communes' contours
    /// or names (a contour import must reach it). The registry refuses a layer that reads platform tables without
    /// their domain.
    /// </summary>
    public required IReadOnlyList<string> DataDomains { get; init; }

    /// <summary>Whether the source has simplified variants (geom_medium, geom_low) with shared borders kept.</summary>
    public bool Generalised { get; init; }

    /// <summary>Where its features come from (its dataset's provenance); by default the agency, which maintains it.</summary>
    public string? Origin { get; init; }

    public string? OriginUrl { get; init; }

    /// <summary>How often its data is updated (its dataset's update frequency); null: irregularly, as objects change.</summary>
    public Periodicity? UpdatePeriodicity { get; init; }

    /// <summary>Words a technician would search its dataset with, beyond its title and its observatory's keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Its licence; by default Etalab's open licence when public, the partners' agreement or the agency's own use otherwise.</summary>
    public string? Licence { get; init; }

    public LayerProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>A module that publishes layers (the platform's territories, an observatory's sites...).</summary>
internal interface ILayerModule : IModule
{
    IReadOnlyList<LayerDefinition> Layers { get; }
}
