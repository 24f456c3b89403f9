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
        var problems = new FileProblems();
        var columns = CsvColumns.Required(Required, CsvColumns.UpperCaseWithoutAccents, missing =>
            $"the columns {string.Join(", ", missing.Select(m => m.ToLowerInvariant()))} are missing (nom, type, adresse, code_commune, longitude, latitude)");
        CsvTable.Read(stream, columns, problems, row =>
        {
            if (Check(row, communes) is { } problem)
                problems.AtLine(row.Line, problem);
            else
            {
                GeocodedCsv.TryRead(row[Longitude], row[Latitude], GeocodedCsv.Wgs84, out var lon, out var lat);
                lines.Add(new(row.Line, row[Name], TypeOf(row[Type])!, row[Address].Length == 0 ? null : row[Address], "commune:" + row[CityCode], lon, lat));
            }
        });
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no outlet");
        return (lines, problems.Listed(ProblemsShown), problems.Count);
    }

    /// <summary>The type's code from its code or its label, or null.</summary>
    public static string? TypeOf(string text) => Vocabulary.Types.FirstOrDefault(t =>
        CsvColumns.UpperCaseWithoutAccents(t.Code) == CsvColumns.UpperCaseWithoutAccents(text)
        || CsvColumns.UpperCaseWithoutAccents(t.Label) == CsvColumns.UpperCaseWithoutAccents(text))?.Code;

    private static string? Check(CsvRow f, IReadOnlySet<string> communes)
    {
        if (f.ControlCharacters(Required) is { } control)
            return control;
        if (f[Name].Length is 0 or > 200)
            return "nom is required (at most 200 characters)";
        if (TypeOf(f[Type]) is null)
            return $"type '{Echo.Cut(f[Type])}' is unknown: expected {string.Join(", ", Vocabulary.Types.Select(t => t.Code))}";
        if (f[Address].Length > 300)
            return "adresse is at most 300 characters";
        if (!communes.Contains("commune:" + f[CityCode]))
            return $"code_commune '{Echo.Cut(f[CityCode])}' is not a commune of the CABBALR";
        if (!GeocodedCsv.TryRead(f[Longitude], f[Latitude], GeocodedCsv.Wgs84, out _, out _))
            return $"longitude '{Echo.Cut(f[Longitude])}' and latitude '{Echo.Cut(f[Latitude])}' must be decimal degrees (WGS 84)";
        return null;
    }
}
