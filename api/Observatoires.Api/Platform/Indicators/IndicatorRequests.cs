using FastEndpoints;
using FluentValidation.Results;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>The steps every tabular indicator request starts with, in one place.</summary>
internal static class IndicatorRequests
{
    internal sealed record Opened(IndicatorInfo Indicator, string Period, TargetSelection Selection, TerritoryHierarchy.Snapshot Hierarchy);

    /// <summary>
    /// Finds the indicator (404 if unknown or not visible), checks the period against the indicator (400) and
    /// resolves the territories (404 / 400). Returns the failure to send instead, if any; validation errors are
    /// thrown as FastEndpoints 400s. (ETags and 304s are the DataVersionCache's.)
    /// </summary>
    public static async Task<(Opened? Opened, IResult? Failure)> OpenAsync(IValidationErrors errors,
        NpgsqlConnection connection, TerritoryHierarchy hierarchies, Caller caller, string code, string? period, string? level, string? within,
        IReadOnlyList<string> territories)
    {
        var indicator = await IndicatorInfo.FindAsync(connection, code, caller);
        if (indicator is null)
            return (null, Problems.NotFound($"Indicator '{code}' does not exist"));
        var (resolved, periodError) = IndicatorFacts.ResolvePeriod(indicator, period, await IndicatorFacts.PeriodsAsync(connection, code));
        if (periodError is not null)
            errors.ThrowError(new ValidationFailure("period", periodError));
        var hierarchy = await hierarchies.GetAsync();
        var (selection, notFound, invalid) = await TargetSelection.ResolveAsync(connection, hierarchy, indicator, level, within, territories);
        if (notFound is not null)
            return (null, Problems.NotFound(notFound));
        if (invalid is not null)
            errors.ThrowError(new ValidationFailure(territories.Count > 0 ? "territories" : "level", invalid));
        return (new(indicator, resolved!, selection!, hierarchy), null);
    }
}
