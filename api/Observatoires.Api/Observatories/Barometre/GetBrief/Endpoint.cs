using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.GetBrief;

internal sealed class Request
{
    /// <summary>The barometer's territory: groupement:pma, groupement:petr-ternois-7-vallees, an EPCI (epci:200072460)...</summary>
    public string Territory { get; set; } = "";

    /// <summary>The quarter: 2024-Q3.</summary>
    public string Quarter { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null)
                .WithMessage("territory is a territory id: groupement:pma, epci:200072460...");
            RuleFor(r => r.Quarter).Must(q => Period.TryParse(q, Periodicity.Quarter, out _, out _))
                .WithMessage(r => Period.TryParse(r.Quarter, Periodicity.Quarter, out _, out var error) ? "" : $"quarter: {error}");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, BarometerBrief>
{
    public override void Configure()
    {
        Get("/api/v1/barometre/{territory}/{quarter}/brief");
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The current brief of a quarter and a territory, with its ETag: send it back as If-Match to replace it";
            s.Description = "The brief the agency wrote (its current version). The ETag header names the version, as PUT …/brief " +
                            "requires it in If-Match. 404 while none is written (then create it with If-None-Match: *).";
            s.ExampleRequest = new Request { Territory = "groupement:pma", Quarter = "2024-Q3" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await Briefs.CurrentAsync(connection, r.Territory, r.Quarter) is not { } brief)
        {
            await Send.ResultAsync(Problems.NotFound($"No brief is written for {Echo.Cut(r.Territory)} in {r.Quarter}"));
            return;
        }
        HttpContext.Response.Headers.ETag = brief.ETag(r.Territory, r.Quarter);
        await Send.OkAsync(brief, ct);
    }
}
