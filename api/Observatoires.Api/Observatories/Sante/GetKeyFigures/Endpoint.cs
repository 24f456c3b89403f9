using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Sante.GetKeyFigures;

internal sealed class Request
{
    /// <summary>
    /// The territory: a CLS perimeter (each CLS covers its whole EPCI: epci:200072460 for the CABBALR's, epci:246200364 for
    /// the CALL's), a commune (commune:62119), a groupement or a custom zone (custom:62119+62126).
    /// </summary>
    public string Territory { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
            .WithMessage("territory is a territory id or a custom zone, e.g. epci:200072460 or custom:62119+62126");
    }
}

/// <summary>One territory's figure for the indicator's period.</summary>
/// <param name="Territory">The territory's id (the asked territory, the département or the région).</param>
/// <param name="Value">The figure; null when secret (fewer than 11 deaths, stays or patients behind it) or missing.</param>
/// <param name="Status">definitive, provisional, estimated, secret or restricted; null when there is no figure.</param>
internal sealed record HealthKeyFigureValue(string Territory, double? Value, string? Status);

/// <param name="Period">The latest period with a figure for the territory (a year).</param>
/// <param name="Values">The territory first, then the département and the région, in the order of <c>territories</c>.</param>
internal sealed record HealthKeyFigure(string Code, string Label, string Unit, int Decimals, bool? HigherIsBetter, string? Period,
    IReadOnlyList<HealthKeyFigureValue> Values);

/// <param name="Code">The CLS theme's code (donnees_generales, offre_soins, demunis, jeunesse, sante_mentale).</param>
internal sealed record HealthKeyFigureTheme(string Code, string Label, IReadOnlyList<HealthKeyFigure> Indicators);

/// <param name="Territories">The asked territory, then the département and the région it lies in: the columns of every figure.</param>
internal sealed record Response(TerritoryRef Territory, IReadOnlyList<TerritoryRef> Territories, IReadOnlyList<HealthKeyFigureTheme> Themes);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/sante/key-figures/{territory}");
        Options(o => o.WithMetadata(new ReadsData(ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A territory's health key figures by theme of the Contrat Local de Santé, beside its département and région";
            s.Description = "Every health indicator, grouped by the CLS themes, for its latest year with a figure for the territory: the " +
                            "territory's figure computed by the platform's engine (a rate is Σ numerators ÷ Σ denominators of its " +
                            "communes), then the département's and the région's as stored at their own level. A figure resting on fewer " +
                            "than 11 deaths, stays or patients is secret (value null, status secret), as on every other route. Each CLS " +
                            "of the CABBALR and the CALL covers its whole EPCI: its perimeter is the EPCI.";
            s.ExampleRequest = new Request { Territory = "epci:200072460" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hierarchy = await hierarchies.GetAsync(ct);
        if (await TargetLookup.FindAsync(connection, hierarchy, r.Territory) is not { } territory)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var references = territory.Level is "departement" or "region" ? [] : await TargetLookup.DefaultReferencesAsync(connection, territory.Id);
        var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, references);
        var columns = new List<Target> { territory };
        columns.AddRange(found.Where(t => t.Id != territory.Id));

        var caller = callers.Current;
        var indicators = (await IndicatorInfo.ListAsync(connection, caller)).Where(i => i.ObservatorySlug == SanteModule.Slug).ToList();
        var themes = new List<HealthKeyFigureTheme>();
        foreach (var theme in SanteIndicators.Themes)
        {
            var figures = new List<HealthKeyFigure>();
            foreach (var indicator in indicators.Where(i => i.ThemeCode == theme.Code))
                figures.Add(await FigureAsync(connection, hierarchy, caller, indicator, columns));
            if (figures.Count > 0)
                themes.Add(new HealthKeyFigureTheme(theme.Code, theme.Name, figures));
        }
        await Send.OkAsync(new Response(TerritoryRef.Of(territory), [.. columns.Select(TerritoryRef.Of)], themes), ct);
    }

    /// <summary>The indicator for every column, in the latest year the territory has a figure (or is secret) in.</summary>
    private static async Task<HealthKeyFigure> FigureAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, Caller caller,
        IndicatorInfo indicator, IReadOnlyList<Target> columns)
    {
        var periods = (await IndicatorFacts.PeriodsAsync(connection, indicator.Code)).Where(p => p.Length == 4).Order(StringComparer.Ordinal).ToList();
        var figures = periods.Count == 0 ? null : await ValueEngine.ComputeAsync(connection, hierarchy, indicator, columns, periods, null, caller);
        var period = periods.LastOrDefault(p => figures![(columns[0].Id, p)] is { } f && (f.Value is not null || f.Status is not null));
        return new HealthKeyFigure(indicator.Code, indicator.Label, indicator.Unit, indicator.Decimals, indicator.HigherIsBetter, period,
            [.. columns.Select(c => Value(c.Id))]);

        HealthKeyFigureValue Value(string territory) => period is null
            ? new HealthKeyFigureValue(territory, null, null)
            : new HealthKeyFigureValue(territory, Round(figures![(territory, period)].Value), figures[(territory, period)].Status);
    }

    // Six decimals: figures the way they were computed, without the binary noise of 0.1 + 0.2.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;
}
