using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre.GetFailuresBarometer;

internal sealed class Request
{
    /// <summary>groupement:aula (the AULA's scale), groupement:pma, an EPCI (epci:200072460) or a commune of the perimeter.</summary>
    public string Territory { get; set; } = "";

    /// <summary>The semester: 2024-S2 (default: the latest with data).</summary>
    [QueryParam] public string? Semester { get; set; }

    /// <summary>json (default), csv (one row per figure), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.</summary>
    [QueryParam] public string? Format { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null)
                .WithMessage("territory is a territory id: groupement:aula, groupement:pma, epci:200072460...");
            RuleFor(r => r.Semester).Must(s => Period.TryParse(s, Periodicity.Semester, out _, out _)).When(r => r.Semester is not null)
                .WithMessage(r => Period.TryParse(r.Semester, Periodicity.Semester, out _, out var error) ? "" : $"semester: {error}");
            RuleFor(r => r.Format).Must(f => f is OutputFormat.Json || OutputFormat.IsTable(f!)).When(r => r.Format is not null)
                .WithMessage("format is json, csv, csvw or xlsx");
        }
    }
}

/// <param name="Semester">The semester compared with.</param>
/// <param name="Change">This semester's count minus that one.</param>
/// <param name="ChangePercent">Relative change in percent (2 decimals); null when that count is 0.</param>
internal sealed record SemesterChange(string Semester, int Failures, int Change, double? ChangePercent);

/// <param name="Failures">Failures opened in the semester (its two quarters).</param>
/// <param name="PreviousSemester">Against the semester before.</param>
/// <param name="YearBefore">Against the same semester a year before.</param>
internal sealed record FailureTotal(int Failures, SemesterChange? PreviousSemester, SemesterChange? YearBefore);

/// <param name="Code">The category: a sector (industrie…), a size class (0, 1-2, 3-5, 6-9, 10-19, 20+) or a procedure.</param>
/// <param name="Detail">For a sector, the NAF sections it groups; null otherwise.</param>
/// <param name="Share">Share of the semester's failures, in percent (1 decimal).</param>
/// <param name="YearBefore">Failures of the category in the same semester a year before.</param>
internal sealed record FailureBreakdown(string Code, string Label, string? Detail, int Failures, double? Share, int YearBefore);

/// <param name="Companies">Companies under the procedure at the end of the semester.</param>
internal sealed record OngoingProcedure(string Procedure, string Label, int Companies);

/// <param name="Status">ok, secret, restricted (partner data: Nota-PME is for partner keys whose scope covers the territory, and the agency) or missing.</param>
/// <param name="Quarter">The quarter the scoring is taken at: the semester's last.</param>
/// <param name="Companies">SMEs in Nota-PME's classes 5 and 6; null unless ok.</param>
/// <param name="Share">Their share of the scored SMEs, in percent; null unless ok.</param>
internal sealed record HighRiskSmes(string Status, string Quarter, double? Companies, double? Share);

/// <param name="UnderProcedure">Companies under a receivership or safeguard procedure at the end of the semester.</param>
/// <param name="UnderProcedureTotal">Their sum.</param>
/// <param name="HighRisk">The SMEs Nota-PME rates at high risk (partner data).</param>
internal sealed record CompaniesInDifficulty(IReadOnlyList<OngoingProcedure> UnderProcedure, int UnderProcedureTotal, HighRiskSmes HighRisk);

/// <param name="Semesters">Every semester with data, oldest first.</param>
/// <param name="Quarters">The semester's two quarters.</param>
/// <param name="Provisional">The semester holds the latest quarter loaded, whose late judgments are still coming in.</param>
internal sealed record Response(
    BarometerTerritory Territory,
    string Semester,
    IReadOnlyList<string> Semesters,
    IReadOnlyList<string> Quarters,
    bool Provisional,
    FailureTotal Total,
    IReadOnlyList<FailureBreakdown> BySector,
    IReadOnlyList<FailureBreakdown> BySize,
    IReadOnlyList<FailureBreakdown> ByProcedure,
    CompaniesInDifficulty InDifficulty,
    IReadOnlyList<string> Sources);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("territory", "Code du territoire", ColumnType.Text),
        new("semester", "Semestre", ColumnType.Text, "2024-S2 : le second semestre 2024."),
        new("breakdown", "Ventilation", ColumnType.Text,
            "total, sector (secteur), size (taille), procedure, under_procedure (entreprises en procédure en fin de semestre) ou " +
            "nota_pme_high_risk (PME en risque élevé, donnée partenaire)."),
        new("code", "Code", ColumnType.Text, "Le secteur, la classe de taille, la procédure ou l'indicateur."),
        new("label", "Libellé", ColumnType.Text),
        new("value", "Valeur", ColumnType.Integer, "Défaillances du semestre, entreprises en procédure ou PME en risque élevé.", "entreprises"),
        new("yearBefore", "Même semestre un an plus tôt", ColumnType.Integer, null, "entreprises"),
        new("status", "Statut", ColumnType.Text,
            "ok ; secret (secret statistique : pas de valeur) ; restricted (donnée partenaire hors du territoire de l'appelant : " +
            "pas de valeur) ; missing."),
    ];

    public override void Configure()
    {
        Get("/api/v1/barometre/defaillances/{territory}");
        Options(o => o.WithMetadata(new ReadsData(BarometreModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces<Response>(200, "application/json", CsvWriter.ContentType, OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The semestrial failures barometer (AULA scale): failures by sector and company size, and the companies in difficulty";
            s.Description = "Business failures (collective procedures opened) in the semester's two quarters, the sums of the territory's " +
                            "communes: in total against the semester before and the same semester a year before, by the agency's sector " +
                            "grouping, by company size (0, 1–2, 3–5, 6–9, 10–19, 20 employees or more) and by procedure. The companies in " +
                            "difficulty: those under a receivership or safeguard procedure at the semester's end, and the SMEs Nota-PME " +
                            "rates at high risk (classes 5 and 6) at its last quarter — partner data, \"restricted\" unless the caller's " +
                            "key covers the territory (or is the agency's). CSV (format=csv or Accept: text/csv): one row per figure, with " +
                            "its CSVW metadata (format=csvw, linked from the CSV) and the same table as XLSX (format=xlsx).";
            s.ExampleRequest = new Request { Territory = "groupement:aula", Semester = "2024-S2" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await BarometerReports.FindTerritoryAsync(connection, hierarchy, r.Territory) is not { } target)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no failures barometer for territory '{Echo.Cut(r.Territory)}': " +
                "it is published for the perimeter's communes, EPCIs and groupements (groupement:aula, epci:200072460...)"));
            return;
        }
        var quarters = (await connection.QueryAsync<string>("select distinct quarter from barometre.defaillance order by quarter")).ToList();
        var semesters = quarters.Select(FailureCategories.SemesterOf).Distinct().ToList();
        if (semesters.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound("The failures barometer has no data yet"));
            return;
        }
        var semester = r.Semester ?? semesters[^1];
        if (!semesters.Contains(semester))
        {
            await Send.ResultAsync(Problems.NotFound($"The failures barometer has no data for {semester}: its semesters run from {semesters[0]} to {semesters[^1]}"));
            return;
        }
        var asked = Period.Parse(semester);
        var (previous, yearBefore) = (asked.Previous().ToString(), asked.YearBefore().ToString());
        var communes = target.CoveredCommunes.ToArray();
        var counts = (await connection.QueryAsync<(string Semester, string Sector, string Size, string Procedure, int Failures)>(Data.Failures,
            new { Communes = communes, Semesters = new[] { semester, previous, yearBefore } })).ToList();
        var ongoing = (await connection.QueryAsync<(string Procedure, int Companies)>(Data.Ongoing, new { Communes = communes, semester }))
            .ToDictionary(o => o.Procedure, o => o.Companies);

        int Sum(string s, Func<(string Semester, string Sector, string Size, string Procedure, int Failures), bool>? where = null) =>
            counts.Where(c => c.Semester == s && (where?.Invoke(c) ?? true)).Sum(c => c.Failures);
        var total = Sum(semester);
        SemesterChange? ChangeFrom(string other) => semesters.Contains(other)
            ? new(other, Sum(other), total - Sum(other), Sum(other) == 0 ? null : Math.Round(100.0 * (total - Sum(other)) / Sum(other), 2, MidpointRounding.AwayFromZero))
            : null;
        double? Share(int part) => total == 0 ? null : Math.Round(100.0 * part / total, 1, MidpointRounding.AwayFromZero);
        FailureBreakdown Breakdown(string code, string label, string? detail, Func<(string, string Sector, string Size, string Procedure, int), bool> where) =>
            new(code, label, detail, Sum(semester, c => where(c)), Share(Sum(semester, c => where(c))), Sum(yearBefore, c => where(c)));

        var lastQuarter = new Period(Periodicity.Quarter, asked.Year, asked.Index * 2).ToString();
        var response = new Response(
            new BarometerTerritory(target.Id, target.Name, target.Level),
            semester,
            semesters,
            [new Period(Periodicity.Quarter, asked.Year, (asked.Index * 2) - 1).ToString(), lastQuarter],
            FailureCategories.SemesterOf(quarters[^1]) == semester,
            new FailureTotal(total, ChangeFrom(previous), ChangeFrom(yearBefore)),
            [.. FailureCategories.Sectors.Select(s => Breakdown(s.Code, s.Label, s.NafSections, c => c.Sector == s.Code))],
            [.. FailureCategories.Sizes.Select(s => Breakdown(s.Code, s.Label, null, c => c.Size == s.Code))],
            [.. FailureCategories.Procedures.Select(p => Breakdown(p.Code, p.Label, null, c => c.Procedure == p.Code))],
            new CompaniesInDifficulty(
                [.. FailureCategories.Ongoing.Select(p => new OngoingProcedure(p.Code, p.Label, ongoing.GetValueOrDefault(p.Code)))],
                ongoing.Values.Sum(),
                await HighRiskAsync(connection, hierarchy, target, lastQuarter, callers.Current)),
            ["Capfi, défaillances d'entreprises (jugements d'ouverture publiés au BODACC)", "Capfi, Nota-PME"]);

        if (OutputFormat.Resolve(r.Format, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var sources = new List<ExportSource>();
            foreach (var code in new[] { BarometreIndicators.Failures, BarometreIndicators.HighRisk })
            {
                // Through the caller's catalogue: a partner indicator's metadata only for those who may see it.
                if (await IndicatorInfo.FindAsync(connection, code, callers.Current) is { } indicator)
                    sources.Add(IndicatorExport.Source(indicator, semester));
            }
            var table = new ExportTable($"Défaillances d'entreprises, {target.Name}, {semester}", $"defaillances-{semester}",
                $"Défaillances {target.Name} {semester}", Columns, sources,
                [new("Territoire", $"{target.Name} ({target.Id})"), new("Semestre", semester)]);
            await table.SendAsync(HttpContext, format, () => Rows(response), ct);
            return;
        }
        await Send.OkAsync(response, ct);
    }

    /// <summary>One row per figure of the answer, as the caller sees it.</summary>
    private static IEnumerable<object?[]> Rows(Response response)
    {
        var (territory, semester) = (response.Territory.Id, response.Semester);
        yield return [territory, semester, "total", "defaillances", "Défaillances d'entreprises", response.Total.Failures,
            response.Total.YearBefore?.Failures, "ok"];
        foreach (var (breakdown, items) in new[] { ("sector", response.BySector), ("size", response.BySize), ("procedure", response.ByProcedure) })
        {
            foreach (var item in items)
                yield return [territory, semester, breakdown, item.Code, item.Label, item.Failures, item.YearBefore, "ok"];
        }
        foreach (var procedure in response.InDifficulty.UnderProcedure)
            yield return [territory, semester, "under_procedure", procedure.Procedure, procedure.Label, procedure.Companies, null, "ok"];
        var highRisk = response.InDifficulty.HighRisk;
        yield return [territory, semester, "nota_pme_high_risk", BarometreIndicators.HighRisk,
            "PME en risque élevé ou très élevé (Nota-PME)", highRisk.Companies, null, highRisk.Status];
    }

    /// <summary>The SMEs at high risk, through the value engine for the caller: restricted as on every route of the indicator.</summary>
    private static async Task<HighRiskSmes> HighRiskAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Target target,
        string quarter, Caller caller)
    {
        if (await IndicatorInfo.FindAsync(connection, BarometreIndicators.HighRisk, Caller.CommandLine) is not { } indicator)
            return new("missing", quarter, null, null);
        if (!caller.CanSee(indicator.Confidentiality))
            return new("restricted", quarter, null, null);
        var figure = (await ValueEngine.ComputeAsync(connection, hierarchy, indicator, [target], [quarter], null, caller)).GetValueOrDefault((target.Id, quarter));
        return figure switch
        {
            { Status: ValueStatus.Restricted } => new("restricted", quarter, null, null),
            { IsSecret: true } => new("secret", quarter, null, null),
            { Value: { } share } => new("ok", quarter, figure.Numerator, Math.Round(share, 1, MidpointRounding.AwayFromZero)),
            _ => new("missing", quarter, null, null),
        };
    }
}

internal static class Data
{
    public const string Failures = """
        select left(quarter, 4) || '-S' || case when right(quarter, 1) <= '2' then '1' else '2' end as semester,
               sector, size_class as size, procedure, sum(failures)::integer as failures
        from barometre.defaillance
        where commune_id = any(@Communes)
          and left(quarter, 4) || '-S' || case when right(quarter, 1) <= '2' then '1' else '2' end = any(@Semesters)
        group by 1, 2, 3, 4
        """;

    public const string Ongoing = """
        select procedure, sum(companies)::integer as companies from barometre.procedure_en_cours
        where commune_id = any(@Communes) and semester = @semester
        group by procedure
        """;
}
