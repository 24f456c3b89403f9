namespace Observatoires.Api.Observatories.Emploi.Entreprises;

/// <summary>
/// The agency's grouping of NAF sections for business demography (agriculture, section A, is outside INSEE's and
/// BODACC's scope of "activités marchandes non agricoles"), the three collective procedures that make a failure, and
/// the report's fixed classes of the 5-year survival rate.
/// </summary>
internal static class Demography
{
    /// <param name="Code">Suffix of the indicator codes (emploi.entreprises_industrie, emploi.defaillances_industrie).</param>
    /// <param name="NafSections">The NAF rév. 2 sections it groups.</param>
    internal sealed record Sector(string Code, string Label, string NafSections);

    public static readonly IReadOnlyList<Sector> Sectors =
    [
        new("industrie", "Industrie", "B, C, D, E"),
        new("construction", "Construction", "F"),
        new("commerce", "Commerce, transports, hébergement et restauration", "G, H, I"),
        new("services_entreprises", "Services aux entreprises (information, finance, immobilier, activités spécialisées et de soutien)", "J, K, L, M, N"),
        new("sante_enseignement", "Administration, enseignement, santé et action sociale", "O, P, Q"),
        new("autres_services", "Autres activités de services", "R, S, T, U"),
    ];

    internal sealed record Procedure(string Code, string Label);

    public static readonly IReadOnlyList<Procedure> Procedures =
    [
        new("liquidation", "Liquidation judiciaire"),
        new("redressement", "Redressement judiciaire"),
        new("sauvegarde", "Procédure de sauvegarde"),
    ];

    public const string Creations = "emploi.creations";
    public const string Stock = "emploi.entreprises";
    public const string Failures = "emploi.defaillances";
    public const string Survival = "emploi.survie_5_ans";

    public static string StockOf(Sector sector) => $"{Stock}_{sector.Code}";

    public static string FailuresOf(Sector sector) => $"{Failures}_{sector.Code}";

    public static string FailuresOf(Procedure procedure) => $"{Failures}_{procedure.Code}";

    /// <summary>The first year of the failures' base-100 series, as the activity report draws it.</summary>
    public const int IndexBaseYear = 2013;

    /// <summary>Survivors are counted 5 years after their creation: the cohort of year y − 5.</summary>
    public const int SurvivalYears = 5;

    /// <param name="UpTo">Upper bound, inclusive, in percent; null for the last class.</param>
    internal sealed record SurvivalClass(int Number, string Label, double? UpTo);

    /// <summary>
    /// The activity report's classes of the 5-year survival rate (its map of the CABBALR and similar EPCIs), on the
    /// rate rounded to one decimal as published: below 68.5 %, 68.5 to 71 %, 71.1 to 74 %, above 74 %.
    /// </summary>
    public static readonly IReadOnlyList<SurvivalClass> SurvivalClasses =
    [
        new(1, "Inférieur à 68,5 %", 68.4),
        new(2, "68,5 à 71 %", 71.0),
        new(3, "71,1 à 74 %", 74.0),
        new(4, "Supérieur à 74 %", null),
    ];

    /// <summary>The class of a rate in percent (rounded to one decimal first, as the report reads it).</summary>
    public static SurvivalClass ClassOf(double rate)
    {
        var published = Math.Round(rate, 1, MidpointRounding.AwayFromZero);
        return SurvivalClasses.First(c => c.UpTo is null || published <= c.UpTo);
    }
}
