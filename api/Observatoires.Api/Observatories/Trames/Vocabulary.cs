namespace Observatoires.Api.Observatories.Trames;

/// <summary>A code and its French label.</summary>
internal sealed record Term(string Code, string Label);

/// <summary>The networks, element types and statuses of the trames écologiques, as codes (API, files) and French labels.</summary>
internal static class Vocabulary
{
    /// <summary>The four networks of the CALL's study (AULA, 2024): the layers, one pair per network.</summary>
    public static readonly IReadOnlyList<Term> Networks =
    [
        new("verte", "Trame verte"), new("bleue", "Trame bleue"), new("noire", "Trame noire"), new("agricole", "Trame agricole"),
    ];

    /// <summary>A reservoir of biodiversity is a (Multi)Polygon; a corridor a (Multi)LineString.</summary>
    public static readonly IReadOnlyList<Term> Kinds = [new("reservoir", "Réservoir de biodiversité"), new("corridor", "Corridor écologique")];

    public static readonly IReadOnlyList<Term> Statuses =
    [
        new("existant", "Existant"), new("a_preserver", "À préserver"), new("a_restaurer", "À restaurer"), new("a_creer", "À créer"),
    ];

    public static readonly IReadOnlyList<string> Actions = ["add", "modify", "remove"];

    public static readonly IReadOnlyList<string> States = ["pending", "accepted", "rejected"];

    public static bool IsNetwork(string? code) => Networks.Any(n => n.Code == code);

    public static bool IsKind(string? code) => Kinds.Any(k => k.Code == code);

    public static bool IsStatus(string? code) => Statuses.Any(s => s.Code == code);

    public static string Codes(IEnumerable<Term> terms) => string.Join(", ", terms.Select(t => t.Code));
}
