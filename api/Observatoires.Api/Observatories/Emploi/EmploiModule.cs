using Dapper;
using Npgsql;
using Observatoires.Api.Observatories.Emploi.Entreprises;
using Observatoires.Api.Observatories.Emploi.Etablissements;
using Observatoires.Api.Observatories.Emploi.Tension;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Emploi;

/// <summary>Emploi et entrepreneuriat: private employment, employers, wages and job seekers.</summary>
internal sealed class EmploiModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "emploi";

    public string Name => "Emploi et entrepreneuriat";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(Entreprises.GetDemography.Endpoint), typeof(Entreprises.GetDemography.Request.Validator),
        typeof(Tension.GetTension.Endpoint), typeof(Tension.GetTension.Request.Validator),
        typeof(Tension.ImportTension.Endpoint), typeof(Tension.ImportTension.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    private const string Urssaf = "URSSAF, effectifs salariés du secteur privé (données de démonstration)";
    private const string UrssafUrl = "https://open.urssaf.fr";

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Emploi et entrepreneuriat",
        "Emploi salarié privé, établissements employeurs, salaires et demandeurs d'emploi, comparés au département.",
        2,
        [
            new("emploi", "Emploi salarié"), new("entreprises", "Établissements"), new("demande", "Demande d'emploi"),
            new(DemographyIndicators.Theme, "Démographie des entreprises"),
        ],
        [
            new()
            {
                Code = "emploi.salaries_prives", Theme = "emploi", Label = "Salariés du secteur privé",
                Definition = "Effectif salarié des établissements employeurs du secteur privé au 31 décembre. " +
                             "Moins de 3 établissements employeurs : secret statistique (l'effectif d'une ou deux " +
                             "entreprises).",
                Unit = "salariés", Source = Urssaf, SourceUrl = UrssafUrl, Aggregation = Aggregation.Sum,
                HigherIsBetter = true, HeadlineOrder = 1,
                SecrecyThreshold = 3, SecrecyUnits = "emploi.etablissements_employeurs",
            },
            new()
            {
                Code = "emploi.etablissements_employeurs", Theme = "entreprises", Label = "Établissements employeurs",
                // Not secret: the establishments are public (the SIRENE register, the emploi-etablissements layer),
                // anyone can count them. Secrecy protects what they employ and pay (salariés, salaire moyen).
                Definition = "Établissements du secteur privé employant au moins un salarié (public : le répertoire " +
                             "SIRENE les liste).",
                Unit = "établissements", Source = Urssaf, SourceUrl = UrssafUrl, Aggregation = Aggregation.Sum,
                HigherIsBetter = true, HeadlineOrder = 3,
            },
            new()
            {
                Code = "emploi.salaire_moyen", Theme = "emploi", Label = "Salaire net mensuel moyen",
                Definition = "Salaire net mensuel moyen des salariés du privé, moyenne pondérée par les effectifs. " +
                             "Moins de 10 salariés : secret statistique.",
                Unit = "€", Source = Urssaf, SourceUrl = UrssafUrl, Aggregation = Aggregation.WeightedMean,
                WeightIndicator = "emploi.salaries_prives", HigherIsBetter = true, SecrecyThreshold = 10,
            },
            new()
            {
                Code = "emploi.demandeurs_emploi", Theme = "demande", Label = "Demandeurs d'emploi (catégorie A)",
                Definition = "Demandeurs d'emploi tenus de rechercher un emploi et sans emploi, en fin de trimestre.",
                Unit = "personnes", Source = "France Travail – DARES (données de démonstration)",
                SourceUrl = "https://dares.travail-emploi.gouv.fr", Periodicity = Periodicity.Quarter,
                Aggregation = Aggregation.Sum, HigherIsBetter = false, HeadlineOrder = 2,
            },
            new()
            {
                Code = "emploi.indice_concentration", Theme = "emploi", Label = "Indice de concentration de l'emploi",
                Definition = "Nombre d'emplois proposés sur le territoire (au lieu de travail) rapporté au nombre d'actifs " +
                             "occupés qui y résident. Inférieur à 1 : territoire résidentiel ; supérieur à 1 : pôle d'emploi. " +
                             "Celui d'un EPCI ou d'un groupe est recalculé des sommes (Σ emplois ÷ Σ actifs occupés).",
                Unit = "emplois par actif occupé", Decimals = 2,
                Source = "INSEE, recensement de la population, emplois au lieu de travail et actifs occupés (données de " +
                         "démonstration ; CABBALR : rapport d'activité AULA 2024)",
                SourceUrl = "https://www.insee.fr", Aggregation = Aggregation.Ratio,
                // Around 1 the meaning turns (residential below, employment pole above): the map diverges there.
                DivergingMidpoint = 1,
                FixedClasses = new("Classes du rapport d'activité 2024", [0.09, 0.37, 0.70, 1, 1.52, 4.66]),
            },
            // The quarterly barometer's confidential inputs: business-level scores shared by a partner under
            // agreement (each EPCI's economic service sees its own territory), and the agency's own working estimate.
            new()
            {
                Code = "emploi.etablissements_fragiles", Theme = "entreprises", Label = "Établissements employeurs fragiles",
                Definition = "Établissements employeurs dont la cotation financière de l'entreprise signale un risque " +
                             "de défaillance élevé à un an, en fin de trimestre. Donnée d'entreprise transmise sous " +
                             "convention : réservée aux partenaires sur leur territoire et à l'agence. Moins de 3 " +
                             "établissements : secret statistique.",
                Unit = "établissements", Source = "Banque de France, cotation des entreprises (données de démonstration)",
                Periodicity = Periodicity.Quarter, Licence = "Convention de partage de données (usage interne des partenaires)",
                Confidentiality = Confidentiality.Partner, Aggregation = Aggregation.Sum, HigherIsBetter = false,
                SecrecyThreshold = 3,
            },
            new()
            {
                Code = "emploi.salaries_prives_estimation", Theme = "emploi", Label = "Salariés du privé, estimation flash",
                Definition = "Estimation par l'agence de l'effectif salarié privé du dernier trimestre, avant la " +
                             "publication de l'URSSAF : document de travail du baromètre, non diffusé.",
                Unit = "salariés", Source = "AULA, estimation à partir des déclarations URSSAF (données de démonstration)",
                Periodicity = Periodicity.Quarter, Licence = "Usage interne de l'agence",
                Confidentiality = Confidentiality.Agency, Aggregation = Aggregation.Sum, HigherIsBetter = true,
            },
            .. DemographyIndicators.All,
        ])
    {
        // What the catalogue and /catalog add to its datasets: EU data themes, and words technicians search with.
        DataThemes = [EuDataTheme.Econ],
        Keywords = ["emploi", "établissements", "entreprises", "demandeurs d'emploi", "métiers en tension"],
    };

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => DemoData.Generate(territory).Concat(DemoDemography.Generate(territory));

    public IReadOnlyList<LayerDefinition> Layers => [EtablissementsLayer.Definition, EtablissementsLayer.Headcounts];

    public string DataDomain => EtablissementsLayer.DataDomain;

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) =>
        await DemoEtablissements.SeedAsync(connection, transaction, territory) + await DemoTension.SeedAsync(connection, transaction, territory);

    /// <summary>The demo establishments move inside their communes' new contours (their counts do not change).</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        DemoEtablissements.PlaceAsync(connection, transaction, communes);
}
