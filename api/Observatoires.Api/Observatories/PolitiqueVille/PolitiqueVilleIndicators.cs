using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>
/// The indicators of the contrats de ville, stored at QPV, commune and EPCI level (a QPV's figure is never computed from
/// its commune's). Rates carry their numerator and denominator, so that the engine recomputes a group of communes as
/// Σ ÷ Σ; the median income is not aggregable and is stored at every level.
/// </summary>
internal static class PolitiqueVilleIndicators
{
    public const string SansDiplome = "politique_ville.part_sans_diplome";
    public const string Scolarisation = "politique_ville.taux_scolarisation_16_24";
    public const string LogementsSociaux = "politique_ville.part_logements_sociaux";
    public const string Suroccupation = "politique_ville.taux_suroccupation";
    public const string Emploi = "politique_ville.taux_emploi_15_64";
    public const string DemandeursEmploi = "politique_ville.part_demandeurs_emploi";
    public const string Pauvrete = "politique_ville.taux_pauvrete";
    public const string RevenuMedian = "politique_ville.revenu_median";
    public const string MoinsDe25 = "politique_ville.part_moins_25_ans";
    public const string Monoparentales = "politique_ville.part_familles_monoparentales";
    public const string Css = "politique_ville.part_css";

    private const string Demo = " (données de démonstration)";
    private const string Insee = "INSEE, recensement de la population et Filosofi, à l'échelle des QPV" + Demo;
    private const string InseeUrl = "https://www.insee.fr/fr/statistiques/2500477";
    private const string Ft = "France Travail – DARES, demandeurs d'emploi en fin de mois, par QPV" + Demo;
    private const string FtUrl = "https://sig.ville.gouv.fr/";
    private const string Cnam = "CNAM, bénéficiaires de la complémentaire santé solidaire, par QPV" + Demo;
    private const string CnamUrl = "https://sig.ville.gouv.fr/";

    public static readonly IReadOnlyList<ThemeDefinition> Themes =
    [
        new("education", "Éducation"), new("habitat", "Habitat"), new("emploi", "Emploi"), new("revenu", "Revenu"),
        new("demographie", "Démographie"), new("sante", "Santé"),
    ];

    private static IndicatorDefinition Rate(string code, string theme, string label, string definition, string source, string url,
        bool? higherIsBetter, int? headline = null) => new()
        {
            Code = code,
            Theme = theme,
            Label = label,
            Definition = definition,
            Unit = "%",
            Decimals = 1,
            Source = source,
            SourceUrl = url,
            Aggregation = Aggregation.Ratio,
            RatioScale = 100,
            HigherIsBetter = higherIsBetter,
            HeadlineOrder = headline,
        };

    // Filosofi's rule: nothing on fewer than 11 fiscal households (counted by the social observatory's indicator).
    private const string FilosofiHouseholds = "social.menages_fiscaux";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        Rate(SansDiplome, "education", "Part des non-scolarisés sans diplôme",
            "Part des 15 ans ou plus non scolarisés sans diplôme ou avec au plus le brevet des collèges (Σ ÷ Σ).", Insee, InseeUrl, false, 3),
        Rate(Scolarisation, "education", "Taux de scolarisation des 16-24 ans",
            "Part des 16-24 ans inscrits dans un établissement d'enseignement (Σ scolarisés ÷ Σ 16-24 ans).", Insee, InseeUrl, true),
        Rate(LogementsSociaux, "habitat", "Part des logements sociaux",
            "Part des résidences principales louées HLM (Σ ÷ Σ).", Insee, InseeUrl, null),
        Rate(Suroccupation, "habitat", "Taux de suroccupation",
            "Part des résidences principales suroccupées au sens de l'INSEE (moins de pièces que la norme).", Insee, InseeUrl, false),
        Rate(Emploi, "emploi", "Taux d'emploi des 15-64 ans",
            "Part des 15-64 ans ayant un emploi (Σ actifs occupés ÷ Σ 15-64 ans).", Insee, InseeUrl, true, 2),
        Rate(DemandeursEmploi, "emploi", "Part des demandeurs d'emploi",
            "Demandeurs d'emploi de catégorie A, B ou C rapportés aux 15-64 ans (Σ ÷ Σ).", Ft, FtUrl, false),
        Rate(Pauvrete, "revenu", "Taux de pauvreté",
            "Part des personnes vivant sous le seuil de pauvreté (60 % du niveau de vie médian national), Σ ÷ Σ.", Insee, InseeUrl, false, 1)
            with { SecretWith = [FilosofiHouseholds] },
        new()
        {
            Code = RevenuMedian, Theme = "revenu", Label = "Revenu disponible médian par unité de consommation",
            Definition = "Médiane du revenu disponible par unité de consommation : une médiane ne s'agrège pas, elle est stockée à " +
                         "chaque niveau (QPV, commune, EPCI).",
            Unit = "€", Decimals = 0, Source = Insee, SourceUrl = InseeUrl, Aggregation = Aggregation.None, HigherIsBetter = true,
            SecretWith = [FilosofiHouseholds],
        },
        Rate(MoinsDe25, "demographie", "Part des moins de 25 ans", "Part des moins de 25 ans dans la population (Σ ÷ Σ).", Insee, InseeUrl, null),
        Rate(Monoparentales, "demographie", "Part des familles monoparentales",
            "Part des familles monoparentales parmi les familles avec enfants de moins de 25 ans (Σ ÷ Σ).", Insee, InseeUrl, null),
        Rate(Css, "sante", "Part des bénéficiaires de la complémentaire santé solidaire",
            "Bénéficiaires de la complémentaire santé solidaire (CSS) rapportés à la population (Σ ÷ Σ).", Cnam, CnamUrl, null),
    ];
}
