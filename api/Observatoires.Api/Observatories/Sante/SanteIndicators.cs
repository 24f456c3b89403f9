using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Sante;

/// <summary>
/// The health indicators, grouped by the themes of the Contrats Locaux de Santé (CLS) of the CABBALR and the CALL,
/// stored per commune (and at the département's and the région's own level) and aggregated by the platform's engine:
/// every rate is recomputed from its numerator and denominator (Σ ÷ Σ), never averaged. Small health counts are secret
/// (fewer than 11 deaths or patients, the rule of the health data's publishers): the count and the rate resting on it.
/// </summary>
internal static class SanteIndicators
{
    public const string IndiceVieillissement = "sante.indice_vieillissement";
    public const string TauxMortalite = "sante.taux_mortalite";
    public const string DecesPrematures = "sante.deces_prematures";
    public const string TauxMortalitePrematuree = "sante.taux_mortalite_prematuree";
    public const string DensiteGeneralistes = "sante.densite_generalistes";
    public const string DensiteDentistes = "sante.densite_dentistes";
    public const string DensiteInfirmiers = "sante.densite_infirmiers";
    public const string DensiteKinesitherapeutes = "sante.densite_kinesitherapeutes";
    public const string PartGeneralistes60Ans = "sante.part_generalistes_60_ans";
    public const string TempsAccesUrgences = "sante.temps_acces_urgences";
    public const string PartC2s = "sante.part_c2s";
    public const string PartSurpoidsGrandeSection = "sante.part_surpoids_grande_section";
    public const string SejoursAlcoolJeunes = "sante.sejours_alcool_jeunes";
    public const string TauxHospitalisationAlcoolJeunes = "sante.taux_hospitalisation_alcool_jeunes";
    public const string PatientsAldPsychiatrique = "sante.patients_ald_psychiatrique";
    public const string TauxAldPsychiatrique = "sante.taux_ald_psychiatrique";

    /// <summary>Fewer deaths, stays or patients than this: secret.</summary>
    public const double SmallCountThreshold = 11;

    public const string Generales = "donnees_generales", Offre = "offre_soins", Demunis = "demunis", Jeunesse = "jeunesse", Mentale = "sante_mentale";

    private const string Demo = " (données de démonstration)";
    private const string Rp = "INSEE, recensement de la population" + Demo;
    private const string RpUrl = "https://www.insee.fr";
    private const string Deces = "INSEE, état civil (décès domiciliés) ; Inserm-CépiDc" + Demo;
    private const string DecesUrl = "https://www.cepidc.inserm.fr";
    private const string Rpps = "Annuaire santé (RPPS), professionnels libéraux en exercice au 1er janvier" + Demo;
    private const string RppsUrl = "https://annuaire.sante.fr";
    private const string Drees = "DREES, distancier METRIC – temps d'accès aux services d'urgences" + Demo;
    private const string DreesUrl = "https://drees.solidarites-sante.gouv.fr";
    private const string Cnam = "Assurance maladie (CNAM), bénéficiaires de la Complémentaire santé solidaire" + Demo;
    private const string CnamUrl = "https://data.ameli.fr";
    private const string Scolaire = "Bilans de santé en grande section de maternelle (PMI, santé scolaire)" + Demo;
    private const string Pmsi = "ATIH, PMSI MCO – séjours hospitaliers" + Demo;
    private const string PmsiUrl = "https://www.scansante.fr";
    private const string Ald = "Assurance maladie (CNAM), affections de longue durée (ALD 23)" + Demo;
    private const string AldUrl = "https://data.ameli.fr";
    private const string SmallCount = " Moins de 11 : secret statistique (règle de diffusion des données de santé).";

    /// <summary>The CLS themes, in the order the CLS diagnoses present them.</summary>
    public static readonly IReadOnlyList<ThemeDefinition> Themes =
    [
        new(Generales, "Données générales"), new(Offre, "Attractivité territoriale et offre de soins"),
        new(Demunis, "Santé des personnes démunies"), new(Jeunesse, "Santé des enfants et des jeunes"),
        new(Mentale, "Santé mentale"),
    ];

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new()
        {
            Code = IndiceVieillissement, Theme = Generales, Label = "Indice de vieillissement",
            Definition = "Personnes de 65 ans ou plus pour 100 personnes de moins de 20 ans (Σ 65 ans ou plus ÷ Σ moins de 20 ans × 100).",
            Unit = "pour 100 moins de 20 ans", Decimals = 1, Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Ratio,
            RatioScale = 100, HeadlineOrder = 1,
        },
        new()
        {
            Code = TauxMortalite, Theme = Generales, Label = "Taux brut de mortalité",
            Definition = "Décès domiciliés de l'année pour 1 000 habitants (Σ décès ÷ Σ population × 1 000).",
            Unit = "décès pour 1 000 habitants", Decimals = 1, Source = Deces, SourceUrl = DecesUrl, Aggregation = Aggregation.Ratio,
            RatioScale = 1000, HigherIsBetter = false,
        },
        new()
        {
            Code = DecesPrematures, Theme = Generales, Label = "Décès prématurés (avant 65 ans)",
            Definition = "Décès domiciliés de personnes de moins de 65 ans dans l'année." + SmallCount,
            Unit = "décès", Source = Deces, SourceUrl = DecesUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            SecrecyThreshold = SmallCountThreshold,
        },
        new()
        {
            Code = TauxMortalitePrematuree, Theme = Generales, Label = "Taux de mortalité prématurée",
            Definition = "Décès avant 65 ans pour 100 000 habitants de moins de 65 ans (Σ décès prématurés ÷ Σ population de moins de " +
                         "65 ans × 100 000)." + SmallCount,
            Unit = "décès pour 100 000 habitants", Decimals = 0, Source = Deces, SourceUrl = DecesUrl, Aggregation = Aggregation.Ratio,
            RatioScale = 100_000, HigherIsBetter = false, HeadlineOrder = 2, SecrecyThreshold = SmallCountThreshold,
            SecrecyUnits = DecesPrematures, SecretWith = [DecesPrematures],
        },
        Density(DensiteGeneralistes, "médecins généralistes", 3),
        Density(DensiteDentistes, "chirurgiens-dentistes", null),
        Density(DensiteInfirmiers, "infirmiers", null),
        Density(DensiteKinesitherapeutes, "masseurs-kinésithérapeutes", null),
        new()
        {
            Code = PartGeneralistes60Ans, Theme = Offre, Label = "Part des médecins généralistes de 60 ans ou plus",
            Definition = "Médecins généralistes libéraux de 60 ans ou plus parmi les médecins généralistes libéraux (Σ ÷ Σ × 100) : " +
                         "les départs en retraite à venir.",
            Unit = "%", Decimals = 1, Source = Rpps, SourceUrl = RppsUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false,
        },
        new()
        {
            Code = TempsAccesUrgences, Theme = Offre, Label = "Temps d'accès au service d'urgences le plus proche",
            Definition = "Temps de trajet routier en minutes du centre de la commune au service d'urgences le plus proche, moyenne " +
                         "pondérée par la population : Σ (minutes × habitants) ÷ Σ habitants.",
            Unit = "minutes", Decimals = 1, Source = Drees, SourceUrl = DreesUrl, Aggregation = Aggregation.Ratio,
            HigherIsBetter = false, HeadlineOrder = 4,
        },
        new()
        {
            Code = PartC2s, Theme = Demunis, Label = "Part des bénéficiaires de la Complémentaire santé solidaire",
            Definition = "Bénéficiaires de la Complémentaire santé solidaire (C2S, avec ou sans participation) parmi les assurés du " +
                         "régime général (Σ ÷ Σ × 100).",
            Unit = "%", Decimals = 1, Source = Cnam, SourceUrl = CnamUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, HeadlineOrder = 5,
        },
        new()
        {
            Code = PartSurpoidsGrandeSection, Theme = Jeunesse, Label = "Part des enfants de grande section en surpoids ou obèses",
            Definition = "Enfants en surpoids ou obèses parmi les enfants vus au bilan de santé de grande section de maternelle " +
                         "(Σ ÷ Σ × 100).",
            Unit = "%", Decimals = 1, Source = Scolaire, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = false,
        },
        new()
        {
            Code = SejoursAlcoolJeunes, Theme = Jeunesse, Label = "Séjours hospitaliers des 15-24 ans pour alcoolisation aiguë",
            Definition = "Séjours hospitaliers de jeunes de 15 à 24 ans domiciliés sur le territoire pour intoxication éthylique aiguë " +
                         "dans l'année." + SmallCount,
            Unit = "séjours", Source = Pmsi, SourceUrl = PmsiUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            SecrecyThreshold = SmallCountThreshold,
        },
        new()
        {
            Code = TauxHospitalisationAlcoolJeunes, Theme = Jeunesse, Label = "Hospitalisations des 15-24 ans pour alcoolisation aiguë",
            Definition = "Séjours hospitaliers de jeunes de 15 à 24 ans pour intoxication éthylique aiguë pour 10 000 jeunes de 15 à 24 " +
                         "ans (Σ séjours ÷ Σ jeunes × 10 000). Moins de 11 séjours : secret statistique.",
            Unit = "séjours pour 10 000 jeunes", Decimals = 1, Source = Pmsi, SourceUrl = PmsiUrl, Aggregation = Aggregation.Ratio,
            RatioScale = 10_000, HigherIsBetter = false,
            // The secret rests on the stays (the numerator), not on the young population.
            SecrecyThreshold = SmallCountThreshold, SecrecyUnits = SejoursAlcoolJeunes,
            SecretWith = [SejoursAlcoolJeunes],
        },
        new()
        {
            Code = PatientsAldPsychiatrique, Theme = Mentale, Label = "Patients en ALD pour affection psychiatrique",
            Definition = "Assurés du régime général en affection de longue durée pour affection psychiatrique de longue durée (ALD 23) " +
                         "au 31 décembre." + SmallCount,
            Unit = "patients", Source = Ald, SourceUrl = AldUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            SecrecyThreshold = SmallCountThreshold,
        },
        new()
        {
            Code = TauxAldPsychiatrique, Theme = Mentale, Label = "Patients en ALD psychiatrique pour 1 000 habitants",
            Definition = "Patients en ALD pour affection psychiatrique pour 1 000 habitants (Σ patients ÷ Σ population × 1 000)." + SmallCount,
            Unit = "pour 1 000 habitants", Decimals = 1, Source = Ald, SourceUrl = AldUrl, Aggregation = Aggregation.Ratio,
            RatioScale = 1000, HigherIsBetter = false, HeadlineOrder = 6, SecrecyThreshold = SmallCountThreshold,
            SecrecyUnits = PatientsAldPsychiatrique, SecretWith = [PatientsAldPsychiatrique],
        },
    ];

    private static IndicatorDefinition Density(string code, string professionals, int? headline) => new()
    {
        Code = code,
        Theme = Offre,
        Label = $"Densité de {professionals}",
        Definition = $"Nombre de {professionals} libéraux pour 10 000 habitants (Σ professionnels ÷ Σ population × 10 000).",
        Unit = "pour 10 000 habitants",
        Decimals = 1,
        Source = Rpps,
        SourceUrl = RppsUrl,
        Aggregation = Aggregation.Ratio,
        RatioScale = 10_000,
        HigherIsBetter = true,
        HeadlineOrder = headline,
    };
}
