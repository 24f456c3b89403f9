using Dapper;
using NetTopologySuite.IO;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories.Reference;

/// <summary>
/// Loads the reference territories into the database, idempotently: names (and how French says them), populations,
/// numbers of communes and memberships are brought up to date; communes get synthetic contours unless real ones were
/// imported, which are never overwritten.
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
            insert into platform.territory (id, level, code, name, population, source_vintage, name_of, name_to, name_in, commune_count, in_perimeter)
            select l || ':' || c, l, c, n, p, @Vintage, n_of, n_to, n_in, k, i
            from unnest(@Levels, @Codes, @Names, @Populations, @NamesOf, @NamesTo, @NamesIn, @CommuneCounts, @InPerimeter)
                 as t(l, c, n, p, n_of, n_to, n_in, k, i)
            on conflict (id) do update
            set name = excluded.name, population = excluded.population, source_vintage = excluded.source_vintage,
                name_of = excluded.name_of, name_to = excluded.name_to, name_in = excluded.name_in,
                commune_count = excluded.commune_count, in_perimeter = excluded.in_perimeter, updated_at = now()
            where (territory.name, territory.population, territory.source_vintage, territory.name_of, territory.name_to,
                   territory.name_in, territory.commune_count, territory.in_perimeter)
                  is distinct from (excluded.name, excluded.population, excluded.source_vintage, excluded.name_of,
                   excluded.name_to, excluded.name_in, excluded.commune_count, excluded.in_perimeter)
            """,
            new
            {
                data.Vintage,
                Levels = territories.Select(t => t.Level).ToArray(),
                Codes = territories.Select(t => t.Code).ToArray(),
                Names = territories.Select(t => t.Name).ToArray(),
                Populations = territories.Select(t => t.Population).ToArray(),
                NamesOf = territories.Select(t => t.Names.Of).ToArray(),
                NamesTo = territories.Select(t => t.Names.To).ToArray(),
                NamesIn = territories.Select(t => t.Names.In).ToArray(),
                CommuneCounts = territories.Select(t => t.CommuneCount).ToArray(),
                InPerimeter = territories.Select(t => t.InPerimeter).ToArray(),
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

        // Peer groups are created once, as perimeter.json defines them; from then on they are the agency's data
        // (PUT /api/v1/peer-groups/{id}): a reload neither resets their members nor renames them.
        foreach (var group in data.PeerGroups)
        {
            var t = group.Territory;
            var created = await connection.ExecuteAsync("""
                insert into platform.territory (id, level, code, name, population, source_vintage, name_of, name_to, name_in, commune_count, in_perimeter)
                values (@Id, @Level, @Code, @Name, @Population, @Vintage, @Of, @To, @In, @CommuneCount, false)
                on conflict (id) do nothing
                """, new { t.Id, t.Level, t.Code, t.Name, t.Population, Vintage = "perimeter.json", t.Names.Of, t.Names.To, t.Names.In, t.CommuneCount },
                transaction);
            if (created == 0)
                continue;
            await connection.ExecuteAsync("""
                insert into platform.peer_group (territory_id, subject_id, updated_by) values (@Id, @SubjectId, 'perimeter.json');
                insert into platform.territory_membership (member_id, parent_id) select unnest(@MemberIds), @Id;
                """, new { t.Id, group.SubjectId, MemberIds = group.MemberIds.ToArray() }, transaction);
            changes += created;
        }

        // The demo QPVs, below their communes (none once real ones were imported); drawn with the derived contours.
        changes += await Qpv.DemoQpvs.SeedAsync(connection, transaction);

        // Synthetic contours are regenerated (they only change when the generator does); imported ones are kept.
        var synthetic = SyntheticGeometry.Generate(data.EpcisWestToEast, data.EpciAreasKm2);
        var writer = new WKBWriter();
        var regenerated = await connection.ExecuteAsync("""
            update platform.territory t
            set geom = st_setsrid(st_geomfromwkb(g.wkb), 4326), geometry_source = 'synthetic', geometry_updated_at = now()
            from unnest(@Codes, @Wkbs) as g(code, wkb)
            where t.level = 'commune' and t.code = g.code
              and (t.geometry_source is null or t.geometry_source = 'synthetic')
              and st_asbinary(t.geom) is distinct from g.wkb
            """,
            new { Codes = synthetic.Keys.ToArray(), Wkbs = synthetic.Values.Select(g => writer.Write(g)).ToArray() },
            transaction);
        if (regenerated > 0)
            logger.LogInformation("Synthetic contours (re)generated for {Count} communes", regenerated);

        // Nothing changed (the usual restart): keep the data version, so that clients' ETags stay valid.
        if (changes + regenerated > 0)
        {
            await TerritoryGeometry.RecomputeDerivedAsync(connection, transaction);
            await DataVersions.BumpAsync(connection, transaction, TerritoryGeometry.DataDomain);
        }
        await transaction.CommitAsync(ct);

        logger.LogInformation("Reference territories loaded: {Territories} territories, {Memberships} memberships ({Vintage})",
            territories.Count, data.Memberships.Count, data.Vintage);
        return new(territories.Count, data.Memberships.Count, regenerated);
    }
}
