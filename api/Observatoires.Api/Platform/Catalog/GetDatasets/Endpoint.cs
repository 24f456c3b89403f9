using System.Globalization;
using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Access;

namespace Observatoires.Api.Platform.Catalog.GetDatasets;

internal sealed class Request
{
    /// <summary>Words to find in the title, description, keywords, themes, source or indicators (accents and case ignored).</summary>
    public string? Q { get; set; }

    /// <summary>Only the datasets of this observatory (slug; territoires for the referential's layers).</summary>
    public string? Observatory { get; set; }

    /// <summary>Only the datasets of this theme (its name, as the theme facet gives it).</summary>
    public string? Theme { get; set; }

    /// <summary>Only the datasets of this source (as the source facet gives it).</summary>
    public string? Source { get; set; }

    /// <summary>Only the datasets with values at this territory level (commune, epci, qpv...).</summary>
    public string? Level { get; set; }

    /// <summary>Only the datasets updated at this frequency: year, semester, quarter, month or irregular.</summary>
    public string? Periodicity { get; set; }

    /// <summary>Only the datasets under this licence (as the licence facet gives it).</summary>
    public string? Licence { get; set; }

    /// <summary>Only the datasets of this access right: public, partner or agency (you see only those you may).</summary>
    public string? Access { get; set; }

    /// <summary>Only the datasets whose data changed on or after this date (2025-06-30) or instant (ISO 8601).</summary>
    public string? UpdatedSince { get; set; }

    /// <summary>At most this many items (1 to 500, default 50).</summary>
    public int? Limit { get; set; }

    /// <summary>Items to skip (default 0).</summary>
    public int? Offset { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Q).MaximumLength(100);
            RuleFor(r => r.Observatory).MaximumLength(100);
            RuleFor(r => r.Theme).MaximumLength(200);
            RuleFor(r => r.Source).MaximumLength(300);
            RuleFor(r => r.Level).MaximumLength(50);
            RuleFor(r => r.Licence).MaximumLength(200);
            RuleFor(r => r.Periodicity).Must(p => p is "year" or "semester" or "quarter" or "month" or "irregular")
                .When(r => r.Periodicity is not null).WithMessage("periodicity must be year, semester, quarter, month or irregular");
            RuleFor(r => r.Access).Must(a => a is "public" or "partner" or "agency").When(r => r.Access is not null)
                .WithMessage("access must be public, partner or agency");
            RuleFor(r => r.UpdatedSince).Must(s => Since(s) is not null).When(r => r.UpdatedSince is not null)
                .WithMessage("updatedSince must be a date (2025-06-30) or an ISO 8601 instant");
            RuleFor(r => r.Limit).InclusiveBetween(1, 500).When(r => r.Limit is not null);
            RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).When(r => r.Offset is not null);
        }
    }

    /// <summary>The instant updatedSince names: a date is its first instant (UTC).</summary>
    internal static DateTimeOffset? Since(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : text is { Length: > 10 } && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant
                : null;
}

/// <summary>A value of a facet, with how many of the datasets matching the other filters have it.</summary>
internal sealed record Facet(string Value, string Label, int Count);

/// <summary>Facet counts: over the datasets you may see that match every other filter.</summary>
internal sealed record DatasetFacets(
    IReadOnlyList<Facet> Observatory,
    IReadOnlyList<Facet> Theme,
    IReadOnlyList<Facet> Source,
    IReadOnlyList<Facet> Level,
    IReadOnlyList<Facet> Periodicity,
    IReadOnlyList<Facet> Licence,
    IReadOnlyList<Facet> Access);

/// <param name="Total">How many datasets match (before limit and offset).</param>
internal sealed record Response(IReadOnlyList<DatasetSummary> Items, int Total, DatasetFacets Facets);

internal sealed class Endpoint(DatasetCatalogue catalogue, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/datasets");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Search the datasets";
            s.Description = "The data catalogue for technicians: every dataset you may see (an observatory's indicators of one " +
                            "source, or a layer), found by words and facets, with facet counts over the datasets matching the " +
                            "other filters. Partner and agency datasets are listed, and counted, only for the callers who may see them.";
            s.ExampleRequest = new Request { Q = "emploi", Level = "commune" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var words = Fold(r.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var since = Request.Since(r.UpdatedSince);
        var searched = (await catalogue.ListAsync(callers.Current, ct))
            .Where(d => words.All(w => Fold(Searchable(d)).Contains(w, StringComparison.Ordinal)))
            .Where(d => since is null || d.Modified >= since)
            .ToList();
        // Each facet counts the datasets matching every filter but its own, so that its other values stay reachable.
        var filters = new (string Name, string? Value, Func<Dataset, IEnumerable<string>> Values)[]
        {
            ("observatory", r.Observatory, d => [d.Observatory.Slug]),
            ("theme", r.Theme, d => d.Themes),
            ("source", r.Source, d => d.Provenance.Select(p => DatasetCatalogue.SourceHead(p.Source))),
            ("level", r.Level, d => d.Levels),
            ("periodicity", r.Periodicity, d => [d.Periodicity]),
            ("licence", r.Licence, d => [d.Licence]),
            ("access", r.Access, d => [d.Access]),
        };
        bool Matches(Dataset d, string? except) =>
            filters.All(f => f.Name == except || f.Value is null || f.Values(d).Contains(f.Value));
        IReadOnlyList<Facet> Count(int index, Func<Dataset, string, string> label)
        {
            var (name, _, values) = filters[index];
            return [.. searched.Where(d => Matches(d, name))
                .SelectMany(d => values(d).Distinct().Select(v => (Value: v, Label: label(d, v))))
                .GroupBy(x => x.Value)
                .Select(g => new Facet(g.Key, g.First().Label, g.Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))];
        }
        var matching = searched.Where(d => Matches(d, null)).ToList();
        var facets = new DatasetFacets(
            Count(0, (d, _) => d.Observatory.Name),
            Count(1, (_, v) => v),
            Count(2, (_, v) => v),
            Count(3, (_, v) => LevelLabel(v)),
            Count(4, (_, v) => PeriodicityLabel(v)),
            Count(5, (_, v) => v),
            Count(6, (_, v) => AccessLabel(v)));
        var page = matching.Skip(r.Offset ?? 0).Take(r.Limit ?? 50).Select(d => d.Summary()).ToList();
        await Send.OkAsync(new Response(page, matching.Count, facets), ct);
    }

    private static string Searchable(Dataset d) =>
        string.Join(' ', [d.Id, d.Title, d.Description, d.Observatory.Name, .. d.Keywords, .. d.Themes,
            .. d.Provenance.Select(p => p.Source), .. d.Indicators.SelectMany(i => new[] { i.Code, i.Label })]);

    public static string LevelLabel(string level) => level switch
    {
        "commune" => "Communes",
        "qpv" => "Quartiers prioritaires (QPV)",
        "epci" => "EPCI",
        "groupement" => "Groupements",
        "departement" => "Départements",
        "region" => "Régions",
        _ => level,
    };

    public static string PeriodicityLabel(string periodicity) => periodicity switch
    {
        "year" => "Annuelle",
        "semester" => "Semestrielle",
        "quarter" => "Trimestrielle",
        "month" => "Mensuelle",
        _ => "Irrégulière",
    };

    public static string AccessLabel(string access) => access switch
    {
        "public" => "Public",
        "partner" => "Partenaires",
        _ => "Agence",
    };

    // The catalogue is small: matching in memory keeps accents and case out of the way without SQL tricks.
    private static string Fold(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        .Select(char.ToLowerInvariant).ToArray());
}
