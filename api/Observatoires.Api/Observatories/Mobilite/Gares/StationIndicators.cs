using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Mobilite.Gares;

/// <summary>
/// The stations' indicators (theme <c>gares</c>), per commune and period, derived from the stations' figures
/// (<c>StationIndicators.sql</c>) and written through the platform's value writer after the seed. Counts add up
/// (a commune without a station counts 0); occupancy rates are ratios with their parts (cars or bikes parked, places),
/// so that the platform computes an EPCI's rate as Σ parked ÷ Σ places.
/// </summary>
internal static class StationIndicators
{
    public const string Theme = "gares";

    public const string Passengers = "mobilite.gares_voyageurs";
    public const string Trains = "mobilite.gares_trains_jour_ouvre";
    public const string ParkingPlaces = "mobilite.gares_places_parking";
    public const string ParkingOccupancy = "mobilite.gares_taux_occupation_parking";
    public const string BikePlaces = "mobilite.gares_places_velo";
    public const string BikeOccupancy = "mobilite.gares_taux_occupation_velo";

    private const string Source = "Schéma directeur des gares (CALL), SNCF Gares & Connexions, enquêtes de stationnement (données de démonstration)";
    private const string SourceUrl = "https://ressources.data.sncf.com/explore/dataset/frequentation-gares/";
    private const string Vintage = "Gares : fréquentation et enquêtes";

    private static IndicatorDefinition Count(string code, string label, string definition, string unit, bool? higherIsBetter = true) => new()
    {
        Code = code,
        Theme = Theme,
        Label = label,
        Definition = definition,
        Unit = unit,
        Source = Source,
        SourceUrl = SourceUrl,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = higherIsBetter,
    };

    private static IndicatorDefinition Rate(string code, string label, string definition) => new()
    {
        Code = code,
        Theme = Theme,
        Label = label,
        Definition = definition,
        Unit = "%",
        Decimals = 1,
        Source = Source,
        SourceUrl = SourceUrl,
        Aggregation = Aggregation.Ratio,
        RatioScale = 100,
    };

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        Count(Passengers, "Voyageurs en gare",
            "Fréquentation annuelle des gares de la commune : voyageurs montés et descendus dans l'année (SNCF, « fréquentation en gares »). " +
            "Une commune sans gare desservie compte 0.", "voyageurs par an"),
        Count(Trains, "Trains par jour ouvré",
            "Arrêts de trains de voyageurs un jour ouvré ordinaire, dans les deux sens, additionnés sur les gares de la commune (un train " +
            "qui s'arrête dans deux gares compte deux arrêts).", "arrêts par jour"),
        Count(ParkingPlaces, "Places de stationnement en gare", "Places des parcs de stationnement automobile des gares (parcs relais compris).",
            "places"),
        Rate(ParkingOccupancy, "Taux d'occupation des parkings de gare",
            "Véhicules stationnés à l'enquête (un jour ouvré, en milieu de matinée) rapportés aux places des parcs des gares ; au-delà de 100 %, " +
            "des véhicules stationnent hors des places."),
        Count(BikePlaces, "Places de stationnement vélo en gare", "Places de stationnement vélo des gares : arceaux et abris sécurisés.", "places"),
        Rate(BikeOccupancy, "Taux d'occupation du stationnement vélo en gare",
            "Vélos stationnés à l'enquête rapportés aux places de stationnement vélo des gares."),
    ];

    private sealed record CommuneFigures(string CommuneId, string Period, long? Passengers, long? Trains, long? ParkingPlaces,
        long? ParkingOccupied, long? ParkingRatedPlaces, long? BikePlaces, long? BikeOccupied, long? BikeRatedPlaces);

    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var figures = await connection.QueryAsync<CommuneFigures>(SqlResource.Get("Observatories/Mobilite/Gares/StationIndicators.sql"),
            transaction: transaction);
        var rows = new List<ValueRow>();
        foreach (var f in figures)
        {
            ValueRow Row(string code, double value) => new(code, f.CommuneId, f.Period, value, Vintage: Vintage);
            if (f.Passengers is { } passengers)
                rows.Add(Row(Passengers, passengers));
            if (f.Trains is { } trains)
                rows.Add(Row(Trains, trains));
            if (f.ParkingPlaces is { } parking)
                rows.Add(Row(ParkingPlaces, parking));
            if (f.BikePlaces is { } bikes)
                rows.Add(Row(BikePlaces, bikes));
            if (f.ParkingRatedPlaces > 0)
                rows.Add(Row(ParkingOccupancy, Math.Round(100.0 * f.ParkingOccupied!.Value / f.ParkingRatedPlaces.Value, 3))
                    with
                { Numerator = f.ParkingOccupied, Denominator = f.ParkingRatedPlaces });
            if (f.BikeRatedPlaces > 0)
                rows.Add(Row(BikeOccupancy, Math.Round(100.0 * f.BikeOccupied!.Value / f.BikeRatedPlaces.Value, 3))
                    with
                { Numerator = f.BikeOccupied, Denominator = f.BikeRatedPlaces });
        }
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
