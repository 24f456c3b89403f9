using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Sante.OffreSoins;

/// <summary>
/// Deterministic demo care points, in proportion to each commune's real population and consistent with the demo
/// indicators: one pharmacy per 3,000 inhabitants (France has about one per 3,200), one GP practice per two GPs of the
/// commune's demo density, a maison de santé from 5,000 inhabitants (two from 20,000), a health centre from 15,000, and
/// a hospital with an emergency service in the largest commune of each EPCI. Placed at random inside their commune.
/// </summary>
internal static class DemoCarePoints
{
    private static readonly string[] PharmacyNames =
        ["Pharmacie du Centre", "Pharmacie de la Gare", "Pharmacie de la Place", "Pharmacie des Écoles", "Grande Pharmacie", "Pharmacie de la Mairie"];

    /// <summary>The demo points of these communes: (id, name, category, commune).</summary>
    public static IReadOnlyList<(string Id, string Name, string Category, string Commune)> Generate(DemoTerritory territory)
    {
        var gps = DemoIndicators.Generate(territory)
            .Where(v => v.Indicator == SanteIndicators.DensiteGeneralistes && v.Period == DemoIndicators.LastYear.ToString(CultureInfo.InvariantCulture)
                        && v.TerritoryId.StartsWith("commune:", StringComparison.Ordinal))
            .ToDictionary(v => v.TerritoryId, v => (int)(v.Numerator ?? 0));
        var largest = territory.Communes.GroupBy(c => c.EpciId).Select(g => g.MaxBy(c => c.Population)!.Id).ToHashSet(StringComparer.Ordinal);
        var points = new List<(string, string, string, string)>();
        foreach (var commune in territory.Communes)
        {
            var faker = new Faker("fr") { Random = new Randomizer(DemoIndicators.SeedOf(commune.Id) ^ 0x4F464652) };
            var code = commune.Id["commune:".Length..];
            void Add(string category, int n, string name) => points.Add(($"demo-{category.Replace('_', '-')}-{code}-{n}", name, category, commune.Id));

            var pharmacies = commune.Population < 1_200 ? 0 : Math.Max(1, (int)Math.Round(commune.Population / 3_000.0));
            for (var i = 1; i <= pharmacies; i++)
                Add("pharmacie", i, $"{PharmacyNames[(i - 1) % PharmacyNames.Length]}{(i > PharmacyNames.Length ? $" {i}" : "")} – {commune.Name}");
            var practices = (gps.GetValueOrDefault(commune.Id) + 1) / 2;
            for (var i = 1; i <= practices; i++)
                Add("cabinet_generaliste", i, $"Cabinet médical du Dr {faker.Name.LastName()}");
            var msps = commune.Population >= 20_000 ? 2 : commune.Population >= 5_000 ? 1 : 0;
            for (var i = 1; i <= msps; i++)
                Add("msp", i, $"Maison de santé pluriprofessionnelle {(i == 1 ? "" : "des Quartiers ")}de {commune.Name}");
            if (commune.Population >= 15_000)
                Add("centre_sante", 1, $"Centre de santé de {commune.Name}");
            if (largest.Contains(commune.Id))
            {
                Add("hopital", 1, $"Centre hospitalier de {commune.Name}");
                Add("urgences", 1, $"Service d'urgences – Centre hospitalier de {commune.Name}");
            }
        }
        return points;
    }

    /// <summary>
    /// Inserts the demo points when the table is empty, then places them; returns how many were added. Once points are
    /// there (demo, or imported from FINESS) nothing is added: a second seed must not bring back what an import replaced.
    /// </summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from sante.care_point)", transaction: transaction))
            return 0;
        var points = Generate(territory);
        var added = await connection.ExecuteAsync("""
            insert into sante.care_point (id, name, category, commune_id, demo)
            select u.id, u.name, u.category, u.commune, true
            from unnest(@Ids, @Names, @Categories, @Communes) as u(id, name, category, commune)
            join platform.territory c on c.id = u.commune
            """, new
        {
            Ids = points.Select(p => p.Id).ToArray(),
            Names = points.Select(p => p.Name).ToArray(),
            Categories = points.Select(p => p.Category).ToArray(),
            Communes = points.Select(p => p.Commune).ToArray(),
        }, transaction, commandTimeout: 300);
        if (added > 0)
            await PlaceAsync(connection, transaction, [.. territory.Communes.Select(c => c.Id)]);
        return added;
    }

    /// <summary>Places the demo points of these communes inside their current contours (PlaceDemoCarePoints.sql); returns how many.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Sante/OffreSoins/PlaceDemoCarePoints.sql"),
            new { Communes = communes.ToArray() }, transaction, commandTimeout: 300);
}
