using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Transitions;

/// <summary>
/// The indicators this module declares because the catalogue has none for them: the Donut's per-inhabitant figures
/// (poverty, emissions, water, soils) and the risk matrix's exposures (flood zones, undermined land, Seveso
/// neighbourhoods, hot days, water restrictions, clay shrink-swell). All are ratios stored with their parts, so that
/// any territory's figure is recomputed by the platform's engine (Σ numerator ÷ Σ denominator), never an average of
/// rates. Their values are demo values until the agency imports the real ones (POST /api/v1/imports/values).
/// </summary>
internal static class TransitionsIndicators
{
    public const string TauxPauvrete = "transitions.taux_pauvrete";
    public const string EmissionsParHabitant = "transitions.emissions_ges_par_habitant";
    public const string EauParHabitant = "transitions.consommation_eau_par_habitant";
    public const string PartSolsArtificialises = "transitions.part_sols_artificialises";
    public const string PartPopulationInondable = "transitions.part_population_zone_inondable";
    public const string PartSurfaceSousMinee = "transitions.part_surface_sous_minee";
    public const string PartPopulationSeveso = "transitions.part_population_proximite_seveso";
    public const string JoursForteChaleur = "transitions.jours_forte_chaleur";
    public const string JoursRestrictionEau = "transitions.jours_restriction_eau";
    public const string PartArgilesAleaFort = "transitions.part_surface_argiles_alea_fort";

    public const int FirstYear = 2019, LastYear = 2023;
    private const string Demo = " (données de démonstration)";
    // Filosofi's rule: nothing on fewer than 11 fiscal households (counted by the social observatory's indicator).
    private const string FilosofiHouseholds = "social.menages_fiscaux";
    private const string Vintage = "Démonstration 2026";

    public static IReadOnlyList<ThemeDefinition> Themes { get; } =
        [new("donut", "Plancher social et plafond écologique"), new("risques", "Exposition aux risques")];

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        Ratio(TauxPauvrete, "donut", "Taux de pauvreté", "Habitants vivant sous le seuil de pauvreté (60 % du niveau de vie médian) rapportés à la population.",
            "%", 100, "INSEE, Filosofi" + Demo, false, headline: 1) with { SecretWith = [FilosofiHouseholds] },
        Ratio(EmissionsParHabitant, "donut", "Émissions de gaz à effet de serre par habitant",
            "Émissions directes de gaz à effet de serre du territoire, tous secteurs, rapportées à sa population (t CO2e par habitant). " +
            "La somme sur le périmètre de l'AULA est calée sur les 4,43 Mt CO2e du rapport d'activité 2024.",
            "t CO2e par habitant", 1, "Observatoire de l'énergie de l'AULA, d'après le rapport d'activité 2024" + Demo, false, headline: 2),
        Ratio(EauParHabitant, "donut", "Consommation d'eau potable par habitant", "Volumes d'eau potable facturés aux abonnés domestiques, rapportés à la population.",
            "m³ par habitant et par an", 1, "SISPEA, services d'eau et d'assainissement" + Demo, false),
        Ratio(PartSolsArtificialises, "donut", "Part des sols artificialisés", "Surfaces artificialisées rapportées à la surface du territoire.",
            "%", 100, "Occupation des sols à grande échelle (OCS GE)" + Demo, false),
        Ratio(PartPopulationInondable, "risques", "Part de la population en zone inondable",
            "Habitants dont le logement est dans une zone d'aléa inondation (PPRI, atlas des zones inondables), rapportés à la population.",
            "%", 100, "Géorisques, PPRI et AZI croisés avec les logements" + Demo, false),
        Ratio(PartSurfaceSousMinee, "risques", "Part de la surface sous-minée",
            "Surface concernée par des travaux miniers souterrains (aléa affaissement ou effondrement) rapportée à la surface du territoire.",
            "%", 100, "Géorisques, aléas miniers (GEODERIS)" + Demo, false),
        Ratio(PartPopulationSeveso, "risques", "Part de la population proche d'un site Seveso",
            "Habitants dont le logement est à moins d'un kilomètre d'un établissement Seveso, rapportés à la population. Réservé aux " +
            "partenaires : l'emprise des périmètres de danger n'est pas publique.",
            "%", 100, "Géorisques, installations classées Seveso, croisées avec les logements" + Demo, false, Confidentiality.Partner),
        Ratio(JoursForteChaleur, "risques", "Jours de forte chaleur par habitant",
            "Nombre moyen de jours dans l'année où la température maximale atteint 30 °C, pondéré par la population.",
            "jours par an", 1, "Météo-France, DRIAS" + Demo, false),
        Ratio(JoursRestrictionEau, "risques", "Jours de restriction d'eau",
            "Nombre moyen de jours de l'année sous arrêté de restriction des usages de l'eau (alerte ou plus), pondéré par la surface.",
            "jours par an", 1, "VigiEau, arrêtés sécheresse" + Demo, false),
        Ratio(PartArgilesAleaFort, "risques", "Part de la surface en aléa fort de retrait-gonflement des argiles",
            "Surface classée en aléa fort de retrait-gonflement des argiles rapportée à la surface du territoire.",
            "%", 100, "Géorisques, exposition au retrait-gonflement des argiles (BRGM)" + Demo, false),
    ];

    private static IndicatorDefinition Ratio(string code, string theme, string label, string definition, string unit, double scale, string source,
        bool higherIsBetter, Confidentiality confidentiality = Confidentiality.Public, int? headline = null) => new()
        {
            Code = code,
            Theme = theme,
            Label = label,
            Definition = definition,
            Unit = unit,
            Decimals = 1,
            Source = source,
            Aggregation = Aggregation.Ratio,
            RatioScale = scale,
            HigherIsBetter = higherIsBetter,
            Confidentiality = confidentiality,
            HeadlineOrder = headline,
        };

    // The EPCIs of the mining basin (CABBALR, CALL, CA d'Hénin-Carvin): undermined land, industry; the others are rural
    // valleys and plateaus (CC du Ternois, CC des 7 Vallées): flooding in the valleys, drought, clay.
    private static readonly HashSet<string> MiningBasin = ["epci:200072460", "epci:246200364", "epci:246200299"];
    private static readonly HashSet<string> Aula = ["epci:200072460", "epci:246200364", "epci:200069672", "epci:200044030"];

    /// <summary>GHG emissions of the AULA perimeter in 2022 (rapport d'activité 2024): the per-inhabitant series' anchor.</summary>
    public const double AulaEmissions2022 = 4_430_000;

    /// <summary>
    /// Deterministic demo values 2019–2023 for every commune, on its real population and an invented surface: the
    /// mining basin more undermined and industrial, the rural EPCIs more exposed to flooding in their valleys and to
    /// drought; emissions scaled so that the AULA perimeter's 2022 total is the report's 4.43 Mt CO2e. The series that
    /// move over time (poverty, emissions, water, soils, hot days) follow a slow trend with year-to-year noise, so that a
    /// projection's fit and band mean something: a shock of the year shared by every commune (the economy, the weather)
    /// and a local one, both drawn from seeds (<see cref="Noise"/>).
    /// </summary>
    public static IEnumerable<ValueRow> DemoValues(DemoTerritory territory)
    {
        var communes = territory.Communes.Select(c => (Commune: c, Draw: Draw(c))).ToList();
        var rawAula2022 = communes.Where(c => Aula.Contains(c.Commune.EpciId))
            .Sum(c => c.Commune.Population * c.Draw.Emissions * Trend(2022, -0.015) * Noise(EmissionsParHabitant, c.Commune.Id, 2022));
        var emissionsScale = rawAula2022 > 0 ? AulaEmissions2022 / rawAula2022 : 1;
        foreach (var (c, d) in communes)
        {
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var period = year.ToString(CultureInfo.InvariantCulture);
                var status = year == LastYear ? ValueStatus.Provisional : ValueStatus.Definitive;
                double population = Math.Max(1, c.Population);
                ValueRow Row(string code, double numerator, double denominator, double scale) =>
                    new(code, c.Id, period, Math.Round(scale * numerator / denominator, 6), numerator, denominator, status, Vintage);

                double Noisy(string code) => Noise(code, c.Id, year);
                yield return Row(TauxPauvrete, Math.Round(population * d.Poverty * Trend(year, 0.004) * Noisy(TauxPauvrete)), population, 100);
                yield return Row(EmissionsParHabitant,
                    Math.Round(population * d.Emissions * Trend(year, -0.015) * Noisy(EmissionsParHabitant) * emissionsScale), population, 1);
                yield return Row(EauParHabitant, Math.Round(population * d.Water * Trend(year, -0.006) * Noisy(EauParHabitant)), population, 1);
                yield return Row(PartSolsArtificialises, Math.Round(d.Area * d.Artificial * Trend(year, 0.004) * Noisy(PartSolsArtificialises), 1), d.Area, 100);
                yield return Row(PartPopulationInondable, Math.Round(population * d.Flood), population, 100);
                yield return Row(PartSurfaceSousMinee, Math.Round(d.Area * d.Undermined, 1), d.Area, 100);
                yield return Row(PartPopulationSeveso, Math.Round(population * d.Seveso), population, 100);
                yield return Row(JoursForteChaleur, Math.Round(population * d.HotDays * Trend(year, 0.05) * Noisy(JoursForteChaleur)), population, 1);
                yield return Row(JoursRestrictionEau, Math.Round(d.Area * d.Restriction * (year is 2019 or 2020 or 2022 ? 1.4 : 0.6)), d.Area, 1);
                yield return Row(PartArgilesAleaFort, Math.Round(d.Area * d.Clay, 1), d.Area, 100);
            }
        }
    }

    private sealed record Draws(double Area, double Poverty, double Emissions, double Water, double Artificial, double Flood, double Undermined,
        double Seveso, double HotDays, double Restriction, double Clay);

    private static Draws Draw(DemoCommune c)
    {
        var r = new Randomizer(SeedOf(c.Id));
        var mining = MiningBasin.Contains(c.EpciId);
        var urban = c.Population >= 10_000;
        return new(
            Area: Math.Round(r.Double(300, 2_500)),
            Poverty: mining ? r.Double(0.14, 0.30) : r.Double(0.09, 0.17),
            Emissions: mining ? r.Double(5, 12) : r.Double(4, 9),
            Water: r.Double(44, 62),
            Artificial: urban ? r.Double(0.35, 0.65) : mining ? r.Double(0.12, 0.35) : r.Double(0.04, 0.12),
            Flood: mining ? r.Double(0, 0.06) : r.Double(0, 0.22),
            Undermined: mining ? r.Double(0.05, 0.6) : 0,
            Seveso: mining && r.Bool(0.3f) ? r.Double(0.02, 0.15) : 0,
            HotDays: urban ? r.Double(9, 14) : r.Double(5, 10),
            Restriction: mining ? r.Double(10, 40) : r.Double(30, 90),
            Clay: mining ? r.Double(0, 0.1) : r.Double(0.02, 0.35));
    }

    // A slow drift from 2019, the same for every commune: the series have a direction for the projections.
    private static double Trend(int year, double yearly) => Math.Pow(1 + yearly, year - FirstYear);

    /// <summary>
    /// Relative amplitudes of the year-to-year noise around each trend, (shared by every commune, local): a few percent
    /// for poverty, emissions and water, far less for the built-up share (it hardly moves back), a fifth of the hot days
    /// (the summers differ). Small enough that the shares stay within 0–100 %.
    /// </summary>
    private static readonly Dictionary<string, (double Shared, double Local)> NoiseAmplitudes = new()
    {
        [TauxPauvrete] = (0.01, 0.03),
        [EmissionsParHabitant] = (0.025, 0.03),
        [EauParHabitant] = (0.02, 0.03),
        [PartSolsArtificialises] = (0.001, 0.002),
        [JoursForteChaleur] = (0.2, 0.1),
    };

    /// <summary>
    /// The factor around 1 that the noise gives an indicator's value in a commune and a year: a shock of the year shared
    /// by every commune times a local one, each uniform within its amplitude, drawn from seeds of the indicator, the year
    /// and the commune (the same on every run).
    /// </summary>
    private static double Noise(string code, string commune, int year)
    {
        var (shared, local) = NoiseAmplitudes[code];
        var ofYear = new Randomizer(SeedOf($"{code}|{year}")).Double(-shared, shared);
        var ofCommune = new Randomizer(SeedOf($"{code}|{year}|{commune}")).Double(-local, local);
        return (1 + ofYear) * (1 + ofCommune);
    }

    // Stable across runs and machines (string.GetHashCode is not).
    private static int SeedOf(string id) => id.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)) ^ 0x5452414E;
}
