using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Emploi.Entreprises;

/// <summary>The business demography's indicators: creations, companies by sector, failures, 5-year survival.</summary>
internal static class DemographyIndicators
{
    public const string Theme = "demographie";

    private const string Demo = " (données de démonstration)";

    /// <summary>The indicators the activity report gives a real CABBALR figure for say so in their source.</summary>
    private static string WithReal(string source, string figure) =>
        $"{source} (données de démonstration, sauf la CABBALR {figure} : valeur réelle, rapport d'activité 2024 de l'AULA)";

    private const string Bodacc = "BODACC / Banque de France, défaillances d'entreprises (jugements d'ouverture)";
    private const string BodaccUrl = "https://www.bodacc.fr";
    private const string Insee = "INSEE, répertoire des entreprises et des établissements (REE, SIDE)";
    private const string InseeUrl = "https://www.insee.fr/fr/statistiques/series/102676816";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = Demography.Creations, Theme = Theme, Label = "Créations d'entreprises",
            Definition = "Entreprises créées dans l'année, hors micro-entrepreneurs et hors agriculture : la cohorte dont " +
                         "on suit la pérennité à 5 ans.",
            Unit = "entreprises", Source = Insee + Demo, SourceUrl = InseeUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        },
        new()
        {
            Code = Demography.Stock, Theme = Theme, Label = "Entreprises actives",
            Definition = "Entreprises actives au 31 décembre, secteurs marchands non agricoles (sections B à U de la NAF).",
            Unit = "entreprises", Source = WithReal(Insee, "en 2021 (12 611)"), SourceUrl = InseeUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        },
        .. Demography.Sectors.Select(s => new IndicatorDefinition
        {
            Code = Demography.StockOf(s), Theme = Theme, Label = $"Entreprises actives : {Lower(s.Label)}",
            Definition = $"Entreprises actives au 31 décembre dans les sections {s.NafSections} de la NAF.",
            Unit = "entreprises", Source = Insee + Demo, SourceUrl = InseeUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        }),
        new()
        {
            Code = Demography.Failures, Theme = Theme, Label = "Défaillances d'entreprises",
            Definition = "Ouvertures de procédures collectives dans l'année : liquidation judiciaire, redressement judiciaire " +
                         "et procédure de sauvegarde (une défaillance n'est pas une cessation d'activité, notion plus large). " +
                         "En base 100 : la somme du territoire divisée par sa somme de 2013, × 100.",
            Unit = "défaillances", Source = WithReal(Bodacc, "en 2023 (176)"), SourceUrl = BodaccUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
        },
        .. Demography.Procedures.Select(p => new IndicatorDefinition
        {
            Code = Demography.FailuresOf(p), Theme = Theme, Label = $"Défaillances : {Lower(p.Label)}",
            Definition = $"Défaillances d'entreprises ouvertes dans l'année par un jugement de {Lower(p.Label)}.",
            Unit = "défaillances", Source = Bodacc + Demo, SourceUrl = BodaccUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
        }),
        .. Demography.Sectors.Select(s => new IndicatorDefinition
        {
            Code = Demography.FailuresOf(s), Theme = Theme, Label = $"Défaillances : {Lower(s.Label)}",
            Definition = $"Défaillances d'entreprises des sections {s.NafSections} de la NAF ouvertes dans l'année.",
            Unit = "défaillances", Source = Bodacc + Demo, SourceUrl = BodaccUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
        }),
        new()
        {
            Code = Demography.Survival, Theme = Theme, Label = "Taux de pérennité à 5 ans des entreprises",
            Definition = "Entreprises créées 5 ans plus tôt (hors micro-entrepreneurs) encore actives, rapportées à toutes les " +
                         "entreprises créées cette année-là. Pour un territoire : somme des survivantes ÷ somme des cohortes de " +
                         "ses communes, jamais une moyenne de taux. Classes du rapport : moins de 68,5 %, 68,5 à 71 %, " +
                         "71,1 à 74 %, plus de 74 %.",
            Unit = "%", Decimals = 1, Source = WithReal(Insee, "en 2023 (71,7 %)"), SourceUrl = InseeUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = true,
            // The report's classes on the map, bounds halfway between its published decimals (lower bound included):
            // the same classes as Demography.ClassOf, which reads the rate rounded to one decimal.
            FixedClasses = new("Classes du rapport d'activité 2024", [0, 68.45, 71.05, 74.05, 100]),
        },
    ];

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
