namespace Observatoires.Api.Observatories.Transitions;

/// <summary>An indicator a risk score is read from, and the values its score runs between.</summary>
/// <param name="Low">At or below it (or above it when <paramref name="Reversed"/>) the score is 0.</param>
/// <param name="High">At or above it (or below it when reversed) the score is 1.</param>
/// <param name="Reversed">A lower value means more exposure or vulnerability.</param>
internal sealed record ScoredIndicator(string Code, double Low, double High, bool Reversed = false);

/// <summary>A risk of the matrix: what measures the territory's exposure to it and its vulnerability.</summary>
internal sealed record RiskDefinition(string Code, string Label, ScoredIndicator Exposure, ScoredIndicator Vulnerability, string Rationale);

/// <summary>
/// The risk matrix' rules. Each score is a linear scale of an indicator's value between two documented values,
/// bounded to [0, 1]: score = (value − low) ÷ (high − low) (reversed: (high − value) ÷ (high − low)). A cell's
/// risk = exposure × vulnerability, in [0, 1], so that a territory little exposed or little vulnerable scores low.
/// Classes: below 0.1 faible, below 0.25 modéré, below 0.5 fort, from 0.5 très fort. By hand: 12 % of the population
/// in a flood zone (0 → 20 %) gives an exposure of 0.6; 24 % aged 65 or over (15 → 30 %) a vulnerability of 0.6;
/// risk 0.36, fort.
/// </summary>
internal static class RiskScores
{
    public const string Faible = "faible", Modere = "modéré", Fort = "fort", TresFort = "très fort";

    public static IReadOnlyList<RiskDefinition> Risks { get; } =
    [
        new("inondation", "Inondation", new(TransitionsIndicators.PartPopulationInondable, 0, 20), new(Aged, 15, 30),
            "Population en zone inondable ; les personnes âgées sont les plus vulnérables lors d'une crue et d'une évacuation."),
        new("affaissement-minier", "Affaissement minier", new(TransitionsIndicators.PartSurfaceSousMinee, 0, 50), new(TransitionsIndicators.TauxPauvrete, 8, 25),
            "Surface sous-minée ; les ménages pauvres ont le moins de moyens de réparer leur logement ou de le quitter."),
        new("industriel", "Risque industriel", new(TransitionsIndicators.PartPopulationSeveso, 0, 10), new(TransitionsIndicators.TauxPauvrete, 8, 25),
            "Population à moins d'un kilomètre d'un site Seveso ; la pauvreté mesure la capacité à faire face."),
        new("chaleur", "Vagues de chaleur", new(TransitionsIndicators.JoursForteChaleur, 3, 20), new(Aged, 15, 30),
            "Jours de forte chaleur ; les personnes âgées sont les plus vulnérables à la surchauffe."),
        new("secheresse", "Sécheresse", new(TransitionsIndicators.JoursRestrictionEau, 0, 120), new(TransitionsIndicators.PartSolsArtificialises, 5, 40, Reversed: true),
            "Jours de restriction d'eau ; un territoire peu artificialisé, agricole, dépend le plus de l'eau des sols."),
        new("argiles", "Retrait-gonflement des argiles", new(TransitionsIndicators.PartArgilesAleaFort, 0, 30), new(TransitionsIndicators.TauxPauvrete, 8, 25),
            "Surface en aléa fort ; les fissures des maisons coûtent le plus aux ménages pauvres."),
    ];

    /// <summary>The catalogue's share of people aged 65 or over (Portrait de territoire), read as a platform indicator.</summary>
    public const string Aged = "portrait.part_plus_65_ans";

    public static double Score(ScoredIndicator indicator, double value)
    {
        var share = (value - indicator.Low) / (indicator.High - indicator.Low);
        return Math.Clamp(indicator.Reversed ? 1 - share : share, 0, 1);
    }

    public static double Risk(double exposure, double vulnerability) => exposure * vulnerability;

    public static string Class(double risk) => risk < 0.1 ? Faible : risk < 0.25 ? Modere : risk < 0.5 ? Fort : TresFort;
}
