using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Zan;

/// <summary>
/// Deterministic land take 2011–2024 at the magnitudes of the national files: a few tenths of a hectare a year in a
/// village (none some years), several hectares in the towns, mostly housing, slowing down after 2015.
/// </summary>
internal static class DemoConsumption
{
    public const int FirstYear = 2011, LastYear = 2024;

    private static readonly (string Destination, double Share)[] Destinations =
        [("habitat", 0.6), ("activite", 0.25), ("mixte", 0.03), ("route", 0.07), ("ferre", 0.01), ("inconnu", 0.04)];

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from zan.consumption)", transaction: transaction))
            return 0;
        var rows = new List<(string Commune, int Year, string Destination, double Ha)>();
        foreach (var commune in territory.Communes)
        {
            var random = new Randomizer(commune.Id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) ^ 0x5A414E);
            var base2011 = (0.3 + (commune.Population / 4000.0)) * random.Double(0.6, 1.4);
            for (var year = FirstYear; year <= LastYear; year++)
            {
                if (commune.Population < 1000 && random.Bool(0.3f))
                    continue;
                var trend = year <= 2015 ? 1.1 : Math.Pow(0.96, year - 2015);
                foreach (var (destination, share) in Destinations)
                {
                    var ha = Math.Round(base2011 * trend * share * random.Double(0.5, 1.5), 3);
                    if (ha > 0)
                        rows.Add((commune.Id, year, destination, ha));
                }
            }
        }
        await connection.ExecuteAsync("""
            insert into zan.consumption (commune_id, year, destination, hectares)
            select * from unnest(@Communes, @Years, @Destinations, @Hectares)
            """, new
        {
            Communes = rows.Select(r => r.Commune).ToArray(),
            Years = rows.Select(r => r.Year).ToArray(),
            Destinations = rows.Select(r => r.Destination).ToArray(),
            Hectares = rows.Select(r => r.Ha).ToArray(),
        }, transaction);

        // The yearly total as a platform indicator, for maps, series and profiles (0 where nothing was consumed).
        var totals = rows.GroupBy(r => (r.Commune, r.Year)).ToDictionary(g => g.Key, g => g.Sum(r => r.Ha));
        await ValueWriter.WriteAsync(connection, transaction,
            from c in territory.Communes
            from year in Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            select new ValueRow("zan.consommation_ha", c.Id, year.ToString(CultureInfo.InvariantCulture),
                Math.Round(totals.GetValueOrDefault((c.Id, year)), 3), Status: ValueStatus.Definitive, Vintage: "Fichiers fonciers (démonstration)"));
        return rows.Count;
    }
}
