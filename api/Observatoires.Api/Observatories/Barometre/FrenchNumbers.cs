using System.Globalization;

namespace Observatoires.Api.Observatories.Barometre;

/// <summary>
/// Numbers as the printed barometer writes them, the way the web client's Intl fr-FR does: a narrow no-break space between
/// thousands and before %, a decimal comma, U+2212 for minus, + before a rise. Built by hand rather than with the fr-FR
/// culture, whose separators depend on the machine's ICU version.
/// </summary>
internal static class FrenchNumbers
{
    public const char Space = '\u202f';
    public const char Minus = '\u2212';

    /// <summary>49556 → "49 556"; -2.345 with 1 decimal → "−2,3".</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            .Replace(',', Space).Replace('.', ',');
        return rounded < 0 ? Minus + text : text;
    }

    /// <summary>A change with its sign: "+1 340", "−12", "0".</summary>
    public static string Signed(double value, int decimals)
    {
        var text = Number(value, decimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }

    /// <summary>A percentage already × 100: 17.24 → "17,2 %".</summary>
    public static string Percent(double percent, int decimals = 1) => Number(percent, decimals) + Space + "%";

    /// <summary>A change in percent with its sign: 1.87 → "+1,9 %", -2.3 → "−2,3 %".</summary>
    public static string SignedPercent(double percent, int decimals = 1) => Signed(percent, decimals) + Space + "%";
}
