using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Commerce.GetProgrammes;

/// <summary>A programme's centralities together at one survey.</summary>
/// <param name="Centralities">Its centralities the survey covers.</param>
/// <param name="VacancyRate">Σ vacant ÷ Σ cells of those centralities, in % (a ratio of sums, not a mean of their rates).</param>
/// <param name="FoodShare">Σ food outlets ÷ Σ active cells, in %; null without active cells.</param>
internal sealed record ProgrammeFigures(int Survey, string Label, DateOnly SurveyedTo, int Centralities, long Cells, long Active, long Vacant,
    long Works, double VacancyRate, double? FoodShare);

/// <param name="Code">acv, pvd or villages_avenir.</param>
/// <param name="Centralities">Its centralities, surveyed or not.</param>
/// <param name="History">Its figures at each survey that covers some of its centralities, oldest first.</param>
internal sealed record CommerceProgramme(string Code, string Label, int Centralities, IReadOnlyList<ProgrammeFigures> History);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : EndpointWithoutRequest<IReadOnlyList<CommerceProgramme>>
{
    public override void Configure()
    {
        Get("/api/v1/commerce/programmes");
        Options(o => o.WithMetadata(new ReadsData(CommerceLayers.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The programmes (Action Cœur de Ville, Petites Villes de Demain, villages d'avenir) and their centralities' figures";
            s.Description = "Per programme and per survey, its centralities' cells added up: active, vacant, under works, the vacancy rate " +
                            "(Σ vacant ÷ Σ cells) and the food share (Σ food ÷ Σ active): the programme as one commercial fabric, " +
                            "followed survey after survey. Its centralities one by one: GET /api/v1/commerce/centralities?programme=.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var figures = (await connection.QueryAsync<(string Programme, int Survey, string Label, DateTime SurveyedTo, long Centralities, long Cells,
            long Active, long Vacant, long Works, long Food)>("""
            select cp.programme, s.id, s.label, s.surveyed_to, count(distinct x.centrality_id), count(*),
                   count(*) filter (where x.status = 'active'), count(*) filter (where x.status = 'vacant'),
                   count(*) filter (where x.status = 'travaux'), count(*) filter (where x.activity = 'alimentaire')
            from commerce.centrality_programme cp
            join commerce.cell x on x.centrality_id = cp.centrality_id
            join commerce.survey s on s.id = x.survey_id
            group by cp.programme, s.id, s.label, s.surveyed_to
            order by s.surveyed_to, s.id
            """)).ToLookup(f => f.Programme, f => new ProgrammeFigures(f.Survey, f.Label, DateOnly.FromDateTime(f.SurveyedTo), (int)f.Centralities,
                f.Cells, f.Active, f.Vacant, f.Works, Math.Round(100.0 * f.Vacant / f.Cells, 1),
                f.Active == 0 ? null : Math.Round(100.0 * f.Food / f.Active, 1)));
        var programmes = await connection.QueryAsync<(string Code, string Label, long Centralities)>("""
            select p.code, p.label, count(cp.centrality_id) from commerce.programme p
            left join commerce.centrality_programme cp on cp.programme = p.code
            group by p.code, p.label order by p.label
            """);
        await Send.OkAsync([.. programmes.Select(p => new CommerceProgramme(p.Code, p.Label, (int)p.Centralities, [.. figures[p.Code]]))], ct);
    }
}
