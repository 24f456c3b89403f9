using System.Globalization;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>
/// The observatory's indicators for the current year, per commune, from the parks' current lots; recomputed after
/// the seed and after every write in a commune (a changed figure is a revision: asOf shows the day before).
/// </summary>
internal static class FoncierIndicators
{
    public static async Task RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes, string? onlyCommune = null)
    {
        var parks = await ParkFigures.ListAsync(connection, null, transaction);
        var period = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var rows = new List<ValueRow>();
        foreach (var commune in onlyCommune is null ? communes : [onlyCommune])
        {
            var mine = parks.Where(p => p.CommuneId == commune).ToList();
            ValueRow Row(string code, double value) => new(code, commune, period, Math.Round(value, 2), Status: ValueStatus.Definitive,
                Vintage: "Observatoire du foncier économique");
            var total = mine.Sum(p => p.TotalHa);
            var occupied = mine.Sum(p => p.OccupiedHa);
            rows.Add(Row("foncier_eco.surface_totale_ha", total));
            rows.Add(Row("foncier_eco.surface_occupee_ha", occupied));
            rows.Add(Row("foncier_eco.surface_disponible_ha", mine.Sum(p => p.AvailableHa + p.MarketedHa)));
            rows.Add(Row("foncier_eco.surface_reserve_ha", mine.Sum(p => p.ReserveHa)));
            rows.Add(Row("foncier_eco.surface_friche_ha", mine.Sum(p => p.BrownfieldHa)));
            rows.Add(Row("foncier_eco.nombre_etablissements", mine.Sum(p => p.Establishments)));
            if (total > 0)
                rows.Add(Row("foncier_eco.taux_occupation", 100 * occupied / total) with { Numerator = Math.Round(occupied, 2), Denominator = Math.Round(total, 2) });
        }
        await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
