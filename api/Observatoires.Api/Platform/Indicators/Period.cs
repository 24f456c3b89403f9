using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>How often an indicator has a value.</summary>
internal enum Periodicity { Year, Semester, Quarter, Month }

/// <summary>
/// The period of an indicator value: 2023 (year), 2024-S1 (semester), 2023-Q4 (quarter) or 2024-03 (month).
/// Within one periodicity the canonical text sorts chronologically: the database orders and compares it as text.
/// </summary>
/// <param name="Index">1 for a year, 1–2 for a semester, 1–4 for a quarter, 1–12 for a month.</param>
internal readonly record struct Period(Periodicity Periodicity, int Year, int Index) : IComparable<Period>
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    // Get-only so that no `with` can pair an index with a periodicity it does not fit.
    public Periodicity Periodicity { get; } = Periodicity;
    public int Year { get; } = Year;
    public int Index { get; } = Index >= 1 && Index <= PerYearOf(Periodicity)
        ? Index
        : throw new ArgumentOutOfRangeException(nameof(Index), Index, $"A {Name(Periodicity)} index runs from 1 to {PerYearOf(Periodicity)}.");

    /// <summary>Periods in a year: 1, 2, 4 or 12.</summary>
    public int PerYear => PerYearOf(Periodicity);

    // Periods since year 0: arithmetic on periods is arithmetic on this.
    private int Ordinal => (Year * PerYear) + Index - 1;

    /// <summary>Reads exactly the canonical forms (no spaces, upper-case S and Q, two-digit months), years 1900–2100.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (text is null || text.Length is not (4 or 7))
            return false;
        var year = (Digit(text[0]) * 1000) + (Digit(text[1]) * 100) + (Digit(text[2]) * 10) + Digit(text[3]);
        if (year is < MinYear or > MaxYear)
            return false;
        if (text.Length == 4)
        {
            period = new(Periodicity.Year, year, 1);
            return true;
        }
        if (text[4] != '-')
            return false;
        var (periodicity, index) = text[5] switch
        {
            'S' => (Periodicity.Semester, Digit(text[6])),
            'Q' => (Periodicity.Quarter, Digit(text[6])),
            _ => (Periodicity.Month, (Digit(text[5]) * 10) + Digit(text[6])),
        };
        if (index < 1 || index > PerYearOf(periodicity))
            return false;
        period = new(periodicity, year, index);
        return true;
    }

    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{Echo.Cut(text)}' is not a period: expected a year ({Example(Periodicity.Year)}), " +
                $"a semester ({Example(Periodicity.Semester)}), a quarter ({Example(Periodicity.Quarter)}) " +
                $"or a month ({Example(Periodicity.Month)}).");
    }

    /// <summary>Reads a period of an indicator's periodicity; <paramref name="error"/> says what was expected instead.</summary>
    public static bool TryParse(string? text, Periodicity expected, out Period period, [NotNullWhen(false)] out string? error)
    {
        string wanted() => $"expected a {Name(expected)} such as {Example(expected)}";
        if (!TryParse(text, out period))
            error = string.IsNullOrEmpty(text) ? $"no period, {wanted()}" : $"'{Echo.Cut(text)}' is not a period, {wanted()}";
        else if (period.Periodicity != expected)
        {
            error = $"'{text}' is a {Name(period.Periodicity)}, {wanted()}";
            period = default;
        }
        else
            error = null;
        return error is null;
    }

    /// <summary>The canonical text, which <see cref="Parse"/> reads back.</summary>
    public override string ToString() => Periodicity switch
    {
        Periodicity.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        Periodicity.Semester => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-S{Index}"),
        Periodicity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
    };

    public Period Previous() => Add(-1);

    public Period Next() => Add(1);

    /// <summary>The same period a year earlier: the base of a year-on-year change.</summary>
    public Period YearBefore() => new(Periodicity, Year - 1, Index);

    public Period Add(int periods)
    {
        var ordinal = Ordinal + periods;
        return new(Periodicity, ordinal / PerYear, (ordinal % PerYear) + 1);
    }

    /// <summary>How many periods <paramref name="to"/> is after <paramref name="from"/> (negative if before).</summary>
    public static int Distance(Period from, Period to)
    {
        SamePeriodicity(from, to);
        return to.Ordinal - from.Ordinal;
    }

    /// <summary>Years from <paramref name="start"/> to this period, for annual growth rates: 2023-Q1 to 2024-Q3 is 1.5.</summary>
    public double YearsSince(Period start) => (double)Distance(start, this) / PerYear;

    /// <summary>Chronological order; periods of different periodicities overlap, so they have none.</summary>
    public int CompareTo(Period other)
    {
        SamePeriodicity(this, other);
        return Ordinal.CompareTo(other.Ordinal);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>Every period from <paramref name="from"/> to <paramref name="to"/> included, oldest first; none if to is before from.</summary>
    public static IEnumerable<Period> Range(Period from, Period to) =>
        Enumerable.Range(0, Math.Max(0, Distance(from, to) + 1)).Select(i => from.Add(i));

    /// <summary>A period of that periodicity, to show in messages.</summary>
    public static string Example(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Year => "2023",
        Periodicity.Semester => "2024-S1",
        Periodicity.Quarter => "2023-Q4",
        Periodicity.Month => "2024-03",
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity), periodicity, null),
    };

    /// <summary>The name used in the API and the database: year, semester, quarter or month.</summary>
    public static string Name(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Year => "year",
        Periodicity.Semester => "semester",
        Periodicity.Quarter => "quarter",
        Periodicity.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity), periodicity, null),
    };

    /// <summary>Reads a name written by <see cref="Name"/>, exactly.</summary>
    public static bool TryParsePeriodicity([NotNullWhen(true)] string? text, out Periodicity periodicity)
    {
        foreach (var candidate in Enum.GetValues<Periodicity>())
        {
            if (Name(candidate) == text)
            {
                periodicity = candidate;
                return true;
            }
        }
        periodicity = default;
        return false;
    }

    private static int PerYearOf(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Year => 1,
        Periodicity.Semester => 2,
        Periodicity.Quarter => 4,
        Periodicity.Month => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity), periodicity, null),
    };

    // Anything but an ASCII digit makes any number it is part of negative, hence out of range.
    private static int Digit(char c) => char.IsAsciiDigit(c) ? c - '0' : -10_000;

    private static void SamePeriodicity(Period a, Period b)
    {
        if (a.Periodicity != b.Periodicity)
            throw new ArgumentException($"{a} is a {Name(a.Periodicity)} and {b} a {Name(b.Periodicity)}: they cannot be compared.");
    }
}
