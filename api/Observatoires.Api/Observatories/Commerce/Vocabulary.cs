namespace Observatoires.Api.Observatories.Commerce;

/// <summary>A stable code and its French label.</summary>
internal sealed record Term(string Code, string Label);

/// <summary>
/// The observatory's nomenclatures: the activities of a commercial cell (the commerce observatories' usual groups),
/// its status, the kinds of centralities. Codes are stable (files, URLs, indicators); labels are what users read.
/// </summary>
internal static class Vocabulary
{
    public const string Food = "alimentaire";
    public const string Active = "active", Vacant = "vacant", Works = "travaux";

    public static readonly IReadOnlyList<Term> Activities =
    [
        new(Food, "Alimentaire"),
        new("equipement_personne", "Équipement de la personne"),
        new("equipement_maison", "Équipement de la maison"),
        new("culture_loisirs", "Culture et loisirs"),
        new("hygiene_sante_beaute", "Hygiène, santé, beauté"),
        new("chr", "Cafés, hôtels, restaurants"),
        new("services", "Services commerciaux"),
        new("automobile", "Automobile et cycles"),
        new("autre", "Autre"),
    ];

    public static readonly IReadOnlyList<Term> Statuses = [new(Active, "Active"), new(Vacant, "Vacante"), new(Works, "En travaux")];

    public static readonly IReadOnlyList<Term> Kinds =
    [
        new("centre_ville", "Centre-ville"),
        new("centre_bourg", "Centre-bourg"),
        new("pole_peripherique", "Pôle commercial périphérique"),
        new("quartier", "Pôle de quartier"),
    ];

    public static string? ActivityLabel(string? code) => Activities.FirstOrDefault(a => a.Code == code)?.Label;

    public static string KindLabel(string code) => Kinds.First(k => k.Code == code).Label;

    /// <summary>A code, or a label as a spreadsheet may hold it ("Vacante", "alimentaire"), to its code; null when unknown.</summary>
    public static string? Find(IReadOnlyList<Term> terms, string text) =>
        terms.FirstOrDefault(t => string.Equals(t.Code, text, StringComparison.OrdinalIgnoreCase)
                                  || string.Equals(t.Label, text, StringComparison.OrdinalIgnoreCase))?.Code;
}
