namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// How the failures barometer breaks failures down: the agency's sector grouping of NAF sections (the one the business
/// demography uses, whose yearly failures by sector the demo quarters are drawn from), the company's size in employees
/// as the AULA's semestrial barometer publishes it, and the collective procedures.
/// </summary>
internal static class FailureCategories
{
    /// <param name="YearlyIndicator">The catalogue's yearly failures of the sector, which the demo quarters are drawn from.</param>
    internal sealed record Sector(string Code, string Label, string NafSections, string YearlyIndicator);

    public static readonly IReadOnlyList<Sector> Sectors =
    [
        new("industrie", "Industrie", "B, C, D, E", "emploi.defaillances_industrie"),
        new("construction", "Construction", "F", "emploi.defaillances_construction"),
        new("commerce", "Commerce, transports, hébergement et restauration", "G, H, I", "emploi.defaillances_commerce"),
        new("services_entreprises", "Services aux entreprises (information, finance, immobilier, activités spécialisées et de soutien)",
            "J, K, L, M, N", "emploi.defaillances_services_entreprises"),
        new("sante_enseignement", "Administration, enseignement, santé et action sociale", "O, P, Q", "emploi.defaillances_sante_enseignement"),
        new("autres_services", "Autres activités de services", "R, S, T, U", "emploi.defaillances_autres_services"),
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

    /// <param name="YearlyIndicator">The catalogue's yearly failures opened by this procedure.</param>
    internal sealed record Procedure(string Code, string Label, string YearlyIndicator);

    public static readonly IReadOnlyList<Procedure> Procedures =
    [
        new("liquidation", "Liquidation judiciaire", "emploi.defaillances_liquidation"),
        new("redressement", "Redressement judiciaire", "emploi.defaillances_redressement"),
        new("sauvegarde", "Procédure de sauvegarde", "emploi.defaillances_sauvegarde"),
    ];

    /// <summary>The procedures a company goes on living under (observation period, plan being prepared): "in difficulty".</summary>
    public static readonly IReadOnlyList<Procedure> Ongoing = [.. Procedures.Where(p => p.Code != "liquidation")];

    /// <summary>The semester a quarter belongs to: 2024-Q3 → 2024-S2.</summary>
    public static string SemesterOf(string quarter) => $"{quarter[..4]}-S{(quarter[^1] <= '2' ? 1 : 2)}";
}
