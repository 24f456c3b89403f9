using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.PolitiqueVille;

/// <summary>
/// The two NPNRU programmes the activity report follows: the CABBALR's (Mont Liébaut in Béthune and the Centre of
/// Bruay-la-Buissière) and the CALL's intercommunal one (Cité 12-14 in Lens, Calonne - Marichelles - Vent de Bise in
/// Liévin, République - Cité 4 in Avion), with a 2018 T0 (demo: the real T0 is the programme's).
/// </summary>
internal static class DemoProgrammes
{
    public const string Cabbalr = "npnru-cabbalr", Call = "npnru-call";

    private static readonly (string Id, string Name, string Epci, string[] Qpvs)[] All =
    [
        (Cabbalr, "NPNRU de la CABBALR : Mont Liébaut (Béthune) et Centre (Bruay-la-Buissière)", "epci:200072460",
            ["qpv:QN06201M", "qpv:QN06203M"]),
        (Call, "NPNRU intercommunal de la CALL : Cité 12-14, Calonne - Marichelles - Vent de Bise, République - Cité 4", "epci:246200364",
            ["qpv:QN06205M", "qpv:QN06207M", "qpv:QN06208M"]),
    ];

    public const int T0Year = 2018;

    /// <summary>Adds the programmes whose QPVs exist, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var added = 0;
        foreach (var (id, name, epci, qpvs) in All)
        {
            if (await connection.ExecuteScalarAsync<int>("select count(*) from platform.territory where id = any(@qpvs)", new { qpvs }, transaction) != qpvs.Length)
                continue;
            var inserted = await connection.ExecuteAsync("""
                insert into politique_ville.npnru_programme (id, name, epci_id, t0_year, demo, updated_by)
                values (@id, @name, @epci, @T0Year, true, 'demo') on conflict (id) do nothing
                """, new { id, name, epci, T0Year }, transaction);
            if (inserted == 0)
                continue;
            added += inserted + await connection.ExecuteAsync(
                "insert into politique_ville.npnru_programme_qpv (programme_id, qpv_id) select @id, unnest(@qpvs)", new { id, qpvs }, transaction);
        }
        return added;
    }
}
