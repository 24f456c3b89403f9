using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.GetBarometer;

internal sealed class Request
{
    /// <summary>groupement:pma (Pôle Métropolitain de l'Artois), groupement:petr-ternois-7-vallees, an EPCI (epci:200072460) or a commune of the perimeter.</summary>
    public string Territory { get; set; } = "";

    /// <summary>The quarter, as the platform writes periods: 2024-Q3.</summary>
    public string Quarter { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null)
                .WithMessage("territory is a territory id: groupement:pma, groupement:petr-ternois-7-vallees, epci:200072460...");
            RuleFor(r => r.Quarter).Must(q => Period.TryParse(q, Periodicity.Quarter, out _, out _))
                .WithMessage(r => Period.TryParse(r.Quarter, Periodicity.Quarter, out _, out var error) ? "" : $"quarter: {error}");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, BarometerReport>
{
    public override void Configure()
    {
        Get("/api/v1/barometre/{territory}/{quarter}");
        Options(o => o.WithMetadata(new ReadsData(BarometreModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The quarterly economic barometer of a territory: four indicators with their changes, revisions, series, key figures and the agency's brief";
            s.Description = "Always four cards in this order: private employment (barometre.emploi_prive, Acoss-Urssaf), job seekers in " +
                            "category A (emploi.demandeurs_emploi, with categories A, B, C), business failures (the quarter, and the " +
                            "rolling 12 months) and the share of SMEs at high risk in the Nota-PME scoring (partner data: figures only " +
                            "for partner keys whose scope covers the territory, and the agency; \"restricted\" otherwise). Every figure " +
                            "is computed by the platform's value engine for the caller, as on the values routes: a territory's figure " +
                            "is its communes' sum (a share, the ratio of their sums). Changes are quarter-on-quarter and year-on-year. " +
                            "A figure is provisional when its source flags it so (the latest quarter of employment and failures), and " +
                            "revised (with its previous value) when the source replaced a published value since. Key figures are " +
                            "French-formatted strings, never made of a figure the caller may not see. 404 for an unknown territory " +
                            "or a quarter without data (the answer names the available range).";
            s.ExampleRequest = new Request { Territory = "groupement:pma", Quarter = "2024-Q3" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await BarometerReports.FindTerritoryAsync(connection, hierarchy, r.Territory) is not { } target)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no barometer for territory '{Echo.Cut(r.Territory)}': " +
                "it is published for the perimeter's communes, EPCIs and groupements (groupement:pma, epci:200072460...)"));
            return;
        }
        var quarters = await BarometerReports.QuartersAsync(connection);
        if (!quarters.Contains(r.Quarter))
        {
            await Send.ResultAsync(Problems.NotFound(quarters.Count == 0 ? "The barometer has no data yet"
                : $"The barometer has no data for {r.Quarter}: its quarters run from {quarters[0]} to {quarters[^1]}"));
            return;
        }
        await Send.OkAsync(await BarometerReports.ComputeAsync(connection, hierarchy, target, Period.Parse(r.Quarter), quarters, callers.Current), ct);
    }
}
