using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>One classified establishment of the file, checked. <paramref name="Line"/> is its line in the file.</summary>
internal sealed record ClassifiedLine(long Line, string Name, string Type, int? Stars, int? Rooms, int? Pitches, int? Beds, int TouristBeds,
    string? Address, string Commune, double Lon, double Lat);

/// <summary>
/// Reads Atout France's file of classified accommodation ("Hébergements collectifs classés en France", data.gouv.fr;
/// data.classement.atout-france.fr/static/exportHebergementsClasses/hebergements_classes.csv: semicolon-separated UTF-8
/// with a byte order mark, "-" where a figure does not apply) after it went through the national address base's CSV
/// geocoder (adresse.data.gouv.fr, /search/csv/), which adds latitude, longitude and result_citycode to each line. The
/// columns are found by their name (case and accents aside; the others, such as DATE DE CLASSEMENT, CATÉGORIE, SITE
/// INTERNET or classement prorogé, are ignored): TYPOLOGIE ÉTABLISSEMENT, CLASSEMENT, NOM COMMERCIAL, ADRESSE, CODE
/// POSTAL, CAPACITÉ D'ACCUEIL (PERSONNES), NOMBRE DE CHAMBRES, NOMBRE D'EMPLACEMENTS, latitude, longitude,
/// result_citycode. Lines of other communes than the observatory's (the national file) are skipped; every line of its
/// communes is checked: a known type, stars 1 to 5 (or « Aire naturelle » for a camping), a name, the capacity its type
/// is counted in, coordinates.
/// </summary>
internal static class AtoutFranceFile
{
    public const int ProblemsShown = 200;

    private const string Typology = "TYPOLOGIE ETABLISSEMENT", Stars = "CLASSEMENT", Name = "NOM COMMERCIAL", Address = "ADRESSE",
        PostCode = "CODE POSTAL", Capacity = "CAPACITE D'ACCUEIL (PERSONNES)", Rooms = "NOMBRE DE CHAMBRES", Pitches = "NOMBRE D'EMPLACEMENTS",
        Latitude = "LATITUDE", Longitude = "LONGITUDE", CityCode = "RESULT_CITYCODE";

    public static readonly IReadOnlyList<string> Required = [Typology, Stars, Name, Address, PostCode, Capacity, Rooms, Pitches, Latitude, Longitude, CityCode];

    /// <summary>The lines of the observatory's communes, the problems (the first 200, in the file's order), how many in all, and the lines skipped.</summary>
    /// <param name="communes">The observatory's communes (commune:62447).</param>
    public static (IReadOnlyList<ClassifiedLine> Lines, IReadOnlyList<string> Problems, int Total, int Skipped) Read(Stream stream, IReadOnlySet<string> communes)
    {
        var lines = new List<ClassifiedLine>();
        var problems = new FileProblems();
        var skipped = 0;
        var columns = CsvColumns.Required(Required, CsvColumns.UpperCaseWithoutAccents,
            missing => $"the columns {string.Join(", ", missing)} are missing (Atout France's file geocoded by adresse.data.gouv.fr)");
        CsvTable.Read(stream, columns, problems, row =>
        {
            string F(string column) => Value(row[column]);
            var commune = "commune:" + F(CityCode);
            if (F(CityCode).Length > 0 ? !communes.Contains(commune) : !F(PostCode).StartsWith("62", StringComparison.Ordinal))
                skipped++;
            else if (Parse(row, F) is { } problem)
                problems.AtLine(row.Line, problem);
            else
                lines.Add(Line(row.Line, F, commune));
        });
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no establishment in the communes of the CC des 7 Vallées or the CABBALR");
        return (lines, problems.Listed(ProblemsShown), problems.Count, skipped);
    }

    /// <summary>A field's value: Atout France's file writes "-" where it has none (no rooms for a camping, no pitches for a hotel).</summary>
    public static string Value(string field) => field.Trim() is "-" ? "" : field.Trim();

    /// <summary>A camping classified as an « aire naturelle » (CLASSEMENT "Aire naturelle"): classified, without stars.</summary>
    public static bool IsAireNaturelle(string classement) => CsvColumns.UpperCaseWithoutAccents(classement) == "AIRE NATURELLE";

    /// <summary>The observatory's type of an Atout France typology (HÔTEL DE TOURISME, CAMPING, RÉSIDENCE DE TOURISME...), or null.</summary>
    public static string? TypeOf(string typology) => CsvColumns.UpperCaseWithoutAccents(typology) switch
    {
        var t when t.StartsWith("HOTEL", StringComparison.Ordinal) => Vocabulary.Hotel,
        var t when t.StartsWith("CAMPING", StringComparison.Ordinal) || t.StartsWith("AIRE NATURELLE", StringComparison.Ordinal)
                   || t.StartsWith("PARC RESIDENTIEL", StringComparison.Ordinal) => Vocabulary.Camping,
        var t when t.StartsWith("RESIDENCE DE TOURISME", StringComparison.Ordinal) => Vocabulary.Residence,
        var t when t.StartsWith("VILLAGE DE VACANCES", StringComparison.Ordinal) || t.StartsWith("AUBERGE COLLECTIVE", StringComparison.Ordinal) =>
            Vocabulary.Collectif,
        _ => null,
    };

    /// <summary>Stars of a CLASSEMENT ("3 étoiles", "1 étoile", "4*"), or null.</summary>
    public static int? StarsOf(string text) =>
        text.Trim() is { Length: > 0 } t && t[0] is >= '1' and <= '5' && (t.Length == 1 || !char.IsDigit(t[1])) ? t[0] - '0' : null;

    private static string? Parse(CsvRow row, Func<string, string> f)
    {
        if (row.ControlCharacters(Required) is { } control)
            return control;
        if (f(CityCode).Length == 0 || f(Latitude).Length == 0 || f(Longitude).Length == 0)
            return "not geocoded (latitude, longitude and result_citycode are empty): geocode it again, or place it by hand";
        if (TypeOf(f(Typology)) is not { } type)
            return $"TYPOLOGIE ÉTABLISSEMENT '{Echo.Cut(f(Typology))}' is unknown: expected HÔTEL DE TOURISME, CAMPING, PARC RÉSIDENTIEL DE LOISIRS, " +
                   "RÉSIDENCE DE TOURISME, VILLAGE DE VACANCES or AUBERGE COLLECTIVE";
        if (StarsOf(f(Stars)) is null && !(type == Vocabulary.Camping && IsAireNaturelle(f(Stars))))
            return $"CLASSEMENT '{Echo.Cut(f(Stars))}' is not 1 to 5 stars (3 étoiles), nor « Aire naturelle » for a camping";
        if (f(Name).Length is 0 or > 200)
            return "NOM COMMERCIAL is required (at most 200 characters)";
        if (f(Address).Length > 300)
            return "ADRESSE is at most 300 characters";
        foreach (var column in new[] { Capacity, Rooms, Pitches })
        {
            if (f(column).Length > 0 && !int.TryParse(f(column), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                return $"{column} '{Echo.Cut(f(column))}' is not a whole number";
        }
        var needed = type switch { Vocabulary.Hotel => Rooms, Vocabulary.Camping => Pitches, _ => Capacity };
        if (f(needed).Length == 0)
            return $"{needed} is required for {Vocabulary.Find(type)!.Label.ToLowerInvariant()}: their tourist beds are counted from it";
        if (!GeocodedCsv.TryRead(f(Longitude), f(Latitude), GeocodedCsv.Wgs84, out _, out _))
            return $"longitude '{Echo.Cut(f(Longitude))}' and latitude '{Echo.Cut(f(Latitude))}' must be decimal degrees (WGS 84)";
        return null;
    }

    private static ClassifiedLine Line(long line, Func<string, string> f, string commune)
    {
        int? Number(string column) => f(column).Length == 0 ? null : int.Parse(f(column), NumberStyles.None, CultureInfo.InvariantCulture);
        var type = TypeOf(f(Typology))!;
        // Each type keeps the capacity it is counted in; a hotel's persons stay as its beds.
        var (rooms, pitches, beds) = type switch
        {
            Vocabulary.Hotel => (Number(Rooms), (int?)null, Number(Capacity)),
            Vocabulary.Camping => (null, Number(Pitches), Number(Capacity)),
            _ => (Number(Rooms), null, Number(Capacity)),
        };
        GeocodedCsv.TryRead(f(Longitude), f(Latitude), GeocodedCsv.Wgs84, out var lon, out var lat);
        return new(line, f(Name), type, StarsOf(f(Stars)), rooms, pitches, beds, Vocabulary.TouristBeds(type, rooms, pitches, beds)!.Value,
            f(Address).Length == 0 ? null : $"{f(Address)}, {f(PostCode)}".TrimEnd(',', ' '), commune, lon, lat);
    }
}
