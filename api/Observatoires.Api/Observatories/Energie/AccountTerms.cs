namespace Observatoires.Api.Observatories.Energie;

/// <summary>
/// The words of the energy accounts (<c>energie.account</c>): its kinds, sectors, carriers and production sources,
/// with their French labels, in the order the answers and the charts list them.
/// </summary>
internal static class AccountTerms
{
    public const string Consumption = "consumption", Production = "production", Emissions = "emissions";

    /// <summary>The sector of a production line, and the carrier of an emissions line.</summary>
    public const string None = "-";

    /// <summary>The production source whose heat is neither renewable nor recovered: stored, shown, left out of the balance.</summary>
    public const string NonRenewableThermal = "thermique_non_renouvelable";

    /// <summary>Rooftop PV: the source whose installations are counted (<c>energie.installation</c>).</summary>
    public const string RooftopPv = "pv_toiture";

    public static readonly IReadOnlyList<(string Code, string Label)> Sectors =
    [
        ("residentiel", "Résidentiel"), ("tertiaire", "Tertiaire"), ("industrie", "Industrie"),
        ("transport", "Transport routier"), ("agriculture", "Agriculture"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Carriers =
    [
        ("electricite", "Électricité"), ("gaz", "Gaz naturel"), ("chaleur", "Réseaux de chaleur"),
        ("petrole", "Produits pétroliers"), ("bois", "Bois-énergie"), ("autres", "Autres (biocarburants, charbon…)"),
    ];

    /// <summary>Production sources: the renewable and recovered ones, then the non-renewable thermal production.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Sources =
    [
        ("eolien", "Éolien"), ("pv_toiture", "Photovoltaïque en toiture"), ("pv_sol", "Photovoltaïque au sol"),
        ("biogaz", "Méthanisation (biogaz)"), ("hydraulique", "Hydraulique"), ("valorisation_dechets", "Valorisation des déchets"),
        ("bois_energie", "Bois-énergie (chaufferies)"), ("gaz_de_mine", "Gaz de mine (récupération)"),
        (NonRenewableThermal, "Thermique non renouvelable (hors bilan)"),
    ];

    /// <summary>The kinds as the import's <c>nature</c> column names them.</summary>
    public static readonly IReadOnlyDictionary<string, string> KindOfNature = new Dictionary<string, string>
    {
        ["consommation"] = Consumption,
        ["production"] = Production,
        ["emissions"] = Emissions,
    };

    public static readonly IReadOnlyDictionary<string, string> NatureOfKind = KindOfNature.ToDictionary(k => k.Value, k => k.Key);

    public static bool IsSector(string code) => Sectors.Any(s => s.Code == code);

    public static bool IsCarrier(string code) => Carriers.Any(c => c.Code == code);

    public static bool IsSource(string code) => Sources.Any(s => s.Code == code);

    /// <summary>Whether a source's production counts in the decarbonised balance (renewable or recovered).</summary>
    public static bool IsDecarbonised(string source) => source != NonRenewableThermal;
}
