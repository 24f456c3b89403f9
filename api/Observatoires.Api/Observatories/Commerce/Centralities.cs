using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Commerce;

internal sealed record CommuneRef(string Id, string Name);

internal sealed record ProgrammeRef(string Code, string Label);

/// <summary>A centrality's cells at one survey.</summary>
/// <param name="Works">Cells under works (neither active nor vacant; counted in the cells).</param>
/// <param name="VacancyRate">Vacant ÷ cells, in %.</param>
/// <param name="FoodShare">Food outlets ÷ active cells, in %; null without active cells.</param>
internal sealed record CentralityFigures(int Survey, long Cells, long Active, long Vacant, long Works, double VacancyRate, double? FoodShare);

/// <summary>A centrality with its programmes and its figures at the latest survey that covers it.</summary>
/// <param name="Id">Stable id (bethune-centre).</param>
/// <param name="Kind">centre_ville, centre_bourg, pole_peripherique or quartier.</param>
/// <param name="Latest">Its figures at the newest survey holding cells of it; null if none does.</param>
internal sealed record CommerceCentrality(string Id, string Name, string Kind, string KindLabel, CommuneRef Commune,
    IReadOnlyList<ProgrammeRef> Programmes, CentralityFigures? Latest);

/// <summary>The centralities and their figures per survey, read once for the list, a sheet and its peers.</summary>
internal sealed class Centralities
{
    private sealed record Row(string Id, string Name, string Kind, string CommuneId, string CommuneName);

    private sealed record FigureRow(string Centrality, int Survey, long Cells, long Active, long Vacant, long Works, long Food);

    private Centralities(IReadOnlyList<CommerceCentrality> all, IReadOnlyDictionary<string, IReadOnlyList<CentralityFigures>> history)
    {
        All = all;
        History = history;
    }

    /// <summary>Every centrality, by name.</summary>
    public IReadOnlyList<CommerceCentrality> All { get; }

    /// <summary>Per centrality, its figures at every survey that covers it, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CentralityFigures>> History { get; }

    public static async Task<Centralities> LoadAsync(NpgsqlConnection connection)
    {
        var rows = await connection.QueryAsync<Row>("""
            select z.id, z.name, z.kind, z.commune_id as communeid, t.name as communename
            from commerce.centrality z join platform.territory t on t.id = z.commune_id
            """);
        var programmes = (await connection.QueryAsync<(string Centrality, string Code, string Label)>("""
                select cp.centrality_id, p.code, p.label from commerce.centrality_programme cp join commerce.programme p on p.code = cp.programme
                order by p.label
                """)).ToLookup(p => p.Centrality, p => new ProgrammeRef(p.Code, p.Label));
        var figures = (await connection.QueryAsync<FigureRow>(SqlResource.Get("Observatories/Commerce/CentralityFigures.sql")))
            .GroupBy(f => f.Centrality)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CentralityFigures>)[.. g.Select(f => new CentralityFigures(f.Survey, f.Cells, f.Active,
                f.Vacant, f.Works, Math.Round(100.0 * f.Vacant / f.Cells, 1), f.Active == 0 ? null : Math.Round(100.0 * f.Food / f.Active, 1)))]);
        var french = StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), ignoreCase: true);
        var all = rows.Select(r => new CommerceCentrality(r.Id, r.Name, r.Kind, Vocabulary.KindLabel(r.Kind), new CommuneRef(r.CommuneId, r.CommuneName),
                [.. programmes[r.Id]], figures.GetValueOrDefault(r.Id)?[^1]))
            .OrderBy(c => c.Name, french).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new(all, figures);
    }
}
