using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Portrait;

/// <summary>Portrait de territoire: the population and household figures every observatory frames its own with.</summary>
internal sealed class PortraitModule : IObservatoryModule
{
    public const string Slug = "portrait";

    public string Name => "Portrait de territoire";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints => [];

    public void AddServices(IServiceCollection services) { }

    private const string Insee = "INSEE, recensement de la population (données de démonstration)";
    private const string InseeUrl = "https://www.insee.fr/fr/information/2008354";

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Portrait de territoire",
        "Population, âges et ménages : les chiffres de cadrage communs à tous les observatoires.",
        1,
        [new("population", "Population"), new("menages", "Ménages"), new("revenus", "Revenus")],
        [
            new()
            {
                Code = "portrait.population", Theme = "population", Label = "Population municipale",
                Definition = "Nombre de personnes ayant leur résidence habituelle sur le territoire.",
                Unit = "habitants", Source = Insee, SourceUrl = InseeUrl, Aggregation = Aggregation.Sum, HeadlineOrder = 1,
            },
            new()
            {
                Code = "portrait.moins_20_ans", Theme = "population", Label = "Population de moins de 20 ans",
                Definition = "Habitants âgés de moins de 20 ans.", Unit = "habitants", Source = Insee, SourceUrl = InseeUrl,
                Aggregation = Aggregation.Sum,
            },
            new()
            {
                Code = "portrait.plus_65_ans", Theme = "population", Label = "Population de 65 ans et plus",
                Definition = "Habitants âgés de 65 ans ou plus.", Unit = "habitants", Source = Insee, SourceUrl = InseeUrl,
                Aggregation = Aggregation.Sum,
            },
            new()
            {
                Code = "portrait.part_plus_65_ans", Theme = "population", Label = "Part des 65 ans et plus",
                Definition = "Habitants de 65 ans et plus rapportés à la population municipale.", Unit = "%", Decimals = 1,
                Source = Insee, SourceUrl = InseeUrl, Aggregation = Aggregation.Ratio, RatioScale = 100, HeadlineOrder = 2,
            },
            new()
            {
                Code = "portrait.menages", Theme = "menages", Label = "Ménages",
                Definition = "Nombre de ménages (résidences principales).", Unit = "ménages", Source = Insee, SourceUrl = InseeUrl,
                Aggregation = Aggregation.Sum, HeadlineOrder = 3,
            },
            new()
            {
                Code = "portrait.taille_menages", Theme = "menages", Label = "Taille moyenne des ménages",
                Definition = "Population des ménages rapportée au nombre de ménages.", Unit = "personnes par ménage", Decimals = 2,
                Source = Insee, SourceUrl = InseeUrl, Aggregation = Aggregation.Ratio,
            },
            new()
            {
                Code = "portrait.revenu_median", Theme = "revenus", Label = "Revenu disponible médian par unité de consommation",
                Definition = "Médiane du revenu disponible par unité de consommation. Une médiane ne s'agrège pas : " +
                             "seules les valeurs publiées par la source sont servies.",
                Unit = "€", Source = "INSEE, Filosofi (données de démonstration)", SourceUrl = "https://www.insee.fr/fr/metadonnees/source/serie/s1172",
                Aggregation = Aggregation.None, HigherIsBetter = true,
            },
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Soci, EuDataTheme.Regi],
        Keywords = ["population", "démographie", "ménages", "revenus"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => DemoData.Generate(territory);
}
