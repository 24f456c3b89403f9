using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// The barometer's quarterly indicators. Job seekers in category A are not redefined: the catalogue already has them,
/// quarterly, as <see cref="JobSeekersA"/> (the Emploi observatory's), and the barometer reads them by code through the
/// value engine, so that both observatories publish one figure. Categories A, B, C are the barometer's own.
/// </summary>
internal static class BarometreIndicators
{
    public const string PrivateJobs = "barometre.emploi_prive";
    public const string Employers = "barometre.etablissements_employeurs";
    public const string JobSeekersA = "emploi.demandeurs_emploi";
    public const string JobSeekersAbc = "barometre.demandeurs_abc";
    public const string Failures = "barometre.defaillances";
    public const string Failures12Months = "barometre.defaillances_12_mois";
    public const string HighRisk = "barometre.nota_pme_risque_eleve";

    /// <summary>The Nota-PME classes (1: lowest risk); the last two are the "high risk" of the headline share.</summary>
    internal sealed record RiskClass(string Class, string Label)
    {
        public string Code => $"barometre.nota_pme_classe_{Class}";

        public bool IsHighRisk => Class is "5" or "6";
    }

    public static readonly IReadOnlyList<RiskClass> RiskClasses =
    [
        new("1", "Risque très faible"),
        new("2", "Risque faible"),
        new("3", "Risque modéré"),
        new("4", "Risque assez élevé"),
        new("5", "Risque élevé"),
        new("6", "Risque très élevé"),
    ];

    private const string Demo = " (données de démonstration)";
    private const string Urssaf = "Acoss-Urssaf, effectifs salariés du secteur privé en fin de trimestre";
    public const string UrssafUrl = "https://open.urssaf.fr";
    private const string Dares = "DARES – France Travail, statistiques du marché du travail (STMT)";
    public const string DaresUrl = "https://dares.travail-emploi.gouv.fr";
    private const string Capfi = "Capfi, défaillances d'entreprises (jugements d'ouverture publiés au BODACC)";
    public const string CapfiUrl = "https://www.capfi.fr";
    private const string NotaPme = "Capfi, Nota-PME (scoring financier des PME)";
    private const string Licensed = "Licence Capfi : diffusion réservée aux partenaires du baromètre sur leur territoire";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new()
        {
            Code = PrivateJobs, Theme = "emploi", Label = "Emploi salarié privé (trimestriel)",
            Definition = "Effectif salarié des établissements employeurs du secteur privé (hors agriculture) en fin de trimestre. " +
                         "Le dernier trimestre publié est provisoire ; l'URSSAF révise les trimestres précédents à chaque " +
                         "publication (le baromètre affiche alors « révisé » avec le chiffre précédent). Le 4e trimestre est " +
                         "l'effectif au 31 décembre de l'Observatoire de l'emploi. Moins de 3 établissements employeurs : secret " +
                         "statistique.",
            Unit = "salariés", Source = Urssaf + Demo, SourceUrl = UrssafUrl, Periodicity = Periodicity.Quarter,
            Aggregation = Aggregation.Sum, HigherIsBetter = true, HeadlineOrder = 1,
            SecrecyThreshold = 3, SecrecyUnits = Employers,
        },
        new()
        {
            Code = Employers, Theme = "emploi", Label = "Établissements employeurs (trimestriel)",
            // Public, as the yearly count: the establishments are in the SIRENE register. They are the units of the
            // employment's secrecy; a quarter inside a year counts the fewer of the two year-ends around it, so that a
            // commune secret at either end stays secret in between (its jobs would be interpolated back otherwise).
            Definition = "Établissements du secteur privé employant au moins un salarié. Pour les trimestres 1 à 3, le plus " +
                         "petit des effectifs d'établissements des deux fins d'année qui les encadrent.",
            Unit = "établissements", Source = Urssaf + Demo, SourceUrl = UrssafUrl, Periodicity = Periodicity.Quarter,
            Aggregation = Aggregation.Sum, HigherIsBetter = true,
        },
        new()
        {
            Code = JobSeekersAbc, Theme = "demande", Label = "Demandeurs d'emploi (catégories A, B, C)",
            Definition = "Demandeurs d'emploi tenus de rechercher un emploi, sans emploi (A) ou ayant exercé une activité " +
                         "réduite (B, C), en fin de trimestre. La catégorie A seule : emploi.demandeurs_emploi.",
            Unit = "personnes", Source = Dares + Demo, SourceUrl = DaresUrl, Periodicity = Periodicity.Quarter,
            Aggregation = Aggregation.Sum, HigherIsBetter = false,
        },
        new()
        {
            Code = Failures, Theme = "defaillances", Label = "Défaillances d'entreprises (trimestre)",
            Definition = "Ouvertures de procédures collectives (liquidation, redressement judiciaire, sauvegarde) dans le " +
                         "trimestre, par la date du jugement. Les quatre trimestres d'une année font les défaillances annuelles " +
                         "de l'Observatoire de l'emploi (CABBALR 2023 : 176). Le dernier trimestre est provisoire (jugements " +
                         "publiés en retard).",
            Unit = "défaillances", Source = Capfi + Demo, SourceUrl = CapfiUrl, Periodicity = Periodicity.Quarter,
            Aggregation = Aggregation.Sum, HigherIsBetter = false, HeadlineOrder = 2,
        },
        new()
        {
            Code = Failures12Months, Theme = "defaillances", Label = "Défaillances d'entreprises (12 mois glissants)",
            Definition = "Défaillances des quatre derniers trimestres, celui-ci compris : la somme, par commune, des valeurs " +
                         "trimestrielles, stockée à chaque trimestre (une somme de sommes : celle d'un territoire est celle de " +
                         "ses communes).",
            Unit = "défaillances", Source = Capfi + Demo, SourceUrl = CapfiUrl, Periodicity = Periodicity.Quarter,
            Aggregation = Aggregation.Sum, HigherIsBetter = false,
        },
        new()
        {
            Code = HighRisk, Theme = "nota_pme", Label = "PME en risque élevé ou très élevé (Nota-PME)",
            Definition = "Part des PME du territoire notées par Nota-PME en classe 5 (risque élevé) ou 6 (risque très élevé) " +
                         "en fin de trimestre : somme des PME de ces classes ÷ somme des PME notées, jamais une moyenne de " +
                         "parts. Donnée sous licence : réservée aux partenaires sur leur territoire et à l'agence. Moins de 3 " +
                         "PME notées : secret statistique.",
            Unit = "%", Decimals = 1, Source = NotaPme + Demo, SourceUrl = CapfiUrl, Periodicity = Periodicity.Quarter,
            Licence = Licensed, Confidentiality = Confidentiality.Partner, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = false, SecrecyThreshold = 3, HeadlineOrder = 3,
        },
        .. RiskClasses.Select(c => new IndicatorDefinition
        {
            Code = c.Code, Theme = "nota_pme", Label = $"PME en classe {c.Class} de Nota-PME ({Lower(c.Label)})",
            Definition = $"Part des PME notées par Nota-PME classées {c.Class} ({Lower(c.Label)}) en fin de trimestre : " +
                         "PME de la classe ÷ PME notées (le numérateur et le dénominateur sont stockés, la part d'un territoire " +
                         "est recalculée de leurs sommes). Donnée sous licence : partenaires sur leur territoire et agence. " +
                         "Moins de 3 PME notées : secret statistique.",
            Unit = "%", Decimals = 1, Source = NotaPme + Demo, SourceUrl = CapfiUrl, Periodicity = Periodicity.Quarter,
            Licence = Licensed, Confidentiality = Confidentiality.Partner, Aggregation = Aggregation.Ratio, RatioScale = 100,
            SecrecyThreshold = 3,
        }),
    ];

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
