using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Dechets.GetStreams;

internal sealed class Request
{
    /// <summary>An EPCI (epci:200069672, the CC du Ternois) or a groupement of EPCIs: the tonnages are known per EPCI, not per commune.</summary>
    public string Territory { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null && (t.StartsWith("epci:", StringComparison.Ordinal) || t.StartsWith("groupement:", StringComparison.Ordinal)))
                .WithMessage("territory is an EPCI or a groupement of EPCIs (epci:200069672): the tonnages are collected per EPCI, not per commune");
    }
}

/// <summary>A value in a year.</summary>
internal sealed record YearValue(int Year, double? Value);

/// <summary>One stream in the latest year, and since the first.</summary>
/// <param name="Stream">Its code: omr, collecte_selective, verre, dechets_verts, encombrants, gravats, autres_decheterie.</param>
/// <param name="Where">How it is collected (door to door, drop-off points, recycling centres).</param>
/// <param name="Inert">Rubble: outside the recovery rate's scope.</param>
/// <param name="KgPerInhabitant">Σ tonnes × 1,000 ÷ inhabitants in the latest year.</param>
/// <param name="BaseKgPerInhabitant">The same in the first year.</param>
/// <param name="ChangePercent">From the first year to the latest, in %.</param>
/// <param name="RecoveryRate">Σ recovered ÷ Σ collected × 100 in the latest year.</param>
/// <param name="Series">kg per inhabitant, year by year.</param>
internal sealed record StreamFigures(string Stream, string Label, string Where, bool Inert, double TonnesCollected, double TonnesRecovered,
    double? KgPerInhabitant, double? BaseKgPerInhabitant, double? ChangePercent, double? RecoveryRate, IReadOnlyList<YearValue> Series);

/// <summary>A target and where the territory stands against it in the latest year.</summary>
/// <param name="Indicator">The indicator it bears on (dechets.dma_kg_hab, dechets.taux_valorisation_matiere).</param>
/// <param name="Horizon">The year it is set for.</param>
/// <param name="Bound">at_most (a ceiling) or at_least (a floor).</param>
/// <param name="Value">The target in the indicator's unit (a relative target: the base year's value changed by its %).</param>
/// <param name="Relative">The change in % from the base year, for a relative target; null for an absolute one.</param>
/// <param name="BaseYear">The year the path starts from: the relative target's base year, else the series' first year.</param>
/// <param name="BaseValue">The territory's value in that year.</param>
/// <param name="PathValue">The straight path from the base value to the target, in the latest year (the target from its horizon on).</param>
/// <param name="LatestValue">The territory's value in the latest year.</param>
/// <param name="OnTrack">Whether the latest value meets the path value; null when the base year is missing.</param>
internal sealed record TargetFigures(string Indicator, int Horizon, string Bound, double? Value, double? Relative, string Label, string Document,
    string SourceUrl, int BaseYear, double? BaseValue, double? PathValue, double? LatestValue, bool? OnTrack);

/// <param name="Epcis">The EPCIs whose tonnages are added up.</param>
/// <param name="Population">Their population in the referential, the denominator of every kg per inhabitant.</param>
/// <param name="Year">The latest year.</param>
/// <param name="BaseYear">The first year of the series.</param>
/// <param name="Years">Every year with tonnages.</param>
/// <param name="Demo">True while a year shown is demo data.</param>
/// <param name="DmaKgPerInhabitant">All streams: Σ tonnes × 1,000 ÷ inhabitants, year by year.</param>
/// <param name="RecoveryRate">Non-inert streams: Σ recovered ÷ Σ collected × 100, year by year.</param>
internal sealed record Response(
    TerritoryRef Territory,
    IReadOnlyList<string> Epcis,
    long Population,
    int Year,
    int BaseYear,
    IReadOnlyList<int> Years,
    string Source,
    bool Demo,
    IReadOnlyList<StreamFigures> Streams,
    IReadOnlyList<YearValue> DmaKgPerInhabitant,
    IReadOnlyList<YearValue> RecoveryRate,
    IReadOnlyList<TargetFigures> Targets);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/dechets/streams/{territory}");
        Options(o => o.WithMetadata(new ReadsData(DechetsModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Waste streams of an EPCI or groupement: kg per inhabitant, change since the first year, recovery, against the plans' targets";
            s.Description = "Each stream's tonnes collected and recovered in the latest year, kg per inhabitant (Σ tonnes ÷ population) then and " +
                            "in the first year, and its series; household and similar waste (DMA) per inhabitant and the material recovery rate " +
                            "of non-inert waste (Σ recovered ÷ Σ collected), year by year; and each target (AGEC −15 % DMA per inhabitant " +
                            "2010→2030, LTECV 55 % recovered in 2020 and 65 % in 2025) with the straight path from the base year to it: on track " +
                            "when the latest value meets the path. A territory without tonnages is a 404.";
            s.ExampleRequest = new Request { Territory = DemoTonnages.Ternois };
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
        var epcis = await Tonnages.EpcisOfAsync(connection, target);
        var sums = epcis.Count == 0 ? [] : await Tonnages.SumsAsync(connection, epcis);
        if (sums.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"There are no waste tonnages for {target.Name}: the observatory has those of the CC du Ternois"));
            return;
        }
        var population = await Tonnages.PopulationAsync(connection, epcis);
        var byYear = sums.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.ToList());
        var years = byYear.Keys.Order().ToList();
        var (first, latest) = (years[0], years[^1]);

        var streams = Streams.All.Select(stream =>
        {
            double? Kg(int year) => byYear[year].FirstOrDefault(s => s.Stream == stream.Code) is { } t ? Streams.KgPerInhabitant(t.Collected, population) : null;
            var now = byYear[latest].FirstOrDefault(s => s.Stream == stream.Code);
            var (kg, baseKg) = (Kg(latest), Kg(first));
            return new StreamFigures(stream.Code, stream.Label, stream.Where, stream.Inert, now?.Collected ?? 0, now?.Recovered ?? 0, kg, baseKg,
                kg is { } k ? Streams.ChangePercent(k, baseKg) : null, now is null ? null : Streams.RecoveryRate(now.Recovered, now.Collected),
                [.. years.Select(y => new YearValue(y, Kg(y)))]);
        }).ToList();

        double? Dma(int year) => byYear.TryGetValue(year, out var t) ? Tonnages.DmaKgPerInhabitant(t, population) : null;
        double? Rate(int year) => byYear.TryGetValue(year, out var t) ? Tonnages.RecoveryRate(t) : null;
        var targets = (await Tonnages.TargetsAsync(connection)).Select(t =>
        {
            Func<int, double?> valueOf = t.Indicator == DechetsIndicators.DmaKgPerInhabitant ? Dma : Rate;
            var baseYear = t.BaseYear ?? first;
            var (value, baseValue, latestValue) = (Tonnages.TargetValue(t, valueOf), valueOf(baseYear), valueOf(latest));
            double? path = value is { } v && baseValue is { } b ? Math.Round(Streams.PathValue(baseYear, b, t.Horizon, v, latest), 1) : null;
            return new TargetFigures(t.Indicator, t.Horizon, t.Bound, value, t.Kind == "relative" ? t.Value : null, t.Label, t.Document, t.SourceUrl,
                baseYear, baseValue, path, latestValue, path is { } p && latestValue is { } l ? Streams.OnTrack(t.Bound, l, p) : null);
        }).ToList();

        await Send.OkAsync(new Response(TerritoryRef.Of(target), epcis, population, latest, first, years,
            sums.Any(s => s.Demo) ? DechetsIndicators.DemoSource : "Tonnages importés (format SINOE)", sums.Any(s => s.Demo), streams,
            [.. years.Select(y => new YearValue(y, Dma(y)))], [.. years.Select(y => new YearValue(y, Rate(y)))], targets), ct);
    }
}
