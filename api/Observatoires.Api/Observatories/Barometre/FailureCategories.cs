namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// How the failures barometer breaks failures down: the agency's sector grouping of NAF sections (the one the business
/// demography uses, whose yearly failures by sector the demo quarters are drawn from), the company's size in employees
/// as the AULA's semestrial barometer publishes it, and the collective procedures.
/// </summary>
internal static class FailureCategories
{
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

    internal sealed record SizeClass(string Code, string Label);

    public static readonly IReadOnlyList<SizeClass> Sizes =
    [
        new("0", "Sans salarié"),
        new("1-2", "1 à 2 salariés"),
        new("3-5", "3 à 5 salariés"),
        new("6-9", "6 à 9 salariés"),
        new("10-19", "10 à 19 salariés"),
        new("20+", "20 salariés ou plus"),
    ];

    internal sealed record Procedure(string Code, string Label);

    public static readonly IReadOnlyList<Procedure> Procedures =
    [
        new("liquidation", "Liquidation judiciaire"),
        new("redressement", "Redressement judiciaire"),
        new("sauvegarde", "Procédure de sauvegarde"),
    ];

    /// <summary>The procedures a company goes on living under (observation period, plan being prepared): "in difficulty".</summary>
    public static readonly IReadOnlyList<Procedure> Ongoing = [.. Procedures.Where(p => p.Code != "liquidation")];

    /// <summary>The semester a quarter belongs to: 2024-Q3 → 2024-S2.</summary>
    public static string SemesterOf(string quarter) => $"{quarter[..4]}-S{(quarter[^1] <= '2' ? 1 : 2)}";
}
