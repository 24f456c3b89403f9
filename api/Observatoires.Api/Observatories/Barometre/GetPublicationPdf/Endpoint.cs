using System.Globalization;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export.Pdf;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.GetPublicationPdf;

internal sealed class Request
{
    /// <summary>groupement:pma (Pôle Métropolitain de l'Artois), groupement:petr-ternois-7-vallees or an EPCI (epci:200072460).</summary>
    public string Territory { get; set; } = "";

    /// <summary>The quarter, as the platform writes periods: 2024-Q3 (the URL ends in .pdf: /2024-Q3.pdf).</summary>
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

internal sealed class Endpoint(
    NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers, PrintDocument documents, PdfPrinter printer)
    : Endpoint<Request>
{
    /// <summary>The web client's print bundle that renders the brief (web/src/observatories/barometre/publication/print.ts).</summary>
    private const string Bundle = "barometre";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Configure()
    {
        Get("/api/v1/barometre/{territory}/{quarter}.pdf");
        // The PDF is cached as the JSON is, by data version and by the caller's role and scope: a partner's PDF, with its
        // Nota-PME figures, is never served to anyone else (DataVersionCache).
        Options(o => o.WithMetadata(new ReadsData(BarometreModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(byte[]), "application/pdf").ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The quarterly barometer of a territory as the agency prints it: a two-page A4 PDF";
            s.Description = "The barometer of GET /api/v1/barometre/{territory}/{quarter}, with the same figures and the same rights " +
                            "(a partner key whose scope covers the territory gets the Nota-PME figures, anyone else a \"reserved to " +
                            "partners\" box), rendered by the web client's publication (the same as the page /barometre and its print) " +
                            "and printed by Chromium on the server: recto the key figures, private employment and job seekers; verso " +
                            "business failures, Nota-PME, the agency's brief, sources and date. Sent as an attachment " +
                            "(barometre-<territory>-<quarter>.pdf). 503 when the server cannot print (Chromium missing, printers busy).";
            s.ExampleRequest = new Request { Territory = "groupement:pma", Quarter = "2024-Q3" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        BarometerReport report;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
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
            report = await BarometerReports.ComputeAsync(connection, hierarchy, target, Period.Parse(r.Quarter), quarters, callers.Current);
        }
        byte[] pdf;
        try
        {
            var title = $"Baromètre économique — {report.Territory.Name} — {report.Quarter}";
            pdf = await printer.PrintAsync(await documents.BuildAsync(Bundle, title, JsonSerializer.Serialize(report, Json), ct), ct);
        }
        catch (PdfUnavailableException e)
        {
            HttpContext.Response.Headers.RetryAfter = "30";
            await Send.ResultAsync(Problems.Unavailable(e.Message));
            return;
        }
        // A territory id holds a colon (groupement:pma), which a file name had better not.
        var file = string.Create(CultureInfo.InvariantCulture, $"barometre-{report.Territory.Id.Replace(':', '-')}-{report.Quarter}.pdf");
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        await Send.BytesAsync(pdf, contentType: "application/pdf", cancellation: ct);
    }
}
