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
        var scope = Scope.Of(hierarchy, targets);
        var reads = await Reads.StartAsync(connection, indicator, scope.Ids, periods);
        // What is masked whatever the date asked: what the indicators this one's secrecy rests on mask, and what any
        // version of this one's data masked. The answer's own state (today's, or as of the date) then adds its own.
        var masks = await MasksAsync(reads, indicator, scope, [.. targets.Where(t => !t.IsPeerGroup)], everyPeriod: false);
        var state = await reads.StateAsync(indicator, asOf);
        var peers = await PeerFiguresAsync(connection, hierarchy, indicator, targets, periods, asOf);
        var figures = Figures(indicator, scope, targets, periods, state, masks, peers);

        var result = new Dictionary<(string, string), Figure>();
        foreach (var target in targets)
        {
            // Partner data outside a partner's scope, or aggregating communes outside it, is withheld; so is that of a
            // territory without communes (a reference EPCI, a peer group) even when a key lists it: its figure would
            // give away members the key may not see (keys create refuses such a scope).
            var withoutCommunes = target.Communes.Count == 0 && !target.Id.StartsWith("commune:", StringComparison.Ordinal);
            var restricted = !caller.CanSeeFiguresOf(indicator.Confidentiality, target.Id, target.Communes)
                             || (withoutCommunes && !caller.IsAgency && indicator.Confidentiality != Confidentiality.Public);
            foreach (var period in periods)
            {
                var figure = figures[(target.Id, period)];
                result[(target.Id, period)] = restricted
                    ? figure with { Value = null, Numerator = null, Denominator = null, Status = ValueStatus.Restricted }
                    : caller.SeesSecretValues || !figure.IsSecret
                    ? figure
                    : figure with { Value = null, Numerator = null, Denominator = null };
            }
        }
        return result;
    }

    /// <summary>
    /// The communes secrecy is decided over: per EPCI over all its communes, whatever subset is asked, so that every
    /// response masks the same values; and every territory whose values are read.
    /// </summary>
    private sealed record Scope(IReadOnlyDictionary<string, string> EpciOf, IReadOnlyList<Target> Communes, string[] Ids)
    {
        public static Scope Of(TerritoryHierarchy.Snapshot hierarchy, IReadOnlyList<Target> targets)
        {
            var communes = targets.Where(t => t.Level == "commune").Select(t => t.Id)
                .Concat(targets.SelectMany(t => t.Communes)).ToHashSet(StringComparer.Ordinal);
            var epciOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var epci in communes.Select(hierarchy.EpciOf).OfType<string>().Distinct().ToList())
            {
                foreach (var commune in hierarchy.CommunesOf(epci))
                    epciOf[commune] = epci;
            }
            communes.UnionWith(epciOf.Keys);
            return new(epciOf, [.. communes.Select(c => new Target(c, "commune", c, []))],
                [.. communes.Concat(targets.Select(t => t.Id)).Distinct()]);
        }
    }

    /// <summary>The values of one state of the data: the indicator's, its weight's and its secrecy units' (null: it has none).</summary>
    private sealed record State(
        IReadOnlyDictionary<(string, string), Figure> Stored,
        IReadOnlyDictionary<(string, string), Figure>? Weights,
        IReadOnlyDictionary<(string, string), Figure>? Units);

    /// <summary>Territories by period.</summary>
    private sealed class Masked
    {
        private readonly Dictionary<string, HashSet<string>> byPeriod = new(StringComparer.Ordinal);

        public IReadOnlySet<string> In(string period) => byPeriod.TryGetValue(period, out var territories) ? territories : [];

        public bool Contains(string territory, string period) => In(period).Contains(territory);

        /// <summary>False when it already was.</summary>
        public bool Add(string territory, string period) =>
            (byPeriod.TryGetValue(period, out var territories) ? territories : byPeriod[period] = new(StringComparer.Ordinal)).Add(territory);

        public void UnionWith(Masked other)
        {
            foreach (var (period, territories) in other.byPeriod)
                foreach (var territory in territories)
                    Add(territory, period);
        }
    }

    /// <summary>
    /// Masked whatever the state the answer is about. <see cref="Masked"/>: masked where they have a value (a commune, its
    /// secondary secrecy then picking complements around them, or another territory); it holds the inherited ones too.
    /// <see cref="Inherited"/>: secret wherever a figure of another indicator this one rests on is (<c>SecretWith</c>),
    /// with or without a value.
    /// </summary>
    private sealed record Masks(Masked Masked, Masked Inherited);

    /// <summary>
    /// What every answer about this indicator masks, whatever its date: the masks of the indicators its secrecy rests on
    /// (each over all their versions), and the union of the masks of every state this indicator's data has had (a
    /// version of it, of its weight or of its secrecy units began or ended), computed until no state adds one: a state
    /// that picks a complement around another state's secret masks it in every state. Without that, a cell masked in one
    /// version and published, unchanged, in another would give back the secret it covered (the old EPCI total minus
    /// today's communes). everyPeriod: also the periods of a single state (today's); else only those of several, the
    /// answer's own state adding the rest.
    /// </summary>
    private static async Task<Masks> MasksAsync(Reads reads, IndicatorInfo indicator, Scope scope, IReadOnlyList<Target> targets,
        bool everyPeriod)
    {
        var masked = new Masked();
        var inherited = new Masked();
        // A weighted mean where its weight is masked is masked too: with the mean of the commune and of a zone holding
        // it (or its EPCI), the weight would be solved back (wages and headcounts).
        if (reads.Indicator(indicator.WeightIndicator) is { SecrecyThreshold: not null } weight)
            masked.UnionWith((await MasksAsync(reads, weight, scope, scope.Communes, everyPeriod: true)).Masked);
        // A figure resting on another indicator's secret figures is secret where they are (see SecretWith), and its
        // secondary secrecy covers them as its own.
        foreach (var code in indicator.SecretWith ?? [])
        {
            if (reads.Indicator(code) is { } basis)
                inherited.UnionWith((await MasksAsync(reads, basis, scope, [.. scope.Communes.Concat(targets).DistinctBy(t => t.Id)], everyPeriod: true)).Masked);
        }
        masked.UnionWith(inherited);

        // Only the periods where something can be masked: a threshold, a value stored secret, or masks from elsewhere.
        var codes = new[] { indicator.Code, indicator.WeightIndicator, indicator.SecrecyUnits }.OfType<string>().ToArray();
        var periods = reads.Periods.Where(p => indicator.SecrecyThreshold is not null || !reads.Versions.NeverSecret(indicator.Code, p)
                                               || masked.In(p).Count > 0).ToList();
        var several = periods.Where(p => reads.Versions.HasSeveral(codes, p)).ToList();
        var states = several.Count == 0 ? [] : ValueVersions.States(await reads.VersionsAsync(codes, several))
            .Select(s => (Periods: (IReadOnlyList<string>)[s.Period], State: new State(s.Values.GetValueOrDefault(indicator.Code) ?? [],
                indicator.WeightIndicator is { } w ? s.Values.GetValueOrDefault(w) ?? [] : null,
                indicator.SecrecyUnits is { } u ? s.Values.GetValueOrDefault(u) ?? [] : null))).ToList();
        var single = everyPeriod ? periods.Except(several).ToList() : [];
        if (single.Count > 0)
            states.Add((single, await reads.StateAsync(indicator, null)));

        var all = new Masks(masked, inherited);
        // The communes first. Secondary secrecy picks complements EPCI by EPCI, so the fixed point runs per (period,
        // EPCI), the states in order, until they add no mask: the masks of one EPCI change no other's complements, and
        // most EPCIs have none. A commune without an EPCI is masked by its primary secrecy alone.
        // Each state's communes with their primary secrecy, by period: computed once, for both passes.
        var primaries = states.Select(s => s.Periods.ToDictionary(p => p, p => PrimaryCommunes(indicator, scope, p, s.State))).ToList();
        // Only where communes are answered, or zones secret with their communes: an aggregate of the hierarchy is computed
        // from its communes' values whatever their masks.
        var communesMatter = targets.Any(t => t.Level == "commune" || t.IsCustom);
        var epcis = !communesMatter ? [] : scope.Communes.Where(c => scope.EpciOf.ContainsKey(c.Id))
            .GroupBy(c => scope.EpciOf[c.Id], c => c.Id).Select(g => g.ToList()).ToList();
        foreach (var period in communesMatter ? states.SelectMany(s => s.Periods).Distinct() : [])
        {
            var ofPeriod = primaries.Where(p => p.ContainsKey(period)).Select(p => p[period]).ToList();
            foreach (var secret in ofPeriod.SelectMany(p => p.Values).Where(f => f.IsSecret && !scope.EpciOf.ContainsKey(f.TerritoryId)))
                masked.Add(secret.TerritoryId, period);
            foreach (var epci in epcis.Where(e => e.Any(id => masked.Contains(id, period) || ofPeriod.Any(p => p[id].IsSecret))))
            {
                bool added;
                do
                {
                    added = false;
                    foreach (var primary in ofPeriod)
                    {
                        var communes = epci.ToDictionary(id => id, id => primary[id], StringComparer.Ordinal);
                        Secrecy.Secondary(communes, scope.EpciOf, indicator, masked.In(period));
                        foreach (var figure in communes.Values.Where(f => f.IsSecret))
                            added |= masked.Add(figure.TerritoryId, period);
                    }
                } while (added);
            }
        }
        // Then the other targets, once per state with the communes' final masks (settled: no complement left to pick);
        // theirs add to no other figure's.
        var others = targets.Where(t => t.Level != "commune").ToList();
        if (others.Count > 0)
        {
            for (var i = 0; i < states.Count; i++)
            {
                var (statePeriods, state) = states[i];
                foreach (var figure in Figures(indicator, scope, others, statePeriods, state, all, null, primaries[i]).Values.Where(f => f.IsSecret))
                    masked.Add(figure.TerritoryId, figure.Period);
            }
        }
        return all;
    }

    /// <summary>
    /// What one computation reads, each once: the indicators its secrecy rests on (weights, SecretWith, transitively),
    /// the versions of their data for the periods, and their values as of a moment, for the territories of the scope.
    /// </summary>
    private sealed class Reads
    {
        private readonly Dictionary<string, IndicatorInfo?> indicators;
        private readonly Dictionary<(string Code, DateTimeOffset? AsOf), Dictionary<(string, string), Figure>> values = [];
        private readonly Dictionary<string, (IReadOnlyList<string> Periods, List<ValueVersions.Row> Rows)> versions = [];

        private Reads(NpgsqlConnection connection, string[] ids, IReadOnlyList<string> periods, Dictionary<string, IndicatorInfo?> indicators,
            ValueVersions versions)
        {
            Connection = connection;
            Ids = ids;
            Periods = periods;
            this.indicators = indicators;
            Versions = versions;
        }

        public NpgsqlConnection Connection { get; }

        public string[] Ids { get; }

        public IReadOnlyList<string> Periods { get; }

        public ValueVersions Versions { get; }

        public static async Task<Reads> StartAsync(NpgsqlConnection connection, IndicatorInfo indicator, string[] ids, IReadOnlyList<string> periods)
        {
            // The weight of a weighted mean is followed only where it has secrecy of its own (MasksAsync), the secrecy
            // units never: only their values are read.
            var indicators = new Dictionary<string, IndicatorInfo?>(StringComparer.Ordinal) { [indicator.Code] = indicator };
            var pending = new Queue<IndicatorInfo>([indicator]);
            while (pending.TryDequeue(out var next))
            {
                foreach (var code in (next.SecretWith ?? []).Prepend(next.WeightIndicator).OfType<string>().Where(c => !indicators.ContainsKey(c)))
                {
                    var found = indicators[code] = await IndicatorInfo.FindAsync(connection, code, Caller.CommandLine);
                    if (found is not null && (found.SecrecyThreshold is not null || next.SecretWith?.Contains(code) == true))
                        pending.Enqueue(found);
                }
            }
            // One query for the versions of every indicator read.
            var codes = indicators.Values.OfType<IndicatorInfo>()
                .SelectMany(i => new[] { i.Code, i.WeightIndicator, i.SecrecyUnits }).OfType<string>();
            return new(connection, ids, periods, indicators, await ValueVersions.LoadAsync(connection, codes, periods));
        }

        public IndicatorInfo? Indicator(string? code) => code is null ? null : indicators.GetValueOrDefault(code);

        /// <summary>The values of the indicator, its weight and its secrecy units, current or as of a moment.</summary>
        public async Task<State> StateAsync(IndicatorInfo indicator, DateTimeOffset? asOf) => new(
            await ValuesAsync(indicator.Code, asOf),
            indicator.WeightIndicator is { } weight ? await ValuesAsync(weight, asOf) : null,
            indicator.SecrecyUnits is { } units ? await ValuesAsync(units, asOf) : null);

        /// <summary>Every version of these indicators' values for these periods, kept to answer <see cref="StateAsync"/> too.</summary>
        public async Task<IReadOnlyList<ValueVersions.Row>> VersionsAsync(string[] codes, IReadOnlyList<string> periods)
        {
            var rows = await ValueVersions.RowsAsync(Connection, codes, Ids, periods);
            foreach (var code in codes)
                versions[code] = (periods, [.. rows.Where(r => r.Code == code)]);
            return rows;
        }

        private async Task<Dictionary<(string, string), Figure>> ValuesAsync(string code, DateTimeOffset? asOf)
        {
            if (values.TryGetValue((code, asOf), out var loaded))
                return loaded;
            // The versions read already hold the values as of any moment when they cover every period.
            return values[(code, asOf)] = versions.TryGetValue(code, out var read) && Periods.All(read.Periods.Contains)
                // To the microsecond, as PostgreSQL compares the moment when it is sent (Npgsql truncates).
                ? read.Rows.Where(r => asOf is { } moment ? r.IsCurrentAt(moment.UtcDateTime.AddTicks(-(moment.Ticks % 10))) : r.ValidTo is null)
                    .ToDictionary(r => (r.Territory, r.Period), r => r.Figure)
                : await LoadAsync(Connection, code, Ids, Periods, asOf);
        }
    }

    /// <summary>
    /// The figures of one state of the data, with its statistical secrecy: primary (a threshold, or a value stored
    /// secret), secondary (complements, per EPCI) around what the masks add, then each target's. Peer groups' figures
    /// come from their members' (null: no peer group asked). settled: the communes' primary figures by period (masked in
    /// place), when the masks already hold every complement they need (MasksAsync's fixed point): they are then only
    /// masked where they are.
    /// </summary>
    private static Dictionary<(string Territory, string Period), Figure> Figures(IndicatorInfo indicator, Scope scope,
        IReadOnlyList<Target> targets, IReadOnlyList<string> periods, State state, Masks masks,
        (IReadOnlyDictionary<(string Territory, string Period), Figure> Figures, IReadOnlyDictionary<(string, string), Figure>? Weights)? peers,
        IReadOnlyDictionary<string, Dictionary<string, Figure>>? settled = null)
    {
        var (stored, weights, units) = state;
        var result = new Dictionary<(string, string), Figure>();
        foreach (var period in periods)
        {
            var communeFigures = settled?[period] ?? PrimaryCommunes(indicator, scope, period, state);
            if (settled is not null)
                Secrecy.Mask(communeFigures, masks.Masked.In(period));
            else
                Secrecy.Secondary(communeFigures, scope.EpciOf, indicator, masks.Masked.In(period));

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
                // Masked in another state of the data (a commune: done above, with its complements).
                if (figure.Value is not null && masks.Masked.Contains(target.Id, period))
                    figure = figure with { Status = ValueStatus.Secret };
                if (masks.Inherited.Contains(target.Id, period))
                    figure = figure with { Status = ValueStatus.Secret };
                result[(target.Id, period)] = figure;
            }
        }
        return result;
    }

    /// <summary>The communes' figures of one state for one period, with their primary secrecy (no value: an empty figure).</summary>
    private static Dictionary<string, Figure> PrimaryCommunes(IndicatorInfo indicator, Scope scope, string period, State state)
    {
        var (stored, weights, units) = state;
        return scope.Communes.ToDictionary(c => c.Id, c => stored.TryGetValue((c.Id, period), out var f)
            ? Secrecy.Primary(f, indicator, weights?.GetValueOrDefault((c.Id, period))?.Value, units?.GetValueOrDefault((c.Id, period))?.Value)
            : new Figure(c.Id, period, null, null, null, null, null, null), StringComparer.Ordinal);
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
