using System.Globalization;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Dechets;

/// <summary>
/// Observatoire des déchets (CC du Ternois): tonnages collected and recovered per stream and year at the EPCI's level,
/// kg per inhabitant and recovery rates as ratios of sums, against the targets of the waste plans (AGEC, LTECV, taken
/// up by the PRPGD Hauts-de-France), which the platform's projections show too.
/// </summary>
internal sealed class DechetsModule : IObservatoryModule, IIndicatorTargetSource
{
    public const string Slug = "dechets";

    /// <summary>The data domain of the tonnages and targets.</summary>
    public const string DataDomain = "dechets";

    public string Name => "Déchets";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetStreams.Endpoint), typeof(GetStreams.Request.Validator),
        typeof(ImportTonnages.Endpoint), typeof(ImportTonnages.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire des déchets",
        "Les déchets ménagers et assimilés de la CC du Ternois : tonnages par flux (ordures ménagères résiduelles, collecte sélective, " +
        "verre, déchèteries), kilos par habitant et taux de valorisation, comparés aux objectifs de la loi AGEC et de la LTECV repris " +
        "par le plan régional (PRPGD Hauts-de-France).",
        18,
        [new("production", "Production de déchets"), new("valorisation", "Valorisation"), new("flux", "Flux de déchets")],
        DechetsIndicators.Definitions)
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi],
        Keywords = ["déchets", "ordures ménagères", "valorisation", "SINOE"],
    };

    // The values are derived from the tonnages (SeedDemoDataAsync, imports), not generated.
    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    string? IObservatoryModule.DataDomain => DataDomain;

    string IIndicatorTargetSource.TargetDataDomain => DataDomain;

    public Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        DemoTonnages.SeedAsync(connection, transaction, territory);

    /// <summary>
    /// The stored targets of the indicator; a relative one (−15 % per inhabitant from 2010) only where the territory
    /// has its base year's tonnages, since it is a share of that value.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorTarget>> TargetsAsync(NpgsqlConnection connection, string indicatorCode, Target territory)
    {
        var stored = (await Tonnages.TargetsAsync(connection)).Where(t => t.Indicator == indicatorCode).ToList();
        if (stored.Count == 0)
            return [];
        var epcis = await Tonnages.EpcisOfAsync(connection, territory);
        var sums = epcis.Count == 0 ? [] : await Tonnages.SumsAsync(connection, epcis);
        var population = epcis.Count == 0 ? 0 : await Tonnages.PopulationAsync(connection, epcis);
        double? ValueOf(int year) => sums.Where(s => s.Year == year).ToList() is { Count: > 0 } ofYear
            ? Tonnages.DmaKgPerInhabitant(ofYear, population) : null;
        return
        [
            .. stored.Select(t => (t, value: Tonnages.TargetValue(t, ValueOf))).Where(x => x.value is not null)
                .Select(x => new IndicatorTarget(x.t.Horizon.ToString(CultureInfo.InvariantCulture), x.value!.Value, x.t.Bound, x.t.Label, x.t.Document)),
        ];
    }
}
