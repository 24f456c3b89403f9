using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Social;

/// <summary>
/// The social indicators. The income distribution (deciles, median, interdecile ratio) is not aggregable: INSEE
/// publishes it per commune, EPCI, département and région, and only those stored values are served (aggregation
/// <c>none</c>). Rates keep their numerator and denominator so that any zone gets Σ ÷ Σ. The tax-income source's
/// secrecy (Filosofi: nothing on fewer than 11 fiscal households) is the platform's, through <c>SecrecyUnits</c>.
/// </summary>
internal static class SocialIndicators
{
    public const string Menages = "social.menages_fiscaux";
    public const string Personnes = "social.personnes_menages_fiscaux";
    public const string Mediane = "social.revenu_median";
    public const string RapportInterdecile = "social.rapport_interdecile";
    public const string TauxPauvrete = "social.taux_pauvrete";
    public const string PartImposes = "social.part_menages_imposes";
    public const string FoyersRsa = "social.foyers_rsa";
    public const string PartRsa = "social.part_foyers_rsa";
    public const string PartMonoparentales = "social.part_familles_monoparentales";
    public const string PartPersonnesSeules = "social.part_personnes_seules";

    /// <summary>Filosofi's secrecy: no figure on fewer than 11 fiscal households.</summary>
    public const int HouseholdThreshold = 11;

    /// <summary>The CAF's secrecy: no count of beneficiaries under 5.</summary>
    public const int CafThreshold = 5;

    /// <summary>The code of decile <paramref name="d"/> (1 to 9); the fifth is the median.</summary>
    public static string Decile(int d) => d == 5 ? Mediane : $"social.revenu_d{d}";

    public static readonly IReadOnlyList<string> Deciles = [.. Enumerable.Range(1, 9).Select(Decile)];

    private const string Demo = " (données de démonstration)";
    private const string Filosofi = "INSEE, Filosofi (fichier localisé social et fiscal)" + Demo;
    private const string FilosofiUrl = "https://www.insee.fr/fr/metadonnees/source/serie/s1172";
    private const string Caf = "CNAF, allocataires des CAF (RSA)" + Demo;
    private const string CafUrl = "https://data.caf.fr/";
    private const string Rp = "INSEE, recensement de la population" + Demo;
    private const string RpUrl = "https://www.insee.fr/fr/information/2008354";

    private const string NotAggregable = " Une médiane ou un décile ne s'agrège pas : seules les valeurs publiées par l'INSEE pour la " +
                                         "commune, l'EPCI, le département ou la région sont servies ; un groupement ou une zone libre n'en a pas.";

    private const string Secret = " Moins de 11 ménages fiscaux : secret statistique.";

    public static readonly IReadOnlyList<ThemeDefinition> Themes =
    [
        new("revenus", "Revenus"), new("pauvrete", "Pauvreté et minima sociaux"), new("familles", "Familles et isolement"),
    ];

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new()
        {
            Code = Menages, Theme = "revenus", Label = "Ménages fiscaux",
            Definition = "Ménages constitués des foyers fiscaux d'un même logement, hors ménages en collectivité et sans-abri." + Secret,
            Unit = "ménages", Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.Sum, SecrecyThreshold = HouseholdThreshold,
        },
        new()
        {
            Code = Personnes, Theme = "revenus", Label = "Personnes des ménages fiscaux",
            Definition = "Personnes vivant dans les ménages fiscaux." + Secret,
            Unit = "personnes", Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.Sum,
            SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages,
        },
        new()
        {
            Code = Mediane, Theme = "revenus", Label = "Revenu disponible médian par unité de consommation",
            Definition = "Médiane du revenu disponible par unité de consommation (niveau de vie) : la moitié des personnes vit " +
                         "au-dessous." + NotAggregable + Secret,
            Unit = "€", Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.None, HigherIsBetter = true,
            SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages, HeadlineOrder = 1,
        },
        .. Enumerable.Range(1, 9).Where(d => d != 5).Select(d => new IndicatorDefinition
        {
            Code = Decile(d), Theme = "revenus", Label = $"{Ordinal(d)} décile du revenu disponible par unité de consommation (D{d})",
            Definition = $"Niveau de vie au-dessous duquel vivent {d}0 % des personnes." + NotAggregable + Secret,
            Unit = "€", Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.None, HigherIsBetter = true,
            SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages,
        }),
        new()
        {
            Code = RapportInterdecile, Theme = "revenus", Label = "Rapport interdécile (D9 / D1)",
            Definition = "Le 9e décile du niveau de vie divisé par le 1er : l'écart entre les plus aisés et les plus modestes." +
                         NotAggregable + Secret,
            Unit = "rapport", Decimals = 1, Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.None, HigherIsBetter = false,
            SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages, HeadlineOrder = 3,
        },
        new()
        {
            Code = TauxPauvrete, Theme = "pauvrete", Label = "Taux de pauvreté (au seuil de 60 %)",
            Definition = "Part des personnes dont le niveau de vie est sous 60 % du niveau de vie médian national (Σ personnes " +
                         "pauvres ÷ Σ personnes des ménages fiscaux). Le nombre de personnes pauvres est le taux publié multiplié " +
                         "par les personnes des ménages fiscaux." + Secret,
            Unit = "%", Decimals = 1, Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages, HeadlineOrder = 2,
        },
        new()
        {
            Code = PartImposes, Theme = "revenus", Label = "Part des ménages fiscaux imposés",
            Definition = "Ménages fiscaux redevables de l'impôt sur le revenu rapportés à l'ensemble des ménages fiscaux (Σ ÷ Σ)." + Secret,
            Unit = "%", Decimals = 1, Source = Filosofi, SourceUrl = FilosofiUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            SecrecyThreshold = HouseholdThreshold, SecrecyUnits = Menages,
        },
        new()
        {
            Code = FoyersRsa, Theme = "pauvrete", Label = "Foyers allocataires du RSA",
            Definition = "Foyers allocataires du revenu de solidarité active au 31 décembre. Moins de 5 : secret (règle de la CNAF).",
            Unit = "foyers", Source = Caf, SourceUrl = CafUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            SecrecyThreshold = CafThreshold,
        },
        new()
        {
            Code = PartRsa, Theme = "pauvrete", Label = "Part des ménages allocataires du RSA",
            Definition = "Foyers allocataires du RSA rapportés aux ménages fiscaux (Σ ÷ Σ). Moins de 5 foyers allocataires ou de 11 ménages " +
                         "fiscaux : secret.",
            Unit = "%", Decimals = 1, Source = Caf, SourceUrl = CafUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, SecrecyThreshold = CafThreshold, SecrecyUnits = FoyersRsa, HeadlineOrder = 4,
            // Its denominator is the Filosofi households, secret under 11 whatever the RSA count.
            SecretWith = [FoyersRsa, Menages],
        },
        new()
        {
            Code = PartMonoparentales, Theme = "familles", Label = "Part des familles monoparentales",
            Definition = "Familles monoparentales rapportées à l'ensemble des familles (Σ ÷ Σ).",
            Unit = "%", Decimals = 1, Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, HeadlineOrder = 5,
        },
        new()
        {
            Code = PartPersonnesSeules, Theme = "familles", Label = "Part des personnes vivant seules",
            Definition = "Personnes vivant seules dans leur logement rapportées à la population des ménages (Σ ÷ Σ).",
            Unit = "%", Decimals = 1, Source = Rp, SourceUrl = RpUrl, Aggregation = Aggregation.Ratio, RatioScale = 100, HeadlineOrder = 6,
        },
    ];

    private static string Ordinal(int d) => d == 1 ? "1er" : $"{d}e";
}
