using Dapper;
using NetTopologySuite.IO;
using Npgsql;

namespace Observatoires.Api.Platform.Territories.Reference;

/// <summary>
/// Loads the reference territories into the database, idempotently: names, populations and memberships are
/// brought up to date; communes without contours get synthetic ones; imported contours are never overwritten.
/// </summary>
internal sealed class ReferenceLoader(NpgsqlDataSource dataSource, ILogger<ReferenceLoader> logger)
{
    public sealed record Summary(int Territories, int Memberships, int SyntheticGeometries);

    public async Task<Summary> LoadAsync(ReferenceData data, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var territories = data.Territories;
        var changes = await connection.ExecuteAsync("""
            insert into platform.territory (id, level, code, name, population, source_vintage)
            select l || ':' || c, l, c, n, p, @Vintage
            from unnest(@Levels, @Codes, @Names, @Populations) as t(l, c, n, p)
            on conflict (id) do update
            set name = excluded.name, population = excluded.population, source_vintage = excluded.source_vintage,
                updated_at = now()
            where (territory.name, territory.population, territory.source_vintage)
                  is distinct from (excluded.name, excluded.population, excluded.source_vintage)
            """,
            new
            {
                data.Vintage,
                Levels = territories.Select(t => t.Level).ToArray(),
                Codes = territories.Select(t => t.Code).ToArray(),
                Names = territories.Select(t => t.Name).ToArray(),
                Populations = territories.Select(t => t.Population).ToArray(),
            }, transaction);

        // Memberships of the reference levels are exactly what the reference says (stale ones go).
        var memberships = new
        {
            Members = data.Memberships.Select(m => m.MemberId).ToArray(),
            Parents = data.Memberships.Select(m => m.ParentId).ToArray(),
            Ids = territories.Select(t => t.Id).ToArray(),
        };
        changes += await connection.ExecuteAsync("""
            delete from platform.territory_membership m
            where m.member_id = any(@Ids) and m.parent_id = any(@Ids)
              and not exists (select 1 from unnest(@Members, @Parents) as w(member_id, parent_id)
                              where w.member_id = m.member_id and w.parent_id = m.parent_id)
            """, memberships, transaction);
        changes += await connection.ExecuteAsync("""
            insert into platform.territory_membership (member_id, parent_id)
            select * from unnest(@Members, @Parents)
            on conflict do nothing
            """, memberships, transaction);

        var withoutGeometry = (await connection.QueryAsync<string>(
            "select code from platform.territory where level = 'commune' and geom is null", transaction: transaction)).ToHashSet();
        if (withoutGeometry.Count > 0)
        {
            var synthetic = SyntheticGeometry.Generate(data.EpcisWestToEast, data.EpciAreasKm2);
            var writer = new WKBWriter();
            var missing = synthetic.Where(s => withoutGeometry.Contains(s.Key)).ToList();
            await connection.ExecuteAsync("""
                update platform.territory t
                set geom = st_setsrid(st_geomfromwkb(g.wkb), 4326), geometry_source = 'synthetic', geometry_updated_at = now()
                from unnest(@Codes, @Wkbs) as g(code, wkb)
                where t.level = 'commune' and t.code = g.code
                """,
                new { Codes = missing.Select(m => m.Key).ToArray(), Wkbs = missing.Select(m => writer.Write(m.Value)).ToArray() },
                transaction);
            logger.LogInformation("Generated synthetic contours for {Count} communes", missing.Count);
        }

        // Nothing changed (the usual restart): keep the data version, so that clients' ETags stay valid.
        if (changes > 0 || withoutGeometry.Count > 0)
        {
            await TerritoryGeometry.RecomputeDerivedAsync(connection, transaction);
            await connection.ExecuteAsync("select platform.bump_data_version(@DataDomain)",
                new { TerritoryGeometry.DataDomain }, transaction);
        }
        await transaction.CommitAsync(ct);

        logger.LogInformation("Reference territories loaded: {Territories} territories, {Memberships} memberships ({Vintage})",
            territories.Count, data.Memberships.Count, data.Vintage);
        return new(territories.Count, data.Memberships.Count, withoutGeometry.Count);
    }
}
