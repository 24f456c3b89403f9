using System.Globalization;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>?asOf= parsing: a date means the end of that day (UTC); an instant is taken as is.</summary>
internal static class AsOfDate
{
    public static bool TryParse(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (text is null)
            return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            instant = new DateTimeOffset(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            // In UTC, as the database compares instants (and Npgsql refuses other offsets).
            instant = parsed.ToUniversalTime();
            return true;
        }
        return false;
    }
}
