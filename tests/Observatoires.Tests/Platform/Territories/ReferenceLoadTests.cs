using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Observatoires.Api;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>./observatoires run loads the reference at every start: it must converge, never duplicate.</summary>
public sealed class ReferenceLoadTests
{
    [Test]
    public async Task Loading_the_reference_again_changes_nothing_not_even_the_data_version()
    {
        await using var factory = await ApiFactory.OnFreshCopyAsync("reference_reload");
        await using var connection = factory.OpenConnection();
        const string snapshot = """
            select (select count(*) from platform.territory) as territories,
                   (select count(*) from platform.territory_membership) as memberships,
                   (select md5(string_agg(id || name || coalesce(population, 0) || st_asewkb(geom)::text, ',' order by id))
                    from platform.territory) as content,
                   (select version from platform.data_version where domain = 'territories') as data_version
            """;
        var before = await connection.QuerySingleAsync<(long, long, string, long)>(snapshot);

        await Cli.SeedAsync(factory.Services);
        await Cli.SeedAsync(factory.Services);

        Assert.That(await connection.QuerySingleAsync<(long, long, string, long)>(snapshot), Is.EqualTo(before), "same rows, same data version (ETags stay valid)");
        // The perimeter (communes, EPCIs, groupements, département, région), then the 85 other EPCIs of the Hauts-de-France
        // loaded for comparisons, the CABBALR's peer group, and the 11 demo QPVs.
        Assert.That(before.Item1, Is.EqualTo(319 + 5 + 3 + 1 + 1 + 85 + 1 + 11));
    }

    [Test]
    public async Task Populations_add_up_from_communes_to_EPCIs_and_AULA()
    {
        // Reads only: the read-only fixtures' host, whose database is a copy of the template too.
        var factory = await ReadOnlyHosts.SharedAsync(testObservatory: true);
        await using var connection = factory.OpenConnection();
        var mismatches = await connection.QueryAsync<string>("""
            select p.id
            from platform.territory p
            join platform.territory_membership m on m.parent_id = p.id
            join platform.territory c on c.id = m.member_id and c.level = 'commune'
            where p.level in ('epci', 'groupement')
            group by p.id, p.population
            having sum(c.population) <> p.population
            """);
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public async Task Every_aggregate_contour_is_the_union_of_its_communes()
    {
        // Reads only: the read-only fixtures' host, whose database is a copy of the template too.
        var factory = await ReadOnlyHosts.SharedAsync(testObservatory: true);
        await using var connection = factory.OpenConnection();
        var differences = await connection.QueryAsync<(string Id, double Area)>("""
            select p.id, st_area(st_symdifference(p.geom, st_union(c.geom))) as area
            from platform.territory p
            join platform.territory_membership m on m.parent_id = p.id
            join platform.territory c on c.id = m.member_id and c.level = 'commune'
            group by p.id, p.geom
            having st_area(st_symdifference(p.geom, st_union(c.geom))) > 1e-9
            """);
        Assert.That(differences, Is.Empty);
        Assert.That(await connection.ExecuteScalarAsync<long>(
            "select count(*) from platform.territory where in_perimeter and (geom is null or not st_isvalid(geom) or geom_low is null)"), Is.Zero,
            "the reference EPCIs and peer groups have no communes, hence no contour");
    }
}
