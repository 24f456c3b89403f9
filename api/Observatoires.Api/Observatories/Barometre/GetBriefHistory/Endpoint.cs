using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.GetBriefHistory;

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

/// <param name="Items">Every version, newest first (empty while none is written).</param>
internal sealed record Response(string Territory, string Quarter, IReadOnlyList<BarometerBrief> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/barometre/{territory}/{quarter}/brief/history");
        Options(o => o.WithMetadata(new ReadsData(BarometreModule.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Every version of the brief of a quarter and a territory, newest first";
            s.Description = "The agency's brief as it was saved, version after version (the audit log holds who saved each). An empty " +
                            "list while none is written; 404 for an unknown territory.";
            s.ExampleRequest = new Request { Territory = "groupement:pma", Quarter = "2024-Q3" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!await Data.ExistsAsync(connection, r.Territory))
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        await Send.OkAsync(new Response(r.Territory, r.Quarter, await Briefs.HistoryAsync(connection, r.Territory, r.Quarter)), ct);
    }
}

internal static class Data
{
    public static Task<bool> ExistsAsync(NpgsqlConnection connection, string territory) =>
        Dapper.SqlMapper.ExecuteScalarAsync<bool>(connection, "select exists (select from platform.territory where id = @territory)", new { territory });
}
