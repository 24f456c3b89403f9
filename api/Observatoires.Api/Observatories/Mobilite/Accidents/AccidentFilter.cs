using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>
/// The accident filter shared by the accident list and the hot spots (AccidentFilter.sql): the values of a request as
/// SQL parameters, and the checks of its comma-separated lists.
/// </summary>
internal sealed record AccidentFilter(int? From, int? To, int? Month, string? HourBand, string? Mode, string? Severity,
    bool? Agglomeration, string? Territory, string? Loi)
{
    public static readonly string Sql = SqlResource.Get("Observatories/Mobilite/Accidents/AccidentFilter.sql");

    /// <summary>A query of the module with its <c>{filter}</c> (the from and where clauses) filled in.</summary>
    public static string Query(string path) => SqlResource.Get(path).Replace("{filter}", Sql, StringComparison.Ordinal);

    public object Parameters => new
    {
        From,
        To,
        Month,
        HourBand,
        Modes = List(Mode),
        Severities = List(Severity),
        Agglomeration,
        Territory,
        PedestrianOrCyclist = Loi == AccidentCodes.PedestrianOrCyclistRule,
    };

    /// <summary>Whether every item of a comma-separated list is one of the allowed values (an absent list is).</summary>
    public static bool IsListOf(string? list, IReadOnlyList<string> allowed) => List(list) is not { } items || items.All(allowed.Contains);

    private static string[]? List(string? list) =>
        string.IsNullOrWhiteSpace(list) ? null : [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
