using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>A figure at T0, at the latest year, and the change between them (latest − T0).</summary>
internal sealed record NpnruChangeSinceT0(double? AtT0, double? Latest, double? Change);

/// <param name="GapUnit">points for a rate in %, else the indicator's unit.</param>
/// <param name="Programme">Its QPVs together: Σ numerators ÷ Σ denominators for a rate; a median only for a single QPV.</param>
/// <param name="Commune">The communes its QPVs lie in, together (Σ ÷ Σ), or the one commune.</param>
/// <param name="GapToEpciAtT0">Programme − EPCI at T0.</param>
/// <param name="GapToEpciLatest">Programme − EPCI at the latest year.</param>
/// <param name="GapNarrowed">Whether the gap to the EPCI is smaller (in size) at the latest year than at T0; null when one is missing.</param>
/// <param name="GapToCommuneNarrowed">The same against the commune(s).</param>
internal sealed record NpnruIndicatorChange(string Code, string Label, string Theme, string Unit, int Decimals, string GapUnit,
    bool? HigherIsBetter, string T0, string? Latest, NpnruChangeSinceT0 Programme, NpnruChangeSinceT0 Commune, NpnruChangeSinceT0 Epci,
    double? GapToEpciAtT0, double? GapToEpciLatest, bool? GapNarrowed, bool? GapToCommuneNarrowed);

/// <param name="Version">What If-Match names (the ETag header: "npnru-{id}-v{version}").</param>
internal sealed record NpnruProgrammeEvaluation(string Id, string Name, QpvPlace Epci, IReadOnlyList<QpvPlace> Qpvs, IReadOnlyList<QpvPlace> Communes,
    int T0Year, bool Demo, int Version, IReadOnlyList<NpnruIndicatorChange> Indicators);

/// <summary>An NPNRU programme evaluated against its T0: every figure from the platform's engine, under the caller's rights.</summary>
internal static class NpnruEvaluation
{
    public static async Task<NpnruProgrammeEvaluation> ComputeAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        Caller caller, NpnruProgramme programme)
    {
        var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [.. programme.QpvIds, programme.EpciId]);
        var qpvs = found.Where(t => t.Level == TerritoryId.Qpv).ToList();
        var epci = found.Single(t => t.Id == programme.EpciId);
        var communes = new List<QpvPlace>();
        foreach (var q in qpvs)
            if ((await QpvPlaces.OfAsync(connection, q.Id)).Communes.FirstOrDefault() is { } c && communes.All(x => x.Id != c.Id))
                communes.Add(c);
        // One commune is itself (a median has its own figure); several are a zone of the platform (Σ ÷ Σ).
        var communeId = communes.Count == 1 ? communes[0].Id
            : $"{TargetLookup.CustomLevel}:{string.Join('+', communes.Select(c => c.Id["commune:".Length..]).Order(StringComparer.Ordinal))}";
        var (communeTargets, _) = communes.Count == 0 ? ([], []) : await TargetLookup.ResolveAsync(connection, hierarchy, [communeId]);
        var targets = qpvs.Concat(communeTargets).Append(epci).ToList();

        var t0 = $"{programme.T0Year}";
        var indicators = new List<NpnruIndicatorChange>();
        foreach (var indicator in await QpvPlaces.IndicatorsAsync(connection, caller))
        {
            var (periods, figures) = await QpvPlaces.FiguresAsync(connection, hierarchy, indicator, targets, caller);
            double? ProgrammeAt(string period) => periods.Contains(period)
                ? Gaps.Combine([.. qpvs.Select(q => figures[(q.Id, period)])], indicator.Aggregation, indicator.RatioScale)
                : null;
            var latest = periods.LastOrDefault(p => ProgrammeAt(p) is not null);
            NpnruChangeSinceT0 Of(Func<string, double?> at)
            {
                var before = periods.Contains(t0) ? at(t0) : null;
                var after = latest is null ? null : at(latest);
                return new(before, after, Gaps.Change(before, after));
            }
            var own = Of(ProgrammeAt);
            var commune = communeTargets.Count == 0 ? new NpnruChangeSinceT0(null, null, null) : Of(p => QpvPlaces.Number(figures, communeTargets[0].Id, p));
            var reference = Of(p => QpvPlaces.Number(figures, epci.Id, p));
            var gapAtT0 = Gaps.Gap(own.AtT0, reference.AtT0);
            var gapLatest = Gaps.Gap(own.Latest, reference.Latest);
            indicators.Add(new(indicator.Code, indicator.Label, indicator.ThemeCode, indicator.Unit, indicator.Decimals, Gaps.GapUnit(indicator.Unit),
                indicator.HigherIsBetter, t0, latest, own, commune, reference, gapAtT0, gapLatest, Gaps.Narrowed(gapAtT0, gapLatest),
                Gaps.Narrowed(Gaps.Gap(own.AtT0, commune.AtT0), Gaps.Gap(own.Latest, commune.Latest))));
        }
        return new(programme.Id, programme.Name, new(epci.Id, epci.Name), [.. qpvs.Select(q => new QpvPlace(q.Id, q.Name))], communes,
            programme.T0Year, programme.Demo, programme.Version, indicators);
    }
}
