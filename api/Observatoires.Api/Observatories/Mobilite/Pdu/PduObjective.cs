using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Mobilite.Pdu;

/// <summary>An objective of the mobility plan as stored (<c>mobilite.pdu_objective</c>).</summary>
/// <param name="BaselineValue">The value at T0 when the plan gives it; null: read from the indicator.</param>
/// <param name="TargetValue">The value aimed at for the horizon; or, exclusively, <paramref name="TargetChange"/>.</param>
/// <param name="TargetChange">A relative change from the baseline (-0.5 for "halve it").</param>
/// <param name="Direction">up or down: the way the indicator must move.</param>
internal sealed record PduObjective(string Code, string Label, string TerritoryId, string IndicatorCode, int BaselineYear,
    double? BaselineValue, double? TargetValue, double? TargetChange, int HorizonYear, string Direction, int SortOrder, bool Demo,
    int Version, DateTime UpdatedAt, string UpdatedBy)
{
    public const string Up = "up", Down = "down";

    /// <summary>The objective's version as an ETag: what If-Match must send back to change or delete it.</summary>
    public string ETag => $"\"pdu-{Code}-v{Version}\"";

    private const string Select = """
        select code, label, territory_id as territoryid, indicator_code as indicatorcode, baseline_year as baselineyear,
               baseline_value as baselinevalue, target_value as targetvalue, target_change as targetchange,
               horizon_year as horizonyear, direction, sort_order as sortorder, demo, version, updated_at as updatedat,
               updated_by as updatedby
        from mobilite.pdu_objective
        """;

    public static async Task<IReadOnlyList<PduObjective>> ListAsync(NpgsqlConnection connection, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<PduObjective>(new CommandDefinition(Select + " order by sort_order, code", cancellationToken: ct))];

    /// <summary>
    /// The objective, locked for the write's transaction, or null. Writers of one code queue on an advisory lock first:
    /// a row lock cannot hold a code not stored yet, and two first saves would both insert (a unique violation).
    /// </summary>
    public static async Task<PduObjective?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string code)
    {
        await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext('mobilite.pdu_objective'), hashtext(@code))", new { code }, transaction);
        return await connection.QuerySingleOrDefaultAsync<PduObjective?>(Select + " where code = @code for update", new { code }, transaction);
    }

    /// <summary>What the audit log keeps of it.</summary>
    public object Audited => new
    {
        label = Label,
        territory = TerritoryId,
        indicator = IndicatorCode,
        baselineYear = BaselineYear,
        baselineValue = BaselineValue,
        targetValue = TargetValue,
        targetChange = TargetChange,
        horizonYear = HorizonYear,
        direction = Direction,
        version = Version,
    };
}
