using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Observatories.Emploi.Etablissements;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Emploi.Tension.GetTension;

internal sealed class Request
{
    /// <summary>An EPCI (epci:200072460) or a groupement of EPCIs (groupement:aula): the survey is published per employment area, not per commune.</summary>
    public string Territory { get; set; } = "";

    /// <summary>The survey's year (default: the latest).</summary>
    [QueryParam] public int? Year { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null && (t.StartsWith("epci:", StringComparison.Ordinal) || t.StartsWith("groupement:", StringComparison.Ordinal)))
                .WithMessage("territory is an EPCI or a groupement of EPCIs (epci:200072460, groupement:aula): the survey has no commune figures");
            RuleFor(r => r.Year).InclusiveBetween(2000, 2100).When(r => r.Year is not null).WithMessage("year is a year, e.g. 2024");
        }
    }
}

/// <param name="TensionIndex">Difficult ÷ projects × 100: the share of recruitment projects judged difficult.</param>
internal sealed record SectorTension(string Sector, string Label, long Projects, long Difficult, double? TensionIndex);

/// <param name="Rank">1 for the highest tension index among occupations with at least 10 projects; null below (too few to say).</param>
/// <param name="Seasonal">Projects for seasonal work.</param>
/// <param name="TensionIndex">Difficult ÷ projects × 100.</param>
internal sealed record OccupationTension(int? Rank, string Occupation, string Label, string Sector, string SectorLabel, long Projects,
    long Difficult, long Seasonal, double? TensionIndex);

/// <param name="Epcis">The EPCIs whose tables are added up.</param>
/// <param name="TensionIndex">All occupations: Σ difficult ÷ Σ projects × 100.</param>
/// <param name="Demo">True while the figures are demo data, not an imported survey.</param>
internal sealed record Response(
    TerritoryRef Territory,
    IReadOnlyList<string> Epcis,
    int Year,
    IReadOnlyList<int> Years,
    string Source,
    string SourceUrl,
    string Definition,
    bool Demo,
    long Projects,
    long Difficult,
    double? TensionIndex,
    IReadOnlyList<SectorTension> Sectors,
    IReadOnlyList<OccupationTension> Occupations);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/emploi/tension/{territory}");
        Options(o => o.WithMetadata(new ReadsData(EtablissementsLayer.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Jobs in tension of an EPCI or groupement: occupations with recruitment difficulties by sector (BMO survey)";
            s.Description = "France Travail's Besoins en Main-d'Œuvre survey added up over the territory's EPCIs: recruitment projects, " +
                            "those judged difficult and seasonal, per occupation and sector. Tension index = Σ difficult ÷ Σ projects × 100. " +
                            $"Occupations are ranked by their index from {Recruitment.MinProjectsToRank} projects up; below, listed without a rank.";
            s.ExampleRequest = new Request { Territory = "epci:200072460", Year = 2024 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } target)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var epcis = target.Level == "epci" ? [target.Id]
            : target.Communes.Select(hierarchy.EpciOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var years = await Data.YearsAsync(connection, epcis);
        if (years.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no recruitment survey for {target.Name}"));
            return;
        }
        var year = r.Year ?? years[^1];
        if (!years.Contains(year))
            ThrowError(e => e.Year!, $"no recruitment survey for {year}: the tables cover {string.Join(", ", years)}");

        var rows = await Data.OccupationsAsync(connection, epcis, year);
        var ranked = rows.Where(o => o.Projects >= Recruitment.MinProjectsToRank)
            .OrderByDescending(o => Recruitment.Index(o.Difficult, o.Projects)).ThenByDescending(o => o.Projects).ThenBy(o => o.Occupation, StringComparer.Ordinal)
            .Select((o, i) => (Rank: (int?)(i + 1), o));
        var unranked = rows.Where(o => o.Projects < Recruitment.MinProjectsToRank).OrderBy(o => o.Label, StringComparer.Ordinal)
            .Select(o => (Rank: (int?)null, o));
        var occupations = ranked.Concat(unranked).Select(x => new OccupationTension(x.Rank, x.o.Occupation, x.o.Label, x.o.Sector,
            Recruitment.SectorLabel(x.o.Sector), x.o.Projects, x.o.Difficult, x.o.Seasonal, Recruitment.Index(x.o.Difficult, x.o.Projects))).ToList();
        var sectors = Recruitment.Sectors.Select(s => (s, list: rows.Where(o => o.Sector == s.Code).ToList())).Where(x => x.list.Count > 0)
            .Select(x => new SectorTension(x.s.Code, x.s.Label, x.list.Sum(o => o.Projects), x.list.Sum(o => o.Difficult),
                Recruitment.Index(x.list.Sum(o => o.Difficult), x.list.Sum(o => o.Projects)))).ToList();
        long projects = rows.Sum(o => o.Projects), difficult = rows.Sum(o => o.Difficult);

        await Send.OkAsync(new Response(TerritoryRef.Of(target), epcis, year, years, Recruitment.Source, Recruitment.SourceUrl,
            "Indice de tension : part des projets de recrutement que les employeurs jugent difficiles (difficiles ÷ projets × 100), " +
            "calculée sur les sommes du territoire.",
            rows.Any(o => o.Demo), projects, difficult, Recruitment.Index(difficult, projects), sectors, occupations), ct);
    }
}

internal static class Data
{
    internal sealed record Row(string Occupation, string Label, string Sector, long Projects, long Difficult, long Seasonal, bool Demo);

    public static async Task<IReadOnlyList<int>> YearsAsync(NpgsqlConnection connection, IReadOnlyList<string> epcis) =>
        [.. await connection.QueryAsync<int>("select distinct year from emploi.recruitment_need where epci_id = any(@epcis) order by 1",
            new { epcis = epcis.ToArray() })];

    public static async Task<IReadOnlyList<Row>> OccupationsAsync(NpgsqlConnection connection, IReadOnlyList<string> epcis, int year) =>
        [.. await connection.QueryAsync<Row>("""
            select occupation, min(label) as label, min(sector) as sector, sum(projects)::bigint as projects,
                   sum(difficult)::bigint as difficult, sum(seasonal)::bigint as seasonal, bool_or(demo) as demo
            from emploi.recruitment_need where epci_id = any(@epcis) and year = @year
            group by occupation
            """, new { epcis = epcis.ToArray(), year })];
}
