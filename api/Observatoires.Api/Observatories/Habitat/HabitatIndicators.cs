using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Habitat;

/// <summary>
/// The housing indicators, stored per commune and aggregated by the platform's engine: counts add up, rates are
/// recomputed from their numerator and denominator (Σ vacants ÷ Σ logements), never averaged.
/// </summary>
internal static class HabitatIndicators
{
    public const string Logements = "habitat.logements";
    public const string ResidencesPrincipales = "habitat.residences_principales";
    public const string TauxVacance = "habitat.taux_vacance";
    public const string VacantsLongueDuree = "habitat.logements_vacants_longue_duree";
    public const string TauxVacanceLongue = "habitat.taux_vacance_longue";
    public const string LogementsSociaux = "habitat.logements_sociaux";
    public const string PartLogementsSociaux = "habitat.part_logements_sociaux";
    public const string SociauxMisEnService = "habitat.logements_sociaux_mis_en_service";
    public const string Autorises = "habitat.logements_autorises";
    public const string Commences = "habitat.logements_commences";
    public const string PartPassoires = "habitat.part_passoires";
    public const string TailleMenages = "habitat.taille_menages";

    private const string Demo = " (données de démonstration)";
    private const string Rp = "INSEE, recensement de la population" + Demo;
    private const string RpUrl = "https://www.insee.fr/fr/statistiques/zones/8202323";
    private const string Lovac = "LOVAC (fichier des logements vacants, DGFiP – Cerema)" + Demo;
    private const string LovacUrl = "https://www.data.gouv.fr/fr/datasets/logements-vacants-du-parc-prive-par-anciennete-de-vacance-par-commune-et-par-epci/";
    private const string Rpls = "SDES, répertoire des logements locatifs des bailleurs sociaux (RPLS)" + Demo;
    private const string RplsUrl = "https://www.statistiques.developpement-durable.gouv.fr/logement-social";
    private const string Sitadel = "SDES, Sitadel2 – logements autorisés et commencés (date réelle estimée)" + Demo;
    private const string SitadelUrl = "https://www.statistiques.developpement-durable.gouv.fr/construction-de-logements";
    private const string Dpe = "ADEME, observatoire des diagnostics de performance énergétique" + Demo;
    private const string DpeUrl = "https://data.ademe.fr/datasets/dpe03existant";

    public static readonly IReadOnlyList<ThemeDefinition> Themes =
    [
        new("parc", "Parc de logements"), new("vacance", "Vacance"), new("social", "Logement social"),
        new("construction", "Construction neuve"), new("energie", "Performance énergétique"), new("menages", "Ménages"),
    ];

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new()
        {
            Code = Logements, Theme = "parc", Label = "Logements",
            Definition = "Nombre de logements (résidences principales, résidences secondaires et logements occasionnels, logements vacants).",
            Unit = "logements", Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Sum, HeadlineOrder = 1,
        },
        new()
        {
            Code = ResidencesPrincipales, Theme = "parc", Label = "Résidences principales",
            Definition = "Logements occupés de façon habituelle et à titre principal par un ménage.",
            Unit = "logements", Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Sum,
        },
        new()
        {
            Code = TauxVacance, Theme = "vacance", Label = "Taux de vacance",
            Definition = "Part des logements vacants dans l'ensemble des logements (Σ logements vacants ÷ Σ logements sur le territoire).",
            Unit = "%", Decimals = 1, Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, HeadlineOrder = 2,
        },
        new()
        {
            Code = VacantsLongueDuree, Theme = "vacance", Label = "Logements vacants depuis deux ans ou plus",
            Definition = "Logements du parc privé vacants au 1er janvier depuis deux ans ou plus (vacance structurelle). " +
                         "Moins de 11 logements : secret statistique, comme LOVAC le diffuse.",
            Unit = "logements", Source = Lovac, SourceUrl = LovacUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            SecrecyThreshold = 11,
        },
        new()
        {
            Code = TauxVacanceLongue, Theme = "vacance", Label = "Taux de vacance de longue durée",
            Definition = "Logements vacants depuis deux ans ou plus rapportés à l'ensemble des logements (Σ ÷ Σ). Moins de 11 " +
                         "logements vacants de longue durée : secret statistique.",
            Unit = "%", Decimals = 1, Source = Lovac, SourceUrl = LovacUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, HeadlineOrder = 3, SecrecyThreshold = 11, SecrecyUnits = VacantsLongueDuree,
        },
        new()
        {
            Code = LogementsSociaux, Theme = "social", Label = "Logements locatifs sociaux",
            Definition = "Logements locatifs des bailleurs sociaux au 1er janvier.",
            Unit = "logements", Source = Rpls, SourceUrl = RplsUrl, Aggregation = Aggregation.Sum,
        },
        new()
        {
            Code = PartLogementsSociaux, Theme = "social", Label = "Part de logements sociaux",
            Definition = "Logements locatifs sociaux rapportés aux résidences principales (Σ ÷ Σ).",
            Unit = "%", Decimals = 1, Source = Rpls, SourceUrl = RplsUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HeadlineOrder = 4,
        },
        new()
        {
            Code = SociauxMisEnService, Theme = "social", Label = "Logements sociaux mis en service",
            Definition = "Logements locatifs sociaux mis en service dans l'année (neufs ou acquis), au répertoire RPLS.",
            Unit = "logements", Source = Rpls, SourceUrl = RplsUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        },
        new()
        {
            Code = Autorises, Theme = "construction", Label = "Logements autorisés",
            Definition = "Logements autorisés par un permis de construire dans l'année (individuels, collectifs, en résidence).",
            Unit = "logements", Source = Sitadel, SourceUrl = SitadelUrl, Aggregation = Aggregation.Sum, HeadlineOrder = 5,
        },
        new()
        {
            Code = Commences, Theme = "construction", Label = "Logements commencés",
            Definition = "Logements dont le chantier a commencé dans l'année (déclaration d'ouverture de chantier).",
            Unit = "logements", Source = Sitadel, SourceUrl = SitadelUrl, Aggregation = Aggregation.Sum,
        },
        new()
        {
            Code = PartPassoires, Theme = "energie", Label = "Part de passoires thermiques (DPE F et G)",
            Definition = "Part des logements classés F ou G parmi les logements ayant reçu un diagnostic de performance " +
                         "énergétique dans l'année (Σ F et G ÷ Σ diagnostics).",
            Unit = "%", Decimals = 1, Source = Dpe, SourceUrl = DpeUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, HeadlineOrder = 6,
        },
        new()
        {
            Code = TailleMenages, Theme = "menages", Label = "Taille moyenne des ménages",
            Definition = "Population des ménages rapportée au nombre de résidences principales (Σ ÷ Σ). Sa baisse est le " +
                         "desserrement des ménages : à population égale, il faut plus de logements.",
            Unit = "personnes par ménage", Decimals = 2, Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Ratio,
        },
    ];
}
