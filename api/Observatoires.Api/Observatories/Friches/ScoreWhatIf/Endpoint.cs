using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Observatories.Friches.Scoring;

namespace Observatoires.Api.Observatories.Friches.ScoreWhatIf;

internal sealed class Request
{
    /// <summary>Weights to try, by criterion (pollution, ownership, buildings, planning_zone, road_access, station_access, constraints, area); the others keep their current weight.</summary>
    public Dictionary<string, double> Weights { get; set; } = [];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleForEach(r => r.Weights).Must(w => Mutability.Codes.Contains(w.Key))
                .WithMessage(w => $"unknown criterion; the criteria are {string.Join(", ", Mutability.Codes)}");
            RuleForEach(r => r.Weights).Must(w => w.Value is >= 0 and <= 100)
                .WithMessage("a weight is from 0 to 100");
        }
    }
}

/// <param name="Current">The score with the weights in force.</param>
/// <param name="WhatIf">The score with the weights tried.</param>
internal sealed record SiteScore(int Id, string Name, string Commune, double Current, double WhatIf, int RankNow, int RankWhatIf);

internal sealed record Response(IReadOnlyDictionary<string, double> Weights, IReadOnlyList<SiteScore> Sites);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/friches/scores/what-if");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Every brownfield's mutability score recomputed with other weights, without writing anything";
            s.Description = "What the land team and an EPCI try before agreeing on weights: the score and rank of every site " +
                            "now and with the weights given (criteria not given keep the agency's default weight).";
            s.ExampleRequest = new Request { Weights = new() { ["pollution"] = 5, ["station_access"] = 3 } };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var weights = await ScoringWeights.LoadAsync(connection);
        var tried = weights.Defaults.ToDictionary(d => d.Key, d => r.Weights.TryGetValue(d.Key, out var w) ? w : d.Value);
        if (tried.Values.Sum() == 0)
            ThrowError(x => x.Weights, "at least one weight must be above 0");
        var scores = (await Site.LoadAsync(connection))
            .Select(s => (Site: s, Now: Mutability.Compute(s, weights.For(s.EpciId)).Value, WhatIf: Mutability.Compute(s, tried).Value))
            .ToList();
        var rankNow = Ranks(scores.Select(x => (x.Site.Id, x.Now)));
        var rankWhatIf = Ranks(scores.Select(x => (x.Site.Id, x.WhatIf)));
        await Send.OkAsync(new Response(tried, [.. scores.OrderBy(x => rankWhatIf[x.Site.Id]).ThenBy(x => x.Site.Id)
            .Select(x => new SiteScore(x.Site.Id, x.Site.Name, x.Site.CommuneId, x.Now, x.WhatIf, rankNow[x.Site.Id], rankWhatIf[x.Site.Id]))]), ct);
    }

    /// <summary>Competition ranking (1, 2, 2, 4), best score first.</summary>
    private static Dictionary<int, int> Ranks(IEnumerable<(int Id, double Score)> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score).ToList();
        var ranks = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i].Id] = i > 0 && ordered[i].Score == ordered[i - 1].Score ? ranks[ordered[i - 1].Id] : i + 1;
        return ranks;
    }
}
