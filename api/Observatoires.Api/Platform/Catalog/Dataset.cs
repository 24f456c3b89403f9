namespace Observatoires.Api.Platform.Catalog;

/// <summary>The observatory a dataset belongs to (the platform's referential for its own layers).</summary>
internal sealed record DatasetObservatory(string Slug, string Name);

/// <summary>The periods present in the data, as ISO 8601 dates: the first day of the first, the last day of the last.</summary>
internal sealed record TemporalCoverage(string Start, string End);

/// <summary>A dataset as the catalogue lists it: what a technician downloads together.</summary>
internal record DatasetSummary
{
    /// <summary>Stable id: observatory.source for an observatory's indicators of one source (.partner or .agency when restricted), the layer's id for a layer.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>indicators or layer.</summary>
    public required string Kind { get; init; }
    public required DatasetObservatory Observatory { get; init; }
    /// <summary>Its observatory's theme names (those of its indicators for an indicators dataset).</summary>
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    /// <summary>public, partner or agency: from its indicators' confidentiality or its layer's access rule.</summary>
    public required string Access { get; init; }
    public required string Licence { get; init; }
    /// <summary>How often it is updated: year, semester, quarter, month, or irregular.</summary>
    public required string Periodicity { get; init; }
    /// <summary>The territory levels it has values for (commune, epci…); empty for a layer.</summary>
    public required IReadOnlyList<string> Levels { get; init; }
    /// <summary>When its data last changed: its values' latest version, or its layer's data version.</summary>
    public required DateTimeOffset? Modified { get; init; }
    /// <summary>The periods present in its values, or its layer's dates; null when it has none.</summary>
    public required TemporalCoverage? Temporal { get; init; }
    /// <summary>The formats of its distributions (CSV, CSVW, XLSX, GeoJSON, API, OGC API), as its page lists them.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];
}

internal sealed record DatasetPublisher(string Name, string Url);

/// <param name="Email">null until the agency configures one (Observatoires:Catalog:ContactEmail).</param>
internal sealed record DatasetContact(string Name, string? Email, string Url);

/// <param name="Vintage">The source's vintages present in the latest period's values (comma-separated), if recorded.</param>
internal sealed record DatasetProvenance(string Source, string? Url, string? Vintage);

internal sealed record DatasetTerritory(string Id, string Name);

/// <param name="Territories">The agency's perimeter: its EPCIs.</param>
internal sealed record DatasetSpatial(IReadOnlyList<string> Levels, IReadOnlyList<DatasetTerritory> Territories,
    IReadOnlyList<double>? Bbox);

internal sealed record DatasetIndicator(string Code, string Label, string Unit);

/// <param name="Tables">The tables its features are read from (schema.table), as the ingestion log names an import's
/// target: the imports of those targets made the layer (its lineage).</param>
internal sealed record DatasetLayer(string Id, string Title, string CollectionUrl, IReadOnlyList<string> Tables);

/// <param name="Format">CSV, CSVW (the CSV's metadata), XLSX, GeoJSON, API or OGC API.</param>
/// <param name="Url">Absolute, from the platform's public URL.</param>
/// <param name="Download">Whether the URL gives the whole data in one answer (a DCAT downloadURL), rather than an
/// entry point or pages (an accessURL).</param>
/// <param name="Bytes">Its size when known beforehand; null otherwise (answers are built on request).</param>
internal sealed record DatasetDistribution(string Format, string Title, string MediaType, string Url, bool Download, long? Bytes);

/// <param name="Stale">No new data since its update frequency says there should be (agency callers only).</param>
/// <param name="ExpectedBy">When the next update is due: the latest period's end plus one period and the usual
/// publication delay; null for an irregular dataset.</param>
internal sealed record DatasetHealth(bool Stale, DateTimeOffset? ExpectedBy);

/// <summary>A dataset with everything its page shows.</summary>
internal sealed record Dataset : DatasetSummary
{
    public required DatasetPublisher Publisher { get; init; }
    public required DatasetContact Contact { get; init; }
    public required IReadOnlyList<DatasetProvenance> Provenance { get; init; }
    public required DatasetSpatial Spatial { get; init; }
    public required IReadOnlyList<DatasetIndicator> Indicators { get; init; }
    public required DatasetLayer? Layer { get; init; }
    public required IReadOnlyList<DatasetDistribution> Distributions
    {
        get;
        init
        {
            field = value;
            Formats = [.. value.Select(d => d.Format).Distinct()];
        }
    }
    /// <summary>The EU data themes (publications.europa.eu data-theme URIs) its observatory declares.</summary>
    public required IReadOnlyList<string> DataThemes { get; init; }
    /// <summary>For agency callers only, else null.</summary>
    public required DatasetHealth? Health { get; init; }

    /// <summary>Only the summary's members (what the list serialises).</summary>
    public DatasetSummary Summary() => new()
    {
        Id = Id,
        Title = Title,
        Description = Description,
        Kind = Kind,
        Observatory = Observatory,
        Themes = Themes,
        Keywords = Keywords,
        Access = Access,
        Licence = Licence,
        Periodicity = Periodicity,
        Levels = Levels,
        Modified = Modified,
        Temporal = Temporal,
        Formats = Formats,
    };
}
