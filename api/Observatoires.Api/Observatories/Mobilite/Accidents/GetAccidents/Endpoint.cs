using System.Globalization;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Accidents.GetAccidents;

internal sealed class Request
{
    /// <summary>From this year (inclusive), e.g. 2020.</summary>
    [QueryParam] public int? From { get; set; }

    /// <summary>To this year (inclusive), e.g. 2024.</summary>
    [QueryParam] public int? To { get; set; }

    /// <summary>Only this month (1–12), every year.</summary>
    [QueryParam] public int? Month { get; set; }

    /// <summary>Only this hour band: 00-06, 07-09, 10-15, 16-19, 20-23.</summary>
    [QueryParam] public string? HourBand { get; set; }

    /// <summary>Only accidents involving one of these modes (comma-separated): pieton, velo, edp, deux_roues_motorise, voiture, utilitaire, poids_lourd, bus_car, autre.</summary>
    [QueryParam] public string? Mode { get; set; }

    /// <summary>Only accidents of one of these severities (comma-separated; the worst-hurt user's): tue, hospitalise, blesse_leger, indemne.</summary>
    [QueryParam] public string? Severity { get; set; }

    /// <summary>true: in built-up areas only; false: outside them only.</summary>
    [QueryParam] public bool? Agglomeration { get; set; }

    /// <summary>Only accidents in this territory: a commune, an EPCI, a groupement (epci:200072460).</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>pieton-cycliste: only the accidents involving at least one pedestrian or cyclist (Code des transports, art. L1214-2).</summary>
    [QueryParam] public string? Loi { get; set; }

    /// <summary>geojson (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); the Accept header works too (application/geo+json, text/csv...).</summary>
    [QueryParam] public string? F { get; set; }

    public AccidentFilter Filter => new(From, To, Month, HourBand, Mode, Severity, Agglomeration, Territory, Loi);

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.From).InclusiveBetween(2005, 2100).When(r => r.From is not null);
            RuleFor(r => r.To).InclusiveBetween(2005, 2100).When(r => r.To is not null)
                .GreaterThanOrEqualTo(r => r.From ?? 0).WithMessage("to must not be before from");
            RuleFor(r => r.Month).InclusiveBetween(1, 12).When(r => r.Month is not null);
            RuleFor(r => r.HourBand).Must(b => b is null || AccidentCodes.HourBands.Contains(b))
                .WithMessage($"hourBand must be one of {string.Join(", ", AccidentCodes.HourBands)}");
            RuleFor(r => r.Mode).Must(m => AccidentFilter.IsListOf(m, AccidentCodes.Modes))
                .WithMessage($"mode is a comma-separated list of {string.Join(", ", AccidentCodes.Modes)}");
            RuleFor(r => r.Severity).Must(s => AccidentFilter.IsListOf(s, AccidentCodes.Severities))
                .WithMessage($"severity is a comma-separated list of {string.Join(", ", AccidentCodes.Severities)}");
            RuleFor(r => r.Territory).Must(t => TerritoryId.Problem(t) is null).When(r => r.Territory is not null)
                .WithMessage(r => TerritoryId.Problem(r.Territory));
            RuleFor(r => r.Loi).Equal(AccidentCodes.PedestrianOrCyclistRule).When(r => r.Loi is not null)
                .WithMessage($"loi has one value: {AccidentCodes.PedestrianOrCyclistRule}");
            RuleFor(r => r.F).Must(f => f is OutputFormat.GeoJson || OutputFormat.IsTable(f!)).When(r => r.F is not null)
                .WithMessage("f must be geojson, csv, csvw or xlsx");
        }
    }
}

/// <summary>What the filter keeps, counted.</summary>
/// <param name="Ksi">Killed and seriously injured (hospitalised): the severity index.</param>
/// <param name="PietonOuCycliste">Accidents involving at least one pedestrian or cyclist.</param>
internal sealed record AccidentTotals(int Accidents, int Killed, int Hospitalised, int LightlyInjured, int Ksi, int PietonOuCycliste);

/// <param name="Category">conducteur, passager or pieton.</param>
/// <param name="Mode">The mode of the user's vehicle, pieton for a pedestrian.</param>
/// <param name="AgeBand">0-14, 15-17, 18-24, 25-44, 45-64, 65-74, 75+ (the accident's year minus the birth year); null when not given.</param>
internal sealed record AccidentUser(string? Category, string Mode, string? Severity, string? AgeBand);

/// <param name="NumAcc">The accident's national number (BAAC Num_Acc).</param>
/// <param name="Time">Local time, HH:MM.</param>
/// <param name="Severity">The worst-hurt user's: tue, hospitalise, blesse_leger, indemne.</param>
/// <param name="Modes">The modes involved.</param>
/// <param name="PietonOuCycliste">At least one pedestrian or cyclist involved (the law's rule).</param>
internal sealed record AccidentProperties(string NumAcc, DateOnly Date, string Time, int Year, int Month, string HourBand, string Commune,
    string CommuneName, bool Agglomeration, string? Intersection, string? Lighting, string? Weather, string Severity, int Killed,
    int Hospitalised, int LightlyInjured, int Ksi, IReadOnlyList<string> Modes, bool PietonOuCycliste, IReadOnlyList<AccidentUser> Users);

internal sealed record PointGeometry(string Type, IReadOnlyList<double> Coordinates);

internal sealed record AccidentFeature(string Type, string Id, PointGeometry Geometry, AccidentProperties Properties);

/// <summary>The GeoJSON FeatureCollection of the accidents, with the totals of the filter.</summary>
internal sealed record AccidentCollection(string Type, IReadOnlyList<AccidentFeature> Features, AccidentTotals Totals, int NumberReturned);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, AccidentCollection>
{
    /// <summary>The table's columns, declared once for the CSV, its CSVW metadata and the workbook.</summary>
    private static readonly ExportColumn[] Columns =
    [
        new("numAcc", "Numéro de l'accident", ColumnType.Text, "Num_Acc des fichiers BAAC."),
        new("date", "Date", ColumnType.Date),
        new("time", "Heure", ColumnType.Text, "Heure locale, HH:MM."),
        new("year", "Année", ColumnType.Integer),
        new("month", "Mois", ColumnType.Integer),
        new("hourBand", "Tranche horaire", ColumnType.Text, "00-06, 07-09, 10-15, 16-19 ou 20-23."),
        new("commune", "Code de la commune", ColumnType.Text),
        new("communeName", "Commune", ColumnType.Text),
        new("agglomeration", "En agglomération", ColumnType.Text, "true ou false."),
        new("intersection", "Intersection", ColumnType.Text),
        new("lighting", "Lumière", ColumnType.Text),
        new("weather", "Conditions atmosphériques", ColumnType.Text),
        new("severity", "Gravité", ColumnType.Text, "Celle de l'usager le plus gravement atteint : tue, hospitalise, blesse_leger, indemne."),
        new("killed", "Tués", ColumnType.Integer, "Décédés dans les 30 jours.", "personnes"),
        new("hospitalised", "Blessés hospitalisés", ColumnType.Integer, "Hospitalisés plus de 24 heures.", "personnes"),
        new("lightlyInjured", "Blessés légers", ColumnType.Integer, null, "personnes"),
        new("ksi", "Tués et blessés graves", ColumnType.Integer, "Indice de gravité (KSI).", "personnes"),
        new("modes", "Modes impliqués", ColumnType.Text, "Séparés par une espace."),
        new("pietonOuCycliste", "Piéton ou cycliste impliqué", ColumnType.Text, "true ou false (Code des transports, art. L1214-2)."),
        new("longitude", "Longitude", ColumnType.Number, "WGS 84.", "degrés", 6),
        new("latitude", "Latitude", ColumnType.Number, "WGS 84.", "degrés", 6),
    ];

    public override void Configure()
    {
        Get("/api/v1/mobilite/accidents");
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(AccidentCollection), FeatureCollectionWriter.ContentType, CsvWriter.ContentType,
                OutputFormat.CsvwContentType, OutputFormat.XlsxContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Road accidents, filtered, as GeoJSON or CSV (the technicians' export)";
            s.Description = "The accidents of the agency's communes (BAAC files), filtered by years, month, hour band, modes involved, " +
                            "severity (the worst-hurt user's), built-up area, territory and the law's rule (`loi=pieton-cycliste`: at " +
                            "least one pedestrian or cyclist). GeoJSON: one point per accident with its context, victims and users, and " +
                            "the totals of the filter; CSV (`f=csv`): one row per accident with its coordinates, its CSVW metadata (`f=csvw`, " +
                            "linked from the CSV) and the same table as XLSX (`f=xlsx`).";
            s.ExampleRequest = new Request { From = 2020, To = 2024, Mode = "velo", Severity = "tue,hospitalise", Territory = "epci:200072460" };
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
        var filter = r.Filter;
        if (OutputFormat.Resolve(r.F, HttpContext.Request) is var format && OutputFormat.IsTable(format))
        {
            var rows = format == OutputFormat.Csvw ? []
                : (await connection.QueryAsync<Data.Row>(new CommandDefinition(Data.Rows, filter.Parameters, cancellationToken: ct))).ToList();
            var years = r.From is null && r.To is null ? null : $"{r.From?.ToString(CultureInfo.InvariantCulture) ?? "…"}-{r.To?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
            var table = new ExportTable(AccidentsLayer.Definition.Title, "accidents", AccidentsLayer.Definition.Title, Columns,
                [ExportSource.OfLayer(AccidentsLayer.Definition, "accidents ; personnes", years,
                    "Données publiques (BAAC, ONISR) : aucun secret statistique ; les victimes ne sont données qu'en nombres par accident.")],
                [.. Asked(r)])
            {
                FormatParameter = "f",
            };
            await table.SendAsync(HttpContext, format, () => rows.Select(a => new object?[]
            {
                a.NumAcc, a.Date, a.Time, a.Year, a.Month, a.HourBand, a.Commune, a.CommuneName, a.Agglomeration ? "true" : "false",
                a.Intersection, a.Lighting, a.Weather, a.Severity, a.Killed, a.Hospitalised, a.LightlyInjured, a.Ksi, a.Modes,
                a.PietonOuCycliste ? "true" : "false", a.Longitude, a.Latitude,
            }), ct);
            return;
        }
        var totals = await connection.QuerySingleAsync<AccidentTotals>(new CommandDefinition(Data.Totals, filter.Parameters, cancellationToken: ct));
        await using var features = await connection.ExecuteReaderAsync(new CommandDefinition(Data.Features, filter.Parameters, cancellationToken: ct));
        await FeatureCollectionWriter.WriteAsync(HttpContext.Response, features,
            new Dictionary<string, object?> { ["totals"] = totals }, ct);
    }

    /// <summary>The filter as the workbook's metadata states it.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Asked(Request r)
    {
        (string Label, object? Value)[] filters =
        [
            ("Depuis", r.From), ("Jusqu'à", r.To), ("Mois", r.Month), ("Tranche horaire", r.HourBand), ("Modes", r.Mode),
            ("Gravité", r.Severity), ("En agglomération", r.Agglomeration), ("Territoire", r.Territory), ("Loi", r.Loi),
        ];
        return filters.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Label, ExportTable.Text(f.Value)));
    }
}

internal static class Data
{
    public static readonly string Features = AccidentFilter.Query("Observatories/Mobilite/Accidents/GetAccidents/Features.sql");
    public static readonly string Rows = AccidentFilter.Query("Observatories/Mobilite/Accidents/GetAccidents/Rows.sql");
    public static readonly string Totals = AccidentFilter.Query("Observatories/Mobilite/Accidents/GetAccidents/Totals.sql");

    public sealed record Row(string NumAcc, DateOnly Date, string Time, int Year, int Month, string HourBand, string Commune, string CommuneName,
        bool Agglomeration, string? Intersection, string? Lighting, string? Weather, string Severity, int Killed, int Hospitalised,
        int LightlyInjured, int Ksi, string Modes, bool PietonOuCycliste, double Longitude, double Latitude);
}
