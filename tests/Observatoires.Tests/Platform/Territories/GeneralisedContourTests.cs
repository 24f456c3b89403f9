using Dapper;
using Observatoires.Api.Platform.Territories;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// The medium and low contours of the real Artois communes, as a small-scale map draws them: they must still tile
/// the territory (valid, no overlap, no gap), neighbours must keep a common border, every EPCI must be the union of
/// its communes at the same resolution, and the low variant must be much lighter. One import for the whole fixture.
/// </summary>
public sealed class GeneralisedContourTests
{
    private ApiFactory? factory;

    [OneTimeSetUp]
    public async Task ImportTheRealContours()
    {
        var real = SharedData.File("communes-artois.geojson");
        Assume.That(real, Is.Not.Null, "../shared/data/communes-artois.geojson is not present");
        factory = await ApiFactory.OnFreshCopyAsync("generalised_contours");
        var (exitCode, output) = await CliRunner.RunAsync(factory.Services, "import", "territories", "--file", real!);
        Assert.That(exitCode, Is.Zero, output);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (factory is not null)
            await factory.DisposeAsync();
    }

    [TestCase("medium")]
    [TestCase("low")]
    public async Task Every_commune_contour_is_valid(string resolution)
    {
        var invalid = await QueryAsync<string>(resolution, """
            select id from platform.territory
            where level = 'commune' and ({column} is null or not st_isvalid({column}) or st_isempty({column}))
            """);
        Assert.That(invalid, Is.Empty);
    }

    [TestCase("medium")]
    [TestCase("low")]
    public async Task Communes_do_not_overlap(string resolution)
    {
        // Any overlap would be counted twice in the sum of the areas, never in the area of the union.
        var (sum, union) = (await QueryAsync<(double, double)>(resolution,
            "select sum(st_area({column})), st_area(st_union({column})) from platform.territory where level = 'commune'")).Single();
        Assert.That(sum, Is.EqualTo(union).Within(1e-6 * union));
    }

    [TestCase("medium")]
    [TestCase("low")]
    public async Task Communes_leave_no_gap(string resolution)
    {
        // A gap between neighbours would show as a hole in the union, or split it in pieces.
        const string shape = """
            select count(*)::int as parts, coalesce(sum(st_numinteriorrings(part.geom)), 0)::int as holes
            from (select (st_dump(st_union({column}))).geom from platform.territory where level = 'commune') part
            """;
        var full = (await QueryAsync<(int Parts, int Holes)>("full", shape)).Single();
        var simplified = (await QueryAsync<(int Parts, int Holes)>(resolution, shape)).Single();
        Assert.That(simplified, Is.EqualTo(full));
    }

    [TestCase("medium")]
    [TestCase("low")]
    public async Task Neighbours_still_share_a_border(string resolution)
    {
        var neighbours = await QueryAsync<(string A, string B, double Length)>(resolution, """
            select a.id, b.id, st_length(st_collectionextract(st_intersection(a.{column}, b.{column}), 2))
            from platform.territory a
            join platform.territory b on b.level = 'commune' and a.id < b.id and a.geom && b.geom
                                     and st_relate(a.geom, b.geom, 'F***1****')
            where a.level = 'commune'
            """);
        Assert.That(neighbours.Count(), Is.GreaterThan(500), "pairs of communes with a common border at full resolution");
        Assert.That(neighbours.Where(n => n.Length <= 0).Select(n => $"{n.A}/{n.B}"), Is.Empty);
    }

    [TestCase("medium")]
    [TestCase("low")]
    public async Task Every_aggregate_is_the_union_of_its_communes_at_the_same_resolution(string resolution)
    {
        var aggregates = await QueryAsync<(string Id, double Difference, double Area)>(resolution, """
            select p.id, st_area(st_symdifference(p.{column}, st_union(c.{column}))), st_area(p.{column})
            from platform.territory p
            join platform.territory_membership m on m.parent_id = p.id
            join platform.territory c on c.id = m.member_id and c.level = 'commune'
            group by p.id, p.{column}
            """);
        Assert.That(aggregates.Select(a => a.Id), Does.Contain("epci:200072460").And.Contain("groupement:aula").And.Contain("region:32"));
        Assert.That(aggregates.Where(a => a.Difference > 1e-9 * a.Area).Select(a => a.Id), Is.Empty);
    }

    [Test]
    public async Task The_low_variant_keeps_under_a_quarter_of_the_vertices()
    {
        await using var connection = factory!.OpenConnection();
        var (full, medium, low) = await connection.QuerySingleAsync<(long, long, long)>("""
            select sum(st_npoints(geom)), sum(st_npoints(geom_medium)), sum(st_npoints(geom_low))
            from platform.territory where level = 'commune'
            """);
        Assert.Multiple(() =>
        {
            Assert.That(full, Is.EqualTo(13_914), "the full contours are the file's, untouched (SOURCES.md)");
            Assert.That(medium, Is.LessThan(full));
            Assert.That(low, Is.LessThan(full / 4));
        });
    }

    [Test]
    public async Task Recomputing_gives_the_same_contours_and_skips_communes_without_one()
    {
        await using var connection = factory!.OpenConnection();
        const string snapshot = """
            select md5(string_agg(id || coalesce(st_asewkb(geom)::text, '') || coalesce(st_asewkb(geom_medium)::text, '')
                                     || coalesce(st_asewkb(geom_low)::text, ''), ',' order by id))
            from platform.territory
            """;
        var before = await connection.ExecuteScalarAsync<string>(snapshot);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await TerritoryGeometry.RecomputeDerivedAsync(connection, transaction);
            Assert.That(await connection.ExecuteScalarAsync<string>(snapshot, transaction: transaction), Is.EqualTo(before));

            // A commune without a contour is left out, and loses its variants; the others are still simplified.
            await connection.ExecuteAsync(
                "update platform.territory set geom = null, geometry_source = null where id = 'commune:62119'", transaction: transaction);
            await TerritoryGeometry.RecomputeDerivedAsync(connection, transaction);
            var withVariants = (await connection.QueryAsync<string>("""
                select id from platform.territory
                where level = 'commune' and geom_medium is not null and geom_low is not null
                """, transaction: transaction)).ToList();
            var withSome = await connection.ExecuteScalarAsync<long>(
                // The QPVs keep one polygon at every resolution: they are not generalised.
                "select count(*) from platform.territory where (geom_medium is not null or geom_low is not null) and level <> 'qpv'", transaction: transaction);
            Assert.That(withVariants, Has.Count.EqualTo(318).And.No.Contains("commune:62119"));
            Assert.That(withSome, Is.EqualTo(318 + 10), "318 communes and the 10 aggregates");
            await transaction.RollbackAsync();
        }
        Assert.That(await connection.ExecuteScalarAsync<string>(snapshot), Is.EqualTo(before));
    }

    /// <summary>Runs a query on one variant: {column} is a fixed column name from GeometryResolution, never input.</summary>
    private async Task<IEnumerable<T>> QueryAsync<T>(string resolution, string sql)
    {
        await using var connection = factory!.OpenConnection();
        return await connection.QueryAsync<T>(sql.Replace("{column}", GeometryResolution.Of(resolution).Column));
    }
}
