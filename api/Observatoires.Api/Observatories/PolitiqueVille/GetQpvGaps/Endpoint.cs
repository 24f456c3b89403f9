using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.PolitiqueVille.GetQpvGaps;

internal sealed class Request
{
    /// <summary>The QPV's code (géographie prioritaire 2024), e.g. QN06201M.</summary>
    public string Code { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Code).Matches("^[A-Za-z0-9]{1,20}$").WithMessage("code is a QPV code: letters and digits, e.g. QN06201M");
        }
    }
}

/// <summary>One year of an indicator: the QPV, its commune and its EPCI (null where there is no published figure).</summary>
internal sealed record QpvYearFigures(string Period, double? Qpv, double? Commune, double? Epci);

/// <param name="GapUnit">points for a rate in %, else the indicator's unit.</param>
/// <param name="Latest">The latest year with a figure for the QPV (null when it has none).</param>
/// <param name="GapToCommune">QPV − commune at the latest year (in points for a rate).</param>
/// <param name="GapToEpci">QPV − EPCI at the latest year.</param>
/// <param name="CommuneGapToEpci">Commune − EPCI at the latest year.</param>
/// <param name="Series">Every year, oldest first.</param>
internal sealed record QpvIndicatorGaps(string Code, string Label, string Theme, string Unit, int Decimals, string GapUnit, bool? HigherIsBetter,
    string? Latest, double? Qpv, double? Commune, double? Epci, double? GapToCommune, double? GapToEpci, double? CommuneGapToEpci,
    IReadOnlyList<QpvYearFigures> Series);

/// <param name="Commune">The commune it is compared with: where most of it lies (the most populous of its communes).</param>
/// <param name="Communes">Every commune it lies in (a QPV may straddle two).</param>
internal sealed record Response(QpvPlace Qpv, int? Population, QpvPlace? Commune, IReadOnlyList<QpvPlace> Communes, QpvPlace? Epci,
    IReadOnlyList<QpvIndicatorGaps> Indicators);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/politique-ville/qpv/{code}");
        AllowAnonymous();
        Options(o => o.WithMetadata(new ReadsData(ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A QPV side by side with its commune and its EPCI";
            s.Description = "For each indicator of the observatory (education, housing, employment, income, demography, health): the " +
                            "QPV's figure, its commune's (the commune where most of it lies) and its EPCI's at the latest year, the gaps " +
                            "(QPV − commune, QPV − EPCI, commune − EPCI; in points for a rate), and every year's three figures. QPV " +
                            "figures are stored at QPV level, never computed from the commune; the commune's and the EPCI's are the " +
                            "platform's (Σ ÷ Σ of the communes for a rate).";
            s.ExampleRequest = new Request { Code = "QN06201M" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        var hierarchy = await hierarchies.GetAsync(ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var qpv = await TargetLookup.FindAsync(connection, hierarchy, $"{TerritoryId.Qpv}:{r.Code}");
        if (qpv is null || qpv.Level != TerritoryId.Qpv)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no QPV {Echo.Cut(r.Code)} (GET /api/v1/territories?level=qpv lists them)"));
            return;
        }
        var (communes, epci) = await QpvPlaces.OfAsync(connection, qpv.Id);
        var commune = communes.FirstOrDefault();
        var (references, _) = await TargetLookup.ResolveAsync(connection, hierarchy,
            [.. new[] { commune?.Id, epci?.Id }.OfType<string>()]);
        var targets = references.Prepend(qpv).ToList();

        var indicators = new List<QpvIndicatorGaps>();
        foreach (var indicator in await QpvPlaces.IndicatorsAsync(connection, caller))
        {
            var (periods, figures) = await QpvPlaces.FiguresAsync(connection, hierarchy, indicator, targets, caller);
            var series = periods.Select(p => new QpvYearFigures(p, QpvPlaces.Number(figures, qpv.Id, p),
                commune is null ? null : QpvPlaces.Number(figures, commune.Id, p), epci is null ? null : QpvPlaces.Number(figures, epci.Id, p))).ToList();
            var latest = series.LastOrDefault(y => y.Qpv is not null);
            indicators.Add(new(indicator.Code, indicator.Label, indicator.ThemeCode, indicator.Unit, indicator.Decimals, Gaps.GapUnit(indicator.Unit),
                indicator.HigherIsBetter, latest?.Period, latest?.Qpv, latest?.Commune, latest?.Epci,
                Gaps.Gap(latest?.Qpv, latest?.Commune), Gaps.Gap(latest?.Qpv, latest?.Epci), Gaps.Gap(latest?.Commune, latest?.Epci), series));
        }
        var population = await connection.ExecuteScalarAsync<int?>("select population from platform.territory where id = @Id", new { qpv.Id });
        await Send.OkAsync(new Response(new(qpv.Id, qpv.Name), population, commune, communes, epci, indicators), ct);
    }
}
