using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Gares.GetStations;

internal sealed class Request
{
    /// <summary>The territory (a commune, EPCI, groupement, département or custom zone such as custom:62119+62498); default groupement:aula.</summary>
    [QueryParam] public string Territory { get; set; } = "groupement:aula";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
            .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62498)");
    }
}

/// <summary>The figures of a station, or of the stations of a territory added up, for one period.</summary>
/// <param name="Period">The period (a year).</param>
/// <param name="Stations">Stations counted (1 for a station's own figures).</param>
/// <param name="Passengers">Passengers in the year (boarding and alighting); null when not counted.</param>
/// <param name="TrainsPerWeekday">Trains stopping on a weekday, both directions (over a territory: stops, summed over its stations).</param>
/// <param name="ParkingPlaces">Car-park places.</param>
/// <param name="ParkingOccupied">Cars parked at the survey (a weekday, mid-morning).</param>
/// <param name="ParkingOccupancy">Occupancy of the car parks, in %: Σ parked ÷ Σ places over the stations surveyed (over 100: cars outside the bays).</param>
/// <param name="BikePlaces">Bike parking places.</param>
/// <param name="BikeOccupied">Bikes parked at the survey.</param>
/// <param name="BikeOccupancy">Occupancy of the bike parking, in %: Σ parked ÷ Σ places.</param>
internal sealed record StationFigures(string Period, int Stations, long? Passengers, int? TrainsPerWeekday, int? ParkingPlaces, int? ParkingOccupied,
    double? ParkingOccupancy, int? BikePlaces, int? BikeOccupied, double? BikeOccupancy);

/// <summary>The change ("évolution") from the previous period to the latest: signed differences, the passengers' also in %.</summary>
/// <param name="Period">The latest period.</param>
/// <param name="PreviousPeriod">The period it is compared with (the previous survey).</param>
/// <param name="Passengers">Passengers, latest − previous.</param>
/// <param name="PassengersPercent">Passengers, change in % of the previous value.</param>
/// <param name="TrainsPerWeekday">Trains per weekday, latest − previous.</param>
/// <param name="ParkingPlaces">Car-park places, latest − previous.</param>
/// <param name="ParkingOccupancyPoints">Car-park occupancy, in percentage points.</param>
/// <param name="BikePlaces">Bike places, latest − previous.</param>
/// <param name="BikeOccupancyPoints">Bike parking occupancy, in percentage points.</param>
internal sealed record StationChange(string Period, string PreviousPeriod, long? Passengers, double? PassengersPercent, int? TrainsPerWeekday,
    int? ParkingPlaces, double? ParkingOccupancyPoints, int? BikePlaces, double? BikeOccupancyPoints);

/// <summary>A station with its series, its latest figures, the previous ones and the change between them.</summary>
/// <param name="Id">Its stable id (lowercase, hyphens): the OGC item id in the layer mobilite-gares.</param>
/// <param name="Uic">The SNCF's UIC code, when known.</param>
/// <param name="Commune">commune:INSEE code.</param>
/// <param name="Lines">The lines that serve it.</param>
/// <param name="PassengerService">False for a station without passenger trains today: no figures.</param>
/// <param name="Longitude">WGS 84.</param>
/// <param name="Latitude">WGS 84.</param>
/// <param name="Demo">A demo station and demo figures.</param>
/// <param name="Latest">Its latest figures; null without any.</param>
/// <param name="Previous">Its figures of the period before the latest; null without.</param>
/// <param name="Change">Latest − previous; null without a previous period.</param>
/// <param name="Series">Its figures, period by period, oldest first.</param>
internal sealed record StationItem(string Id, string? Uic, string Name, string Commune, string CommuneName, IReadOnlyList<string> Lines,
    bool PassengerService, double Longitude, double Latitude, bool Demo, StationFigures? Latest, StationFigures? Previous, StationChange? Change,
    IReadOnlyList<StationFigures> Series);

/// <param name="Territory">The territory's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Totals">The territory's stations added up, period by period (counts summed, rates Σ ÷ Σ), oldest first.</param>
/// <param name="TotalsChange">The totals' change from the period before the latest to the latest; null with fewer than two periods.</param>
/// <param name="Stations">Its stations, by passengers of their latest period (most first), then by name.</param>
internal sealed record Response(string Territory, string Name, IReadOnlyList<StationFigures> Totals, StationChange? TotalsChange,
    IReadOnlyList<StationItem> Stations);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/mobilite/stations");
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The stations of a territory with their figures per period and the change since the previous period";
            s.Description = "Each station of the territory's communes with its series (passengers a year, trains per weekday, car-park and bike " +
                            "places and their occupancy), its latest figures, those of its previous period and the change between them " +
                            "(signed; rates in percentage points); and the territory's totals per period: counts summed, occupancy rates " +
                            "as Σ parked ÷ Σ places (the indicators mobilite.gares_* give the same per commune and EPCI). Stations without " +
                            "passenger trains are listed without figures. Sorted by passengers, most first.";
            s.ExampleRequest = new Request { Territory = "epci:246200364" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } target)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
            return;
        }
        string[] communes = [.. target.CoveredCommunes];
        var stations = await Data.StationsAsync(connection, communes, ct);
        var figures = (await Data.FiguresAsync(connection, [.. stations.Select(s => s.Id)], ct)).ToLookup(f => f.StationId);

        var items = stations.Select(s =>
        {
            var series = figures[s.Id].Select(f => Figures.Of(f.Period, [f])).ToList();
            var latest = series.LastOrDefault();
            var previous = series.Count > 1 ? series[^2] : null;
            return new StationItem(s.Id, s.Uic, s.Name, s.CommuneId, s.CommuneName, s.Lines.Split('\u001f', StringSplitOptions.RemoveEmptyEntries), s.PassengerService, s.Longitude, s.Latitude, s.Demo,
                latest, previous, latest is null || previous is null ? null : Figures.Change(latest, previous), series);
        }).OrderByDescending(s => s.Latest?.Passengers ?? -1).ThenBy(s => s.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), false))
            .ToList();
        var totals = figures.SelectMany(g => g).GroupBy(f => f.Period).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Figures.Of(g.Key, [.. g])).ToList();
        await Send.OkAsync(new Response(target.Id, target.Name, totals,
            totals.Count > 1 ? Figures.Change(totals[^1], totals[^2]) : null, items), ct);
    }

    /// <summary>Adding up and comparing figures: counts summed over the stations that have them, rates Σ parked ÷ Σ places.</summary>
    private static class Figures
    {
        public static StationFigures Of(string period, IReadOnlyList<Data.FigureRow> rows)
        {
            static long? Sum(IEnumerable<long?> values) => values.Any(v => v is not null) ? values.Sum() : null;
            static double? Rate(IEnumerable<(long? Occupied, long? Places)> parts)
            {
                var surveyed = parts.Where(p => p.Occupied is not null && p.Places > 0).ToList();
                return surveyed.Count == 0 ? null : Math.Round(100.0 * surveyed.Sum(p => p.Occupied!.Value) / surveyed.Sum(p => p.Places!.Value), 1);
            }
            return new StationFigures(period, rows.Count, Sum(rows.Select(f => f.Passengers)), (int?)Sum(rows.Select(f => (long?)f.TrainsPerWeekday)),
                (int?)Sum(rows.Select(f => (long?)f.ParkingPlaces)), (int?)Sum(rows.Select(f => (long?)f.ParkingOccupied)),
                Rate(rows.Select(f => ((long?)f.ParkingOccupied, (long?)f.ParkingPlaces))),
                (int?)Sum(rows.Select(f => (long?)f.BikePlaces)), (int?)Sum(rows.Select(f => (long?)f.BikeOccupied)),
                Rate(rows.Select(f => ((long?)f.BikeOccupied, (long?)f.BikePlaces))));
        }

        public static StationChange Change(StationFigures latest, StationFigures previous)
        {
            static double? Points(double? a, double? b) => a is null || b is null ? null : Math.Round(a.Value - b.Value, 1);
            return new StationChange(latest.Period, previous.Period,
                latest.Passengers - previous.Passengers,
                latest.Passengers is { } now && previous.Passengers is > 0 and var before ? Math.Round(100.0 * (now - before) / before, 1) : null,
                latest.TrainsPerWeekday - previous.TrainsPerWeekday, latest.ParkingPlaces - previous.ParkingPlaces,
                Points(latest.ParkingOccupancy, previous.ParkingOccupancy), latest.BikePlaces - previous.BikePlaces,
                Points(latest.BikeOccupancy, previous.BikeOccupancy));
        }
    }
}

internal static class Data
{
    public sealed record StationRow(string Id, string? Uic, string Name, string CommuneId, string CommuneName, string Lines, bool PassengerService,
        double Longitude, double Latitude, bool Demo);

    public sealed record FigureRow(string StationId, string Period, long? Passengers, int? TrainsPerWeekday, int? ParkingPlaces, int? ParkingOccupied,
        int? BikePlaces, int? BikeOccupied);

    public static async Task<IReadOnlyList<StationRow>> StationsAsync(NpgsqlConnection connection, string[] communes, CancellationToken ct) =>
        [.. await connection.QueryAsync<StationRow>(new CommandDefinition("""
            select s.id, s.uic, s.name, s.commune_id as communeid, t.name as communename,
                   -- One text (arrays map to no constructor parameter): the lines joined by the unit separator.
                   array_to_string(s.lines, chr(31)) as lines, s.passenger_service as passengerservice,
                   st_x(s.geom) as longitude, st_y(s.geom) as latitude, s.demo
            from mobilite.station s join platform.territory t on t.id = s.commune_id
            where s.commune_id = any (@Communes)
            """, new { Communes = communes }, cancellationToken: ct))];

    public static async Task<IReadOnlyList<FigureRow>> FiguresAsync(NpgsqlConnection connection, string[] stations, CancellationToken ct) =>
        [.. await connection.QueryAsync<FigureRow>(new CommandDefinition("""
            select station_id as stationid, period, passengers, trains_per_weekday as trainsperweekday, parking_places as parkingplaces,
                   parking_occupied as parkingoccupied, bike_places as bikeplaces, bike_occupied as bikeoccupied
            from mobilite.station_figure where station_id = any (@Stations) order by station_id, period
            """, new { Stations = stations }, cancellationToken: ct))];
}
