namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>A kind of accommodation: its code, its French label, and the capacity it is counted in.</summary>
internal sealed record AccommodationType(string Code, string Label, string Capacity);

/// <summary>
/// The accommodation types of the observatory and the tourist-bed equivalence, as INSEE and the regional tourism
/// committees count the capacity of a territory: a hotel room is 2 beds, a campsite pitch 3 beds, a chambre d'hôtes
/// room 2 beds; gîtes, collective accommodation (villages de vacances, auberges) and tourist residences count their
/// beds (the persons they take).
/// </summary>
internal static class Vocabulary
{
    public const string Hotel = "hotel", Camping = "camping", Gite = "gite", ChambreHotes = "chambre_hotes", Collectif = "collectif",
        Residence = "residence";

    public const int BedsPerRoom = 2, BedsPerPitch = 3;

    public static readonly IReadOnlyList<AccommodationType> Types =
    [
        new(Hotel, "Hôtels", "chambres"),
        new(Camping, "Campings", "emplacements"),
        new(Gite, "Gîtes et meublés", "lits"),
        new(ChambreHotes, "Chambres d'hôtes", "chambres"),
        new(Collectif, "Hébergements collectifs", "lits"),
        new(Residence, "Résidences de tourisme", "lits"),
    ];

    public static AccommodationType? Find(string code) => Types.FirstOrDefault(t => t.Code == code);

    /// <summary>Whether Atout France classifies this type with stars.</summary>
    public static bool HasStars(string type) => type is Hotel or Camping or Residence or Collectif;

    /// <summary>The tourist beds of one establishment, by its type's rule; null when the capacity it is counted in is missing.</summary>
    public static int? TouristBeds(string type, int? rooms, int? pitches, int? beds) => type switch
    {
        Hotel or ChambreHotes => rooms * BedsPerRoom,
        Camping => pitches * BedsPerPitch,
        _ => beds,
    };
}
