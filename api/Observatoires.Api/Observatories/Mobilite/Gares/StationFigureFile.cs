using System.Globalization;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Mobilite.Gares;

/// <summary>One station's figures for one year, checked; a null figure was not surveyed.</summary>
internal sealed record StationFigureLine(long Line, string Station, int Year, long? Passengers, int? TrainsPerWeekday, int? ParkingPlaces,
    int? ParkingOccupied, int? BikePlaces, int? BikeOccupied);

/// <summary>
/// Reads the stations' yearly figures: CSV <c>gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes</c>
/// (semicolons or commas), one line per station and year; <c>gare</c> is the station's id (bethune) or its UIC code
/// (8 digits, as in SNCF's "fréquentation en gares"); an empty cell is a figure not surveyed. Every line is checked
/// before anything is written; the problems come with their line numbers.
/// </summary>
internal static class StationFigureFile
{
    public static readonly IReadOnlyList<string> Columns =
        ["gare", "annee", "voyageurs", "trains_jour_ouvre", "places_parking", "vehicules_stationnes", "places_velo", "velos_stationnes"];

    private const int ProblemsShown = 100;

    /// <summary>The lines, or the problems (the first 100, in the order of the file) and how many there are in all.</summary>
    /// <param name="stations">The stations known, by id and by UIC code, each giving the station's id.</param>
    public static (IReadOnlyList<StationFigureLine> Lines, IReadOnlyList<string> Problems, int Total) Read(Stream stream,
        IReadOnlyDictionary<string, string> stations)
    {
        var problems = new FileProblems();
        var lines = CsvTable.ReadLines(stream, CsvColumns.Exactly(Columns), problems, (CsvRow row, out StationFigureLine? line) => Parse(row, stations, out line),
            l => (l.Station, l.Year), l => $"{l.Station} / {l.Year}");
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no data line");
        return (lines, problems.Listed(ProblemsShown), problems.Count);
    }

    private static string? Parse(CsvRow row, IReadOnlyDictionary<string, string> stations, out StationFigureLine? line)
    {
        line = null;
        if (row.ControlCharacters() is { } control)
            return control;
        var fields = row.Fields;
        if (!stations.TryGetValue(fields[0], out var station))
            return $"gare '{Echo.Cut(fields[0])}' is not a station of the observatory (its id, e.g. bethune, or its 8-digit UIC code)";
        if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            return $"annee '{Echo.Cut(fields[1])}' is not a year from 2000 to 2100";
        var counts = new long?[Columns.Count];
        for (var i = 2; i < Columns.Count; i++)
        {
            if (fields[i].Length == 0)
                continue;
            // Spaces and non-breaking spaces group thousands in French files (1 234 567).
            var digits = fields[i].Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || (i > 2 && n > int.MaxValue))
                return $"{Columns[i]} '{Echo.Cut(fields[i])}' is not a whole number of 0 or more (empty: not surveyed)";
            counts[i] = n;
        }
        if (counts[5] is not null && counts[4] is null)
            return "vehicules_stationnes is given without places_parking";
        if (counts[7] is not null && counts[6] is null)
            return "velos_stationnes is given without places_velo";
        if (counts.Skip(2).All(c => c is null))
            return "the line has no figure";
        int? Int(int i) => counts[i] is { } v ? (int)v : null;
        line = new(row.Line, station, year, counts[2], Int(3), Int(4), Int(5), Int(6), Int(7));
        return null;
    }
}
