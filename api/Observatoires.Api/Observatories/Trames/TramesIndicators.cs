using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// The networks' figures per commune of the CALL, derived from the elements as they stand (<c>TramesIndicators.sql</c>)
/// and rewritten through the platform's value writer after the seed, every accepted request and every import. The
/// period is the year of the computation: the state of the networks that year. Areas and lengths add up; the share of
/// a territory in reservoirs is Σ reservoirs ÷ Σ area, never a mean of shares.
/// </summary>
internal static class TramesIndicators
{
    public const string ReservoirsHa = "trames.surface_reservoirs_ha", CorridorsKm = "trames.longueur_corridors_km",
        ReservoirShare = "trames.part_surface_reservoirs";

    private const string Source = "Observatoire des trames écologiques de la CALL (AULA) : trames verte, bleue, noire et agricole " +
                                  "(géométries de démonstration tant que les trames réelles ne sont pas importées)";
    private const string Vintage = "Trames écologiques de la CALL";

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = ReservoirsHa, Theme = "trames", Label = "Surface des réservoirs de biodiversité",
            Definition = "Surface des réservoirs de biodiversité des quatre trames (verte, bleue, noire, agricole) dans la commune, un lieu " +
                         "compris dans plusieurs trames comptant une fois. État des trames l'année indiquée.",
            Unit = "ha", Decimals = 1, Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = true, HeadlineOrder = 1,
        },
        new()
        {
            Code = ReservoirShare, Theme = "trames", Label = "Part du territoire en réservoir de biodiversité",
            Definition = "Surface des réservoirs de biodiversité rapportée à la surface du territoire. Sur plusieurs communes : " +
                         "Σ surfaces des réservoirs ÷ Σ surfaces des communes.",
            Unit = "%", Decimals = 1, Source = Source, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true, HeadlineOrder = 2,
        },
        new()
        {
            Code = CorridorsKm, Theme = "trames", Label = "Longueur des corridors écologiques",
            Definition = "Longueur des corridors écologiques des quatre trames dans la commune (un corridor de deux trames compte deux fois).",
            Unit = "km", Decimals = 1, Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        },
    ];

    private sealed record CommuneFigures(string CommuneId, double ReservoirsHa, double CorridorsKm, double CommuneHa);

    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var period = (await connection.ExecuteScalarAsync<int>("select extract(year from now())::integer", transaction: transaction))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var figures = await connection.QueryAsync<CommuneFigures>(SqlResource.Get("Observatories/Trames/TramesIndicators.sql"), transaction: transaction);
        var rows = new List<ValueRow>();
        foreach (var f in figures)
        {
            ValueRow Row(string code, double value) => new(code, f.CommuneId, period, value, Vintage: Vintage);
            rows.Add(Row(ReservoirsHa, Math.Round(f.ReservoirsHa, 3)));
            rows.Add(Row(CorridorsKm, Math.Round(f.CorridorsKm, 3)));
            if (f.CommuneHa > 0)
                rows.Add(Row(ReservoirShare, Share(f.ReservoirsHa, f.CommuneHa)) with { Numerator = Math.Round(f.ReservoirsHa, 3), Denominator = Math.Round(f.CommuneHa, 3) });
        }
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }

    /// <summary>A share in percent, to three decimals (the catalogue shows one).</summary>
    public static double Share(double part, double whole) => Math.Round(100.0 * part / whole, 3);
}
