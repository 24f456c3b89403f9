using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Observatories.Energie.Sites;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// Observatoire de l'énergie: the energy accounts of the communes (consumption by sector and energy, production by
/// source, emissions), the decarbonised balance, the production sites, and the Toile énergétique® of the industrial
/// energy system.
/// </summary>
internal sealed class EnergieModule : IObservatoryModule, ILayerModule, ICommuneContourFollower, IIndicatorTargetSource
{
    public const string Slug = "energie";
    public const string DataDomain = "energie";

    public string Name => "Énergie";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetAccounts.Endpoint), typeof(GetAccounts.Request.Validator),
        typeof(SetTargets.Endpoint), typeof(SetTargets.Request.Validator),
        typeof(ImportAccounts.Endpoint), typeof(ImportAccounts.Request.Validator),
        typeof(Sites.GetProductionSites.Endpoint), typeof(Sites.GetProductionSites.Request.Validator),
        typeof(Toile.GetToile.Endpoint),
        typeof(Toile.GetToileEdges.Endpoint), typeof(Toile.GetToileEdges.Request.Validator),
        typeof(Toile.GetToileNeighbourhood.Endpoint),
        typeof(Toile.GetToileSynergies.Endpoint), typeof(Toile.GetToileSynergies.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Énergie",
        "Les consommations d'énergie par secteur et par énergie, la production renouvelable et de récupération par filière, " +
        "le bilan décarboné, les sites de production et la Toile énergétique® des sites industriels.",
        6,
        [new("consommation", "Consommation"), new("production", "Production"), new("emissions", "Émissions")],
        [
            new()
            {
                Code = "energie.bilan_decarbone", Theme = "production", Label = "Bilan décarboné",
                Definition = "Production locale d'énergie renouvelable et de récupération rapportée à la consommation d'énergie finale " +
                             "de la même année, ou de la dernière année publiée (la production 2023 rapportée à la consommation 2022, " +
                             "comme le rapport d'activité). Recalculé à partir des sommes à chaque échelle.",
                Unit = "%", Decimals = 1, Source = AccountsSource, Aggregation = Aggregation.Ratio, RatioScale = 100,
                HigherIsBetter = true, HeadlineOrder = 1,
            },
            GwhIndicator("energie.consommation", "consommation", "Consommation d'énergie finale",
                "Énergie finale consommée sur le territoire, tous secteurs et toutes énergies.", higherIsBetter: false, headline: 2),
            GwhIndicator("energie.consommation_residentiel", "consommation", "Consommation du résidentiel", "Énergie finale consommée par les logements."),
            GwhIndicator("energie.consommation_tertiaire", "consommation", "Consommation du tertiaire", "Énergie finale consommée par les bureaux, commerces et services."),
            GwhIndicator("energie.consommation_industrie", "consommation", "Consommation de l'industrie", "Énergie finale consommée par l'industrie."),
            GwhIndicator("energie.consommation_transport", "consommation", "Consommation du transport routier", "Énergie finale consommée par le transport routier."),
            GwhIndicator("energie.consommation_agriculture", "consommation", "Consommation de l'agriculture", "Énergie finale consommée par l'agriculture."),
            GwhIndicator("energie.consommation_gaz", "consommation", "Consommation de gaz naturel", "Gaz naturel consommé, tous secteurs."),
            GwhIndicator("energie.consommation_electricite", "consommation", "Consommation d'électricité", "Électricité consommée, tous secteurs."),
            GwhIndicator("energie.production", "production", "Production renouvelable et de récupération",
                "Énergie produite sur le territoire par les filières renouvelables et de récupération (éolien, photovoltaïque, " +
                "méthanisation, hydraulique, valorisation des déchets, bois-énergie, gaz de mine), hors thermique non renouvelable.",
                higherIsBetter: true, headline: 3),
            GwhIndicator("energie.production_eolien", "production", "Production éolienne", "Électricité produite par les éoliennes.", higherIsBetter: true),
            GwhIndicator("energie.production_pv_toiture", "production", "Production photovoltaïque en toiture",
                "Électricité injectée par les installations photovoltaïques en toiture.", higherIsBetter: true),
            new()
            {
                Code = "energie.installations_pv_toiture", Theme = "production", Label = "Installations photovoltaïques en toiture",
                Definition = "Nombre d'installations photovoltaïques en toiture raccordées au réseau.", Unit = "installations",
                Source = AccountsSource, Aggregation = Aggregation.Sum, HigherIsBetter = true,
            },
            new()
            {
                Code = "energie.emissions", Theme = "emissions", Label = "Émissions directes de gaz à effet de serre",
                Definition = "Émissions directes de gaz à effet de serre du territoire, tous secteurs, en milliers de tonnes équivalent CO2.",
                Unit = "kt CO2e", Decimals = 1, Source = AccountsSource, Aggregation = Aggregation.Sum, HigherIsBetter = false, HeadlineOrder = 4,
            },
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Ener, EuDataTheme.Envi],
        Keywords = ["énergie", "consommation d'énergie", "production renouvelable", "gaz à effet de serre"],
    };

    internal const string AccountsSource = "Observatoire de l'énergie de l'AULA, d'après le rapport d'activité 2024 (données de démonstration " +
                                          "réparties entre les communes ; totaux de l'AULA et des EPCI du rapport)";

    private static IndicatorDefinition GwhIndicator(string code, string theme, string label, string definition, bool? higherIsBetter = null, int? headline = null) => new()
    {
        Code = code,
        Theme = theme,
        Label = label,
        Definition = definition,
        Unit = "GWh",
        Decimals = 1,
        Source = AccountsSource,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = higherIsBetter,
        HeadlineOrder = headline,
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => [];

    public IReadOnlyList<LayerDefinition> Layers => [SitesLayers.Public, SitesLayers.Partners];

    string? IObservatoryModule.DataDomain => DataDomain;

    string ICommuneContourFollower.DataDomain => DataDomain;

    string IIndicatorTargetSource.TargetDataDomain => DataDomain;

    /// <summary>The decarbonised balance the territory's plans aim at (PCAET, SRADDET), in % like the indicator.</summary>
    public async Task<IReadOnlyList<IndicatorTarget>> TargetsAsync(NpgsqlConnection connection, string indicatorCode, Target territory)
    {
        if (indicatorCode != "energie.bilan_decarbone")
            return [];
        var targets = await connection.QueryAsync<(int Year, double Share, string Document)>(
            "select year, share, document from energie.balance_target where territory_id = @Id order by year", new { territory.Id });
        return [.. targets.Select(t => new IndicatorTarget(t.Year.ToString(CultureInfo.InvariantCulture), Math.Round(t.Share * 100, 1),
            IndicatorTarget.AtLeast, $"Objectif de bilan décarboné en {t.Year}", t.Document))];
    }

    /// <summary>The accounts (with their indicators and targets), the production sites, the Toile; the counts add up.</summary>
    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var added = await DemoAccounts.SeedAsync(connection, transaction, territory);
        added += await DemoSites.SeedAsync(connection, transaction, territory);
        added += await Toile.DemoToile.SeedAsync(connection, transaction, territory);
        return added;
    }

    /// <summary>The demo objects placed inside their communes move inside the new contours.</summary>
    public async Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes)
    {
        var placed = 0;
        placed += await DemoSites.PlaceAsync(connection, transaction, communes);
        return placed;
    }
}
