namespace Observatoires.Api.Observatories.Energie.Sites;

/// <param name="Kind">The code stored and filtered on.</param>
/// <param name="Label">The French label, as a legend shows it.</param>
/// <param name="CapacityUnit">The unit of its capacity: MW, MWc for photovoltaics, MWth for heat; null when it has none.</param>
internal sealed record SiteKind(string Kind, string Label, string? CapacityUnit);

/// <param name="Status">The code stored and filtered on.</param>
/// <param name="Label">The French label.</param>
internal sealed record SiteStatus(string Status, string Label);

/// <summary>The kinds and statuses of production sites (the check constraints of energie.site, in this order).</summary>
internal static class SiteKinds
{
    public static IReadOnlyList<SiteKind> All { get; } =
    [
        new("eolien", "Parc éolien", "MW"),
        new("pv_sol", "Centrale photovoltaïque au sol", "MWc"),
        new("methanisation", "Unité de méthanisation", "MW"),
        new("hydraulique", "Centrale hydroélectrique", "MW"),
        new("valorisation_dechets", "Valorisation énergétique des déchets", "MW"),
        new("reseau_chaleur", "Réseau de chaleur", "MWth"),
        new("gaz_de_mine", "Valorisation du gaz de mine", "MW"),
        new("poste_source", "Poste source", null),
    ];

    public static IReadOnlyList<SiteStatus> Statuses { get; } =
    [
        new("en_service", "En service"),
        new("projet", "En projet"),
        new("modernisation", "En modernisation"),
    ];

    public static SiteKind Of(string kind) => All.Single(k => k.Kind == kind);

    public static bool IsKind(string? kind) => All.Any(k => k.Kind == kind);

    public static bool IsStatus(string? status) => Statuses.Any(s => s.Status == status);
}
