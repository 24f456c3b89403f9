using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>
/// The twenty indicators of agricultural land and activity, stored per commune and aggregated by the platform's
/// engine: counts and surfaces add up, sizes, shares and prices are ratios of sums (Σ SAU ÷ Σ farms, never a mean of
/// the communes' averages). The agricultural census's secrecy is the platform's: a figure resting on fewer than 3
/// farms is secret (<c>SecrecyUnits</c> = the farms), and an EPCI with one masked commune masks another.
/// </summary>
internal static class FoncierAgricoleIndicators
{
    private const string P = "foncier_agricole.";
    public const string Exploitations = P + "exploitations", Sau = P + "sau", TailleMoyenne = P + "taille_moyenne", PartSauCommune = P + "part_sau_commune",
        SauTerresArables = P + "sau_terres_arables", PartPrairies = P + "part_prairies", ChefsMoins40 = P + "chefs_moins_40",
        Chefs40A54 = P + "chefs_40_54", Chefs55Plus = P + "chefs_55_plus", PartChefs55Plus = P + "part_chefs_55_plus", Uta = P + "uta",
        Ugb = P + "ugb", Chargement = P + "chargement_ugb_ha", PartCircuitsCourts = P + "part_circuits_courts",
        SaferNotifications = P + "safer_notifications", SaferSurface = P + "safer_surface", SaferPrixHa = P + "safer_prix_ha",
        SauBio = P + "sau_bio", PartSauBio = P + "part_sau_bio", ExploitationsBio = P + "exploitations_bio";

    /// <summary>Farms under this number make a census figure secret (the agricultural census's rule, as Agreste publishes).</summary>
    public const int FarmThreshold = 3;

    private const string Demo = " (données de démonstration)";
    private const string Ra = "Agreste, recensement agricole 2000, 2010, 2020" + Demo;
    private const string RaUrl = "https://agreste.agriculture.gouv.fr/agreste-web/disaron/RA2020_COMMUNE/detail/";
    private const string Safer = "SAFER Hauts-de-France, notifications de projets de vente (Vigifoncier)" + Demo;
    private const string SaferUrl = "https://www.vigifoncier.fr/";
    private const string Bio = "Agence Bio, surfaces et exploitations certifiées ou en conversion par commune" + Demo;
    private const string BioUrl = "https://www.data.gouv.fr/fr/datasets/surfaces-cheptels-et-nombre-doperateurs-bio-a-la-commune/";
    private const string CensusNote = " Moins de 3 exploitations : secret statistique, comme le recensement agricole le diffuse.";

    public static readonly IReadOnlyList<ThemeDefinition> Themes =
    [
        new("foncier", "Surfaces agricoles"), new("exploitations", "Exploitations et exploitants"), new("elevage", "Élevage"),
        new("marche_foncier", "Marché foncier agricole"), new("bio_circuits_courts", "Agriculture biologique et circuits courts"),
    ];

    private static IndicatorDefinition Census(string code, string theme, string label, string definition, string unit, Aggregation aggregation,
        int decimals = 0, double scale = 1, bool? higherIsBetter = null, int? headline = null) => new()
        {
            Code = code,
            Theme = theme,
            Label = label,
            Definition = definition + CensusNote,
            Unit = unit,
            Decimals = decimals,
            Source = Ra,
            SourceUrl = RaUrl,
            Aggregation = aggregation,
            RatioScale = scale,
            HigherIsBetter = higherIsBetter,
            SecrecyThreshold = FarmThreshold,
            SecrecyUnits = code == Exploitations ? null : Exploitations,
            // Every census figure masks the communes the farm count masks, complements included, so that none gives
            // another back.
            SecretWith = code == Exploitations ? [] : [Exploitations],
            HeadlineOrder = headline,
        };

    public static readonly IReadOnlyList<IndicatorDefinition> Definitions =
    [
        Census(Exploitations, "exploitations", "Exploitations agricoles", "Exploitations ayant leur siège dans la commune.", "exploitations",
            Aggregation.Sum, headline: 1),
        Census(Sau, "foncier", "Surface agricole utilisée (SAU)", "Surface agricole utilisée des exploitations ayant leur siège dans la commune " +
            "(terres arables, prairies permanentes, cultures permanentes), où qu'elle se situe.", "ha", Aggregation.Sum, headline: 2),
        Census(TailleMoyenne, "exploitations", "Taille moyenne des exploitations", "SAU rapportée au nombre d'exploitations : Σ SAU ÷ Σ exploitations, " +
            "jamais une moyenne des moyennes communales.", "ha", Aggregation.Ratio, decimals: 1, headline: 3),
        Census(PartSauCommune, "foncier", "Part de la SAU dans la superficie", "SAU des exploitations de la commune rapportée à sa superficie " +
            "(Σ SAU ÷ Σ superficies) ; peut dépasser 100 % quand les exploitations cultivent hors de la commune.", "%", Aggregation.Ratio,
            decimals: 1, scale: 100),
        Census(SauTerresArables, "foncier", "SAU en terres arables", "Terres labourables (céréales, oléagineux, betteraves, pommes de terre, " +
            "légumes de plein champ, prairies temporaires).", "ha", Aggregation.Sum),
        Census(PartPrairies, "foncier", "Part des prairies permanentes dans la SAU", "Surface toujours en herbe rapportée à la SAU (Σ ÷ Σ).",
            "%", Aggregation.Ratio, decimals: 1, scale: 100),
        Census(ChefsMoins40, "exploitations", "Chefs d'exploitation de moins de 40 ans", "Chefs d'exploitation et coexploitants de moins de 40 ans.",
            "personnes", Aggregation.Sum, higherIsBetter: true),
        Census(Chefs40A54, "exploitations", "Chefs d'exploitation de 40 à 54 ans", "Chefs d'exploitation et coexploitants de 40 à 54 ans.",
            "personnes", Aggregation.Sum),
        Census(Chefs55Plus, "exploitations", "Chefs d'exploitation de 55 ans ou plus", "Chefs d'exploitation et coexploitants de 55 ans ou plus : " +
            "les départs à la retraite des dix ans à venir.", "personnes", Aggregation.Sum),
        Census(PartChefs55Plus, "exploitations", "Part des chefs d'exploitation de 55 ans ou plus", "Chefs et coexploitants de 55 ans ou plus " +
            "rapportés à l'ensemble des chefs et coexploitants (Σ ÷ Σ) : l'enjeu de la transmission des exploitations.", "%", Aggregation.Ratio,
            decimals: 1, scale: 100, higherIsBetter: false, headline: 4),
        Census(Uta, "exploitations", "Travail agricole (UTA)", "Unités de travail annuel des exploitations (une UTA = le travail d'une personne " +
            "à temps plein pendant un an), chefs, famille et salariés.", "UTA", Aggregation.Sum, decimals: 1),
        Census(Ugb, "elevage", "Cheptel (UGB)", "Unités gros bétail tous aliments des exploitations (une vache laitière = 1,45 UGB).", "UGB",
            Aggregation.Sum),
        Census(Chargement, "elevage", "Chargement (UGB par hectare de SAU)", "Cheptel en UGB rapporté à la SAU (Σ UGB ÷ Σ SAU).", "UGB/ha",
            Aggregation.Ratio, decimals: 2),
        Census(PartCircuitsCourts, "bio_circuits_courts", "Part des exploitations en circuits courts", "Exploitations commercialisant tout ou " +
            "partie de leur production en circuit court (au plus un intermédiaire) rapportées à l'ensemble des exploitations (Σ ÷ Σ).", "%",
            Aggregation.Ratio, decimals: 1, scale: 100, higherIsBetter: true, headline: 5),
        new()
        {
            Code = SaferNotifications, Theme = "marche_foncier", Label = "Ventes de terres agricoles notifiées",
            Definition = "Projets de vente de biens agricoles notifiés à la SAFER dans l'année (déclarations d'intention d'aliéner).",
            Unit = "ventes", Source = Safer, SourceUrl = SaferUrl, Aggregation = Aggregation.Sum, Confidentiality = Confidentiality.Partner,
            Licence = "Données SAFER, diffusion restreinte aux partenaires de l'observatoire",
        },
        new()
        {
            Code = SaferSurface, Theme = "marche_foncier", Label = "Surface agricole vendue",
            Definition = "Surface des biens agricoles dont la vente est notifiée à la SAFER dans l'année. Moins de 3 ventes : secret.",
            Unit = "ha", Decimals = 1, Source = Safer, SourceUrl = SaferUrl, Aggregation = Aggregation.Sum, Confidentiality = Confidentiality.Partner,
            Licence = "Données SAFER, diffusion restreinte aux partenaires de l'observatoire", SecrecyThreshold = 3, SecrecyUnits = SaferNotifications,
        },
        new()
        {
            Code = SaferPrixHa, Theme = "marche_foncier", Label = "Prix moyen des terres agricoles vendues",
            Definition = "Montant des ventes notifiées rapporté à leur surface : Σ prix ÷ Σ hectares, jamais une moyenne des prix communaux. " +
                         "Moins de 3 ventes : secret.",
            Unit = "€/ha", Source = Safer, SourceUrl = SaferUrl, Aggregation = Aggregation.Ratio, Confidentiality = Confidentiality.Partner,
            Licence = "Données SAFER, diffusion restreinte aux partenaires de l'observatoire", SecrecyThreshold = 3, SecrecyUnits = SaferNotifications,
        },
        new()
        {
            Code = ExploitationsBio, Theme = "bio_circuits_courts", Label = "Exploitations en agriculture biologique",
            Definition = "Exploitations engagées en agriculture biologique (certifiées ou en conversion) au 31 décembre.",
            Unit = "exploitations", Source = Bio, SourceUrl = BioUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true, SecrecyThreshold = FarmThreshold,
        },
        new()
        {
            Code = SauBio, Theme = "bio_circuits_courts", Label = "SAU en agriculture biologique",
            Definition = "Surfaces certifiées bio ou en conversion. Moins de 3 exploitations bio : secret.",
            Unit = "ha", Decimals = 1, Source = Bio, SourceUrl = BioUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
            SecrecyThreshold = FarmThreshold, SecrecyUnits = ExploitationsBio,
        },
        new()
        {
            Code = PartSauBio, Theme = "bio_circuits_courts", Label = "Part de la SAU en agriculture biologique",
            Definition = "Surfaces bio (certifiées ou en conversion) rapportées à la SAU du recensement, les années de recensement (Σ ÷ Σ). Moins de 3 exploitations " +
                         "bio, ou de 3 exploitations au recensement : secret.",
            Unit = "%", Decimals = 1, Source = Bio, SourceUrl = BioUrl, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true,
            SecrecyThreshold = FarmThreshold, SecrecyUnits = ExploitationsBio, HeadlineOrder = 6,
            // Its denominator is the census SAU, secret where the census has fewer than 3 farms.
            SecretWith = [SauBio, Sau],
        },
    ];
}
