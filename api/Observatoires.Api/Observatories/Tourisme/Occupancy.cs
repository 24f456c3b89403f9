using Observatoires.Api.Observatories.Tourisme.GetOccupancy;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>The occupancy rate of several months: Σ nights sold ÷ Σ nights offered, never a mean of the monthly rates.</summary>
internal static class Occupancy
{
    /// <summary>The months together, or null when there are none.</summary>
    public static Nights? Sum(IReadOnlyCollection<MonthOccupancy> months)
    {
        if (months.Count == 0)
            return null;
        var (sold, offered) = (months.Sum(m => m.NightsSold), months.Sum(m => m.NightsOffered));
        return new Nights(sold, offered, Math.Round(100.0 * sold / offered, 1));
    }
}
