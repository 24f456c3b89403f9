using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;
using static Observatoires.Api.Observatories.Sante.SanteIndicators;

namespace Observatoires.Api.Observatories.Sante;

/// <summary>
/// Plausible health figures for the Artois, deterministic, anchored on each commune's real population, with the orders
/// of magnitude of the Pas-de-Calais: an ageing population (the 65+ grow 1.5 % a year), a high premature mortality
/// (250 to 380 deaths before 65 per 100,000, well above France's ~180), 6 to 10 GPs per 10,000 inhabitants in the towns
/// and none in most villages, a third of GPs aged 60 or more, more C2S beneficiaries in the mining towns of the CALL and
/// the CAHC. The département and the région get their own values from their populations, as their sources publish them:
/// the perimeter's communes are only part of them.
/// </summary>
internal static class DemoIndicators
{
    public const int FirstYear = 2019, LastYear = 2023;
    private const string Vintage = "Démonstration 2026";
    private const string Call = "epci:246200364", Cahc = "epci:246200299";

    private enum Profile { Village, Town, MiningTown, Reference }

    /// <summary>The values; a rate whose denominator is zero (no child examined in a hamlet of 40) is not a value and is left out.</summary>
    public static IEnumerable<ValueRow> Generate(DemoTerritory territory) =>
        territory.Communes.SelectMany(c => Series(c.Id, c.Population, ProfileOf(c)))
            .Concat(territory.References.SelectMany(r => Series(r.Id, r.Population, Profile.Reference)))
            .Where(v => v.Value is not null);

    private static Profile ProfileOf(DemoCommune c) => c.Population switch
    {
        >= 2_500 when c.EpciId is Call or Cahc => Profile.MiningTown,
        >= 2_500 => Profile.Town,
        _ => Profile.Village,
    };

    private static IEnumerable<ValueRow> Series(string territory, int population, Profile profile)
    {
        var random = new Randomizer(SeedOf(territory));
        var village = profile == Profile.Village;
        var under20Share = random.Double(0.22, 0.27);
        var over65Share2019 = profile == Profile.Reference ? random.Double(0.18, 0.19) : random.Double(0.15, 0.22);
        var mortality = random.Double(0.0100, 0.0125);
        var prematureRate = profile == Profile.MiningTown ? random.Double(320, 380) : random.Double(250, 330);
        var gpDensity = village ? random.Double(0, 9) : random.Double(6, 10);
        var dentistDensity = village ? random.Double(0, 4) : random.Double(3, 6);
        var nurseDensity = village ? random.Double(5, 25) : random.Double(15, 28);
        var physioDensity = village ? random.Double(0, 8) : random.Double(7, 12);
        var gpsOver60Share = random.Double(0.25, 0.45);
        var urgencesMinutes = profile switch
        {
            Profile.Village => random.Double(12, 30),
            Profile.Reference => random.Double(11, 14),
            _ => random.Double(5, 15),
        };
        var c2sShare = profile == Profile.MiningTown ? random.Double(0.14, 0.2) : random.Double(0.07, 0.13);
        var overweightShare = random.Double(0.1, 0.16);
        var alcoholRate = random.Double(20, 40) / 10_000;
        var psychiatricRate = random.Double(15, 25) / 1000;

        for (var year = FirstYear; year <= LastYear; year++)
        {
            var period = year.ToString(CultureInfo.InvariantCulture);
            var inhabitants = Math.Round(population * Math.Pow(0.998, LastYear - year));
            var under20 = Math.Round(inhabitants * under20Share * Math.Pow(0.995, year - FirstYear));
            var over65 = Math.Round(inhabitants * over65Share2019 * Math.Pow(1.015, year - FirstYear));
            var deaths = Math.Round(inhabitants * mortality * (year == 2020 ? 1.1 : 1) * (1 + random.Double(-0.05, 0.05)));
            var under65 = inhabitants - over65;
            var premature = Math.Round(under65 * prematureRate / 100_000 * (1 + random.Double(-0.1, 0.1)));
            yield return Ratio(IndiceVieillissement, territory, period, over65, under20, 100);
            yield return Ratio(TauxMortalite, territory, period, deaths, inhabitants, 1000);
            yield return new(DecesPrematures, territory, period, premature, Vintage: Vintage);
            yield return Ratio(TauxMortalitePrematuree, territory, period, premature, under65, 100_000);

            var gps = Math.Round(inhabitants * gpDensity / 10_000 * Math.Pow(0.985, year - FirstYear));
            yield return Ratio(DensiteGeneralistes, territory, period, gps, inhabitants, 10_000);
            yield return Ratio(DensiteDentistes, territory, period, Math.Round(inhabitants * dentistDensity / 10_000), inhabitants, 10_000);
            yield return Ratio(DensiteInfirmiers, territory, period, Math.Round(inhabitants * nurseDensity / 10_000 * Math.Pow(1.01, year - FirstYear)),
                inhabitants, 10_000);
            yield return Ratio(DensiteKinesitherapeutes, territory, period, Math.Round(inhabitants * physioDensity / 10_000), inhabitants, 10_000);
            if (gps > 0)
                yield return Ratio(PartGeneralistes60Ans, territory, period, Math.Round(gps * gpsOver60Share), gps, 100);
            // Σ (minutes × inhabitants) ÷ Σ inhabitants: the population-weighted mean, aggregable as a ratio.
            yield return Ratio(TempsAccesUrgences, territory, period, Math.Round(urgencesMinutes * inhabitants, 1), inhabitants, 1);

            var insured = Math.Round(inhabitants * 0.88);
            yield return Ratio(PartC2s, territory, period, Math.Round(insured * c2sShare * (1 + (0.01 * (year - FirstYear)))), insured, 100);
            var examined = Math.Round(inhabitants * 0.011);
            yield return Ratio(PartSurpoidsGrandeSection, territory, period, Math.Round(examined * overweightShare * (1 + random.Double(-0.1, 0.1))), examined, 100);
            var young = Math.Round(inhabitants * 0.12);
            var stays = Math.Round(young * alcoholRate * (1 + random.Double(-0.15, 0.15)));
            yield return new(SejoursAlcoolJeunes, territory, period, stays, Vintage: Vintage);
            yield return Ratio(TauxHospitalisationAlcoolJeunes, territory, period, stays, young, 10_000);
            var patients = Math.Round(inhabitants * psychiatricRate * Math.Pow(1.02, year - FirstYear));
            yield return new(PatientsAldPsychiatrique, territory, period, patients, Vintage: Vintage);
            yield return Ratio(TauxAldPsychiatrique, territory, period, patients, inhabitants, 1000);
        }
    }

    private static ValueRow Ratio(string code, string territory, string period, double numerator, double denominator, double scale) =>
        new(code, territory, period, denominator == 0 ? null : scale * numerator / denominator, numerator, denominator, ValueStatus.Definitive, Vintage);

    internal static int SeedOf(string id) => id.Aggregate(37, (hash, c) => unchecked((hash * 31) + c)) ^ 0x53414E54;
}
