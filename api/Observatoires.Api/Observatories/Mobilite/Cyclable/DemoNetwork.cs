using System.Globalization;
using Bogus;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>
/// The deterministic demo network, to the national schema: about 0.5 km of segments per 1,000 inhabitants in the
/// communes of 1,500 inhabitants or more of the CABBALR and the CALL (Béthune, Bruay, Lens, Liévin...), a quarter of
/// that in the main towns of the other EPCIs; lanes and tracks in towns, greenways and shared paths in smaller
/// communes; mostly in service. Each segment is drawn inside its commune (PlaceDemoFacilities.sql). The communes of
/// 3,000 inhabitants or more of the two agglomerations get a priority route, part of whose segments are built. The
/// indicators are then computed from them.
/// </summary>
internal static class DemoNetwork
{
    private const string Cabbalr = "epci:200072460", Call = "epci:246200364";
    public const string Source = "AULA (données de démonstration)";

    private sealed record Segment(string IdLocal, string Commune, string[]? NomLoc, string? ReseauLoc, Side Right, Side Left, string? AccessAme,
        DateOnly DateMaj, int? TraficVit, bool? Lumiere, double? DService, int Seed, double Azimuth, double LengthM);

    private sealed record Side(string Ame, string? Regime, string? Sens, double? Largeur, string? Local, string? Statut, string? Revet);

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from mobilite.cycle_facility)", transaction: transaction))
            return 0;
        var faker = new Faker("fr") { Random = new Randomizer(0x56454C4F) };
        var segments = new List<Segment>();
        var routes = new List<(string Commune, string Name, double Share)>();
        foreach (var epci in territory.Communes.GroupBy(c => c.EpciId))
        {
            var agglomeration = epci.Key is Cabbalr or Call;
            var communes = agglomeration
                ? epci.Where(c => c.Population >= 1500).OrderByDescending(c => c.Population).ToList()
                : [.. epci.OrderByDescending(c => c.Population).Take(3)];
            foreach (var commune in communes)
            {
                var code = commune.Id["commune:".Length..];
                var town = commune.Population >= 10_000;
                string? route = agglomeration && commune.Population >= 3000 ? $"Itinéraire prioritaire {commune.Name}" : null;
                if (route is not null)
                    routes.Add((commune.Id, route, faker.Random.Double(0.25, 0.95)));
                var targetM = commune.Population * (agglomeration ? 0.5 : 0.12);
                for (var drawn = 0.0; drawn < targetM;)
                {
                    var segment = Draw(faker, code, segments.Count(s => s.Commune == commune.Id) + 1, commune.Id, town, route);
                    segments.Add(segment);
                    drawn += segment.LengthM;
                }
            }
        }

        // Inserted as a short line at the commune's centre, then drawn from its contour like after a contour import.
        await connection.ExecuteAsync(SqlResource.Get("Observatories/Mobilite/Cyclable/InsertDemoFacilities.sql"), new
        {
            IdLocal = segments.Select(s => s.IdLocal).ToArray(),
            Code = segments.Select(s => s.Commune["commune:".Length..]).ToArray(),
            // One text per segment: nom_loc is an array, and arrays of arrays must be rectangular.
            NomLoc = segments.Select(s => s.NomLoc is null ? null : string.Join('\u001f', s.NomLoc)).ToArray(),
            ReseauLoc = segments.Select(s => s.ReseauLoc).ToArray(),
            AmeD = segments.Select(s => s.Right.Ame).ToArray(),
            RegimeD = segments.Select(s => s.Right.Regime).ToArray(),
            SensD = segments.Select(s => s.Right.Sens).ToArray(),
            LargeurD = segments.Select(s => s.Right.Largeur).ToArray(),
            LocalD = segments.Select(s => s.Right.Local).ToArray(),
            StatutD = segments.Select(s => s.Right.Statut).ToArray(),
            RevetD = segments.Select(s => s.Right.Revet).ToArray(),
            AmeG = segments.Select(s => s.Left.Ame).ToArray(),
            RegimeG = segments.Select(s => s.Left.Regime).ToArray(),
            SensG = segments.Select(s => s.Left.Sens).ToArray(),
            LargeurG = segments.Select(s => s.Left.Largeur).ToArray(),
            LocalG = segments.Select(s => s.Left.Local).ToArray(),
            StatutG = segments.Select(s => s.Left.Statut).ToArray(),
            RevetG = segments.Select(s => s.Left.Revet).ToArray(),
            AccessAme = segments.Select(s => s.AccessAme).ToArray(),
            DateMaj = segments.Select(s => s.DateMaj.ToDateTime(TimeOnly.MinValue)).ToArray(),
            TraficVit = segments.Select(s => s.TraficVit).ToArray(),
            Lumiere = segments.Select(s => s.Lumiere).ToArray(),
            DService = segments.Select(s => s.DService).ToArray(),
            Seed = segments.Select(s => s.Seed).ToArray(),
            Azimuth = segments.Select(s => s.Azimuth).ToArray(),
            LengthM = segments.Select(s => s.LengthM).ToArray(),
            Source,
        }, transaction);
        await PlaceAsync(connection, transaction, [.. segments.Select(s => s.Commune).Distinct()]);

        // The planned length of each priority route: what its segments in service give, over the share drawn; a route
        // none of whose segments is in service yet is planned at 1 to 3 km.
        await connection.ExecuteAsync("""
            insert into mobilite.priority_route (commune_id, name, planned_km, updated_by)
            select r.commune, r.name,
                   greatest(0.1, round((case when b.km > 0 then b.km / r.share else 1 + 2 * r.share end)::numeric, 1))::double precision,
                   'démonstration'
            from unnest(@Communes, @Names, @Shares) as r (commune, name, share)
            cross join lateral (
                select coalesce(sum(st_length(f.geom::geography)) / 1000, 0) as km from mobilite.cycle_facility f
                where r.name = any (f.nom_loc) and 'commune:' || f.code_com_d = r.commune and f.statut_d = 'EN SERVICE') b
            """, new
        {
            Communes = routes.Select(r => r.Commune).ToArray(),
            Names = routes.Select(r => r.Name).ToArray(),
            Shares = routes.Select(r => r.Share).ToArray(),
        }, transaction);
        await CyclableIndicators.RecomputeAsync(connection, transaction);
        return segments.Count + routes.Count;
    }

    /// <summary>Draws the demo segments of these communes inside their current contours: at seeding, and after a contour import.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Mobilite/Cyclable/PlaceDemoFacilities.sql"),
            new { Communes = communes.ToArray() }, transaction);

    private static Segment Draw(Faker faker, string code, int number, string commune, bool town, string? route)
    {
        var family = town
            ? faker.Random.WeightedRandom(["bande", "piste", "double_sens", "voie_verte", "partage", "autre"], [0.3f, 0.24f, 0.15f, 0.08f, 0.2f, 0.03f])
            : faker.Random.WeightedRandom(["bande", "piste", "double_sens", "voie_verte", "partage", "autre"], [0.18f, 0.25f, 0.04f, 0.3f, 0.2f, 0.03f]);
        var statut = faker.Random.WeightedRandom<string?>(["EN SERVICE", "EN TRAVAUX", "PROVISOIRE", null], [0.86f, 0.06f, 0.05f, 0.03f]);
        var regime = family == "voie_verte" ? "HORS AGGLOMERATION" : faker.Random.WeightedRandom(["EN AGGLOMERATION", "ZONE 30"], [0.7f, 0.3f]);
        var none = new Side("AUCUN", null, null, null, null, null, null);
        Side Lane(string ame, string sens, string local, double minWidth, double maxWidth) =>
            new(ame, regime, sens, Math.Round(faker.Random.Double(minWidth, maxWidth), 1), local, statut,
                family == "voie_verte" ? faker.Random.WeightedRandom(["LISSE", "RUGUEUX"], [0.7f, 0.3f]) : "LISSE");
        (Side Right, Side Left) sides = family switch
        {
            "bande" => (Lane("BANDE CYCLABLE", "UNIDIRECTIONNEL", "CHAUSSEE", 1.2, 1.8), Lane("BANDE CYCLABLE", "UNIDIRECTIONNEL", "CHAUSSEE", 1.2, 1.8)),
            "piste" when faker.Random.Bool(0.6f) => (Lane("PISTE CYCLABLE", "BIDIRECTIONNEL", "TROTTOIR", 2.5, 3.2), none),
            "piste" => (Lane("PISTE CYCLABLE", "UNIDIRECTIONNEL", "INTERMEDIAIRE", 1.5, 2), Lane("PISTE CYCLABLE", "UNIDIRECTIONNEL", "INTERMEDIAIRE", 1.5, 2)),
            "double_sens" => (Lane(faker.Random.WeightedRandom(["DOUBLE SENS CYCLABLE BANDE", "DOUBLE SENS CYCLABLE NON MATERIALISE", "DOUBLE SENS CYCLABLE PISTE"],
                [0.5f, 0.4f, 0.1f]), "UNIDIRECTIONNEL", "CHAUSSEE", 1, 1.5), none),
            "voie_verte" => (Lane("VOIE VERTE", "BIDIRECTIONNEL", "CHAUSSEE", 3, 4), none),
            "partage" => faker.Random.WeightedRandom(["VELO RUE", "COULOIR BUS+VELO", "AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE",
                "CHAUSSEE A VOIE CENTRALE BANALISEE", "ACCOTEMENT REVETU HORS CVCB"], town ? [0.15f, 0.3f, 0.4f, 0.1f, 0.05f] : [0.05f, 0f, 0.45f, 0.25f, 0.25f]) switch
            {
                "AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE" => (Lane("AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE", "BIDIRECTIONNEL", "TROTTOIR", 2.5, 3), none),
                var ame => (Lane(ame, "UNIDIRECTIONNEL", "CHAUSSEE", 1, 3.5), Lane(ame, "UNIDIRECTIONNEL", "CHAUSSEE", 1, 3.5)),
            },
            _ => (Lane("AUTRE", "BIDIRECTIONNEL", "TROTTOIR", 1.5, 2.5), none),
        };
        var structuring = faker.Random.Bool(town ? 0.4f : 0.25f);
        var onRoute = route is not null && faker.Random.Bool(0.35f);
        return new Segment(
            $"AULA-{code}-{number.ToString("D3", CultureInfo.InvariantCulture)}",
            commune,
            onRoute ? [route!] : family == "voie_verte" ? ["Véloroute de l'Artois"] : null,
            onRoute || structuring ? "Structurant" : family == "voie_verte" ? "REV" : faker.Random.Bool(0.5f) ? "Autre" : null,
            sides.Right,
            sides.Left,
            family == "voie_verte" ? "VTC" : null,
            DateOnly.FromDateTime(faker.Date.Between(new DateTime(2022, 1, 1), new DateTime(2024, 12, 31))),
            family == "voie_verte" ? null : regime == "ZONE 30" ? 30 : faker.Random.WeightedRandom([50, 70, 80], [0.8f, 0.12f, 0.08f]),
            town ? faker.Random.Bool(0.8f) : faker.Random.Bool(0.3f),
            statut == "EN SERVICE" ? faker.Random.Number(2003, 2024) : null,
            faker.Random.Number(1, int.MaxValue),
            faker.Random.Double(0, 2 * Math.PI),
            family == "voie_verte" ? faker.Random.Double(1200, 3000) : faker.Random.Double(250, 1200));
    }
}
