using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Zan.GetRanking;

internal sealed class Request
{
    /// <summary>The communes of this territory are ranked (epci:200072460, groupement:aula...).</summary>
    [QueryParam] public string Within { get; set; } = "";

    /// <summary>inhabitant (land take per new inhabitant, portrait.population) or job (per new private job, emploi.salaries_prives).</summary>
    [QueryParam] public string Per { get; set; } = "inhabitant";

    /// <summary>Start year of the period (default 2011): its land take and its gain of inhabitants or jobs.</summary>
    [QueryParam] public int From { get; set; } = 2011;

    /// <summary>End year of the period (default 2020, the end of the ZAN reference period).</summary>
    [QueryParam] public int To { get; set; } = 2020;

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            ZanTerritory.Validate(this, r => r.Within);
            RuleFor(r => r.Per).Must(p => p is "inhabitant" or "job").WithMessage("per is inhabitant or job");
            RuleFor(r => r.From).InclusiveBetween(2009, 2100);
            RuleFor(r => r.To).GreaterThan(r => r.From).WithMessage("to must be after from");
        }
    }
}

/// <param name="SquareMetresPer">Land take (m²) per new inhabitant or job; null when there was none (no gain, or a loss).</param>
internal sealed record RankedCommune(int? Rank, string Commune, string Name, double ConsumedHa, double? Gain, double? SquareMetresPer);

internal sealed record Response(string Within, string Per, string Indicator, int From, int To, IReadOnlyList<RankedCommune> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/zan/ranking");
        Options(o => o.WithMetadata(new ReadsData(ZanModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Communes ranked by land take per new inhabitant or per new job (sober first), from the platform's indicators";
            s.Description = "Each commune of the territory with its land take over the period, its gain of inhabitants or private jobs (from the indicators, secrecy applied: a secret figure gives no ratio) and the square metres taken per new inhabitant or job; sober communes first.";
            s.ExampleRequest = new Request { Within = "epci:200072460", Per = "inhabitant", From = 2011, To = 2020 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var code = r.Per == "job" ? "emploi.salaries_prives" : "portrait.population";
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await ZanTerritory.CommunesAsync(connection, hierarchy, r.Within) is not { } communes)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Within));
            return;
        }
        if (await IndicatorInfo.FindAsync(connection, code, callers.Current) is not { } indicator)
        {
            await Send.ResultAsync(Problems.NotFound($"Indicator {code}, which the ranking divides by, is not available"));
            return;
        }
        var (targets, _) = await TargetLookup.ResolveAsync(connection, hierarchy, communes);
        string from = r.From.ToString(System.Globalization.CultureInfo.InvariantCulture), to = r.To.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, targets, [from, to], null, callers.Current);
        var consumed = (await connection.QueryAsync<(string Commune, double Ha)>("""
            select commune_id, sum(hectares) from zan.consumption where commune_id = any(@communes) and year between @From and @To group by 1
            """, new { communes = communes.ToArray(), r.From, r.To })).ToDictionary(c => c.Commune, c => c.Ha);
        var rows = targets.Select(t =>
        {
            var (start, end) = (figures[(t.Id, from)], figures[(t.Id, to)]);
            double? gain = start.HasNumber && end.HasNumber ? end.Value - start.Value : null;
            var ha = consumed.GetValueOrDefault(t.Id);
            return (t, ha, gain, per: gain > 0 ? Math.Round(10_000 * ha / gain.Value, 1) : (double?)null);
        }).OrderBy(x => x.per is null).ThenBy(x => x.per).ThenBy(x => x.t.Id, StringComparer.Ordinal).ToList();
        await Send.OkAsync(new Response(r.Within, r.Per, code, r.From, r.To, [.. rows.Select((x, i) =>
            new RankedCommune(x.per is null ? null : i + 1, x.t.Id, x.t.Name, Math.Round(x.ha, 2), x.gain, x.per))]), ct);
    }
}
