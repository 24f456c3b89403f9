using System.Globalization;

namespace Observatoires.Api.Observatories.Energie.Toile;

/// <summary>A range a hidden figure is shown as: from Min (included) to Max (excluded; none for the last class).</summary>
/// <param name="Label">How the client says it, in French ("25 à 50 GWh/an").</param>
internal sealed record ToileClass(double Min, double? Max, string Label);

/// <summary>
/// The classes that stand for figures the caller may not see: annual volumes (a site's consumption, a flow, the
/// heat two nodes could exchange) and distances (between a hidden site and another node). Wide on purpose: a class
/// must not let anyone place or size a site better than its sector, size class and EPCI do.
/// </summary>
internal static class Classes
{
    private static readonly double[] VolumeBounds = [0, 1, 5, 10, 25, 50, 100, 250];
    private static readonly double[] DistanceBounds = [0, 5, 10, 20, 50];

    public static ToileClass Volume(double gwh) => Of(gwh, VolumeBounds, "GWh/an");

    public static ToileClass Distance(double km) => Of(km, DistanceBounds, "km");

    private static ToileClass Of(double value, double[] bounds, string unit)
    {
        var i = bounds.Length - 1;
        while (i > 0 && value < bounds[i])
            i--;
        var min = bounds[i];
        double? max = i + 1 < bounds.Length ? bounds[i + 1] : null;
        var label = (min, max) switch
        {
            (0, { } m) => $"moins de {Number(m)} {unit}",
            (_, { } m) => $"{Number(min)} à {Number(m)} {unit}",
            _ => $"{Number(min)} {unit} et plus",
        };
        return new ToileClass(min, max, label);
    }

    private static string Number(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
