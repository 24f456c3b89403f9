namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>A kind of short-supply-chain outlet: its code and its French label.</summary>
internal sealed record OutletType(string Code, string Label);

/// <summary>
/// The short-supply-chain outlets the Projet Alimentaire Territorial follows: at most one intermediary between the
/// farmer and the consumer (vente directe à la ferme, marchés, AMAP, drives fermiers, magasins de producteurs).
/// </summary>
internal static class Vocabulary
{
    public const string VenteFerme = "vente_ferme", Marche = "marche", Amap = "amap", DriveFermier = "drive_fermier",
        MagasinProducteurs = "magasin_producteurs";

    public static readonly IReadOnlyList<OutletType> Types =
    [
        new(VenteFerme, "Vente à la ferme"),
        new(Marche, "Marché"),
        new(Amap, "AMAP"),
        new(DriveFermier, "Drive fermier"),
        new(MagasinProducteurs, "Magasin de producteurs"),
    ];

    public static OutletType? Find(string code) => Types.FirstOrDefault(t => t.Code == code);
}
