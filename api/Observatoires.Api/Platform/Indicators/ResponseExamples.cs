namespace Observatoires.Api.Platform.Indicators;

/// <summary>
/// The OpenAPI document's response examples, on one indicator the report publishes: the CABBALR's private
/// employees (49,556 in 2023, +7.9 % over 2018–2023).
/// </summary>
internal static class ResponseExamples
{
    public static IndicatorSummary PrivateJobs { get; } = new("emploi.salaries_prives", "Salariés du secteur privé", "salariés", 0,
        "emploi", "emploi", "year", "sum", true, "URSSAF, effectifs salariés du secteur privé", "https://open.urssaf.fr",
        "Licence Ouverte / Open Licence 2.0 (Etalab)", "public");

    public static TerritoryRef Cabbalr { get; } = new("epci:200072460", "epci", "CA de Béthune-Bruay, Artois-Lys Romane",
        new("de la CA de Béthune-Bruay, Artois-Lys Romane", "à la CA de Béthune-Bruay, Artois-Lys Romane", "dans la CA de Béthune-Bruay, Artois-Lys Romane"));

    public static GetValues.Response Values { get; } = new(PrivateJobs, "2023", null,
        new(Cabbalr, 49_556, "definitive", new(100, 100, 100)), 2,
        [
            new(new("commune:62119", "commune", "Béthune", new("de Béthune", "à Béthune", "à Béthune")), 11_874, null, null, "definitive", 1, Cabbalr.Id, -37_682, null),
            new(new("commune:62676", "commune", "Quernes", new("de Quernes", "à Quernes", "à Quernes")), null, null, null, "secret", null, Cabbalr.Id, null, null),
        ]);

    public static GetSeries.Response Series { get; } = new(PrivateJobs, "2018", null,
    [
        new(Cabbalr, 0.0153, new(100, 100, 100),
        [
            new("2018", 45_928, "definitive", 100, null),
            new("2022", 49_210, "definitive", 107.1, 0.021),
            new("2023", 49_556, "definitive", 107.9, 0.007),
        ]),
    ]);
}
