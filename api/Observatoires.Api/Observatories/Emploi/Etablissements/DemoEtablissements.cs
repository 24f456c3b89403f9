using Bogus;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Emploi.Etablissements;

/// <summary>
/// Deterministic demo establishments: as many per commune as its demo value of emploi.etablissements_employeurs
/// in the last year, so that the layer and the indicator tell the same story; placed at random inside the commune.
/// </summary>
internal static class DemoEtablissements
{
    // NAF sections with their weight among small-town employers (commerce, construction and services first).
    private static readonly (string Section, string Label, float Weight)[] Sections =
    [
        ("A", "Agriculture, sylviculture et pêche", 0.05f), ("C", "Industrie manufacturière", 0.08f),
        ("F", "Construction", 0.14f), ("G", "Commerce ; réparation d'automobiles", 0.22f),
        ("H", "Transports et entreposage", 0.05f), ("I", "Hébergement et restauration", 0.10f),
        ("J", "Information et communication", 0.02f), ("K", "Activités financières et d'assurance", 0.03f),
        ("L", "Activités immobilières", 0.03f), ("M", "Activités spécialisées, scientifiques et techniques", 0.08f),
        ("N", "Activités de services administratifs et de soutien", 0.05f), ("Q", "Santé humaine et action sociale", 0.09f),
        ("S", "Autres activités de services", 0.06f),
    ];

    private static readonly (string Band, float Weight)[] SizeBands =
    [
        ("1-2", 0.38f), ("3-5", 0.25f), ("6-9", 0.14f), ("10-19", 0.11f), ("20-49", 0.07f), ("50-99", 0.03f),
        ("100-249", 0.015f), ("250+", 0.005f),
    ];

    private static int HeadcountIn(string band, Randomizer random) => band switch
    {
        "250+" => random.Number(250, 900),
        _ when band.Split('-') is [var low, var high] => random.Number(int.Parse(low, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(high, System.Globalization.CultureInfo.InvariantCulture)),
        _ => 1,
    };

    /// <summary>Inserts the establishments that are not there yet; returns how many.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var counts = DemoData.Generate(territory)
            .Where(v => v is { Indicator: "emploi.etablissements_employeurs", Period: "2024" } && v.TerritoryId.StartsWith("commune:", StringComparison.Ordinal))
            .ToDictionary(v => v.TerritoryId, v => (int)(v.Value ?? 0));

        await connection.ExecuteAsync("""
            create temporary table etablissement_staging (
                id integer, siret text, name text, naf_section text, sector text, size_band text, headcount integer,
                commune_id text, created_on date)
            on commit drop
            """, transaction: transaction);
        await using (var copy = await connection.BeginBinaryImportAsync("copy etablissement_staging from stdin (format binary)"))
        {
            var id = 0;
            foreach (var commune in territory.Communes)
            {
                var faker = new Faker("fr") { Random = new Randomizer(DemoData.SeedOf(commune.Id) ^ 0x45544142) };
                for (var i = 0; i < counts.GetValueOrDefault(commune.Id); i++)
                {
                    id++;
                    var (section, label, _) = faker.Random.WeightedRandom(Sections, [.. Sections.Select(s => s.Weight)]);
                    var band = faker.Random.WeightedRandom([.. SizeBands.Select(b => b.Band)], [.. SizeBands.Select(b => b.Weight)]);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Integer);
                    // A SIREN of the 9xx range (not attributed to real companies) and an establishment number.
                    await copy.WriteAsync($"9{id:D8}{faker.Random.Number(10000, 99999)}", NpgsqlDbType.Text);
                    await copy.WriteAsync(faker.Company.CompanyName(), NpgsqlDbType.Text);
                    await copy.WriteAsync(section, NpgsqlDbType.Text);
                    await copy.WriteAsync(label, NpgsqlDbType.Text);
                    await copy.WriteAsync(band, NpgsqlDbType.Text);
                    await copy.WriteAsync(HeadcountIn(band, faker.Random), NpgsqlDbType.Integer);
                    await copy.WriteAsync(commune.Id, NpgsqlDbType.Text);
                    // Most employers are recent: creations spread over 1960–2024, denser towards today.
                    var age = (int)Math.Round(64 * Math.Pow(faker.Random.Double(), 2.2));
                    await copy.WriteAsync(new DateOnly(2024 - age, 1, 1).AddDays(faker.Random.Number(0, 364)), NpgsqlDbType.Date);
                }
            }
            await copy.CompleteAsync();
        }
        // Inserted where the commune is, then placed from its contour like after a contour import (PlaceAsync).
        var added = await connection.ExecuteAsync("""
            insert into emploi.etablissement (id, siret, name, naf_section, sector, size_band, headcount, commune_id, created_on, demo, geom)
            select s.id, s.siret, s.name, s.naf_section, s.sector, s.size_band, s.headcount, s.commune_id, s.created_on, true,
                   st_pointonsurface(c.geom)
            from etablissement_staging s
            join platform.territory c on c.id = s.commune_id and c.geom is not null
            on conflict (id) do nothing
            """, transaction: transaction, commandTimeout: 300);
        if (added > 0)
            await PlaceAsync(connection, transaction, [.. territory.Communes.Select(c => c.Id)]);
        return added;
    }

    /// <summary>
    /// Places the demo establishments of these communes at seeded random points inside their current contours
    /// (PlaceDemoEtablissements.sql): at seeding, and after a contour import. Others never move. Returns how many.
    /// </summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Emploi/Etablissements/PlaceDemoEtablissements.sql"),
            new { Communes = communes.ToArray() }, transaction, commandTimeout: 300);
}
