using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetIndicators;

internal sealed class Request
{
    /// <summary>Only the indicators of this observatory (slug).</summary>
    public string? Observatory { get; set; }

    /// <summary>Only this theme (code) of the observatory.</summary>
    public string? Theme { get; set; }

    /// <summary>Words to find in the code, label, definition or source (accents and case ignored).</summary>
    public string? Q { get; set; }

    /// <summary>json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).</summary>
    public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Q).MaximumLength(100);
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json || OutputFormat.IsTable(f!)).When(r => r.Format is not null)
                .WithMessage("format must be json, csv, csvw or xlsx");
        }
    }
}

internal sealed record Response(int Total, IReadOnlyList<IndicatorSummary> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/indicators");
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType,
            OutputFormat.XlsxContentType).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Search the indicator catalogue";
            s.Description = "Every indicator you may see, filtered by observatory, theme or words, with its metadata " +
                            "(unit, source, licence, periodicity, aggregation rule).";
            s.ExampleRequest = new Request { Observatory = "emploi", Q = "salariés" };
            s.ResponseExamples[200] = new Response(1, [ResponseExamples.PrivateJobs]);
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var words = Fold(r.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = (await IndicatorInfo.ListAsync(connection, callers.Current))
            .Where(i => r.Observatory is null || i.ObservatorySlug == r.Observatory)
            .Where(i => r.Theme is null || i.ThemeCode == r.Theme)
            .Where(i => words.All(w => Fold($"{i.Code} {i.Label} {i.Definition} {i.Source}").Contains(w, StringComparison.Ordinal)))
            .Select(IndicatorSummary.Of)
            .ToList();
        if (r.Format is { } format && OutputFormat.IsTable(format))
        {
            var table = new ExportTable("Catalogue des indicateurs", "indicateurs", "Catalogue des indicateurs", Columns,
                [], [new("Observatoire", r.Observatory ?? "tous"), new("Thème", r.Theme ?? "tous"), new("Recherche", r.Q ?? "")])
            {
                Licence = "Licence Ouverte / Open Licence 2.0 (Etalab) pour le catalogue ; chaque indicateur sous la sienne (colonne licence)",
                Source = ExportTable.Publisher,
            };
            await table.SendAsync(HttpContext, format, () => found.Select(i => new object?[]
            {
                i.Code, i.Label, i.Unit, i.Decimals, i.Observatory, i.Theme, i.Periodicity, i.Aggregation, i.HigherIsBetter, i.Source,
                i.SourceUrl, i.Licence, i.Confidentiality,
            }), ct);
            return;
        }
        await Send.OkAsync(new Response(found.Count, found), ct);
    }

    private static readonly ExportColumn[] Columns =
    [
        new("code", "Code", ColumnType.Text), new("label", "Libellé", ColumnType.Text), new("unit", "Unité", ColumnType.Text),
        new("decimals", "Décimales", ColumnType.Integer, "Décimales affichées."), new("observatory", "Observatoire", ColumnType.Text),
        new("theme", "Thème", ColumnType.Text), new("periodicity", "Périodicité", ColumnType.Text),
        new("aggregation", "Agrégation", ColumnType.Text, "sum, ratio, weighted_mean ou none : comment un territoire se calcule de ses communes."),
        new("higher_is_better", "Plus est mieux", ColumnType.Text, "True, False, ou vide quand aucun sens n'est meilleur."),
        new("source", "Source", ColumnType.Text), new("source_url", "Adresse de la source", ColumnType.Text),
        new("licence", "Licence", ColumnType.Text), new("confidentiality", "Diffusion", ColumnType.Text, "public, partner ou agency."),
    ];

    // The catalogue is small: matching in memory keeps accents and case out of the way without SQL tricks.
    private static string Fold(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        .Select(char.ToLowerInvariant).ToArray());
}
