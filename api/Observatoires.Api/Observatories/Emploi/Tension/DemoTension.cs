using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Emploi.Tension;

/// <summary>
/// Deterministic demo BMO tables 2022–2024 for every EPCI: the occupations the report zooms on (metallurgy, building
/// trades, care, logistics, catering), their projects in proportion to the EPCI's population and their usual share of
/// difficult recruitments (care and building trades above 70 %, handling and retail below 50 %).
/// </summary>
internal static class DemoTension
{
    public const int FirstYear = 2022, LastYear = 2024;

    /// <param name="Projects">Recruitment projects a year per 100,000 inhabitants.</param>
    /// <param name="Difficult">Usual share judged difficult.</param>
    /// <param name="Seasonal">Usual share of seasonal projects.</param>
    private sealed record Occupation(string Code, string Label, string Sector, double Projects, double Difficult, double Seasonal);

    private static readonly Occupation[] Occupations =
    [
        new("metallurgie", "Ouvriers qualifiés de la métallurgie et de la sidérurgie", "industrie", 45, 0.72, 0.02),
        new("soudeurs", "Soudeurs", "industrie", 25, 0.80, 0.02),
        new("maintenance", "Techniciens et agents de maintenance industrielle", "industrie", 35, 0.74, 0.03),
        new("boulangers", "Boulangers, pâtissiers", "industrie", 30, 0.70, 0.05),
        new("agroalimentaire", "Ouvriers non qualifiés des industries agroalimentaires", "industrie", 60, 0.45, 0.30),
        new("macons", "Maçons", "construction", 35, 0.78, 0.04),
        new("electriciens", "Électriciens du bâtiment", "construction", 25, 0.76, 0.03),
        new("chauffagistes", "Plombiers, chauffagistes, installateurs thermiques et de climatisation", "construction", 22, 0.81, 0.03),
        new("couvreurs", "Couvreurs", "construction", 12, 0.83, 0.05),
        new("aides_soignants", "Aides-soignants", "sante_social", 75, 0.74, 0.08),
        new("infirmiers", "Infirmiers", "sante_social", 45, 0.71, 0.05),
        new("aides_domicile", "Aides à domicile et aides ménagères", "sante_social", 95, 0.79, 0.06),
        new("ash", "Agents de service hospitaliers", "sante_social", 50, 0.55, 0.12),
        new("conducteurs_routiers", "Conducteurs routiers", "logistique", 55, 0.77, 0.05),
        new("manutention", "Ouvriers non qualifiés de l'emballage et de la manutention", "logistique", 105, 0.38, 0.20),
        new("caristes", "Conducteurs d'engins de levage (caristes)", "logistique", 35, 0.52, 0.08),
        new("cuisiniers", "Cuisiniers", "commerce_hotellerie", 45, 0.68, 0.30),
        new("serveurs", "Serveurs de cafés et de restaurants", "commerce_hotellerie", 65, 0.58, 0.45),
        new("vendeurs", "Vendeurs en produits alimentaires", "commerce_hotellerie", 55, 0.40, 0.15),
        new("entretien", "Agents d'entretien de locaux", "services", 105, 0.42, 0.10),
        new("securite", "Agents de sécurité et de surveillance", "services", 25, 0.55, 0.10),
    ];

    // Hiring fell back slightly in 2024 after the post-Covid peak.
    private static readonly double[] YearFactor = [1.0, 1.06, 0.97];

    /// <summary>Inserts the EPCIs' tables not there yet; returns how many rows.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var rows = new List<(string Epci, int Year, string Occupation, string Label, string Sector, int Projects, int Difficult, int Seasonal)>();
        foreach (var epci in territory.Communes.GroupBy(c => c.EpciId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var population = epci.Sum(c => c.Population);
            var random = new Randomizer(DemoData.SeedOf(epci.Key) ^ 0x424D4F31);
            foreach (var o in Occupations)
            {
                // Each EPCI has its own mix (an industrial valley, a rural area with care needs) and its own difficulty.
                var weight = random.Double(0.6, 1.4);
                var difficulty = o.Difficult * random.Double(0.88, 1.1);
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    var projects = (int)Math.Round(o.Projects * population / 100_000 * weight * YearFactor[year - FirstYear] * random.Double(0.9, 1.1));
                    var difficult = Math.Min(projects, (int)Math.Round(projects * difficulty * random.Double(0.95, 1.05)));
                    var seasonal = Math.Min(projects, (int)Math.Round(projects * o.Seasonal * random.Double(0.8, 1.2)));
                    rows.Add((epci.Key, year, o.Code, o.Label, o.Sector, projects, difficult, seasonal));
                }
            }
        }
        return await connection.ExecuteAsync("""
            insert into emploi.recruitment_need (epci_id, year, occupation, label, sector, projects, difficult, seasonal, demo)
            select e, y, o, l, s, p, d, n, true
            from unnest(@Epcis, @Years, @Occupations, @Labels, @Sectors, @Projects, @Difficult, @Seasonal) as r(e, y, o, l, s, p, d, n)
            on conflict do nothing
            """, new
        {
            Epcis = rows.Select(r => r.Epci).ToArray(),
            Years = rows.Select(r => r.Year).ToArray(),
            Occupations = rows.Select(r => r.Occupation).ToArray(),
            Labels = rows.Select(r => r.Label).ToArray(),
            Sectors = rows.Select(r => r.Sector).ToArray(),
            Projects = rows.Select(r => r.Projects).ToArray(),
            Difficult = rows.Select(r => r.Difficult).ToArray(),
            Seasonal = rows.Select(r => r.Seasonal).ToArray(),
        }, transaction);
    }
}
