using Dapper;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Zan;

/// <summary>Compteur ZAN: land take since 2011 and the trajectory of the Climate &amp; Resilience law to net zero in 2050.</summary>
internal sealed class ZanModule : IObservatoryModule, ILayerModule, IIndicatorTargetSource
{
    public const string Slug = "zan";
    public const string DataDomain = "zan";
    public const string ConsumptionIndicator = "zan.consommation_ha";

    public string Name => "Compteur ZAN";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetCounter.Endpoint), typeof(GetCounter.Request.Validator),
        typeof(GetConsumption.Endpoint), typeof(GetConsumption.Request.Validator),
        typeof(GetRanking.Endpoint), typeof(GetRanking.Request.Validator),
        typeof(SetReduction.Endpoint), typeof(SetReduction.Request.Validator),
        typeof(SetTrajectory.Endpoint), typeof(SetTrajectory.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Compteur ZAN",
        "La consommation d'espaces naturels, agricoles et forestiers depuis 2011 et la trajectoire vers le zéro artificialisation nette : " +
        "référence 2011–2020, enveloppe 2021–2030, rythme et année d'épuisement.",
        5,
        [new("consommation", "Consommation d'espaces")],
        [
            new()
            {
                Code = ConsumptionIndicator, Theme = "consommation", Label = "Consommation d'espaces NAF",
                Definition = "Espaces naturels, agricoles et forestiers consommés dans l'année (toutes destinations), en hectares.",
                Unit = "ha", Decimals = 2, Source = "Fichiers fonciers, Cerema (données de démonstration)",
                SourceUrl = "https://artificialisation.developpement-durable.gouv.fr", Aggregation = Aggregation.Sum,
                HigherIsBetter = false, HeadlineOrder = 1,
            },
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Envi, EuDataTheme.Regi],
        Keywords = ["ZAN", "zéro artificialisation nette", "consommation d'espaces", "artificialisation"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers =>
    [
        new()
        {
            Id = "zan-communes",
            Title = "Consommation d'espaces par commune",
            Description = "Les communes avec leur consommation d'espaces de référence (2011–2020) et depuis 2021.",
            GeometryType = "MultiPolygon",
            Source = """
                select t.id, t.code, t.name,
                       round(coalesce(sum(c.hectares) filter (where c.year between 2011 and 2020), 0)::numeric, 2)::double precision as reference_ha,
                       round(coalesce(sum(c.hectares) filter (where c.year >= 2021), 0)::numeric, 2)::double precision as consumed_since_2021_ha,
                       t.geom, t.geom_medium, t.geom_low
                from platform.territory t left join zan.consumption c on c.commune_id = t.id
                where t.level = 'commune' and t.geom is not null
                group by t.id
                """,
            Properties =
            [
                new("code", PropertyType.String, "Code INSEE."),
                new("name", PropertyType.String, "Nom."),
                new("reference_ha", PropertyType.Number, "Consommation 2011–2020 (ha)."),
                new("consumed_since_2021_ha", PropertyType.Number, "Consommation depuis 2021 (ha)."),
            ],
            DefaultSort = ["code"],
            // The communes' contours and names are the territories'.
            DataDomains = [DataDomain, TerritoryGeometry.DataDomain],
            Generalised = true,
        },
    ];

    string? IObservatoryModule.DataDomain => DataDomain;

    string IIndicatorTargetSource.TargetDataDomain => DataDomain;

    /// <summary>
    /// The law's trajectory as targets of the yearly consumption: the 2021–2030 envelope's yearly average by 2030, the
    /// allowance of 2031 and 2040 on the path (the agency's, or linear to zero), and net zero in 2050.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorTarget>> TargetsAsync(NpgsqlConnection connection, string indicatorCode, Target territory)
    {
        if (indicatorCode != ConsumptionIndicator || territory.CoveredCommunes.Count == 0)
            return [];
        var counter = await Counter.ComputeAsync(connection, territory.Id, territory.CoveredCommunes);
        const string Law = "Loi Climat et résilience (2021)";
        double Allowance(int year) => counter.Path.Single(p => p.Year == year).AllowanceHa;
        return
        [
            new("2030", Math.Round(counter.EnvelopeHa / 10, 2), IndicatorTarget.AtMost,
                $"Enveloppe 2021–2030 en moyenne annuelle ({counter.Reduction:P0} de moins qu'en 2011–2020)", Law),
            new("2031", Allowance(2031), IndicatorTarget.AtMost, "Trajectoire ZAN : allocation de 2031", Law),
            new("2040", Allowance(2040), IndicatorTarget.AtMost, "Trajectoire ZAN : allocation de 2040", Law),
            new("2050", 0, IndicatorTarget.AtMost, "Zéro artificialisation nette", Law),
        ];
    }

    public Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        DemoConsumption.SeedAsync(connection, transaction, territory);
}
