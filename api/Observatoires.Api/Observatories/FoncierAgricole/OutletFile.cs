using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>One outlet of the file, checked. <paramref name="Line"/> is its line in the file.</summary>
internal sealed record OutletLine(long Line, string Name, string Type, string? Address, string Commune, double Lon, double Lat);

/// <summary>
/// Reads the agency's inventory of short-supply-chain outlets: a CSV (semicolon or comma, UTF-8) with the columns nom,
/// type, adresse, code_commune, longitude, latitude, found by name (case and accents aside; other columns ignored).
/// type is a code (vente_ferme, marche, amap, drive_fermier, magasin_producteurs) or its label (Vente à la ferme...);
/// code_commune is the INSEE code of a commune of the CABBALR; longitude and latitude are WGS 84 decimal degrees.
/// </summary>
internal static class OutletFile
{
    public const int ProblemsShown = 200;

    private const string Name = "NOM", Type = "TYPE", Address = "ADRESSE", CityCode = "CODE_COMMUNE", Longitude = "LONGITUDE", Latitude = "LATITUDE";

    public static readonly IReadOnlyList<string> Required = [Name, Type, Address, CityCode, Longitude, Latitude];

    /// <summary>The outlets, the problems (the first 200, in the file's order) and how many in all.</summary>
    /// <param name="communes">The observatory's communes (commune:62119).</param>
    public static (IReadOnlyList<OutletLine> Lines, IReadOnlyList<string> Problems, int Total) Read(Stream stream, IReadOnlySet<string> communes)
    {
        var lines = new List<OutletLine>();
        var problems = new List<string>();
        try
        {
            using var reader = new CsvReader(stream);
            var header = reader.Header.Select(Normalise).ToList();
            var missing = Required.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
                problems.Add($"line 1: the columns {string.Join(", ", missing.Select(m => m.ToLowerInvariant()))} are missing " +
                             "(nom, type, adresse, code_commune, longitude, latitude)");
            else
            {
                var at = Required.ToDictionary(c => c, c => header.IndexOf(c));
                while (reader.TryRead(out var record))
                {
                    if (record.Fields.Count != header.Count)
                    {
                        problems.Add($"line {record.Line}: {record.Fields.Count} fields where the header has {header.Count}");
                        continue;
                    }
                    string F(string column) => record.Fields[at[column]].Trim();
                    if (Check(F, communes) is { } problem)
                        problems.Add($"line {record.Line}: {problem}");
                    else
                    {
                        Coordinate(F(Longitude), out var lon);
                        Coordinate(F(Latitude), out var lat);
                        lines.Add(new(record.Line, F(Name), TypeOf(F(Type))!, F(Address).Length == 0 ? null : F(Address), "commune:" + F(CityCode), lon, lat));
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            problems.Add(e is DecoderFallbackException ? "the file is not UTF-8 text" : e.Message);
        }
        if (problems.Count == 0 && lines.Count == 0)
            problems.Add("the file has no outlet");
        return (lines, [.. problems.Take(ProblemsShown)], problems.Count);
    }

    /// <summary>A column name or a type as the file may spell it ("Code_commune", "Vente à la ferme"): upper case, without accents.</summary>
    public static string Normalise(string name)
    {
        var decomposed = name.Trim().Replace('’', '\'').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).ToUpperInvariant();
    }

    /// <summary>The type's code from its code or its label, or null.</summary>
    public static string? TypeOf(string text) =>
        Vocabulary.Types.FirstOrDefault(t => Normalise(t.Code) == Normalise(text) || Normalise(t.Label) == Normalise(text))?.Code;

    private static string? Check(Func<string, string> f, IReadOnlySet<string> communes)
    {
        if (Required.Select(f).FirstOrDefault(v => ControlCharacters.Problem(v, freeText: false) is not null) is { } control)
            return $"'{Echo.Cut(control)}' has control characters";
        if (f(Name).Length is 0 or > 200)
            return "nom is required (at most 200 characters)";
        if (TypeOf(f(Type)) is null)
            return $"type '{Echo.Cut(f(Type))}' is unknown: expected {string.Join(", ", Vocabulary.Types.Select(t => t.Code))}";
        if (f(Address).Length > 300)
            return "adresse is at most 300 characters";
        if (!communes.Contains("commune:" + f(CityCode)))
            return $"code_commune '{Echo.Cut(f(CityCode))}' is not a commune of the CABBALR";
        if (!Coordinate(f(Longitude), out var lon) || !Coordinate(f(Latitude), out var lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
            return $"longitude '{Echo.Cut(f(Longitude))}' and latitude '{Echo.Cut(f(Latitude))}' must be decimal degrees (WGS 84)";
        return null;
    }

    private static bool Coordinate(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
