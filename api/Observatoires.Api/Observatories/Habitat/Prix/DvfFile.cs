using System.Globalization;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Habitat.Prix;

/// <summary>A sale kept from the file: one mutation, one dwelling.</summary>
internal sealed record DvfSale(string MutationId, DateOnly SoldOn, string CommuneId, string Type, double BuiltSurface, short? Rooms, double Price,
    double? Longitude, double? Latitude);

/// <summary>What a DVF file holds once read: its sales, what was left aside, and the départements and years it covers.</summary>
internal sealed record DvfRead(IReadOnlyList<DvfSale> Sales, DvfSkipped Skipped, int Mutations, IReadOnlyList<(string Departement, int Year)> Covers,
    IReadOnlyList<string> Problems, int Total);

/// <summary>Why mutations of the file were left aside (none of them is a problem: the national file is full of them).</summary>
/// <param name="NotASale">Nature other than "Vente" (VEFA, adjudication, échange, expropriation, terrain à bâtir).</param>
/// <param name="NoDwelling">No house or flat in it (land, outbuildings, business premises alone).</param>
/// <param name="SeveralDwellings">Several dwellings, or a dwelling with business premises: the price cannot be split.</param>
/// <param name="OutsideObservatory">In a commune the observatory does not hold.</param>
/// <param name="NoPriceOrSurface">No price, or no built surface.</param>
/// <param name="ImplausiblePrice">Under 100 or over 20,000 € per m², or a surface under 9 or over 1,000 m²: not a market price.</param>
internal sealed record DvfSkipped(int NotASale, int NoDwelling, int SeveralDwellings, int OutsideObservatory, int NoPriceOrSurface, int ImplausiblePrice);

/// <summary>
/// Reads Etalab's geolocated DVF file (« DVF géolocalisées », files.data.gouv.fr/geo-dvf: one CSV per département and
/// year, comma-separated, one line per parcel and premises of each mutation). Columns are found by name; these are
/// required: id_mutation, date_mutation, nature_mutation, valeur_fonciere, code_commune, type_local, surface_reelle_bati,
/// nombre_pieces_principales, longitude, latitude; the others are ignored. A mutation is kept as a sale when its nature
/// is "Vente" and it holds exactly one house or flat (outbuildings and land aside), the usual rule for prices per m²:
/// its valeur_fonciere is that dwelling's price. Malformed text (a date, a number, a code, a coordinate) is a problem
/// with its line, and refuses the file; mutations that are not such sales are counted, not refused.
/// </summary>
internal static class DvfFile
{
    public static readonly IReadOnlyList<string> Required =
    [
        "id_mutation", "date_mutation", "nature_mutation", "valeur_fonciere", "code_commune", "type_local", "surface_reelle_bati",
        "nombre_pieces_principales", "longitude", "latitude",
    ];

    private const int ProblemsShown = 100;

    private sealed record Line(long Number, string Mutation, DateOnly Date, string Nature, double? Value, string Commune, string Type,
        double? Surface, short? Rooms, double? Longitude, double? Latitude);

    /// <summary>
    /// The sales, what was left aside, the mutations read, the départements and years the file covers (which it replaces),
    /// and the problems (the first 100) with how many in all.
    /// </summary>
    /// <param name="communes">The communes the observatory holds (commune:62119).</param>
    public static DvfRead Read(Stream stream, IReadOnlySet<string> communes)
    {
        var lines = new List<Line>();
        var problems = new FileProblems();
        var columns = CsvColumns.Required(Required, CsvColumns.LowerCase,
            missing => $"the columns {string.Join(", ", missing)} are missing; a DVF géolocalisées file (files.data.gouv.fr/geo-dvf) has them");
        CsvTable.Read(stream, columns, problems, row =>
        {
            if (Parse(row, out var line) is { } problem)
                problems.AtLine(row.Line, problem);
            else
                lines.Add(line!);
        });
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no data line");
        var (sales, skipped, mutations) = problems.Count > 0 ? ([], Nothing, 0) : Sales(lines, communes, problems);
        var covers = lines.Select(l => (Departement: l.Commune.StartsWith("97", StringComparison.Ordinal) ? l.Commune[..3] : l.Commune[..2], l.Date.Year))
            .Distinct().Order().ToList();
        return new(sales, skipped, mutations, covers,
            problems.Listed(ProblemsShown), problems.Count);
    }

    private static readonly DvfSkipped Nothing = new(0, 0, 0, 0, 0, 0);

    private static (IReadOnlyList<DvfSale>, DvfSkipped, int) Sales(List<Line> lines, IReadOnlySet<string> communes, FileProblems problems)
    {
        var sales = new List<DvfSale>();
        int notASale = 0, noDwelling = 0, several = 0, outside = 0, noPrice = 0, implausible = 0;
        var mutations = lines.GroupBy(l => l.Mutation, StringComparer.Ordinal).ToList();
        foreach (var mutation in mutations)
        {
            var first = mutation.First();
            if (mutation.FirstOrDefault(l => l.Date != first.Date || l.Nature != first.Nature) is { } odd)
            {
                problems.AtLine(odd.Number, $"mutation {Echo.Cut(first.Mutation)} has another date or nature than on line {first.Number}");
                continue;
            }
            if (first.Nature != "Vente")
            {
                notASale++;
                continue;
            }
            var dwellings = mutation.Where(l => l.Type is "Maison" or "Appartement").ToList();
            if (dwellings.Count == 0)
            {
                noDwelling++;
                continue;
            }
            // Several dispositions of one mutation may each carry a value: a price that varies cannot be one dwelling's.
            if (dwellings.Count > 1 || mutation.Any(l => l.Type.StartsWith("Local", StringComparison.Ordinal))
                || mutation.Select(l => l.Value).Where(v => v is not null).Distinct().Count() > 1)
            {
                several++;
                continue;
            }
            var d = dwellings[0];
            if (!communes.Contains($"commune:{d.Commune}"))
                outside++;
            else if (d.Value is not { } price || price <= 0 || d.Surface is not { } surface || surface <= 0)
                noPrice++;
            else if (surface is < 9 or > 1000 || price / surface is < 100 or > 20_000)
                implausible++;
            else
                sales.Add(new(d.Mutation, d.Date, $"commune:{d.Commune}", d.Type == "Maison" ? PropertyTypes.House : PropertyTypes.Flat, surface,
                    d.Rooms, price, d.Longitude, d.Latitude));
        }
        return (sales, new(notASale, noDwelling, several, outside, noPrice, implausible), mutations.Count);
    }

    private static string? Parse(CsvRow row, out Line? line)
    {
        line = null;
        if (row.ControlCharacters(Required) is { } control)
            return control;
        var mutation = row["id_mutation"];
        if (mutation.Length is 0 or > 40)
            return "id_mutation is empty or longer than 40 characters";
        if (!DateOnly.TryParseExact(row["date_mutation"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2014 or > 2100)
            return $"date_mutation '{Echo.Cut(row["date_mutation"])}' is not a date from 2014 written yyyy-mm-dd";
        var commune = row["code_commune"];
        if (commune.Length != 5 || !commune.All(char.IsAsciiLetterOrDigit))
            return $"code_commune '{Echo.Cut(commune)}' is not a 5-character INSEE code";
        if (Number("valeur_fonciere", row["valeur_fonciere"], 0, 1e10, out var value) is { } p1)
            return p1;
        if (Number("surface_reelle_bati", row["surface_reelle_bati"], 0, 1e6, out var surface) is { } p2)
            return p2;
        if (Number("nombre_pieces_principales", row["nombre_pieces_principales"], 0, 50, out var rooms) is { } p3)
            return p3;
        if (Number("longitude", row["longitude"], -180, 180, out var longitude) is { } p4)
            return p4;
        if (Number("latitude", row["latitude"], -90, 90, out var latitude) is { } p5)
            return p5;
        if ((longitude is null) != (latitude is null))
            return "longitude and latitude are given together or not at all";
        line = new(row.Line, mutation, date, row["nature_mutation"], value, commune, row["type_local"], surface,
            rooms is { } r ? (short)Math.Round(r) : null, longitude, latitude);
        return null;
    }

    /// <summary>An empty cell is null; otherwise a number within the bounds ("123000.0", "123000,5" as some exports write it).</summary>
    private static string? Number(string column, string text, double min, double max, out double? value)
    {
        value = null;
        if (text.Length == 0)
            return null;
        if (!double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            || !double.IsFinite(n) || n < min || n > max)
            return $"{column} '{Echo.Cut(text)}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
        value = n;
        return null;
    }
}
