namespace Observatoires.Api.Observatories.Emploi.Tension;

/// <summary>
/// Jobs in tension as France Travail's BMO survey measures them: an occupation's tension index is the share of its
/// recruitment projects that employers judge difficult, in percent; for several occupations or EPCIs, Σ difficult ÷
/// Σ projects (a ratio of sums). Below <see cref="MinProjectsToRank"/> projects a share says little: such
/// occupations are listed, not ranked.
/// </summary>
internal static class Recruitment
{
    public const int MinProjectsToRank = 10;

    public const string Source = "France Travail, enquête Besoins en Main-d'Œuvre (BMO)";
    public const string SourceUrl = "https://statistiques.francetravail.org/bmo";

    /// <summary>The sectors of the table (the report's "zoom sur les secteurs en tension"), in display order.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Sectors =
    [
        ("industrie", "Industrie"),
        ("construction", "Construction"),
        ("sante_social", "Santé, action sociale et services à la personne"),
        ("logistique", "Transport et logistique"),
        ("commerce_hotellerie", "Commerce, hôtellerie et restauration"),
        ("services", "Services aux entreprises"),
    ];

    public static string SectorLabel(string code) => Sectors.FirstOrDefault(s => s.Code == code).Label ?? code;

    /// <summary>100 × difficult ÷ projects, null without projects.</summary>
    public static double? Index(long difficult, long projects) => projects > 0 ? Math.Round(100.0 * difficult / projects, 1) : null;
}
