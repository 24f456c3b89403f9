using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Habitat.Plh;

/// <summary>An objective of a Programme Local de l'Habitat as stored (<c>habitat.plh_objective</c>).</summary>
/// <param name="Kind">trajectory (from the baseline at T0 to the target at the horizon) or yearly (the target every year from T0 to the horizon).</param>
/// <param name="BaselineYear">T0: the baseline's year (trajectory), the programme's first year (yearly).</param>
/// <param name="BaselineValue">The value at T0 when the programme gives it (trajectory only); null: read from the indicator.</param>
/// <param name="TargetValue">The value aimed at for the horizon (trajectory), or the quantity aimed at each year (yearly).</param>
/// <param name="Direction">up or down: the way the indicator must move (a yearly objective goes up).</param>
internal sealed record PlhObjective(string Code, string Label, string TerritoryId, string IndicatorCode, string Kind, int BaselineYear,
    double? BaselineValue, double TargetValue, int HorizonYear, string Direction, int SortOrder, bool Demo, int Version, DateTime UpdatedAt,
    string UpdatedBy)
{
    public const string Trajectory = "trajectory", Yearly = "yearly";
    public const string Up = "up", Down = "down";

    /// <summary>The objective's version as an ETag: what If-Match must send back to change it.</summary>
    public string ETag => $"\"plh-{Code}-v{Version}\"";

    private const string Select = """
        select code, label, territory_id as territoryid, indicator_code as indicatorcode, kind, baseline_year as baselineyear,
               baseline_value as baselinevalue, target_value as targetvalue, horizon_year as horizonyear, direction,
               sort_order as sortorder, demo, version, updated_at as updatedat, updated_by as updatedby
        from habitat.plh_objective
        """;

    public static async Task<IReadOnlyList<PlhObjective>> ListAsync(NpgsqlConnection connection, string territory, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<PlhObjective>(new CommandDefinition(Select + " where territory_id = @territory order by sort_order, code",
            new { territory }, cancellationToken: ct))];

    /// <summary>
    /// The objective, locked for the write's transaction, or null. Writers of one code queue on an advisory lock first:
    /// a row lock cannot hold a code not stored yet.
    /// </summary>
    public static async Task<PlhObjective?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string code)
    {
        await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext('habitat.plh_objective'), hashtext(@code))", new { code }, transaction);
        return await connection.QuerySingleOrDefaultAsync<PlhObjective?>(Select + " where code = @code for update", new { code }, transaction);
    }

    /// <summary>What the audit log keeps of it.</summary>
    public object Audited => new
    {
        label = Label,
        territory = TerritoryId,
        indicator = IndicatorCode,
        kind = Kind,
        baselineYear = BaselineYear,
        baselineValue = BaselineValue,
        targetValue = TargetValue,
        horizonYear = HorizonYear,
        direction = Direction,
        version = Version,
    };
}
