using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Barometre;

internal sealed record BarometerTerritory(string Id, string Name, string Level);

/// <param name="Period">The quarter compared with.</param>
/// <param name="Value">Its figure.</param>
/// <param name="Change">This quarter's figure minus that one (points for a share).</param>
/// <param name="ChangePercent">The change relative to that figure, in percent (2 decimals); null when that figure is 0.</param>
internal sealed record BarometerChange(string Period, double Value, double Change, double? ChangePercent);

/// <param name="PreviousValue">The figure as first published (before the latest revision of any of its parts).</param>
/// <param name="RevisedAt">When the source's revision was loaded.</param>
internal sealed record BarometerRevision(double PreviousValue, DateTimeOffset RevisedAt);

/// <param name="Status">ok, secret, restricted (partner figure the caller may not see) or missing.</param>
/// <param name="Revised">Whether the figure was revised since first published.</param>
internal sealed record BarometerPoint(string Period, double? Value, string Status, bool Provisional, bool Revised);

internal sealed record BarometerDetail(string Label, string Code, string Unit, int Decimals, string Status, double? Value, BarometerChange? YearOnYear);

/// <param name="Share">Share of the scored SMEs in the class, in percent: Σ companies of the class ÷ Σ scored SMEs.</param>
/// <param name="Companies">Scored SMEs in the class.</param>
internal sealed record BarometerRiskClass(string Class, string Label, double? Share, double? Companies);

/// <param name="Key">emploi_prive, demandeurs_emploi, defaillances or nota_pme.</param>
/// <param name="Code">The catalogue indicator behind the headline figure.</param>
/// <param name="Status">ok, secret, restricted (partner figure the caller may not see) or missing.</param>
/// <param name="Value">The quarter's figure; null unless the status is ok. For nota_pme, the share (%) of SMEs in classes 5 and 6.</param>
/// <param name="Provisional">The figure is provisional (any of its parts is: the latest quarter of a source that revises it).</param>
/// <param name="Revision">When the quarter's figure was revised since first published: the previous figure and when.</param>
/// <param name="Series">The last 20 quarters up to the asked one, oldest first.</param>
/// <param name="Details">Secondary figures of the card.</param>
/// <param name="Classes">nota_pme only: the six Nota-PME classes (null when the figure is not ok, and for the other indicators).</param>
internal sealed record BarometerIndicator(
    string Key,
    string Title,
    string Code,
    string Unit,
    int Decimals,
    string Source,
    string SourceUrl,
    string Status,
    double? Value,
    bool Provisional,
    BarometerRevision? Revision,
    BarometerChange? QuarterOnQuarter,
    BarometerChange? YearOnYear,
    IReadOnlyList<BarometerPoint> Series,
    IReadOnlyList<BarometerDetail> Details,
    IReadOnlyList<BarometerRiskClass>? Classes);

/// <param name="Value">The figure, French-formatted, ready to print ("+1,9 %").</param>
/// <param name="Label">What it is, following the figure ("d'emplois salariés privés en un an").</param>
internal sealed record BarometerKeyFigure(string Value, string Label);

/// <param name="Quarter">The quarter asked.</param>
/// <param name="LatestQuarter">The latest quarter with data.</param>
/// <param name="Quarters">Every quarter one can ask for, oldest first.</param>
/// <param name="Indicators">Always the four cards, in this order: emploi_prive, demandeurs_emploi, defaillances, nota_pme.</param>
/// <param name="KeyFigures">3 to 5 figures to remember, computed from the cards the caller may see.</param>
/// <param name="Brief">The agency's brief for this quarter and territory (its current version), null when none is written.</param>
/// <param name="GeneratedAt">When this answer was computed.</param>
internal sealed record BarometerReport(
    BarometerTerritory Territory,
    string Quarter,
    string LatestQuarter,
    IReadOnlyList<string> Quarters,
    IReadOnlyList<BarometerIndicator> Indicators,
    IReadOnlyList<BarometerKeyFigure> KeyFigures,
    BarometerBrief? Brief,
    IReadOnlyList<string> Sources,
    DateTimeOffset GeneratedAt);

/// <summary>
/// The quarterly barometer of a territory, computed by the platform's value engine for the caller: every figure is its
/// communes' sum (a share: the ratio of their sums), secrecy and the caller's rights applied as on every other route, so
/// a partner figure outside the caller's scope is "restricted" here as in the values, series, map and CSV. The PDF prints
/// this same object.
/// </summary>
internal static class BarometerReports
{
    /// <summary>How many quarters each card's chart shows.</summary>
    public const int SeriesLength = 20;

    /// <summary>The levels a barometer is published for (plus communes, for a closer look).</summary>
    public static readonly IReadOnlyList<string> Levels = ["commune", "epci", "groupement"];

    public static readonly IReadOnlyList<string> Sources =
        ["Acoss-Urssaf, effectifs salariés privés", "DARES – France Travail, STMT", "Capfi, défaillances", "Capfi, Nota-PME"];

    private sealed record DetailSpec(string Label, string Code);

    private sealed record Card(string Key, string Title, string Code, string Source, string SourceUrl, IReadOnlyList<DetailSpec> Details);

    private static readonly IReadOnlyList<Card> Cards =
    [
        new("emploi_prive", "Emploi salarié privé", BarometreIndicators.PrivateJobs, "Acoss-Urssaf", BarometreIndicators.UrssafUrl,
            [new("Établissements employeurs", BarometreIndicators.Employers)]),
        new("demandeurs_emploi", "Demandeurs d'emploi (catégorie A)", BarometreIndicators.JobSeekersA, "DARES – France Travail",
            BarometreIndicators.DaresUrl, [new("Catégories A, B, C", BarometreIndicators.JobSeekersAbc)]),
        new("defaillances", "Défaillances d'entreprises", BarometreIndicators.Failures, "Capfi", BarometreIndicators.CapfiUrl,
            [new("Sur 12 mois glissants", BarometreIndicators.Failures12Months)]),
        new("nota_pme", "PME en risque élevé (Nota-PME)", BarometreIndicators.HighRisk, "Capfi, Nota-PME", BarometreIndicators.CapfiUrl, []),
    ];

    /// <summary>The territory if a barometer can be computed for it (a perimeter's commune, EPCI or groupement), else null.</summary>
    public static async Task<Target?> FindTerritoryAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, string id) =>
        await TargetLookup.FindAsync(connection, hierarchy, id) is { IsPeerGroup: false } target && Levels.Contains(target.Level)
        && target.CoveredCommunes.Count > 0
            ? target
            : null;

    /// <summary>Quarters with data, oldest first: those of the employment, the barometer's lead indicator.</summary>
    public static Task<IReadOnlyList<string>> QuartersAsync(NpgsqlConnection connection) =>
        IndicatorFacts.PeriodsAsync(connection, BarometreIndicators.PrivateJobs);

    public static async Task<BarometerReport> ComputeAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Target target,
        Period quarter, IReadOnlyList<string> quarters, Caller caller)
    {
        var periods = Period.Range(quarter.Add(1 - SeriesLength), quarter).Select(p => p.ToString()).ToList();
        var now = DateTimeOffset.UtcNow;
        var indicators = new List<BarometerIndicator>();
        foreach (var card in Cards)
            indicators.Add(await CardAsync(connection, hierarchy, target, quarter, periods, caller, card));
        return new BarometerReport(
            new BarometerTerritory(target.Id, target.Name, target.Level),
            quarter.ToString(),
            quarters[^1],
            quarters,
            indicators,
            KeyFigures(indicators),
            await Briefs.CurrentAsync(connection, target.Id, quarter.ToString()),
            Sources,
            now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }

    private static async Task<BarometerIndicator> CardAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Target target,
        Period quarter, IReadOnlyList<string> periods, Caller caller, Card card)
    {
        var asked = quarter.ToString();
        var (info, figures) = await FiguresAsync(connection, hierarchy, target, periods, caller, card.Code);
        var decimals = info?.Decimals ?? 0;
        var revisions = info is null ? new Dictionary<string, Revisions.Revised>() : await Revisions.FindAsync(connection, info, target, periods);
        var current = figures.GetValueOrDefault(asked);
        var status = StatusOf(current);
        var value = status == Ok ? Round(current!.Value, decimals) : null;

        BarometerRevision? revision = null;
        if (status == Ok && revisions.TryGetValue(asked, out var revised) && Revisions.PreviousOf(current!, info!, revised) is { } previous)
            revision = new(Round(previous, decimals)!.Value, revised.RevisedAt.ToUniversalTime());

        var details = new List<BarometerDetail>();
        foreach (var detail in card.Details)
        {
            var (detailInfo, detailFigures) = await FiguresAsync(connection, hierarchy, target, periods, caller, detail.Code);
            var figure = detailFigures.GetValueOrDefault(asked);
            var detailDecimals = detailInfo?.Decimals ?? 0;
            details.Add(new(detail.Label, detail.Code, detailInfo?.Unit ?? "", detailDecimals, StatusOf(figure),
                StatusOf(figure) == Ok ? Round(figure!.Value, detailDecimals) : null,
                ChangeFrom(detailFigures, figure, quarter.YearBefore(), detailDecimals)));
        }

        IReadOnlyList<BarometerRiskClass>? classes = null;
        if (card.Key == "nota_pme" && status == Ok)
        {
            var list = new List<BarometerRiskClass>();
            foreach (var riskClass in BarometreIndicators.RiskClasses)
            {
                var (_, classFigures) = await FiguresAsync(connection, hierarchy, target, [asked], caller, riskClass.Code);
                var figure = classFigures.GetValueOrDefault(asked);
                var ok = StatusOf(figure) == Ok;
                list.Add(new(riskClass.Class, riskClass.Label, ok ? Round(figure!.Value, 1) : null, ok ? figure!.Numerator : null));
            }
            classes = list;
        }

        return new BarometerIndicator(
            card.Key, card.Title, card.Code, info?.Unit ?? "", decimals, card.Source, card.SourceUrl, status, value,
            status == Ok && IsProvisional(current!),
            revision,
            ChangeFrom(figures, current, quarter.Previous(), decimals),
            ChangeFrom(figures, current, quarter.YearBefore(), decimals),
            [.. periods.Select(p =>
            {
                var figure = figures.GetValueOrDefault(p);
                var pointStatus = StatusOf(figure);
                return new BarometerPoint(p, pointStatus == Ok ? Round(figure!.Value, decimals) : null, pointStatus,
                    pointStatus == Ok && IsProvisional(figure!), pointStatus == Ok && revisions.ContainsKey(p));
            })],
            details,
            classes);
    }

    /// <summary>
    /// The figures of one indicator for the target, by period; no indicator when the catalogue lacks it (every figure
    /// then "missing") and no figures when the caller may not see it (every figure "restricted").
    /// </summary>
    private static async Task<(IndicatorInfo? Info, IReadOnlyDictionary<string, Figure?> Figures)> FiguresAsync(NpgsqlConnection connection,
        TerritoryHierarchy.Snapshot hierarchy, Target target, IReadOnlyList<string> periods, Caller caller, string code)
    {
        if (await IndicatorInfo.FindAsync(connection, code, Caller.CommandLine) is not { } info)
            return (null, periods.ToDictionary(p => p, _ => (Figure?)null));
        if (!caller.CanSee(info.Confidentiality))
            return (info, periods.ToDictionary(p => p, p => (Figure?)new Figure(target.Id, p, null, null, null, ValueStatus.Restricted, null, null)));
        var figures = await ValueEngine.ComputeAsync(connection, hierarchy, info, [target], periods, null, caller);
        return (info, periods.ToDictionary(p => p, p => figures.TryGetValue((target.Id, p), out var f) ? f : null));
    }

    private const string Ok = "ok";

    /// <summary>
    /// A printed publication shows no secret figure, even to the agency (which sees them on the values routes): "secret"
    /// whatever the caller. Restricted is a partner figure outside the caller's rights.
    /// </summary>
    private static string StatusOf(Figure? figure) => figure switch
    {
        { Status: ValueStatus.Restricted } => "restricted",
        { IsSecret: true } => "secret",
        { Value: not null } => Ok,
        _ => "missing",
    };

    /// <summary>A figure is provisional when any of its parts is (the engine gives an aggregate its least final status).</summary>
    private static bool IsProvisional(Figure figure) => figure.Status is ValueStatus.Provisional or ValueStatus.Estimated;

    /// <summary>The change from another quarter's figure, from the unrounded figures; null unless both are ok.</summary>
    private static BarometerChange? ChangeFrom(IReadOnlyDictionary<string, Figure?> figures, Figure? current, Period other, int decimals)
    {
        if (StatusOf(current) != Ok || StatusOf(figures.GetValueOrDefault(other.ToString())) != Ok)
            return null;
        var (now, then) = (current!.Value!.Value, figures[other.ToString()]!.Value!.Value);
        return new(other.ToString(), Round(then, decimals)!.Value, Round(now - then, decimals)!.Value,
            then == 0 ? null : Math.Round(100 * (now - then) / then, 2, MidpointRounding.AwayFromZero));
    }

    private static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// What to remember, in the order the agency prints it: the year's change in private jobs and in job seekers, the
    /// failures of the last 12 months, the share of SMEs at high risk (only when the caller may see it: a key figure is
    /// never made of a restricted one), then the jobs themselves; at most five, from the cards' own figures.
    /// </summary>
    internal static IReadOnlyList<BarometerKeyFigure> KeyFigures(IReadOnlyList<BarometerIndicator> indicators)
    {
        var byKey = indicators.ToDictionary(i => i.Key);
        var figures = new List<BarometerKeyFigure>();
        if (byKey.GetValueOrDefault("emploi_prive") is { Status: Ok, YearOnYear.ChangePercent: { } jobs })
            figures.Add(new(FrenchNumbers.SignedPercent(jobs), "d'emplois salariés privés en un an"));
        if (byKey.GetValueOrDefault("demandeurs_emploi") is { Status: Ok, YearOnYear.ChangePercent: { } seekers })
            figures.Add(new(FrenchNumbers.SignedPercent(seekers), "de demandeurs d'emploi de catégorie A en un an"));
        if (byKey.GetValueOrDefault("defaillances")?.Details.FirstOrDefault(d => d.Code == BarometreIndicators.Failures12Months) is
            { Status: Ok, Value: { } failures })
            figures.Add(new(FrenchNumbers.Number(failures, 0), "défaillances d'entreprises sur les 12 derniers mois"));
        if (byKey.GetValueOrDefault("nota_pme") is { Status: Ok, Value: { } highRisk })
            figures.Add(new(FrenchNumbers.Percent(highRisk), "des PME notées en risque élevé ou très élevé (Nota-PME)"));
        if (byKey.GetValueOrDefault("emploi_prive") is { Status: Ok, Value: { } jobCount })
            figures.Add(new(FrenchNumbers.Number(jobCount, 0), "emplois salariés privés en fin de trimestre"));
        return [.. figures.Take(5)];
    }
}
