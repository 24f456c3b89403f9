using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Habitat.Plh;

/// <summary>
/// Four demo objectives in the manner of the CALL's PLH (invented: the programme's own are loaded with
/// PUT /api/v1/habitat/plh/objectives/{code}), for a programme 2023–2028, each measured by an indicator of the
/// observatory for the EPCI.
/// </summary>
internal static class DemoPlh
{
    public const string Territory = "epci:246200364";

    private sealed record Demo(string Code, string Label, string Indicator, string Kind, int BaselineYear, double TargetValue, int HorizonYear, string Direction);

    private static readonly Demo[] Objectives =
    [
        new("logements-autorises", "Produire 850 logements par an", HabitatIndicators.Autorises, PlhObjective.Yearly, 2023, 850, 2028, PlhObjective.Up),
        new("logements-sociaux", "Mettre en service 300 logements locatifs sociaux par an", HabitatIndicators.SociauxMisEnService,
            PlhObjective.Yearly, 2023, 300, 2028, PlhObjective.Up),
        new("vacance-longue-duree", "Ramener à 2 000 les logements vacants depuis deux ans ou plus d'ici 2028",
            HabitatIndicators.VacantsLongueDuree, PlhObjective.Trajectory, 2022, 2_000, 2028, PlhObjective.Down),
        new("passoires-thermiques", "Réduire à 14 % la part des passoires thermiques parmi les logements diagnostiqués",
            HabitatIndicators.PartPassoires, PlhObjective.Trajectory, 2022, 14, 2028, PlhObjective.Down),
    ];

    /// <summary>The demo objectives, when there is none at all (one the agency changed is no longer a demo).</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from habitat.plh_objective)", transaction: transaction)
            || !await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { Territory }, transaction))
            return 0;
        return await connection.ExecuteAsync("""
            insert into habitat.plh_objective (code, label, territory_id, indicator_code, kind, baseline_year, target_value, horizon_year,
                direction, sort_order, demo, updated_by)
            values (@Code, @Label, @Territory, @Indicator, @Kind, @BaselineYear, @TargetValue, @HorizonYear, @Direction, @SortOrder, true, 'seed')
            """, Objectives.Select((o, i) => new
        {
            o.Code,
            o.Label,
            Territory,
            o.Indicator,
            o.Kind,
            o.BaselineYear,
            o.TargetValue,
            o.HorizonYear,
            o.Direction,
            SortOrder = i + 1,
        }), transaction);
    }
}
