using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>
/// A figure of one territory for one period: stored, or aggregated from its communes by the indicator's rule.
/// <see cref="Members"/>/<see cref="MembersWithValue"/> give the coverage of an aggregate (null when stored).
/// </summary>
internal sealed record Figure(
    string TerritoryId,
    string Period,
    double? Value,
    double? Numerator,
    double? Denominator,
    string? Status,
    int? Members,
    int? MembersWithValue)
{
    public bool IsSecret => Status == ValueStatus.Secret;

    public bool HasNumber => Value is not null && !IsSecret;
}

/// <summary>
/// Computes figures for any territories and periods: the one place where aggregation rules, statistical secrecy
/// and the caller's rights are applied, so that every endpoint (values, series, map, profile, CSV) agrees.
/// </summary>
internal static class ValueEngine
{

    /// <summary>Figures for every (target, period), keyed by territory id then period.</summary>
    public static async Task<IReadOnlyDictionary<(string Territory, string Period), Figure>> ComputeAsync(
        NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, IndicatorInfo indicator, IReadOnlyList<Target> targets,
        IReadOnlyList<string> periods, DateTimeOffset? asOf, Caller caller)
    {
        // Secrecy is decided per EPCI over all its communes, whatever subset is asked, so that every
        // response masks the same values.
        var communes = targets.Where(t => t.Level == "commune").Select(t => t.Id)
            .Concat(targets.SelectMany(t => t.Communes)).ToHashSet(StringComparer.Ordinal);
        var epciOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var epci in communes.Select(hierarchy.EpciOf).OfType<string>().Distinct().ToList())
        {
            foreach (var commune in hierarchy.CommunesOf(epci))
                epciOf[commune] = epci;
        }
        communes.UnionWith(epciOf.Keys);

        var ids = communes.Concat(targets.Select(t => t.Id)).Distinct().ToArray();
        var stored = await LoadAsync(connection, indicator.Code, ids, periods, asOf);
        var weights = indicator.WeightIndicator is { } weightCode ? await LoadAsync(connection, weightCode, ids, periods, asOf) : null;
        var units = indicator.SecrecyUnits is { } unitsCode ? await LoadAsync(connection, unitsCode, ids, periods, asOf) : null;
        var communeTargets = communes.Select(c => new Target(c, "commune", c, [])).ToList();
        // As of an earlier date, the cells the current data masks stay masked too: otherwise an answer before and
        // one after a revision that moved the complement would, together, give the secret back. Whatever the
        // indicator's threshold: a value imported as secret is a secret of the current data too.
        var current = asOf is not null
            ? await ComputeAsync(connection, hierarchy, indicator, communeTargets, periods, null, Caller.CommandLine)
            : null;
        // A weighted mean where its weight is masked is masked too: with the mean of the commune and of a zone
        // holding it (or its EPCI), the weight would be solved back (wages and headcounts).
        var maskedWeights = indicator.WeightIndicator is { } weightIndicator
                            && await IndicatorInfo.FindAsync(connection, weightIndicator, Caller.CommandLine) is { SecrecyThreshold: not null } weight
            ? await ComputeAsync(connection, hierarchy, weight, communeTargets, periods, asOf, Caller.CommandLine)
            : null;

        // A figure resting on another indicator's secret figures is secret where they are (see SecretWith).
        var inherited = new List<IReadOnlyDictionary<(string Territory, string Period), Figure>>();
        foreach (var code in indicator.SecretWith ?? [])
        {
            if (await IndicatorInfo.FindAsync(connection, code, Caller.CommandLine) is not { } basis)
                continue;
            var basisTargets = communeTargets.Concat(targets.Where(t => !t.IsPeerGroup)).DistinctBy(t => t.Id).ToList();
            inherited.Add(await ComputeAsync(connection, hierarchy, basis, basisTargets, periods, asOf, Caller.CommandLine));
        }

        var peers = await PeerFiguresAsync(connection, hierarchy, indicator, targets, periods, asOf);

        var result = new Dictionary<(string, string), Figure>();
        foreach (var period in periods)
        {
            var communeFigures = communes.ToDictionary(c => c, c => stored.TryGetValue((c, period), out var f)
                ? Secrecy.Primary(f, indicator, weights?.GetValueOrDefault((c, period))?.Value, units?.GetValueOrDefault((c, period))?.Value)
                : new Figure(c, period, null, null, null, null, null, null));
            Secrecy.Secondary(communeFigures, epciOf, indicator, new[] { current, maskedWeights }.Concat(inherited).OfType<IReadOnlyDictionary<(string Territory, string Period), Figure>>()
                .SelectMany(masks => masks).Where(f => f.Key.Period == period && f.Value.IsSecret).Select(f => f.Key.Territory).ToHashSet());

            foreach (var target in targets)
            {
                Figure figure;
                if (target.Level == "commune")
                    figure = communeFigures[target.Id];
                else if (target.IsPeerGroup && peers is var (peerFigures, peerWeights))
                {
                    var members = target.Peers.Select(p => peerFigures[(p, period)]).ToList();
                    figure = Aggregate(target.Id, period, members, indicator, peerWeights);
                    // Its members' figures are published one by one: a secret one would come back by difference.
                    if (members.Any(m => m.IsSecret))
                        figure = figure with { Status = ValueStatus.Secret };
                }
                else if (!target.IsCustom && stored.TryGetValue((target.Id, period), out var own))
                    figure = Secrecy.Primary(own, indicator, weights?.GetValueOrDefault((target.Id, period))?.Value,
                        units?.GetValueOrDefault((target.Id, period))?.Value);
                else
                {
                    var members = target.Communes.Select(c => communeFigures[c]).ToList();
                    figure = Secrecy.Primary(
                        Aggregate(target.Id, period, members, indicator, weights),
                        indicator, WeightSum(members, weights), WeightSum(members, units));
                    // A custom zone holding a secret commune could reveal it by difference with a published total.
                    if (target.IsCustom && members.Any(m => m.IsSecret))
                        figure = figure with { Status = ValueStatus.Secret };
                }
                if (inherited.Any(b => b.GetValueOrDefault((target.Id, period))?.IsSecret == true))
                    figure = figure with { Status = ValueStatus.Secret };
                // Partner data outside a partner's scope, or aggregating communes outside it, is withheld; so is that of a
                // territory without communes (a reference EPCI, a peer group) even when a key lists it: its figure would
                // give away members the key may not see (keys create refuses such a scope).
                var withoutCommunes = target.Communes.Count == 0 && !target.Id.StartsWith("commune:", StringComparison.Ordinal);
                result[(target.Id, period)] = !caller.CanSeeFiguresOf(indicator.Confidentiality, target.Id, target.Communes)
                    || (withoutCommunes && !caller.IsAgency && indicator.Confidentiality != Confidentiality.Public)
                    ? figure with { Value = null, Numerator = null, Denominator = null, Status = ValueStatus.Restricted }
                    : caller.SeesSecretValues || !figure.IsSecret
                    ? figure
                    : figure with { Value = null, Numerator = null, Denominator = null };
            }
        }
        return result;
    }

    /// <summary>
    /// The figures of the peer groups' member EPCIs, each as it is published (stored at its level, or its communes'
    /// aggregate), and of the weight of a weighted mean: a group's figure is recomputed from them (Σ numerators ÷
    /// Σ denominators for a ratio), never averaged. Null when no target is a peer group.
    /// </summary>
    private static async Task<(IReadOnlyDictionary<(string Territory, string Period), Figure> Figures,
        IReadOnlyDictionary<(string, string), Figure>? Weights)?> PeerFiguresAsync(NpgsqlConnection connection,
        TerritoryHierarchy.Snapshot hierarchy, IndicatorInfo indicator, IReadOnlyList<Target> targets, IReadOnlyList<string> periods,
        DateTimeOffset? asOf)
    {
        var memberIds = targets.SelectMany(t => t.Peers).Distinct().ToList();
        if (memberIds.Count == 0)
            return null;
        var (members, _) = await TargetLookup.ResolveAsync(connection, hierarchy, memberIds);
        // A group is never its own member's member, so this recursion stops at the EPCIs. The caller's rights apply to
        // the group's figure afterwards.
        members = [.. members.Where(m => !m.IsPeerGroup)];
        var figures = await ComputeAsync(connection, hierarchy, indicator, members, periods, asOf, Caller.CommandLine);
        var weights = indicator.WeightIndicator is { } weightCode
                      && await IndicatorInfo.FindAsync(connection, weightCode, Caller.CommandLine) is { } weight
            ? await ComputeAsync(connection, hierarchy, weight, members, periods, asOf, Caller.CommandLine)
            : null;
        // Every member has a figure, with or without a value (a member the referential lost counts as missing).
        var all = new Dictionary<(string Territory, string Period), Figure>(figures);
        foreach (var id in memberIds)
            foreach (var period in periods)
                all.TryAdd((id, period), new Figure(id, period, null, null, null, null, null, null));
        return (all, weights);
    }

    private static Figure Aggregate(string territory, string period, IReadOnlyList<Figure> members, IndicatorInfo indicator,
        IReadOnlyDictionary<(string, string), Figure>? weights)
    {
        var contributing = indicator.Aggregation switch
        {
            Aggregation.Ratio => members.Where(m => m.Numerator is not null && m.Denominator is not null).ToList(),
            Aggregation.WeightedMean => members.Where(m => m.Value is not null
                && weights?.GetValueOrDefault((m.TerritoryId, period))?.Value is not null).ToList(),
            Aggregation.Sum => members.Where(m => m.Value is not null).ToList(),
            _ => [],
        };
        if (contributing.Count == 0)
            return new(territory, period, null, null, null, null, members.Count, 0);

        double? value, numerator = null, denominator = null;
        switch (indicator.Aggregation)
        {
            case Aggregation.Ratio:
                numerator = contributing.Sum(m => m.Numerator!.Value);
                denominator = contributing.Sum(m => m.Denominator!.Value);
                value = denominator == 0 ? null : indicator.RatioScale * numerator / denominator;
                break;
            case Aggregation.WeightedMean:
                var weightSum = contributing.Sum(m => weights![(m.TerritoryId, period)].Value!.Value);
                value = weightSum == 0 ? null
                    : contributing.Sum(m => m.Value!.Value * weights![(m.TerritoryId, period)].Value!.Value) / weightSum;
                break;
            default:
                value = contributing.Sum(m => m.Value!.Value);
                break;
        }
        return new(territory, period, value, numerator, denominator, WorstStatus(contributing), members.Count, contributing.Count);
    }

    private static double? WeightSum(IReadOnlyList<Figure> members, IReadOnlyDictionary<(string, string), Figure>? weights) =>
        weights is null ? null : members.Sum(m => m.Value is null ? 0 : weights.GetValueOrDefault((m.TerritoryId, m.Period))?.Value ?? 0);

    // An aggregate is only as final as its least final part (a secret part does not make the total secret).
    private static string WorstStatus(IEnumerable<Figure> parts)
    {
        var statuses = parts.Select(p => p.Status).ToHashSet();
        return statuses.Contains(ValueStatus.Estimated) ? ValueStatus.Estimated
            : statuses.Contains(ValueStatus.Provisional) ? ValueStatus.Provisional
            : ValueStatus.Definitive;
    }

    private static async Task<Dictionary<(string, string), Figure>> LoadAsync(NpgsqlConnection connection, string code,
        string[] ids, IReadOnlyList<string> periods, DateTimeOffset? asOf)
    {
        // For most of the country, reading the indicator's whole period is cheaper than filtering by a huge id array.
        var large = ids.Length > TargetLookup.LargeSet;
        var filter = $"v.indicator_code = @Code and v.period = any(@Periods) {(large ? "" : "and v.territory_id = any(@Ids)")}";
        // indicator_value holds the current versions, indicator_value_history the replaced ones.
        var sql = asOf is null
            ? $"""
              select v.territory_id, v.period, v.value, v.numerator, v.denominator, v.status
              from platform.indicator_value v where {filter}
              """
            : $"""
              select v.territory_id, v.period, v.value, v.numerator, v.denominator, v.status
              from platform.indicator_value v where {filter} and v.valid_from <= @AsOf
              union all
              select v.territory_id, v.period, v.value, v.numerator, v.denominator, v.status
              from platform.indicator_value_history v where {filter} and v.valid_from <= @AsOf and v.valid_to > @AsOf
              """;
        var rows = await connection.QueryAsync<(string Territory, string Period, double? Value, double? Numerator, double? Denominator, string Status)>(
            sql, new { Code = code, Periods = periods.ToArray(), Ids = ids, AsOf = asOf });
        var wanted = large ? ids.ToHashSet() : null;
        return rows.Where(r => wanted is null || wanted.Contains(r.Territory)).ToDictionary(r => (r.Territory, r.Period),
            r => new Figure(r.Territory, r.Period, r.Value, r.Numerator, r.Denominator, r.Status, null, null));
    }
}
