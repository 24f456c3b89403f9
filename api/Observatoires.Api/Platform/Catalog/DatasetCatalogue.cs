using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Geo.Ogc;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Catalog;

/// <summary>
/// The datasets, derived from what exists rather than typed again: an observatory's indicators of one source (split by
/// confidentiality, so that a dataset has one access right) are one dataset, each layer is one. The catalogue
/// (platform.indicator), the layer registry and the modules' optional metadata (keywords, EU data themes, a layer's
/// origin and update frequency) say what they are; the values' availability and versions, and the data versions, say
/// what they hold and when it last changed. Only what the caller may see is ever built.
/// </summary>
internal sealed partial class DatasetCatalogue(
    NpgsqlDataSource dataSource, IEnumerable<IModule> modules, LayerRegistry layers, PublicUrl publicUrl, IConfiguration configuration)
{
    public const string Agency = "Agence d'urbanisme de l'Artois (AULA)";
    public const string AgencyUrl = "https://www.aulartois.fr";
    public const string ContactEmailSetting = "Observatoires:Catalog:ContactEmail";

    /// <summary>The observatory the platform's own layers (communes, EPCI...) are listed under.</summary>
    public static readonly DatasetObservatory Referential = new("territoires", "Référentiel territorial");

    public const string OpenLicence = "Licence Ouverte / Open Licence 2.0 (Etalab)";

    /// <summary>A layer's licence: its own, or the one its access right implies.</summary>
    public static string LicenceOf(LayerDefinition layer) => layer.Licence ?? layer.Confidentiality switch
    {
        Confidentiality.Public => OpenLicence,
        Confidentiality.Partner => "Convention de partage des données avec l'agence",
        _ => "Usage interne de l'agence",
    };

    /// <summary>Every dataset the caller may see, observatory by observatory.</summary>
    public async Task<IReadOnlyList<Dataset>> ListAsync(Caller caller, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var indicators = await IndicatorInfo.ListAsync(connection, caller);
        var facts = (await Data.IndicatorFactsAsync(connection, [.. indicators.Select(i => i.Code)])).ToDictionary(f => f.Code);
        var observatories = (await Data.ObservatoriesAsync(connection)).ToDictionary(o => o.Slug);
        var themes = (await Data.ThemesAsync(connection)).ToDictionary(t => (t.Observatory, t.Code), t => t.Name);
        var levelRanks = (await Data.LevelsAsync(connection)).ToDictionary(l => l.Level, l => l.Rank);
        var perimeter = (await Data.PerimeterAsync(connection)).Select(t => new DatasetTerritory(t.Id, t.Name)).ToList();
        var versions = (await Data.DataVersionsAsync(connection)).ToDictionary(v => v.Domain, v => v.UpdatedAt);
        var definitions = modules.OfType<IObservatoryModule>().ToDictionary(m => m.Observatory.Slug, m => m.Observatory);
        var contact = new DatasetContact($"{Agency}, pôle observatoires", configuration[ContactEmailSetting] is { Length: > 0 } e ? e : null, AgencyUrl);
        var now = DateTimeOffset.UtcNow;

        var datasets = new List<Dataset>();
        foreach (var bySlug in indicators.GroupBy(i => i.ObservatorySlug))
        {
            if (!observatories.TryGetValue(bySlug.Key, out var observatory))
                continue;
            var definition = definitions.GetValueOrDefault(bySlug.Key);
            var ids = new HashSet<string>();
            foreach (var group in bySlug.GroupBy(i => (i.Source, i.Confidentiality)))
            {
                var members = group.ToList();
                var restrictedTo = group.Key.Confidentiality == Confidentiality.Public ? "" : $".{Names.Of(group.Key.Confidentiality)}";
                var id = UniqueId($"{bySlug.Key}.{SourceSlug(group.Key.Source)}", restrictedTo, ids);
                var memberFacts = members.Select(m => facts.GetValueOrDefault(m.Code)).OfType<IndicatorFacts>().ToList();
                var periodicity = members.Select(m => m.Periodicity).Max();   // the most frequent: month > quarter > semester > year
                var levels = memberFacts.SelectMany(f => f.Levels).Distinct().OrderBy(l => levelRanks.GetValueOrDefault(l)).ToList();
                var themeNames = members.Select(m => themes.GetValueOrDefault((bySlug.Key, m.ThemeCode)) ?? m.ThemeCode).Distinct().ToList();
                var modified = memberFacts.Select(f => f.Modified).Max() is { } m ? new DateTimeOffset(DateTime.SpecifyKind(m, DateTimeKind.Utc)) : (DateTimeOffset?)null;
                var first = memberFacts.Select(f => Period.Parse(f.FirstPeriod)).Select(p => Start(p)).DefaultIfEmpty().Min();
                var last = memberFacts.Select(f => Period.Parse(f.LastPeriod)).Select(p => End(p)).DefaultIfEmpty().Max();
                var restricted = group.Key.Confidentiality switch { Confidentiality.Partner => " (partenaires)", Confidentiality.Agency => " (agence)", _ => "" };
                var source = SourceHead(group.Key.Source);
                datasets.Add(new Dataset
                {
                    Id = id,
                    Title = $"{observatory.Name} — {source}{restricted}",
                    Description = $"{members.Count} indicateur{(members.Count > 1 ? "s" : "")} de l'observatoire « {observatory.Name} » " +
                                  $"issu{(members.Count > 1 ? "s" : "")} de la source « {group.Key.Source} » : " +
                                  string.Join(", ", members.Select(i => i.Label)) + ".",
                    Kind = "indicators",
                    Observatory = new(observatory.Slug, observatory.Name),
                    Themes = themeNames,
                    Keywords = [.. themeNames.Concat(definition?.Keywords ?? []).Append(source).Distinct()],
                    Access = Names.Of(group.Key.Confidentiality),
                    Licence = members[0].Licence,
                    Periodicity = Indicators.Period.Name(periodicity),
                    Levels = levels,
                    Modified = modified,
                    Temporal = memberFacts.Count == 0 ? null : new(Iso(first), Iso(last)),
                    Publisher = new(Agency, AgencyUrl),
                    Contact = contact,
                    Provenance = [new(group.Key.Source, members.Select(i => i.SourceUrl).FirstOrDefault(u => u is not null),
                        memberFacts.SelectMany(f => f.Vintages?.Split(", ") ?? []).Distinct().Order().ToList() is { Count: > 0 } v ? string.Join(", ", v) : null)],
                    Spatial = new(levels, perimeter, null),
                    Indicators = [.. members.Select(i => new DatasetIndicator(i.Code, i.Label, i.Unit))],
                    Layer = null,
                    Distributions = Distributions(publicUrl, bySlug.Key,
                        [.. members.Select(i => (i.Code, i.Label, FinestLevel(facts.GetValueOrDefault(i.Code), levelRanks)))], null),
                    DataThemes = Themes(definition),
                    Health = caller.IsAgency ? Health(modified, periodicity, now) : null,
                });
            }
        }

        foreach (var module in modules.OfType<ILayerModule>())
        {
            var definition = (module as IObservatoryModule)?.Observatory;
            foreach (var layer in module.Layers.Where(l => caller.CanSee(l.Confidentiality) && layers.Find(l.Id) == l))
            {
                var query = new FeatureQuery(layer).For(caller);
                var (minX, minY, maxX, maxY, start, end) = await connection.QuerySingleAsync<(double?, double?, double?, double?, string?, string?)>(
                    query.ExtentSql(), query.Parameters);
                var modified = versions.TryGetValue(layer.DataDomains[0], out var at) ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : (DateTimeOffset?)null;
                var observatory = definition is null ? Referential : new DatasetObservatory(definition.Slug, definition.Name);
                datasets.Add(new Dataset
                {
                    Id = layer.Id,
                    Title = layer.Title,
                    Description = layer.Description,
                    Kind = "layer",
                    Observatory = observatory,
                    Themes = [],
                    Keywords = [.. layer.Keywords.Concat(definition?.Keywords ?? []).Distinct()],
                    Access = Names.Of(layer.Confidentiality),
                    Licence = LicenceOf(layer),
                    Periodicity = layer.UpdatePeriodicity is { } p ? Indicators.Period.Name(p) : "irregular",
                    Levels = [],
                    Modified = modified,
                    Temporal = start is null || end is null ? null : new(start[..Math.Min(10, start.Length)], end[..Math.Min(10, end.Length)]),
                    Publisher = new(Agency, AgencyUrl),
                    Contact = contact,
                    Provenance = [new(layer.Origin ?? $"{Agency}, {observatory.Name}", layer.OriginUrl, null)],
                    Spatial = new([], perimeter, minX is null ? null : [minX.Value, minY!.Value, maxX!.Value, maxY!.Value]),
                    Indicators = [],
                    Layer = new(layer.Id, layer.Title, publicUrl.For($"{Ogc.Root}/collections/{layer.Id}"), TablesOf(layer)),
                    Distributions = Distributions(publicUrl, observatory.Slug, [], layer),
                    DataThemes = Themes(definition),
                    Health = caller.IsAgency ? Health(modified, layer.UpdatePeriodicity, now) : null,
                });
            }
        }
        return datasets;
    }

    /// <summary>
    /// Every download and access URL of a dataset, in one place (the exports' formats and routes are decided here): per
    /// indicator its values at its finest level as CSV, the CSV's CSVW metadata and XLSX; for a layer its items as CSV
    /// (with its CSVW metadata), XLSX and GeoJSON, and its OGC collection (a GeoPackage is GDAL's one line from it: docs/api.md,
    /// the recipe the dataset page gives); then the API entry point.
    /// </summary>
    public static IReadOnlyList<DatasetDistribution> Distributions(PublicUrl url, string observatory,
        IReadOnlyList<(string Code, string Label, string? Level)> indicators, LayerDefinition? layer)
    {
        var list = new List<DatasetDistribution>();
        foreach (var (code, label, level) in indicators)
        {
            var values = $"/api/v1/indicators/{code}/values";
            var query = level is null ? "" : $"level={level}&";
            list.Add(new("CSV", $"{label} : valeurs par {LevelName(level)} (CSV)", MediaTypes.Csv, url.For(values, new($"?{query}format=csv")), true, null));
            list.Add(new("CSVW", $"{label} : métadonnées du CSV (CSVW)", MediaTypes.Csvw, url.For(values, new($"?{query}format=csvw")), true, null));
            list.Add(new("XLSX", $"{label} : valeurs par {LevelName(level)} (XLSX, données et métadonnées)", MediaTypes.Xlsx,
                url.For(values, new($"?{query}format=xlsx")), true, null));
        }
        if (layer is not null)
        {
            var items = $"{Ogc.Root}/collections/{layer.Id}/items";
            list.Add(new("CSV", $"{layer.Title} (CSV, géométrie en WKT)", MediaTypes.Csv, url.For(items, new("?f=csv")), true, null));
            list.Add(new("CSVW", $"{layer.Title} : métadonnées du CSV (CSVW)", MediaTypes.Csvw, url.For(items, new("?f=csvw")), true, null));
            list.Add(new("XLSX", $"{layer.Title} (XLSX, un point par objet en longitude et latitude, données et métadonnées)", MediaTypes.Xlsx,
                url.For(items, new("?f=xlsx")), true, null));
            list.Add(new("GeoJSON", $"{layer.Title} (GeoJSON, par pages)", MediaTypes.GeoJson, url.For(items, new("?f=json")), false, null));
            list.Add(new("OGC API", $"{layer.Title} : collection OGC API - Features et Tiles (QGIS, GDAL : GeoPackage)", MediaTypes.Json,
                url.For($"{Ogc.Root}/collections/{layer.Id}"), false, null));
        }
        else
        {
            list.Add(new("API", "Catalogue des indicateurs de l'observatoire (API REST, JSON)", MediaTypes.Json,
                url.For("/api/v1/indicators", new($"?observatory={observatory}")), false, null));
        }
        return list;
    }

    /// <summary>The tables a layer's SQL reads (<c>from</c> or <c>join</c> schema.table), without typing them twice.</summary>
    private static string[] TablesOf(LayerDefinition layer) =>
        [.. TableReference().Matches(layer.Source).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"\b(?:from|join)\s+([a-z_]+\.[a-z_]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();

    /// <summary>The IANA media types of the distributions.</summary>
    public static class MediaTypes
    {
        public const string Csv = "text/csv";
        public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        public const string GeoJson = "application/geo+json";
        public const string Csvw = "application/csvm+json";
        public const string Json = "application/json";
    }

    /// <summary>
    /// The next update is due one period after the last one, with a month's grace (sources publish on a calendar, not
    /// to the day); an irregular dataset is never late. Without data at all it is stale.
    /// </summary>
    public static DatasetHealth Health(DateTimeOffset? modified, Periodicity? periodicity, DateTimeOffset now)
    {
        if (periodicity is not { } p)
            return new(false, null);
        if (modified is not { } m)
            return new(true, null);
        var expected = m.AddMonths(12 / new Period(p, 2000, 1).PerYear).AddMonths(1);
        return new(now > expected, expected);
    }

    private static IReadOnlyList<string> Themes(ObservatoryDefinition? definition) =>
        [.. (definition?.DataThemes ?? [EuDataTheme.Regi]).Select(t => $"http://publications.europa.eu/resource/authority/data-theme/{t.ToString().ToUpperInvariant()}")];

    private static string? FinestLevel(IndicatorFacts? facts, IReadOnlyDictionary<string, short> ranks) =>
        facts is null ? null
        : facts.Levels.Contains("commune") ? "commune"   // the finest level of the referential a spreadsheet expects, before the QPVs
        : facts.Levels.OrderBy(l => ranks.GetValueOrDefault(l)).FirstOrDefault();

    private static string LevelName(string? level) => level switch
    {
        "commune" => "commune",
        "qpv" => "quartier prioritaire",
        "epci" => "EPCI",
        "groupement" => "groupement",
        "departement" => "département",
        "region" => "région",
        _ => "territoire",
    };

    private static DateOnly Start(Period p) => new(p.Year, (p.Index - 1) * (12 / p.PerYear) + 1, 1);

    private static DateOnly End(Period p) => Start(p).AddMonths(12 / p.PerYear).AddDays(-1);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The source's name without its qualifications: "INSEE, Filosofi (données de démonstration)" → "INSEE, Filosofi".</summary>
    public static string SourceHead(string source)
    {
        var end = source.IndexOfAny(['(', '—', '–', ':']);
        var head = (end > 0 ? source[..end] : source).Trim().TrimEnd(',', ';', '.').Trim();
        return head.Length > 0 ? head : source.Trim();
    }

    /// <summary>A source's head as an id segment: lowercase ASCII words joined by hyphens, at most 48 characters.</summary>
    public static string SourceSlug(string source)
    {
        var folded = new StringBuilder();
        foreach (var c in SourceHead(source).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : c is 'œ' or 'Œ' ? 'o' : '-');
        }
        var words = folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = "";
        foreach (var word in words)
        {
            var next = slug.Length == 0 ? word : $"{slug}-{word}";
            if (next.Length > 48)
                break;
            slug = next;
        }
        return slug.Length > 0 ? slug : "source";
    }

    // Two sources of one observatory with the same head (rare): the second gets -2, in catalogue order.
    private static string UniqueId(string id, string suffix, HashSet<string> taken)
    {
        var unique = id + suffix;
        for (var n = 2; !taken.Add(unique); n++)
            unique = $"{id}-{n}{suffix}";
        return unique;
    }

    /// <param name="LevelList">Its levels, comma-separated (Dapper maps no arrays into constructors).</param>
    private sealed record IndicatorFacts(string Code, string FirstPeriod, string LastPeriod, string LevelList, DateTime? Modified, string? Vintages)
    {
        public IReadOnlyList<string> Levels { get; } = LevelList.Split(',');
    }

    private static class Data
    {
        // The periods and levels come from the availability the value writer keeps; the latest version and vintages from
        // the values of the latest period only (one index range per indicator, never a scan of every value).
        public static Task<IEnumerable<IndicatorFacts>> IndicatorFactsAsync(NpgsqlConnection connection, string[] codes) =>
            connection.QueryAsync<IndicatorFacts>(SqlResource.Get("Platform/Catalog/IndicatorFacts.sql"), new { codes });

        public static Task<IEnumerable<(string Slug, string Name)>> ObservatoriesAsync(NpgsqlConnection connection) =>
            connection.QueryAsync<(string, string)>("select slug, name from platform.observatory");

        public static Task<IEnumerable<(string Observatory, string Code, string Name)>> ThemesAsync(NpgsqlConnection connection) =>
            connection.QueryAsync<(string, string, string)>("select observatory_slug, code, name from platform.theme");

        public static Task<IEnumerable<(string Level, short Rank)>> LevelsAsync(NpgsqlConnection connection) =>
            connection.QueryAsync<(string, short)>("select level, rank from platform.territory_level");

        public static Task<IEnumerable<(string Id, string Name)>> PerimeterAsync(NpgsqlConnection connection) =>
            connection.QueryAsync<(string, string)>("select id, name from platform.territory where level = 'epci' and in_perimeter order by name");

        public static Task<IEnumerable<(string Domain, DateTime UpdatedAt)>> DataVersionsAsync(NpgsqlConnection connection) =>
            connection.QueryAsync<(string, DateTime)>("select domain, updated_at from platform.data_version");
    }
}
