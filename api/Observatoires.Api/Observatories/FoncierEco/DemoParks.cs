using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.FoncierEco;

/// <summary>
/// Deterministic demo parks: 42 in the CABBALR (as the report counts) and about 20 in the other EPCIs, 5 to 80 ha,
/// cut into lots (a Voronoi partition of the park, so the lots cover it exactly), mostly occupied.
/// </summary>
internal static class DemoParks
{
    private const string Cabbalr = "epci:200072460";

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from foncier_eco.zae)", transaction: transaction))
            return 0;
        var faker = new Faker("fr") { Random = new Randomizer(0x5A414520) };
        var parks = new List<(int Id, string Name, string Commune, string Type, double AreaHa, int Lots)>();
        foreach (var (epci, count) in territory.Communes.GroupBy(c => c.EpciId).Select(g => (g.Key, g.Key == Cabbalr ? 42 : 5)))
        {
            // Parks go to the larger communes of the EPCI.
            var communes = territory.Communes.Where(c => c.EpciId == epci).OrderByDescending(c => c.Population).Take(Math.Max(3, count)).ToList();
            for (var i = 0; i < count; i++)
            {
                var commune = communes[i % communes.Count];
                var type = faker.Random.WeightedRandom(["activites", "industrielle", "commerciale", "logistique", "mixte"], [0.4f, 0.2f, 0.15f, 0.1f, 0.15f]);
                var label = type switch
                {
                    "industrielle" => "Zone industrielle",
                    "commerciale" => "Zone commerciale",
                    "logistique" => "Parc logistique",
                    _ => "Zone d'activités",
                };
                parks.Add((parks.Count + 1, $"{label} {faker.Address.StreetName().Replace("Rue ", "", StringComparison.Ordinal)}", commune.Id, type,
                    faker.Random.Double(5, type == "logistique" ? 80 : 40), faker.Random.Number(3, 14)));
            }
        }

        // Inserted where the commune is, then placed from its contour like after a contour import (PlaceAsync).
        await connection.ExecuteAsync("""
            insert into foncier_eco.zae (id, name, commune_id, type, demo_area_ha, geom)
            select p.id, p.name, p.commune, p.type, p.area_ha, st_multi(st_buffer(st_pointonsurface(c.geom), 0.001))
            from unnest(@Ids, @Names, @Communes, @Types, @Areas) as p(id, name, commune, type, area_ha)
            join platform.territory c on c.id = p.commune;
            insert into foncier_eco.lot_version (lot_id, version, zae_id, status, geom, valid_from, changed_by)
            select z.id * 100 + n, 1, z.id, 'occupe', z.geom, timestamptz '2024-01-01', 'démonstration'
            from foncier_eco.zae z
            join unnest(@Ids, @Lots) as p(id, lots) on p.id = z.id
            cross join lateral generate_series(1, p.lots) as n;
            """, new
        {
            Ids = parks.Select(p => p.Id).ToArray(),
            Names = parks.Select(p => p.Name).ToArray(),
            Communes = parks.Select(p => p.Commune).ToArray(),
            Types = parks.Select(p => p.Type).ToArray(),
            Areas = parks.Select(p => p.AreaHa).ToArray(),
            Lots = parks.Select(p => p.Lots).ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. parks.Select(p => p.Commune).Distinct()]);

        // Statuses and occupants, drawn per lot.
        var lots = (await connection.QueryAsync<int>("select lot_id from foncier_eco.lot_version order by lot_id", transaction: transaction)).ToList();
        var statuses = new List<string>();
        var names = new List<string?>();
        var sirets = new List<string?>();
        foreach (var lot in lots)
        {
            var status = faker.Random.WeightedRandom(
                ["occupe", "disponible_amenage", "reserve_non_amenagee", "friche", "en_commercialisation"], [0.62f, 0.1f, 0.1f, 0.05f, 0.13f]);
            statuses.Add(status);
            names.Add(status == "occupe" ? faker.Company.CompanyName() : null);
            sirets.Add(status == "occupe" ? $"8{lot:D8}{faker.Random.Number(10000, 99999)}" : null);
        }
        await connection.ExecuteAsync("""
            update foncier_eco.lot_version l set status = s.status, occupant_name = s.name, occupant_siret = s.siret
            from unnest(@lots, @statuses, @names, @sirets) as s(lot_id, status, name, siret)
            where l.lot_id = s.lot_id
            """, new { lots = lots.ToArray(), statuses = statuses.ToArray(), names = names.ToArray(), sirets = sirets.ToArray() }, transaction);
        return parks.Count + lots.Count;
    }

    /// <summary>
    /// Places the demo parks of these communes and their lots inside their current contours (PlaceDemoParks.sql): at
    /// seeding, and after a contour import. Real parks, and parks with a lot an editor wrote, never move.
    /// </summary>
    public static async Task<(int Parks, int Lots)> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyCollection<string> communes) =>
        await connection.QuerySingleAsync<(int, int)>(SqlResource.Get("Observatories/FoncierEco/PlaceDemoParks.sql"),
            new { Communes = communes.ToArray() }, transaction);
}
