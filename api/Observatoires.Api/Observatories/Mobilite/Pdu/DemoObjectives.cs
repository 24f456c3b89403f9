using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Mobilite.Pdu;

/// <summary>
/// Five demo objectives in the manner of the Artois' mobility plan (invented: the plan's own figures are loaded with
/// PUT /api/v1/mobilite/pdu/objectives/{code}), over the transport authority's perimeter, SMT Artois Mobilités:
/// the CABBALR, the CALL and the CAHC, i.e. the referential's groupement of the Pôle Métropolitain de l'Artois.
/// Their baselines are the indicators' values at T0, except the cycling network's, whose indicators only exist for
/// the current year: the plan gives those. Where each stands is computed from the demo accidents and network.
/// </summary>
internal static class DemoObjectives
{
    public const string Territory = "groupement:pma";

    private sealed record Demo(string Code, string Label, string Indicator, int BaselineYear, double? BaselineValue, double? TargetValue,
        double? TargetChange, int HorizonYear, string Direction);

    private static readonly Demo[] Objectives =
    [
        new("reseau-cyclable", "Réaliser 150 km d'aménagements cyclables supplémentaires d'ici 2030", "mobilite.cyclable_km",
            2019, 160, 310, null, 2030, PduObjective.Up),
        new("itineraires-prioritaires", "Réaliser la totalité des itinéraires cyclables prioritaires du schéma d'ici 2030",
            "mobilite.cyclable_part_itineraire_prioritaire", 2019, 0, 100, null, 2030, PduObjective.Up),
        new("securite-pietons-cyclistes",
            "Réduire de moitié les piétons et cyclistes tués ou blessés graves (cumul sur 5 ans, par rapport à 2015–2019)",
            "mobilite.tues_blesses_graves_pieton_cycliste_5ans", 2019, null, null, -0.5, 2030, PduObjective.Down),
        new("tues-blesses-graves", "Réduire de 20 % les tués et blessés graves sur les routes (cumul sur 5 ans, par rapport à 2015–2019)",
            "mobilite.tues_blesses_graves_5ans", 2019, null, null, -0.2, 2030, PduObjective.Down),
        new("accidents-corporels", "Réduire de 10 % le nombre d'accidents corporels (cumul sur 5 ans, par rapport à 2015–2019)",
            "mobilite.accidents_5ans", 2019, null, null, -0.1, 2030, PduObjective.Down),
    ];

    /// <summary>The demo objectives, when there is no objective at all (one the agency removed does not come back while others remain).</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from mobilite.pdu_objective)", transaction: transaction)
            || !await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { Territory }, transaction))
            return 0;
        return await connection.ExecuteAsync("""
            insert into mobilite.pdu_objective (code, label, territory_id, indicator_code, baseline_year, baseline_value, target_value,
                target_change, horizon_year, direction, sort_order, demo, updated_by)
            values (@Code, @Label, @Territory, @Indicator, @BaselineYear, @BaselineValue, @TargetValue, @TargetChange, @HorizonYear,
                @Direction, @SortOrder, true, 'seed')
            """, Objectives.Select((o, i) => new
        {
            o.Code,
            o.Label,
            Territory,
            o.Indicator,
            o.BaselineYear,
            o.BaselineValue,
            o.TargetValue,
            o.TargetChange,
            o.HorizonYear,
            o.Direction,
            SortOrder = i + 1,
        }), transaction);
    }
}
