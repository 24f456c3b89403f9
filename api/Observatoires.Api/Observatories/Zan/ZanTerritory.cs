using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Zan;

/// <summary>The communes a counter adds up: those of a territory, a commune itself, or a custom zone (custom:62119+62193).</summary>
internal static class ZanTerritory
{
    /// <summary>The communes, or null when the territory does not exist (the caller answers 404).</summary>
    public static async Task<IReadOnlyList<string>?> CommunesAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, string territory) =>
        (await TargetLookup.FindAsync(connection, hierarchy, territory))?.CoveredCommunes;

    public static void Validate<T>(Validator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> territory) where T : notnull =>
        validator.RuleFor(territory).Must(t => TargetLookup.Problem(t) is null)
            .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62193)");
}
