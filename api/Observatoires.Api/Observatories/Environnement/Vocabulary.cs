namespace Observatoires.Api.Observatories.Environnement;

/// <summary>A stable code and its French label.</summary>
internal sealed record Term(string Code, string Label);

/// <summary>
/// The overheating nomenclatures: the classes of a zone of a surface-temperature image (two hot, two cool) and the kinds
/// of sensitive public buildings. Codes are stable (files, URLs, indicators); labels are what users read.
/// </summary>
internal static class Vocabulary
{
    public const string HotSpot = "ilot_chaleur", CoolIsland = "ilot_fraicheur";

    /// <summary>Hottest first; the classes starting with "chaleur" are hot spots, the others cool islands (the table's generated kind).</summary>
    public static readonly IReadOnlyList<Term> ZoneClasses =
    [
        new("chaleur_forte", "Îlot de chaleur fort"),
        new("chaleur", "Îlot de chaleur"),
        new("fraicheur", "Îlot de fraîcheur"),
        new("fraicheur_forte", "Îlot de fraîcheur fort"),
    ];

    public static readonly IReadOnlyList<Term> Kinds = [new(HotSpot, "Îlot de chaleur"), new(CoolIsland, "Îlot de fraîcheur")];

    public static readonly IReadOnlyList<Term> BuildingTypes =
    [
        new("ecole", "École"),
        new("creche", "Crèche"),
        new("ehpad", "Établissement pour personnes âgées (EHPAD)"),
        new("sante", "Centre de santé"),
    ];

    public static string KindOf(string zoneClass) => zoneClass.StartsWith("chaleur", StringComparison.Ordinal) ? HotSpot : CoolIsland;

    public static string Label(IReadOnlyList<Term> terms, string code) => terms.First(t => t.Code == code).Label;

    /// <summary>A code, or a label as a spreadsheet may hold it ("École", "ecole"), to its code; null when unknown.</summary>
    public static string? Find(IReadOnlyList<Term> terms, string text) =>
        terms.FirstOrDefault(t => string.Equals(t.Code, text, StringComparison.OrdinalIgnoreCase)
                                  || string.Equals(t.Label, text, StringComparison.OrdinalIgnoreCase))?.Code;

    /// <summary>The values of a nomenclature as SQL rows (code, label), for the layers' SQL: constants of the code, quoted.</summary>
    public static string Rows(IReadOnlyList<Term> terms) =>
        "(values " + string.Join(", ", terms.Select(t => $"('{t.Code}', '{t.Label.Replace("'", "''", StringComparison.Ordinal)}')")) + ")";
}
