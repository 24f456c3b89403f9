using Dapper;
using Npgsql;
using NpgsqlTypes;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>
/// Writes checked BAAC files in a write's transaction: each year the files hold replaces that year (its accidents,
/// demo or imported, are deleted first), only the accidents of the referential's communes are kept, and the
/// indicators are recomputed.
/// </summary>
internal static class BaacImport
{
    /// <param name="Years">The years the files hold, each replaced.</param>
    /// <param name="Replaced">Accidents of those years deleted before the import.</param>
    /// <param name="Outside">Accidents of the files in communes outside the agency's territory, not kept.</param>
    /// <param name="PlacedAtCommuneCentre">Kept accidents without coordinates, placed at their commune's centre.</param>
    internal sealed record Result(IReadOnlyList<int> Years, int Accidents, int Vehicles, int Users, int Replaced, int Outside, int PlacedAtCommuneCentre);

    public static Task<HashSet<short>> VehicleCategoriesAsync(NpgsqlConnection connection) =>
        connection.QueryAsync<short>("select code from mobilite.vehicle_category").ContinueWith(t => t.Result.ToHashSet(), TaskScheduler.Default);

    public static async Task<Result> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, BaacFiles files, CancellationToken ct)
    {
        var communes = (await connection.QueryAsync<string>("select code from platform.territory where level = 'commune'", transaction: transaction))
            .ToHashSet(StringComparer.Ordinal);
        var kept = files.Accidents.Values.Where(a => communes.Contains(a.CommuneCode)).ToList();
        var keptNumbers = kept.Select(a => a.NumAcc).ToHashSet(StringComparer.Ordinal);
        var years = files.Accidents.Values.Select(a => (int)a.Year).Distinct().Order().ToList();

        // Writers of accidents queue: two imports of the same year would both delete, then both insert.
        await connection.ExecuteAsync("lock table mobilite.accident in share row exclusive mode", transaction: transaction);
        var replaced = await connection.ExecuteAsync("delete from mobilite.accident where year = any(@Years)",
            new { Years = years.Select(y => (short)y).ToArray() }, transaction);

        await connection.ExecuteAsync("""
            create temporary table baac_accident (num_acc text, year smallint, occurred_at timestamp, commune_id text, lon float8, lat float8,
                agglomeration boolean, intersection smallint, lighting smallint, weather smallint, collision smallint, road_category smallint,
                address text) on commit drop
            """, transaction: transaction);
        await using (var copy = await connection.BeginBinaryImportAsync("copy baac_accident from stdin (format binary)", ct))
        {
            foreach (var a in kept)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(a.NumAcc, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(a.Year, NpgsqlDbType.Smallint, ct);
                await copy.WriteAsync(a.OccurredAt, NpgsqlDbType.Timestamp, ct);
                await copy.WriteAsync("commune:" + a.CommuneCode, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(copy, a.Longitude, NpgsqlDbType.Double, ct);
                await WriteNullableAsync(copy, a.Latitude, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(a.Agglomeration, NpgsqlDbType.Boolean, ct);
                await WriteNullableAsync(copy, a.Intersection, NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, a.Lighting, NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, a.Weather, NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, a.Collision, NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, files.RoadCategories.GetValueOrDefault(a.NumAcc), NpgsqlDbType.Smallint, ct);
                await WriteNullableAsync(copy, a.Address, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        // Without coordinates (or at 0, 0), an accident is placed at its commune's centre and says so.
        var placed = await connection.QuerySingleAsync<int>("""
            with inserted as (
                insert into mobilite.accident (num_acc, year, occurred_at, commune_id, geom, located_by, agglomeration, intersection, lighting,
                    weather, collision, road_category, address)
                select b.num_acc, b.year, b.occurred_at, b.commune_id,
                       case when b.lon is null or b.lat is null or (b.lon = 0 and b.lat = 0) then st_pointonsurface(t.geom)
                            else st_setsrid(st_makepoint(b.lon, b.lat), 4326) end,
                       case when b.lon is null or b.lat is null or (b.lon = 0 and b.lat = 0) then 'commune' else 'baac' end,
                       b.agglomeration, b.intersection, b.lighting, b.weather, b.collision, b.road_category, b.address
                from baac_accident b join platform.territory t on t.id = b.commune_id
                returning located_by
            )
            select count(*) filter (where located_by = 'commune')::integer from inserted
            """, transaction: transaction);

        var vehicles = files.Vehicles.Where(v => keptNumbers.Contains(v.NumAcc)).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync("copy mobilite.vehicle (num_acc, vehicle_id, num_veh, category) from stdin (format binary)", ct))
        {
            foreach (var v in vehicles)
                await copy.WriteRowAsync(ct, v.NumAcc, v.VehicleId, v.NumVeh, v.Category);
            await copy.CompleteAsync(ct);
        }
        var users = files.Users.Where(u => keptNumbers.Contains(u.NumAcc)).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy mobilite.road_user (num_acc, position, vehicle_id, category, severity, sex, birth_year) from stdin (format binary)", ct))
        {
            foreach (var group in users.GroupBy(u => u.NumAcc))
            {
                short position = 0;
                foreach (var u in group)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(u.NumAcc, NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(++position, NpgsqlDbType.Smallint, ct);
                    await copy.WriteAsync(u.VehicleId, NpgsqlDbType.Text, ct);
                    await WriteNullableAsync(copy, u.Category, NpgsqlDbType.Smallint, ct);
                    await WriteNullableAsync(copy, u.Severity, NpgsqlDbType.Smallint, ct);
                    await WriteNullableAsync(copy, u.Sex, NpgsqlDbType.Smallint, ct);
                    await WriteNullableAsync(copy, u.BirthYear, NpgsqlDbType.Smallint, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        await AccidentIndicators.RecomputeAsync(connection, transaction, ct);
        return new(years, kept.Count, vehicles.Count, users.Count, replaced, files.Accidents.Count - kept.Count, placed);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
