using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Mobilite.Gares.ImportStationFigures;

internal sealed class Request
{
    /// <summary>CSV gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes, in the multipart field `file`.</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.File).NotNull().WithMessage("send the CSV in the multipart field 'file'");
    }
}

/// <param name="File">The file's name as sent.</param>
/// <param name="Lines">Station-years read.</param>
/// <param name="New">Station-years that had no figures.</param>
/// <param name="Replaced">Station-years whose figures the file replaced (demo or imported).</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record Response(string File, int Lines, int New, int Replaced,
    ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/mobilite/imports/stations");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Import the stations' yearly figures from a CSV upload (agency editors), all or nothing";
            s.Description = "One line per station and year: gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;" +
                            "places_velo;velos_stationnes. gare is the station's id or its 8-digit UIC code (SNCF's footfall file); an empty " +
                            "cell is a figure not surveyed. The whole file is checked first (a known station, a year, whole numbers, parked " +
                            "vehicles only with places, no station-year twice): a file with a problem is refused with every problem and its " +
                            "line number (400) and changes nothing. Each station-year of the file replaces its stored figures; the indicators " +
                            "mobilite.gares_* are recomputed; the import is audited. multipart/form-data with the file in the field `file`.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, MobiliteModule.Slug, "mobilite.station_figure", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var name = Upload.NameOf(r.File!);
        var stations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, uic) in await connection.QueryAsync<(string Id, string? Uic)>("select id, uic from mobilite.station", transaction: transaction))
        {
            stations[id] = id;
            if (uic is not null)
                stations[uic] = id;
        }
        var file = await import.ReadAsync(buffer => StationFigureFile.Read(buffer, stations), ct);
        await import.RefuseIfAnyAsync(this, file.Problems, file.Total);

        var replaced = await connection.ExecuteScalarAsync<int>("""
            with deleted as (
                delete from mobilite.station_figure f using unnest(@Stations, @Periods) as t(station, period)
                where f.station_id = t.station and f.period = t.period
                returning 1)
            select count(*) from deleted
            """, new
        {
            Stations = file.Lines.Select(l => l.Station).ToArray(),
            Periods = file.Lines.Select(l => l.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        }, transaction);
        await connection.ExecuteAsync("""
            insert into mobilite.station_figure (station_id, period, passengers, trains_per_weekday, parking_places, parking_occupied,
                                                 bike_places, bike_occupied)
            select * from unnest(@Stations, @Periods, @Passengers, @Trains, @ParkingPlaces, @ParkingOccupied, @BikePlaces, @BikeOccupied)
            """, new
        {
            Stations = file.Lines.Select(l => l.Station).ToArray(),
            Periods = file.Lines.Select(l => l.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            Passengers = file.Lines.Select(l => l.Passengers).ToArray(),
            Trains = file.Lines.Select(l => l.TrainsPerWeekday).ToArray(),
            ParkingPlaces = file.Lines.Select(l => l.ParkingPlaces).ToArray(),
            ParkingOccupied = file.Lines.Select(l => l.ParkingOccupied).ToArray(),
            BikePlaces = file.Lines.Select(l => l.BikePlaces).ToArray(),
            BikeOccupied = file.Lines.Select(l => l.BikeOccupied).ToArray(),
        }, transaction);
        await StationIndicators.RecomputeAsync(connection, transaction);
        var response = new Response(name, file.Lines.Count, file.Lines.Count - replaced, replaced);
        var receipt = await import.CommitAsync(new AuditEntry("mobilite_station_import", "mobilite.station_figure", name, null, response),
            [MobiliteModule.DataDomain],
            new ImportRows(file.Lines.Count - replaced, replaced, null, null), ct);
        await Send.OkAsync(response with { Import = receipt }, ct);
    }
}
