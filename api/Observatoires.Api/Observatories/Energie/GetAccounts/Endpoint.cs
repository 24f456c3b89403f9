using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.GetAccounts;

internal sealed class Request
{
    /// <summary>A commune, EPCI, groupement, département, région or custom zone (custom:62119+62193).</summary>
    [QueryParam] public string Territory { get; set; } = "";

    /// <summary>The territory to compare with (default: the territory's département; the région for a département); <c>none</c> for no comparison.</summary>
    [QueryParam] public string? Compare { get; set; }

    /// <summary>First year (default 1990: every year stored).</summary>
    [QueryParam] public int From { get; set; } = 1990;

    /// <summary>Last year (default 2100: every year stored).</summary>
    [QueryParam] public int To { get; set; } = 2100;

    /// <summary>json (the accounts, headline, balance, targets and the comparison), csv (the territory's summed lines, in the import's long format), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula, departement:62) or a custom zone (custom:62119+62193)");
            RuleFor(r => r.Compare).Must(c => c is null || c == "none" || TargetLookup.Problem(c) is null)
                .WithMessage("compare is a territory id (departement:62), a custom zone, or none");
            RuleFor(r => r.From).InclusiveBetween(1990, 2100).WithMessage("from is a year from 1990 to 2100");
            RuleFor(r => r.To).InclusiveBetween(1990, 2100).WithMessage("to is a year from 1990 to 2100");
            RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).WithMessage("to must not be before from");
            RuleFor(r => r.Format).Must(f => f is null or OutputFormat.Json || OutputFormat.IsTable(f)).WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

/// <summary>The French labels of the accounts' codes, in the order the accounts list them.</summary>
internal sealed record AccountLabels(IReadOnlyDictionary<string, string> Sectors, IReadOnlyDictionary<string, string> Carriers,
    IReadOnlyDictionary<string, string> Sources);

/// <param name="Territory">The territory's accounts.</param>
/// <param name="Comparison">The comparison territory's accounts (null with compare=none).</param>
internal sealed record Response(TerritoryAccounts Territory, TerritoryAccounts? Comparison, AccountLabels Labels);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    private static readonly AccountLabels Labels = new(
        AccountTerms.Sectors.ToDictionary(s => s.Code, s => s.Label),
        AccountTerms.Carriers.ToDictionary(s => s.Code, s => s.Label),
        AccountTerms.Sources.ToDictionary(s => s.Code, s => s.Label));

    /// <summary>The table's columns (the import's long format), declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("territoire", "Code du territoire", ColumnType.Text),
        new("annee", "Année", ColumnType.Integer),
        new("nature", "Nature", ColumnType.Text, "consommation, production ou emissions."),
        new("secteur", "Secteur", ColumnType.Text, "Le secteur consommateur ou émetteur ; vide pour une production."),
        new("vecteur", "Vecteur ou filière", ColumnType.Text, "Le vecteur consommé ou la filière de production ; vide pour des émissions."),
        new("valeur", "Valeur", ColumnType.Number, "GWh pour la consommation et la production, kt CO2e pour les émissions.", "GWh ou kt CO2e", 1),
    ];

    public override void Configure()
    {
        Get("/api/v1/energie/accounts");
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territory's energy accounts every year: consumption by sector and carrier, production by source, emissions, the decarbonised balance, its targets, and the same for a comparison territory";
            s.Description = "Summed from the territory's communes (a département or région with figures of its own: from its own lines, " +
                            "since the agency's communes are only part of it; `coverage` says which). The decarbonised balance of a year is " +
                            "its renewable and recovered production over the consumption of that year, or of the latest year before it " +
                            "(the report's 9.3 %: production 2023 ÷ consumption 2022), always a ratio of the territory's sums. `headline` " +
                            "states the figures as the activity report does. GWh for energy, kt CO2e for emissions. format=csv gives the " +
                            "territory's summed lines in the import's long format (territoire, annee, nature, secteur, vecteur, valeur); " +
                            "format=csvw its metadata (linked from the CSV), format=xlsx the same table as a workbook.";
            s.ExampleRequest = new Request { Territory = "groupement:aula", Compare = "departement:62" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        var compare = r.Compare ?? await DefaultComparisonAsync(connection, r.Territory);
        var ids = compare is null or "none" ? new[] { r.Territory } : [r.Territory, compare];
        var (found, unknown) = await TargetLookup.ResolveAsync(connection, hierarchy, ids);
        if (unknown.Count > 0 || found.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{Echo.Cut(unknown.FirstOrDefault() ?? r.Territory)}' does not exist"));
            return;
        }
        var territory = await EnergyAccounts.ReadAsync(connection, found[0], r.From, r.To);
        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var years = territory.Years.Count == 0 ? "" : $"{territory.Years[0].Year}-{territory.Years[^1].Year}";
            var source = new ExportSource("energie.comptes", "Comptes de l'énergie",
                "Consommation d'énergie finale par secteur et vecteur, production d'énergie renouvelable et de récupération par filière " +
                "et émissions directes de gaz à effet de serre par secteur, sommées sur les communes du territoire (un département ou " +
                "une région qui a ses propres lignes : les siennes).", "GWh ; kt CO2e",
                territory.Origins.Count > 0 ? string.Join(" ; ", territory.Origins) : EnergieModule.AccountsSource, null, years,
                Platform.Catalog.DatasetCatalogue.OpenLicence, "Aucun secret statistique : des sommes de lignes publiques.");
            var table = new ExportTable($"Comptes de l'énergie, {territory.Name}, {years}", "energie_comptes",
                $"Comptes de l'énergie {territory.Name} {years}", Columns, [source],
                [new("Territoire", $"{territory.Name} ({territory.Id})"), new("Années", years)]);
            await table.SendAsync(HttpContext, format, () => Rows(territory), ct);
            return;
        }
        var comparison = ids.Length > 1 ? await EnergyAccounts.ReadAsync(connection, found.Count > 1 ? found[1] : found[0], r.From, r.To) : null;
        await Send.OkAsync(new Response(territory, comparison, Labels), ct);
    }

    /// <summary>The département the territory lies in, or the région for a département.</summary>
    private static async Task<string?> DefaultComparisonAsync(NpgsqlConnection connection, string territory)
    {
        if (TargetLookup.Problem(territory) is not null || territory.StartsWith("region:", StringComparison.Ordinal))
            return null;
        var references = await TargetLookup.DefaultReferencesAsync(connection, territory);
        return territory.StartsWith("departement:", StringComparison.Ordinal)
            ? references.FirstOrDefault(x => x.StartsWith("region:", StringComparison.Ordinal))
            : references.FirstOrDefault();
    }

    /// <summary>The territory's summed lines in the import's long format.</summary>
    private static IEnumerable<object?[]> Rows(TerritoryAccounts accounts)
    {
        foreach (var year in accounts.Years)
        {
            foreach (var (sector, carriers) in year.Consumption?.BySectorAndCarrier ?? new Dictionary<string, IReadOnlyDictionary<string, double>>())
            {
                foreach (var (carrier, gwh) in carriers)
                    yield return [accounts.Id, year.Year, "consommation", sector, carrier, gwh];
            }
            foreach (var (source, gwh) in year.Production?.BySource ?? new Dictionary<string, double>())
                yield return [accounts.Id, year.Year, "production", "", source, gwh];
            foreach (var (sector, kt) in year.Emissions?.BySector ?? new Dictionary<string, double>())
                yield return [accounts.Id, year.Year, "emissions", sector, "", kt];
        }
    }
}
