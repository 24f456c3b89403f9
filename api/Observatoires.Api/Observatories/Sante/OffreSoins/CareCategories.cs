namespace Observatoires.Api.Observatories.Sante.OffreSoins;

/// <summary>A class of care-supply point, its French label and the FINESS categories that fall in it.</summary>
internal sealed record CareCategory(string Code, string Label, IReadOnlyList<string> FinessCategories);

/// <summary>
/// The care-supply classes of the sante-offre-soins layer. FINESS lists establishments, not professionals' practices nor
/// the emergency services (an authorised activity of a hospital): the GP practices and the emergency services come from
/// other sources (RPPS, the ARS's list) and are demo points until loaded; a FINESS import replaces the classes FINESS
/// carries and leaves the others.
/// </summary>
internal static class CareCategories
{
    public static readonly IReadOnlyList<CareCategory> All =
    [
        new("centre_sante", "Centre de santé", ["124"]),
        new("msp", "Maison de santé pluriprofessionnelle", ["603"]),
        new("pharmacie", "Pharmacie", ["620"]),
        new("cabinet_generaliste", "Cabinet de médecine générale", []),
        // CHR/CHU, centre hospitalier, ex-hôpital local, établissement de soins pluridisciplinaire (clinics).
        new("hopital", "Établissement hospitalier", ["101", "106", "355", "365"]),
        new("urgences", "Service d'urgences", []),
    ];

    public static readonly IReadOnlySet<string> Codes = All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The classes a FINESS file carries, which its import replaces.</summary>
    public static readonly IReadOnlyList<string> FromFiness = [.. All.Where(c => c.FinessCategories.Count > 0).Select(c => c.Code)];

    /// <summary>The class of a FINESS category code, or null for one the observatory does not follow (a nursing home, a laboratory).</summary>
    public static CareCategory? OfFiness(string finessCategory) => All.FirstOrDefault(c => c.FinessCategories.Contains(finessCategory));

    /// <summary>(code, label) rows for the layer's SQL: constants of the code, quoted.</summary>
    public static string LabelsSql => "(values " + string.Join(", ",
        All.Select(c => $"('{c.Code}', '{c.Label.Replace("'", "''", StringComparison.Ordinal)}')")) + ")";
}
