using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Geo;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Indicators.GetBreaks;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetMap;

internal sealed class Request : GetBreaks.Request
{
    /// <summary>Contour detail: low (simplified at 500 m), medium (100 m, default) or full.</summary>
    public string? Resolution { get; set; }

    internal new sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            Include(new GetBreaks.Request.Rules<Request>());
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}

/// <summary>
/// A choropleth as a GeoJSON FeatureCollection (RFC 7946), with the indicator, the period and the legend as
/// foreign members. The endpoint streams it; these types document it and give each feature's properties.
/// </summary>
/// <param name="Type">Always FeatureCollection.</param>
/// <param name="Legend">The classes and their colours, as GET /breaks gives them.</param>
internal sealed record ChoroplethMap(string Type, IndicatorSummary Indicator, string Period, Legend Legend,
    IReadOnlyList<ChoroplethFeature> Features);

/// <param name="Type">Always Feature.</param>
/// <param name="Id">The territory's id (level:code).</param>
/// <param name="Geometry">Its contour, generalised for the scale asked (resolution); null if it has none.</param>
internal sealed record ChoroplethFeature(string Type, string Id, SurfaceGeometry? Geometry, ChoroplethProperties Properties);

/// <param name="Value">Null when the value is secret or missing.</param>
/// <param name="Status">definitive, provisional, estimated, secret, restricted (outside a partner's scope), or null.</param>
/// <param name="Rank">1 = best (highest, or lowest when lower is better); null without a published number.</param>
/// <param name="ClassIndex">The legend's class (0-based); null without a published number.</param>
/// <param name="Colour">#rrggbb: the class's colour, or the legend's secret or no-data colour.</param>
internal sealed record ChoroplethProperties(string Id, string Name, string Level, double? Value, string? Status, int? Rank,
    int? ClassIndex, string Colour);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request>
{
    private static readonly string GeometriesSql = SqlResource.Get("Platform/Indicators/GetMap/Geometries.sql");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Configure()
    {
        Get("/api/v1/indicators/{code}/map");
        AllowAnonymous();
        Description(d => d.Produces(200, typeof(ChoroplethMap), FeatureCollectionWriter.ContentType)
            .ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "A choropleth map of an indicator, as GeoJSON";
            s.Description = "A FeatureCollection ready to draw: each territory's contour (generalised for the scale), name, " +
                            "value, status, class index and colour, with the legend (same as /breaks) and the indicator's metadata " +
                            "as top-level members. Secret values have no number and the secret colour.";
            s.ExampleRequest = new Request { Code = "portrait.part_plus_65_ans", Level = "commune", Within = "groupement:aula", Method = "jenks", Classes = 5 };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = callers.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (opened, failure) = await IndicatorRequests.OpenAsync(this, connection, hierarchies, caller, r.Code, r.Period, r.Level,
            r.Within, []);
        if (opened is not var (indicator, period, selection, hierarchy))
        {
            await Send.ResultAsync(failure!);
            return;
        }
        GetBreaks.Endpoint.CheckFixedClasses(this, r, indicator);
        AsOfDate.TryParse(r.AsOf, out var asOf);
        var table = await ClassifiedTable.BuildAsync(connection, hierarchy, indicator, selection, period, asOf, caller, r.ParsedMethod, r.Classes);

        var geometries = (await connection.QueryAsync<(string Id, string? Geometry)>(GeometriesSql, new
        {
            Ids = selection.Targets.Select(t => t.Id).ToArray(),
            Resolution = r.Resolution ?? "medium",
            GeometryResolution.Of(r.Resolution ?? "medium").Decimals,
        })).ToDictionary(g => g.Id, g => g.Geometry);

        HttpContext.StartRaw(FeatureCollectionWriter.ContentType);
        // Over the response's pipe: the serializer's own flushes only hand bytes over, they never block on the socket.
        var output = HttpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WritePropertyName("indicator");
        JsonSerializer.Serialize(writer, IndicatorSummary.Of(indicator), Json);
        writer.WriteString("period", period);
        writer.WritePropertyName("legend");
        JsonSerializer.Serialize(writer, GetBreaks.Endpoint.LegendOf(table, indicator), Json);
        writer.WriteStartArray("features");
        foreach (var row in table.Rows)
        {
            var f = row.Figure;
            var classIndex = table.ClassOf(row);
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteString("id", row.Target.Id);
            writer.WritePropertyName("geometry");
            if (geometries.GetValueOrDefault(row.Target.Id) is { } geometry)
                writer.WriteRawValue(geometry, skipInputValidation: true);
            else
                writer.WriteNullValue();
            writer.WritePropertyName("properties");
            JsonSerializer.Serialize(writer, new ChoroplethProperties(row.Target.Id, row.Target.Name, row.Target.Level, f.Value, f.Status,
                row.Rank, classIndex, classIndex is { } k ? table.Classification.Classes[k].Colour
                    : f.IsSecret ? ClassifiedTable.SecretColour : ClassifiedTable.NoDataColour), Json);
            writer.WriteEndObject();
            if (writer.BytesPending > 32 * 1024)
            {
                writer.Flush();
                await output.FlushAsync(ct);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await output.FlushAsync(ct);
    }
}
