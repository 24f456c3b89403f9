using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.Qpv;

/// <summary>A quartier prioritaire: its 2024 code, its name, the INSEE codes of the commune(s) it lies in, its population.</summary>
internal sealed record QpvEntry(string Code, string Name, IReadOnlyList<string> Communes, int Population);

/// <summary>
/// The demo QPVs, in the towns of the perimeter that have quartiers prioritaires: the names of the NPNRU quarters the
/// activity report follows (Mont Liébaut in Béthune, the Centre of Bruay-la-Buissière; Cité 12-14 in Lens, Calonne -
/// Marichelles - Vent de Bise in Liévin, République - Cité 4 in Avion) and a few others, with codes in the 2024 format
/// (QN + département + number + M) that are demo codes: the ANCT's file (POST /api/v1/imports/qpv) brings the real
/// ones. One straddles two communes (Sallaumines and Noyelles-sous-Lens), as real QPVs do. Their polygons are drawn
/// inside their communes' current contours (<see cref="PlaceAsync"/>), and drawn again when those change.
/// </summary>
internal static class DemoQpvs
{
    public const string Vintage = "Démonstration (QPV 2024)";

    public static readonly IReadOnlyList<QpvEntry> All =
    [
        new("QN06201M", "Mont Liébaut", ["62119"], 5_400),
        new("QN06202M", "Le Perroy", ["62119"], 2_300),
        new("QN06203M", "Centre", ["62178"], 4_800),
        new("QN06204M", "Cité 3 - Rimbert", ["62048"], 1_900),
        new("QN06205M", "Cité 12-14", ["62498"], 3_900),
        new("QN06206M", "Grande Résidence - Cité 9", ["62498"], 4_400),
        new("QN06207M", "Calonne - Marichelles - Vent de Bise", ["62510"], 6_200),
        new("QN06208M", "République - Cité 4", ["62065"], 4_100),
        new("QN06209M", "Cité 21 - Bellevue", ["62413"], 2_600),
        new("QN06210M", "Cités 4 et 5", ["62771", "62628"], 3_200),
        new("QN06211M", "Cité Darcy - Quartier Est", ["62427"], 4_700),
    ];

    /// <summary>
    /// Adds the demo QPVs whose communes are in the referential, unless real QPVs were imported; idempotent.
    /// Returns how many were added (their polygons are drawn by <see cref="PlaceAsync"/>).
    /// </summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var communes = (await connection.QueryAsync<string>("select code from platform.territory where level = 'commune'",
            transaction: transaction)).ToHashSet(StringComparer.Ordinal);
        var entries = All.Where(q => q.Communes.All(communes.Contains)).ToList();
        if (entries.Count == 0 || await connection.ExecuteScalarAsync<bool>(
                "select exists (select 1 from platform.territory where level = 'qpv' and geometry_source = 'imported')", transaction: transaction))
            return 0;
        var added = 0;
        foreach (var q in entries)
        {
            var names = FrenchNames.For(TerritoryId.Qpv, q.Name, FrenchArticle.Le, "quartier " + q.Name);
            added += await connection.ExecuteAsync("""
                insert into platform.territory (id, level, code, name, population, source_vintage, name_of, name_to, name_in)
                values (@Id, 'qpv', @Code, @Name, @Population, @Vintage, @Of, @To, @In)
                on conflict (id) do nothing
                """, new { Id = $"qpv:{q.Code}", q.Code, q.Name, q.Population, Vintage, names.Of, names.To, names.In }, transaction);
        }
        await SetMembershipsAsync(connection, transaction, entries);
        return added;
    }

    /// <summary>
    /// A QPV is a member of its communes and, flat, of everything they are members of (EPCI, groupements, département,
    /// région); it is nobody's parent. Its former memberships go.
    /// </summary>
    public static Task SetMembershipsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<QpvEntry> qpvs)
    {
        var pairs = qpvs.SelectMany(q => q.Communes.Select(c => (Qpv: $"qpv:{q.Code}", Commune: $"commune:{c}"))).ToList();
        return connection.ExecuteAsync(SqlResource.Get("Platform/Territories/Qpv/Memberships.sql"), new
        {
            Qpvs = qpvs.Select(q => $"qpv:{q.Code}").ToArray(),
            QpvIds = pairs.Select(p => p.Qpv).ToArray(),
            CommuneIds = pairs.Select(p => p.Commune).ToArray(),
        }, transaction);
    }

    /// <summary>Draws the demo (synthetic) QPVs inside their communes' current contours; returns how many were drawn.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.ExecuteAsync(SqlResource.Get("Platform/Territories/Qpv/PlaceDemoQpvs.sql"), transaction: transaction);
}
