using System.Globalization;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>One line of an accounts file, checked: an account line, or a count of installations.</summary>
internal sealed record AccountFileLine(long Line, string Territory, int Year, string Kind, string Sector, string Carrier, double Value);

/// <summary>
/// Reads an accounts file: CSV in long format, <c>territoire;annee;nature;secteur;vecteur;valeur</c> (semicolons or
/// commas; with semicolons a decimal comma is read as a point), one line per territory, year and line of the accounts.
/// <c>territoire</c> is a commune (its INSEE code or <c>commune:62119</c>), a département or a région (their own
/// totals); <c>nature</c> is consommation (secteur and vecteur), production (vecteur: the source), emissions (secteur)
/// or installations (vecteur: the source, valeur: a count); values in GWh, kt CO2e for emissions. Every line is
/// checked before anything is written; the problems come with their line numbers.
/// </summary>
internal static class AccountFile
{
    public const string Installations = "installations";
    public static readonly IReadOnlyList<string> Columns = ["territoire", "annee", "nature", "secteur", "vecteur", "valeur"];
    private const int ProblemsShown = 100;

    /// <summary>The lines, or the problems (the first 100, in the order of the file) and how many there are in all.</summary>
    public static (IReadOnlyList<AccountFileLine> Lines, IReadOnlyList<string> Problems, int Total) Read(Stream stream, IReadOnlySet<string> territories)
    {
        var problems = new FileProblems();
        var lines = CsvTable.ReadLines(stream, CsvColumns.Exactly(Columns), problems, (CsvRow row, out AccountFileLine? line) => Parse(row, territories, row.Separator == ';', out line),
            l => (l.Territory, l.Year, l.Kind, l.Sector, l.Carrier), l => $"{l.Territory} / {l.Year} / {Nature(l.Kind)} / {l.Sector} / {l.Carrier}");
        if (problems.Count == 0 && lines.Count == 0)
            problems.InFile("the file has no data line");
        return (lines, problems.Listed(ProblemsShown), problems.Count);
    }

    private static string Nature(string kind) => kind == Installations ? Installations : AccountTerms.NatureOfKind[kind];

    private static string? Parse(CsvRow row, IReadOnlySet<string> territories, bool decimalComma, out AccountFileLine? line)
    {
        line = null;
        if (row.ControlCharacters() is { } control)
            return control;
        var fields = row.Fields;
        var (territoryText, yearText, nature, sector, carrier, valueText) = (fields[0], fields[1], fields[2].ToLowerInvariant(), fields[3], fields[4], fields[5]);

        var territory = territoryText.Contains(':', StringComparison.Ordinal) ? territoryText : "commune:" + territoryText;
        if (!territory.StartsWith("commune:", StringComparison.Ordinal) && !territory.StartsWith("departement:", StringComparison.Ordinal)
            && !territory.StartsWith("region:", StringComparison.Ordinal))
            return $"territoire '{Echo.Cut(territoryText)}' is not a commune, département or région (EPCIs and groupements are summed from their communes)";
        if (!territories.Contains(territory))
            return $"unknown territory '{Echo.Cut(territoryText)}' (an INSEE code such as 62119, or commune:62119, departement:62, region:32)";
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            return $"annee '{Echo.Cut(yearText)}' is not a year from 1990 to 2100";
        if (sector == AccountTerms.None)
            sector = "";
        if (carrier == AccountTerms.None)
            carrier = "";

        string kind;
        if (nature == Installations)
        {
            kind = Installations;
            if (!AccountTerms.IsSource(carrier))
                return $"vecteur '{Echo.Cut(carrier)}' is not a production source (installations are counted per source: {Codes(AccountTerms.Sources)})";
            if (sector != "")
                return "secteur is empty for installations";
        }
        else if (AccountTerms.KindOfNature.TryGetValue(nature, out var k))
        {
            kind = k;
            switch (kind)
            {
                case AccountTerms.Consumption when !AccountTerms.IsSector(sector):
                    return $"secteur '{Echo.Cut(sector)}' is not a sector ({Codes(AccountTerms.Sectors)})";
                case AccountTerms.Consumption when !AccountTerms.IsCarrier(carrier):
                    return $"vecteur '{Echo.Cut(carrier)}' is not an energy carrier ({Codes(AccountTerms.Carriers)})";
                case AccountTerms.Production when sector != "":
                    return "secteur is empty for production (vecteur names the source)";
                case AccountTerms.Production when !AccountTerms.IsSource(carrier):
                    return $"vecteur '{Echo.Cut(carrier)}' is not a production source ({Codes(AccountTerms.Sources)})";
                case AccountTerms.Emissions when !AccountTerms.IsSector(sector):
                    return $"secteur '{Echo.Cut(sector)}' is not a sector ({Codes(AccountTerms.Sectors)})";
                case AccountTerms.Emissions when carrier != "":
                    return "vecteur is empty for emissions";
            }
        }
        else
            return $"nature '{Echo.Cut(nature)}' is not one of consommation, production, emissions, installations";

        var number = decimalComma ? valueText.Replace(',', '.') : valueText;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return $"valeur '{Echo.Cut(valueText)}' is not a number of zero or more ({(kind == Installations ? "a count" : kind == AccountTerms.Emissions ? "kt CO2e" : "GWh")})";
        if (kind == Installations && value != Math.Floor(value))
            return $"valeur '{Echo.Cut(valueText)}' is not a whole number of installations";
        if (value > 1e9)
            return $"valeur '{Echo.Cut(valueText)}' is too large";
        line = new(row.Line, territory, year, kind, sector == "" ? AccountTerms.None : sector, carrier == "" ? AccountTerms.None : carrier, value);
        return null;
    }

    private static string Codes(IReadOnlyList<(string Code, string Label)> terms) => string.Join(", ", terms.Select(t => t.Code));
}
