using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Values;
using static Observatoires.Api.Observatories.FoncierAgricole.FoncierAgricoleIndicators;

namespace Observatoires.Api.Observatories.FoncierAgricole;

/// <summary>
/// Plausible agricultural figures for the communes of the CABBALR, deterministic, anchored on each commune's real area
/// (its contour) and population: the villages of the plain of the Lys and the Artois hills are three-quarters farmland,
/// the mining towns of the Béthune-Bruay basin little; farms grow from about 45 ha (2000) to 75 ha (2020) as their
/// number falls, the SAU shrinks slowly (urban sprawl), more than half of the farm heads are 55 or older in 2020; a few
/// SAFER notifications a year around 9,000 €/ha; organic farming from 1.5 % to 4 % of the farms (2015 to 2023).
/// </summary>
internal static class DemoIndicators
{
    private const string Vintage = "Démonstration 2026";

    public static readonly int[] CensusYears = [2000, 2010, 2020];
    public const int SaferFirst = 2015, SaferLast = 2024, BioFirst = 2015, BioLast = 2023;

    /// <summary>A commune of the CABBALR as the generator sees it: its area (its contour's, in hectares) and its population.</summary>
    internal sealed record Commune(string Id, double AreaHa, int Population);

    public static async Task<IReadOnlyList<Commune>> CommunesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        [.. await connection.QueryAsync<Commune>("""
            select t.id, st_area(t.geom::geography) / 10000 as areaha, coalesce(t.population, 0) as population
            from platform.territory t join platform.territory_membership m on m.member_id = t.id
            where t.level = 'commune' and m.parent_id = @Cabbalr and t.geom is not null
            order by t.id
            """, new { FoncierAgricoleModule.Cabbalr }, transaction)];

    /// <summary>The communes' values; a ratio over nothing (no farm, no sale) is no value: the commune adds 0 ÷ 0 to its EPCI's.</summary>
    public static IEnumerable<ValueRow> Generate(IEnumerable<Commune> communes) => communes.SelectMany(Series).Where(r => r.Value is not null);

    private static IEnumerable<ValueRow> Series(Commune c)
    {
        var random = new Randomizer(SeedOf(c.Id));
        var density = c.Population / Math.Max(c.AreaHa / 100, 0.01);
        var farmland = density switch { < 150 => 0.78, < 500 => 0.62, < 1500 => 0.35, _ => 0.08 } * random.Double(0.85, 1.1);
        var sau2020 = Math.Round(c.AreaHa * farmland);
        double[] sizes = [random.Double(40, 50), random.Double(55, 65), random.Double(70, 82)];
        double[] over55 = [random.Double(0.33, 0.42), random.Double(0.42, 0.5), random.Double(0.48, 0.58)];
        double[] under40 = [random.Double(0.22, 0.28), random.Double(0.17, 0.23), random.Double(0.14, 0.2)];
        double[] shortChains = [random.Double(0.06, 0.12), random.Double(0.1, 0.16), random.Double(0.16, 0.26)];
        var arable = random.Double(0.78, 0.92);
        var stocking = random.Double(0.3, 1.1);
        double sau = 0, farms = 0;
        for (var k = 0; k < CensusYears.Length; k++)
        {
            var period = Period(CensusYears[k]);
            // The SAU shrinks by about 0.3 % a year to urban sprawl: larger in 2000 and 2010.
            sau = Math.Round(sau2020 * (1 + (0.003 * (2020 - CensusYears[k]))));
            farms = Math.Round(sau / sizes[k]);
            if (farms == 0)
                sau = 0;
            var heads = Math.Round(farms * random.Double(1.15, 1.35));
            var old = Math.Round(heads * over55[k]);
            var young = Math.Min(heads - old, Math.Round(heads * under40[k]));
            var arableHa = Math.Round(sau * arable);
            var grass = Math.Round((sau - arableHa) * 0.9);
            var livestock = Math.Round(sau * stocking * (1 + (0.01 * (2020 - CensusYears[k]))));
            yield return Row(Exploitations, period, farms);
            yield return Row(Sau, period, sau);
            yield return Ratio(TailleMoyenne, period, sau, farms, 1);
            yield return Ratio(PartSauCommune, period, sau, Math.Round(c.AreaHa), 100);
            yield return Row(SauTerresArables, period, arableHa);
            yield return Ratio(PartPrairies, period, grass, sau, 100);
            yield return Row(ChefsMoins40, period, young);
            yield return Row(Chefs40A54, period, heads - old - young);
            yield return Row(Chefs55Plus, period, old);
            yield return Ratio(PartChefs55Plus, period, old, heads, 100);
            yield return Row(Uta, period, Math.Round(farms * random.Double(1.3, 1.8), 1));
            yield return Row(Ugb, period, livestock);
            yield return Ratio(Chargement, period, livestock, sau, 1);
            yield return Ratio(PartCircuitsCourts, period, Math.Round(farms * shortChains[k]), farms, 100);
        }
        for (var year = SaferFirst; year <= SaferLast; year++)
        {
            var sales = sau == 0 ? 0 : Math.Round(sau / 300 * random.Double(0.3, 1.7));
            var hectares = Math.Round(sales * random.Double(1.5, 6), 1);
            var price = Math.Round(hectares * random.Double(8_000, 10_500) * Math.Pow(1.015, year - SaferFirst));
            var status = year == SaferLast ? ValueStatus.Provisional : ValueStatus.Definitive;
            yield return Row(SaferNotifications, Period(year), sales, status);
            yield return Row(SaferSurface, Period(year), hectares, status);
            yield return Ratio(SaferPrixHa, Period(year), price, hectares, 1, status);
        }
        for (var year = BioFirst; year <= BioLast; year++)
        {
            var share = 0.015 + (0.025 * (year - BioFirst) / (BioLast - BioFirst));
            var organicFarms = Math.Min(farms, Math.Round(farms * share * random.Double(0, 2)));
            var organicHa = Math.Round(organicFarms * random.Double(25, 55), 1);
            yield return Row(ExploitationsBio, Period(year), organicFarms);
            yield return Row(SauBio, Period(year), organicHa);
            // Over the census SAU, so only in a census year: it inherits that year's census secrecy (SecretWith).
            if (CensusYears.Contains(year))
                yield return Ratio(PartSauBio, Period(year), organicHa, sau, 100);
        }

        ValueRow Row(string code, string period, double value, string status = ValueStatus.Definitive) =>
            new(code, c.Id, period, value, Status: status, Vintage: Vintage);

        ValueRow Ratio(string code, string period, double numerator, double denominator, double scale, string status = ValueStatus.Definitive) =>
            new(code, c.Id, period, denominator == 0 ? null : scale * numerator / denominator, numerator, denominator, status, Vintage);
    }

    private static string Period(int year) => year.ToString(CultureInfo.InvariantCulture);

    internal static int SeedOf(string id) => id.Aggregate(31, (hash, ch) => unchecked((hash * 37) + ch)) ^ 0x41475249;
}
