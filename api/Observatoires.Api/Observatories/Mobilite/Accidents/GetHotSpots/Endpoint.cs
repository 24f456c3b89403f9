using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Accidents.GetHotSpots;

internal sealed class Request
{
    /// <summary>Only accidents in this territory: a commune, an EPCI, a groupement (epci:200072460).</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>From this year (inclusive).</summary>
    [QueryParam] public int? From { get; set; }

    /// <summary>To this year (inclusive).</summary>
    [QueryParam] public int? To { get; set; }

    /// <summary>The clustering distance in metres (10–2000, default 50: a junction): an accident within it of another of a hot spot joins it.</summary>
    [QueryParam] public double RadiusM { get; set; } = 50;

    /// <summary>The fewest accidents a hot spot has (2–100, default 3).</summary>
    [QueryParam] public int MinAccidents { get; set; } = 3;

    /// <summary>Only accidents involving one of these modes (comma-separated, as for the accidents).</summary>
    [QueryParam] public string? Mode { get; set; }

    /// <summary>Only accidents of one of these severities (comma-separated, as for the accidents).</summary>
    [QueryParam] public string? Severity { get; set; }

    /// <summary>pieton-cycliste: only the accidents involving at least one pedestrian or cyclist.</summary>
    [QueryParam] public string? Loi { get; set; }

    /// <summary>The most hot spots returned (1–500, default 50), best ranked first.</summary>
    [QueryParam] public int Limit { get; set; } = 50;

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null).When(r => r.Territory is not null)
                .WithMessage(r => TerritoryId.Problem(r.Territory));
            RuleFor(r => r.From).InclusiveBetween(2005, 2100).When(r => r.From is not null);
            RuleFor(r => r.To).InclusiveBetween(2005, 2100).When(r => r.To is not null)
                .GreaterThanOrEqualTo(r => r.From ?? 0).WithMessage("to must not be before from");
            RuleFor(r => r.RadiusM).InclusiveBetween(10, 2000);
            RuleFor(r => r.MinAccidents).InclusiveBetween(2, 100);
            RuleFor(r => r.Mode).Must(m => AccidentFilter.IsListOf(m, AccidentCodes.Modes))
                .WithMessage($"mode is a comma-separated list of {string.Join(", ", AccidentCodes.Modes)}");
            RuleFor(r => r.Severity).Must(s => AccidentFilter.IsListOf(s, AccidentCodes.Severities))
                .WithMessage($"severity is a comma-separated list of {string.Join(", ", AccidentCodes.Severities)}");
            RuleFor(r => r.Loi).Equal(AccidentCodes.PedestrianOrCyclistRule).When(r => r.Loi is not null)
                .WithMessage($"loi has one value: {AccidentCodes.PedestrianOrCyclistRule}");
            RuleFor(r => r.Limit).InclusiveBetween(1, 500);
        }
    }
}

internal sealed record HotSpotCommune(string Id, string Name);

/// <param name="Rank">1 for the worst: by severity index, then number of accidents.</param>
/// <param name="Ksi">Severity index: killed + seriously injured (hospitalised) in the hot spot's accidents.</param>
/// <param name="PietonOuCycliste">Accidents involving at least one pedestrian or cyclist.</param>
/// <param name="Longitude">The centroid of the hot spot's accidents (WGS 84).</param>
/// <param name="SpreadM">How far its farthest accident is from the centroid, in metres.</param>
/// <param name="NumAcc">Its accidents' national numbers.</param>
internal sealed record HotSpot(int Rank, int Accidents, int Killed, int Hospitalised, int LightlyInjured, int Ksi, int PietonOuCycliste,
    double Longitude, double Latitude, int SpreadM, int FirstYear, int LastYear, IReadOnlyList<HotSpotCommune> Communes,
    IReadOnlyList<string> NumAcc);

internal sealed record Response(double RadiusM, int MinAccidents, IReadOnlyList<HotSpot> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/mobilite/accidents/hot-spots");
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Accident hot spots: clusters of accidents ranked by severity, for field visits";
            s.Description = "The filtered accidents clustered with DBSCAN (PostGIS ST_ClusterDBSCAN in Lambert-93): a hot spot is at " +
                            "least `minAccidents` accidents each within `radiusM` metres of another of them. Ranked by the severity " +
                            "index (KSI: killed + seriously injured, i.e. hospitalised over 24 hours), then by the number of accidents; " +
                            "each with its centroid, its spread, its counts, its communes and its accidents' numbers.";
            s.ExampleRequest = new Request { Territory = "epci:246200364", From = 2020, To = 2024, RadiusM = 50, MinAccidents = 3 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (r.Territory is not null && !await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { r.Territory }))
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        var parameters = new DynamicParameters(new AccidentFilter(r.From, r.To, null, null, r.Mode, r.Severity, null, r.Territory, r.Loi).Parameters);
        parameters.AddDynamicParams(new { r.RadiusM, r.MinAccidents, r.Limit });
        var rows = await connection.QueryAsync<Data.Row>(new CommandDefinition(Data.Query, parameters, cancellationToken: ct));
        await Send.OkAsync(new Response(r.RadiusM, r.MinAccidents, [.. rows.Select(x => new HotSpot(x.Rank, x.Accidents, x.Killed,
            x.Hospitalised, x.LightlyInjured, x.Ksi, x.PietonOuCycliste, x.Longitude, x.Latitude, x.SpreadM, x.FirstYear, x.LastYear,
            JsonSerializer.Deserialize<List<HotSpotCommune>>(x.Communes, JsonSerializerOptions.Web)!.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            x.NumAcc.Split(',')))]), ct);
    }
}

internal static class Data
{
    public static readonly string Query = AccidentFilter.Query("Observatories/Mobilite/Accidents/GetHotSpots/Query.sql");

    public sealed record Row(int Rank, int Accidents, int Killed, int Hospitalised, int LightlyInjured, int Ksi, int PietonOuCycliste,
        double Longitude, double Latitude, int SpreadM, int FirstYear, int LastYear, string Communes, string NumAcc);
}
