using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>A territory as the observatory's answers name it.</summary>
/// <param name="Id">level:code, e.g. qpv:QN06201M, commune:62119, epci:200072460.</param>
internal sealed record QpvPlace(string Id, string Name);

/// <summary>Where QPVs lie, and the observatory's indicators' figures for them and their references.</summary>
internal static class QpvPlaces
{
    /// <summary>
    /// A QPV's communes, the most populous first (its "commune" in comparisons: where most of it lies), and its EPCI.
    /// </summary>
    public static async Task<(IReadOnlyList<QpvPlace> Communes, QpvPlace? Epci)> OfAsync(NpgsqlConnection connection, string qpvId)
    {
        var parents = (await connection.QueryAsync<(string Id, string Name, string Level)>("""
            select p.id, p.name, p.level from platform.territory_membership m
            join platform.territory p on p.id = m.parent_id
            where m.member_id = @qpvId and p.level in ('commune', 'epci')
            order by p.level, p.population desc nulls last, p.id
            """, new { qpvId })).ToList();
        return ([.. parents.Where(p => p.Level == "commune").Select(p => new QpvPlace(p.Id, p.Name))],
            parents.Where(p => p.Level == "epci").Select(p => new QpvPlace(p.Id, p.Name)).FirstOrDefault());
    }

    /// <summary>The observatory's indicators the caller may see, in the catalogue's order.</summary>
    public static async Task<IReadOnlyList<IndicatorInfo>> IndicatorsAsync(NpgsqlConnection connection, Caller caller)
    {
        var order = PolitiqueVilleIndicators.All.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i);
        return [.. (await IndicatorInfo.ListAsync(connection, caller)).Where(i => order.ContainsKey(i.Code)).OrderBy(i => order[i.Code])];
    }

    /// <summary>The indicator's yearly periods and the figures of the targets for each, by the platform's engine.</summary>
    public static async Task<(IReadOnlyList<string> Periods, IReadOnlyDictionary<(string Territory, string Period), Figure> Figures)> FiguresAsync(
        NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, IndicatorInfo indicator, IReadOnlyList<Target> targets, Caller caller)
    {
        var periods = await IndicatorFacts.PeriodsAsync(connection, indicator.Code);
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, indicator, targets, periods, null, caller);
        return (periods, figures);
    }

    public static double? Number(IReadOnlyDictionary<(string Territory, string Period), Figure> figures, string territory, string period) =>
        figures.TryGetValue((territory, period), out var f) && f.HasNumber ? f.Value : null;
}
