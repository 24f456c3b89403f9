using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Habitat.Prix;

/// <summary>
/// The zone a price statistic is computed over: a commune, an EPCI, a groupement, the département (its communes in the
/// referential: the agency's) or a custom zone (custom:62119+62498), always as the communes it covers.
/// </summary>
internal static class PriceZone
{
    public const string Message = "territory is a territory id (commune:62119, epci:200072460, groupement:aula, departement:62) " +
                                  "or a custom zone (custom:62119+62498)";

    public static void Validate<T>(Validator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> territory) where T : notnull =>
        validator.RuleFor(territory).Must(t => TargetLookup.Problem(t) is null).WithMessage(Message);

    /// <summary>The zone, or null when it does not exist (the caller answers 404).</summary>
    public static Task<Target?> FindAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, string territory) =>
        TargetLookup.FindAsync(connection, hierarchy, territory);

    /// <summary>The latest year with a stored sale (the current year when there is none).</summary>
    public static async Task<int> LatestYearAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<int?>(new CommandDefinition("select max(year)::int from habitat.sale", cancellationToken: ct))
        ?? DateTime.UtcNow.Year;
}
