using Dapper;
using Observatoires.Api;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>The demo accidents as the agency would check them before showing them: plausible size, shares and places.</summary>
public sealed class DemoAccidentsTests : ApiTest
{
    [Test]
    public async Task The_demo_accidents_have_plausible_numbers_shares_and_places()
    {
        await using var connection = Factory.OpenConnection();
        var figures = await connection.QuerySingleAsync<(long Accidents, int FirstYear, int LastYear, double KilledShare, double VulnerableShare,
            double VulnerableInTown, double VulnerableOutOfTown, long Outside, double InTown)>("""
            select count(*), min(a.year)::integer, max(a.year)::integer,
                   avg((s.killed > 0)::integer), avg(s.pieton_ou_cycliste::integer),
                   avg(s.pieton_ou_cycliste::integer) filter (where a.agglomeration), avg(s.pieton_ou_cycliste::integer) filter (where not a.agglomeration),
                   count(*) filter (where not st_intersects(t.geom, a.geom)), avg(a.agglomeration::integer)
            from mobilite.accident a join mobilite.accident_summary s on s.num_acc = a.num_acc join platform.territory t on t.id = a.commune_id
            """);
        Assert.Multiple(() =>
        {
            Assert.That(figures.Accidents, Is.InRange(2_000, 8_000), "a few thousand accidents");
            Assert.That((figures.FirstYear, figures.LastYear), Is.EqualTo((2015, 2024)));
            Assert.That(figures.KilledShare, Is.InRange(0.02, 0.10), "a few percent of the accidents are fatal");
            Assert.That(figures.VulnerableShare, Is.InRange(0.08, 0.35), "pedestrians and cyclists a minority");
            Assert.That(figures.VulnerableInTown, Is.GreaterThan(figures.VulnerableOutOfTown * 1.5), "more of them in towns");
            Assert.That(figures.Outside, Is.Zero, "every accident inside its commune's contour");
            Assert.That(figures.InTown, Is.InRange(0.5, 0.85));
        });
        var dusk = await connection.QuerySingleAsync<(double Dark, double Day)>("""
            select avg(s.pedestrian::integer) filter (where a.lighting <> 1), avg(s.pedestrian::integer) filter (where a.lighting = 1)
            from mobilite.accident a join mobilite.accident_summary s on s.num_acc = a.num_acc where a.agglomeration
            """);
        Assert.That(dusk.Dark, Is.GreaterThan(dusk.Day), "more pedestrians at dusk and at night");
        var everyAccidentHasAVictim = await connection.ExecuteScalarAsync<bool>(
            "select bool_and(severity <> 'indemne') from mobilite.accident_summary");
        Assert.That(everyAccidentHasAVictim, "an injury accident has at least one injured user");
    }

    [Test]
    public async Task An_indicator_added_by_a_new_version_is_computed_at_the_next_start_on_a_database_seeded_before_it()
    {
        await using var connection = Factory.OpenConnection();
        const string count = "select count(*) from platform.indicator_value where indicator_code = 'mobilite.tues_blesses_graves_pieton_cycliste'";
        var before = await connection.ExecuteScalarAsync<long>(count);
        Assert.That(before, Is.Positive);
        await connection.ExecuteAsync("delete from platform.indicator_value where indicator_code = 'mobilite.tues_blesses_graves_pieton_cycliste'");
        await Cli.SeedAsync(Factory.Services); // what ./observatoires run does at every start
        Assert.That(await connection.ExecuteScalarAsync<long>(count), Is.EqualTo(before));
    }
}
