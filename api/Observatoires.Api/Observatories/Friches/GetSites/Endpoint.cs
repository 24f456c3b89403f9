using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Observatories.Friches.Scoring;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Friches.GetSites;

internal sealed class Request
{
    /// <summary>Only sites of this status (identifiee, verifiee_terrain, caracterisee, en_projet, reconvertie, abandonnee).</summary>
    [QueryParam] public string? Status { get; set; }

    /// <summary>Only sites of this commune (commune:62119).</summary>
    [QueryParam] public string? Commune { get; set; }

    /// <summary>Only sites of this EPCI (epci:200072460).</summary>
    [QueryParam] public string? Epci { get; set; }

    /// <summary>Only sites of at least this area, in hectares.</summary>
    [QueryParam] public double? MinArea { get; set; }

    /// <summary>Only sites whose mutability score is at least this (0–100).</summary>
    [QueryParam] public double? MinScore { get; set; }

    /// <summary>Sites per page (1–1000, default 100), best score first.</summary>
    [QueryParam] public int Limit { get; set; } = 100;

    /// <summary>Number of sites to skip (with limit, for pages).</summary>
    [QueryParam] public int Offset { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Status).Must(s => s is null || Workflow.Statuses.Contains(s))
                .WithMessage($"status must be one of {string.Join(", ", Workflow.Statuses)}");
            RuleFor(r => r.Commune).Matches("^commune:[0-9AB]{5}$").When(r => r.Commune is not null)
                .WithMessage("commune is commune:<INSEE code>, e.g. commune:62119");
            RuleFor(r => r.Epci).Matches("^epci:[0-9]{9}$").When(r => r.Epci is not null)
                .WithMessage("epci is epci:<SIREN>, e.g. epci:200072460");
            RuleFor(r => r.MinArea).GreaterThanOrEqualTo(0).When(r => r.MinArea is not null);
            RuleFor(r => r.MinScore).InclusiveBetween(0, 100).When(r => r.MinScore is not null);
            RuleFor(r => r.Limit).InclusiveBetween(1, 1000);
            RuleFor(r => r.Offset).GreaterThanOrEqualTo(0);
        }
    }
}

/// <param name="Score">Mutability score, 0–100 (see the site's breakdown).</param>
/// <param name="BestVocation">The vocation the site suits best.</param>
internal sealed record SiteItem(int Id, string Name, string Commune, string CommuneName, string? Epci, string Status, double AreaHa,
    double Score, string BestVocation);

/// <summary>Number and area of the matching sites for one status.</summary>
internal sealed record StatusTotal(string Status, int Count, double AreaHa);

internal sealed record Response(int Total, IReadOnlyList<StatusTotal> ByStatus, IReadOnlyList<SiteItem> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/friches/sites");
        Options(o => o.WithMetadata(new ReadsData(FrichesLayer.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Brownfields, filtered, best mutability score first, with their number and area by status";
            s.Description = "Filters by status, commune or EPCI; each site with its area, status and mutability score (0–100, from the agency's weights); totals by status for the whole filter, and pages with limit and offset.";
            s.ExampleRequest = new Request { Epci = "epci:200072460", MinArea = 1 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var weights = await ScoringWeights.LoadAsync(connection);
        var sites = (await Site.LoadAsync(connection))
            .Where(s => (r.Status is null || s.Status == r.Status) && (r.Commune is null || s.CommuneId == r.Commune)
                        && (r.Epci is null || s.EpciId == r.Epci) && (r.MinArea is null || s.AreaHa >= r.MinArea))
            .Select(s => (Site: s, Score: Mutability.Compute(s, weights.For(s.EpciId))))
            .Where(x => r.MinScore is null || x.Score.Value >= r.MinScore)
            .OrderByDescending(x => x.Score.Value).ThenBy(x => x.Site.Id)
            .ToList();
        var byStatus = Workflow.Statuses.Select(status => sites.Where(x => x.Site.Status == status).ToList())
            .Select((list, i) => new StatusTotal(Workflow.Statuses[i], list.Count, Math.Round(list.Sum(x => x.Site.AreaHa), 2))).ToList();
        await Send.OkAsync(new Response(sites.Count, byStatus, [.. sites.Skip(r.Offset).Take(r.Limit).Select(x => new SiteItem(
            x.Site.Id, x.Site.Name, x.Site.CommuneId, x.Site.CommuneName, x.Site.EpciId, x.Site.Status, Math.Round(x.Site.AreaHa, 2),
            x.Score.Value, Vocations.Rank(x.Score)[0].Vocation))]), ct);
    }
}
