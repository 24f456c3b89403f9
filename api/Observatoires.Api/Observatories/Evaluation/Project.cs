using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>A project as stored (<c>evaluation.project</c>).</summary>
internal sealed record StoredProject(string Id, string Title, string TerritoryId, int StartYear, int EndYear, string? Description, bool Demo,
    int Version, DateTime UpdatedAt, string UpdatedBy)
{
    /// <summary>The project's version as an ETag: what If-Match must send back to change anything in it.</summary>
    public string ETag => $"\"evaluation-{Id}-v{Version}\"";
}

internal sealed record StoredAxis(string Code, string Title, double Weight, int SortOrder);

internal sealed record StoredAction(string Code, string AxisCode, string Title, double Weight, int SortOrder);

/// <param name="CatalogueCode">The catalogue indicator that measures it; null for a series the agency enters.</param>
/// <param name="Unit">An entered series' unit (null for a catalogue indicator: the catalogue's).</param>
/// <param name="Confidentiality">Who may see an entered series' figures (a catalogue indicator's: the catalogue's rule).</param>
internal sealed record StoredIndicator(string Code, string ActionCode, string Label, string? CatalogueCode, string? Unit, short? Decimals,
    string Confidentiality, int T0Year, double? T0Value, double TargetValue, int HorizonYear, string Direction, double Weight, int SortOrder)
{
    public const string Up = "up", Down = "down";
    public const string Catalogue = "catalogue", Entered = "entered";

    public string Source => CatalogueCode is null ? Entered : Catalogue;
}

internal sealed record StoredValue(string IndicatorCode, int Year, double Value);

/// <summary>A project and everything in it, as stored: what the scores are computed from and what the audit log keeps.</summary>
internal sealed record ProjectTree(StoredProject Project, IReadOnlyList<StoredAxis> Axes, IReadOnlyList<StoredAction> Actions,
    IReadOnlyList<StoredIndicator> Indicators, IReadOnlyList<StoredValue> Values)
{
    /// <summary>The most projects, and indicators per project: every read computes them all.</summary>
    public const int MaxProjects = 50, MaxIndicators = 200;

    private const string SelectProject = """
        select id, title, territory_id as territoryid, start_year as startyear, end_year as endyear, description, demo, version,
               updated_at as updatedat, updated_by as updatedby
        from evaluation.project
        """;

    public static async Task<IReadOnlyList<string>> IdsAsync(NpgsqlConnection connection, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition("select id from evaluation.project order by start_year desc, id", cancellationToken: ct))];

    /// <summary>The project and its contents, or null; locked for the write's transaction when one is given.</summary>
    public static async Task<ProjectTree?> LoadAsync(NpgsqlConnection connection, string id, NpgsqlTransaction? transaction = null)
    {
        if (transaction is not null)
        {
            // Writers of one id queue here first: a row lock cannot hold a project not stored yet, and two first saves
            // would both insert.
            await connection.ExecuteAsync("select pg_advisory_xact_lock(hashtext('evaluation.project'), hashtext(@id))", new { id }, transaction);
        }
        var project = await connection.QuerySingleOrDefaultAsync<StoredProject>(
            SelectProject + " where id = @id" + (transaction is null ? "" : " for update"), new { id }, transaction);
        if (project is null)
            return null;
        using var rest = await connection.QueryMultipleAsync("""
            select code, title, weight, sort_order as sortorder from evaluation.axis where project_id = @id order by sort_order, code;
            select code, axis_code as axiscode, title, weight, sort_order as sortorder from evaluation.action where project_id = @id
            order by sort_order, code;
            select code, action_code as actioncode, label, catalogue_code as cataloguecode, unit, decimals, confidentiality,
                   t0_year as t0year, t0_value as t0value, target_value as targetvalue, horizon_year as horizonyear, direction, weight,
                   sort_order as sortorder
            from evaluation.indicator where project_id = @id order by sort_order, code;
            select indicator_code as indicatorcode, year, value from evaluation.indicator_value where project_id = @id
            order by indicator_code, year;
            """, new { id }, transaction);
        return new(project, [.. await rest.ReadAsync<StoredAxis>()], [.. await rest.ReadAsync<StoredAction>()],
            [.. await rest.ReadAsync<StoredIndicator>()], [.. await rest.ReadAsync<StoredValue>()]);
    }

    public StoredAxis? Axis(string code) => Axes.FirstOrDefault(a => a.Code == code);

    public StoredAction? Action(string code) => Actions.FirstOrDefault(a => a.Code == code);

    public StoredIndicator? Indicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public IReadOnlyList<StoredValue> ValuesOf(string indicator) => [.. Values.Where(v => v.IndicatorCode == indicator)];

    /// <summary>What the audit log keeps of the project itself.</summary>
    public object AuditedProject() => new
    {
        title = Project.Title,
        territory = Project.TerritoryId,
        startYear = Project.StartYear,
        endYear = Project.EndYear,
        description = Project.Description,
        version = Project.Version,
    };

    /// <summary>What the audit log keeps of an axis, with what a deletion takes with it.</summary>
    public object AuditedAxis(StoredAxis axis) => new
    {
        axis,
        actions = Actions.Where(a => a.AxisCode == axis.Code).Select(a => AuditedAction(a)).ToList(),
        projectVersion = Project.Version,
    };

    /// <summary>What the audit log keeps of an action, with its indicators.</summary>
    public object AuditedAction(StoredAction action) => new
    {
        action,
        indicators = Indicators.Where(i => i.ActionCode == action.Code).Select(i => AuditedIndicator(i)).ToList(),
        projectVersion = Project.Version,
    };

    /// <summary>What the audit log keeps of an indicator, with its entered values.</summary>
    public object AuditedIndicator(StoredIndicator indicator) => new
    {
        indicator,
        values = ValuesOf(indicator.Code).Select(v => new { v.Year, v.Value }).ToList(),
        projectVersion = Project.Version,
    };
}
