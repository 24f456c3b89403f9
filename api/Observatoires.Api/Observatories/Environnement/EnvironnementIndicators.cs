using System.Globalization;
using Bogus;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>
/// The observatory's indicators: water consumption, carbon stock by land cover, rainwater recovery potential of roofs
/// (demo values anchored on each commune's real population and area until the real files are loaded with the platform's
/// value import), and the overheating exposure derived from the zones, cells and buildings (<see cref="Surchauffe"/>).
/// Rates are ratios carrying their parts, so that an EPCI's figure is a ratio of sums, never a mean of rates.
/// </summary>
internal static class EnvironnementIndicators
{
    public const string Water = "environnement.volume_eau_consomme", WaterPerInhabitant = "environnement.consommation_eau_par_hab",
        Carbon = "environnement.stock_carbone", CarbonPerHectare = "environnement.stock_carbone_par_ha",
        Rainwater = "environnement.potentiel_eaux_pluviales", RainwaterPerInhabitant = "environnement.potentiel_eaux_pluviales_par_hab",
        HotPopulation = "environnement.population_ilots_chaleur", HotShare = "environnement.part_population_ilots_chaleur",
        CoolPopulation = "environnement.population_ilots_fraicheur", CoolShare = "environnement.part_population_ilots_fraicheur",
        HotBuildings = "environnement.batiments_sensibles_ilots_chaleur", CoolBuildings = "environnement.batiments_sensibles_ilots_fraicheur";

    public static string HotBuildingsOf(string type) => $"environnement.batiments_ilots_chaleur_{type}";
    public static string CoolBuildingsOf(string type) => $"environnement.batiments_ilots_fraicheur_{type}";
    public static string CarbonOf(string cover) => $"environnement.stock_carbone_{cover}";

    public const string SurchauffeVintage = "Surchauffe urbaine : zones, population carroyée, bâtiments sensibles";
    public const string DemoVintage = "Démonstration 2026";

    /// <summary>(code, label, reference stock in tC/ha, soils and biomass): ADEME's ALDO orders of magnitude for the Hauts-de-France.</summary>
    public static readonly IReadOnlyList<(string Code, string Label, double StockPerHectare)> LandCovers =
    [
        ("forets", "forêts", 160),
        ("prairies", "prairies", 95),
        ("cultures", "cultures", 52),
        ("zones_humides", "zones humides", 125),
        ("sols_artificialises", "sols artificialisés", 30),
    ];

    /// <summary>The years of demo water consumption; the carbon stock's (Corine Land Cover 2018) and the rainwater potential's.</summary>
    public const int WaterFirst = 2019, WaterLast = 2023, CarbonYear = 2018, RainwaterYear = 2023;

    /// <summary>m³ per year to litres per day.</summary>
    private const double LitresPerDay = 1000.0 / 365;

    private const string WaterSource = "Rapports sur le prix et la qualité du service d'eau potable (RPQS), SISPEA — données de démonstration " +
                                       "tant que les volumes réels ne sont pas chargés";
    private const string CarbonSource = "ADEME, outil ALDO (stocks de référence par occupation du sol) et Corine Land Cover 2018 — données de " +
                                        "démonstration tant que le diagnostic réel n'est pas chargé";
    private const string RainSource = "AULA, potentiel de récupération des eaux de pluie des toitures (surfaces de toiture de la BD TOPO, " +
                                      "pluviométrie Météo-France) — données de démonstration tant que l'étude réelle n'est pas chargée";
    private const string SurchauffeSource = "AULA, surchauffe urbaine : zones issues des températures de surface (Landsat), population INSEE " +
                                            "Filosofi carroyée à 200 m, bâtiments sensibles — données de démonstration tant que les fichiers réels " +
                                            "ne sont pas chargés";
    private const string FilosofiUrl = "https://www.insee.fr/fr/statistiques/7655475";

    private static IndicatorDefinition Sum(string code, string theme, string label, string definition, string unit, string source,
        string? url, bool? higherIsBetter, int decimals = 0) => new()
        {
            Code = code,
            Theme = theme,
            Label = label,
            Definition = definition,
            Unit = unit,
            Decimals = decimals,
            Source = source,
            SourceUrl = url,
            Aggregation = Aggregation.Sum,
            HigherIsBetter = higherIsBetter,
        };

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = HotShare, Theme = "surchauffe", Label = "Part de la population en îlot de chaleur",
            Definition = "Population vivant dans un îlot de chaleur rapportée à la population carroyée. La population d'un carreau de 200 m " +
                         "compte au prorata de la part de sa surface située dans les îlots de chaleur de l'image. Sur plusieurs communes : " +
                         "Σ population en îlot de chaleur ÷ Σ population.",
            Unit = "%", Decimals = 1, Source = SurchauffeSource, SourceUrl = FilosofiUrl,
            Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = false, HeadlineOrder = 1,
        },
        Sum(HotPopulation, "surchauffe", "Population en îlot de chaleur",
            "Habitants des carreaux de 200 m (Filosofi) pondérés par la part de la surface de chaque carreau située dans un îlot de chaleur.",
            "habitants", SurchauffeSource, FilosofiUrl, false) with { HeadlineOrder = 2 },
        Sum(HotBuildings, "surchauffe", "Bâtiments sensibles en îlot de chaleur",
            "Écoles, crèches, EHPAD et centres de santé situés dans un îlot de chaleur (un bâtiment sur la limite d'une zone y est compté).",
            "bâtiments", SurchauffeSource, null, false) with { HeadlineOrder = 3 },
        .. Vocabulary.BuildingTypes.Select(t => Sum(HotBuildingsOf(t.Code), "surchauffe", $"En îlot de chaleur : {t.Label.ToLowerInvariant()}",
            $"Bâtiments sensibles de type « {t.Label} » situés dans un îlot de chaleur.", "bâtiments", SurchauffeSource, null, false)),
        new()
        {
            Code = CoolShare, Theme = "surchauffe", Label = "Part de la population en îlot de fraîcheur",
            Definition = "Population vivant dans un îlot de fraîcheur rapportée à la population carroyée (même règle que pour les îlots de " +
                         "chaleur). Sur plusieurs communes : Σ population en îlot de fraîcheur ÷ Σ population.",
            Unit = "%", Decimals = 1, Source = SurchauffeSource, SourceUrl = FilosofiUrl,
            Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true,
        },
        Sum(CoolPopulation, "surchauffe", "Population en îlot de fraîcheur",
            "Habitants des carreaux de 200 m pondérés par la part de la surface de chaque carreau située dans un îlot de fraîcheur.",
            "habitants", SurchauffeSource, FilosofiUrl, true),
        Sum(CoolBuildings, "surchauffe", "Bâtiments sensibles en îlot de fraîcheur",
            "Écoles, crèches, EHPAD et centres de santé situés dans un îlot de fraîcheur.", "bâtiments", SurchauffeSource, null, true),
        .. Vocabulary.BuildingTypes.Select(t => Sum(CoolBuildingsOf(t.Code), "surchauffe", $"En îlot de fraîcheur : {t.Label.ToLowerInvariant()}",
            $"Bâtiments sensibles de type « {t.Label} » situés dans un îlot de fraîcheur.", "bâtiments", SurchauffeSource, null, true)),
        new()
        {
            Code = WaterPerInhabitant, Theme = "eau", Label = "Consommation d'eau potable par habitant",
            Definition = "Volume d'eau potable consommé par les abonnés domestiques rapporté à la population, en litres par jour et par " +
                         "habitant (m³ par an × 1 000 ÷ 365). Sur plusieurs communes : Σ volumes ÷ Σ habitants.",
            Unit = "L/jour/hab.", Decimals = 0, Source = WaterSource, SourceUrl = "https://www.services.eaufrance.fr/",
            Aggregation = Aggregation.Ratio, RatioScale = LitresPerDay, HigherIsBetter = false, HeadlineOrder = 4,
        },
        Sum(Water, "eau", "Volume d'eau potable consommé", "Volume d'eau potable facturé aux abonnés domestiques dans l'année.",
            "m³", WaterSource, "https://www.services.eaufrance.fr/", false),
        new()
        {
            Code = CarbonPerHectare, Theme = "carbone", Label = "Stock de carbone par hectare",
            Definition = "Carbone stocké dans les sols et la biomasse rapporté à la surface de la commune. Sur plusieurs communes : " +
                         "Σ stocks ÷ Σ surfaces.",
            Unit = "tC/ha", Decimals = 1, Source = CarbonSource, SourceUrl = "https://aldo-carbone.ademe.fr/",
            Aggregation = Aggregation.Ratio, RatioScale = 1, HigherIsBetter = true,
        },
        Sum(Carbon, "carbone", "Stock de carbone des sols et de la biomasse",
            "Carbone stocké dans les sols et la biomasse, somme des occupations du sol (surface × stock de référence de l'occupation).",
            "tC", CarbonSource, "https://aldo-carbone.ademe.fr/", true) with { HeadlineOrder = 5 },
        .. LandCovers.Select(c => Sum(CarbonOf(c.Code), "carbone", $"Stock de carbone : {c.Label}",
            $"Carbone stocké dans les sols et la biomasse des {c.Label} (surface × {c.StockPerHectare.ToString(CultureInfo.InvariantCulture)} tC/ha).",
            "tC", CarbonSource, "https://aldo-carbone.ademe.fr/", true) ),
        Sum(Rainwater, "eau", "Potentiel de récupération des eaux de pluie des toitures",
            "Volume d'eau de pluie récupérable chaque année sur les toitures : surface de toiture × pluviométrie annuelle × coefficient de " +
            "ruissellement (0,9).", "m³/an", RainSource, null, true),
        new()
        {
            Code = RainwaterPerInhabitant, Theme = "eau", Label = "Potentiel de récupération des eaux de pluie par habitant",
            Definition = "Volume d'eau de pluie récupérable chaque année sur les toitures rapporté à la population. Sur plusieurs communes : " +
                         "Σ volumes ÷ Σ habitants.",
            Unit = "m³/an/hab.", Decimals = 1, Source = RainSource,
            Aggregation = Aggregation.Ratio, RatioScale = 1, HigherIsBetter = true,
        },
    ];

    /// <summary>
    /// Demo water and rainwater figures from each commune's real population: 115 to 140 litres a day per inhabitant, a
    /// little lower each year (leak repairs, sober appliances), higher in 2022 (the dry summer); 28 to 45 m³ of rain a year per
    /// inhabitant on roofs, more in the villages (houses with larger roofs per inhabitant).
    /// </summary>
    public static IEnumerable<ValueRow> DemoValues(DemoTerritory territory)
    {
        foreach (var c in territory.Communes)
        {
            var random = new Randomizer(SeedOf(c.Id));
            var litres = random.Double(115, 140);
            for (var year = WaterFirst; year <= WaterLast; year++)
            {
                var dry = year == 2022 ? 1.04 : 1;
                var volume = Math.Round(c.Population * litres * Math.Pow(0.992, year - WaterFirst) * dry * random.Double(0.98, 1.02) / LitresPerDay);
                var period = Period(year);
                yield return new(Water, c.Id, period, volume, Vintage: DemoVintage);
                yield return Ratio(WaterPerInhabitant, c.Id, period, volume, c.Population, LitresPerDay);
            }
            var perInhabitant = c.Population < 2000 ? random.Double(36, 45) : random.Double(28, 38);
            var rain = Math.Round(c.Population * perInhabitant);
            yield return new(Rainwater, c.Id, Period(RainwaterYear), rain, Vintage: DemoVintage);
            yield return Ratio(RainwaterPerInhabitant, c.Id, Period(RainwaterYear), rain, c.Population, 1);
        }
    }

    /// <summary>
    /// Demo carbon stocks from a commune's area (hectares, from its current contour) and its population: the denser the
    /// commune, the more of it is built; the rest is mostly crops, some grassland and woods, a little wetland.
    /// </summary>
    public static IEnumerable<ValueRow> CarbonRows(string commune, int population, double hectares)
    {
        var random = new Randomizer(SeedOf(commune) ^ 0x434152);
        var density = population / Math.Max(1, hectares);
        var built = Math.Clamp((0.06 + (density * 0.025)) * random.Double(0.85, 1.15), 0.05, 0.8);
        var rest = 1 - built;
        var shares = new Dictionary<string, double>
        {
            ["forets"] = rest * random.Double(0.04, 0.18),
            ["prairies"] = rest * random.Double(0.1, 0.25),
            ["zones_humides"] = rest * random.Double(0, 0.04),
            ["sols_artificialises"] = built,
        };
        shares["cultures"] = 1 - shares.Values.Sum();
        var period = Period(CarbonYear);
        double total = 0;
        foreach (var (code, _, perHectare) in LandCovers)
        {
            var stock = Math.Round(hectares * shares[code] * perHectare);
            total += stock;
            yield return new(CarbonOf(code), commune, period, stock, Vintage: DemoVintage);
        }
        yield return new(Carbon, commune, period, total, Vintage: DemoVintage);
        yield return Ratio(CarbonPerHectare, commune, period, total, Math.Round(hectares, 2), 1);
    }

    private static ValueRow Ratio(string code, string territory, string period, double numerator, double denominator, double scale) =>
        new(code, territory, period, denominator == 0 ? null : Math.Round(scale * numerator / denominator, 3), numerator, denominator, Vintage: DemoVintage);

    private static string Period(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static int SeedOf(string id) => id.Aggregate(31, (hash, c) => unchecked((hash * 37) + c)) ^ 0x454e5649;
}
