using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Environnement.GetSurchauffe;

internal sealed class Request
{
    /// <summary>The territory: a commune (commune:62498), an EPCI (epci:200072460), a groupement (groupement:aula) or a custom zone (custom:62119+62498).</summary>
    public string Territory { get; set; } = "";

    /// <summary>The year of the image whose zones count (2022); the newest image when absent.</summary>
    [QueryParam] public int? Year { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62498)");
            RuleFor(r => r.Year).InclusiveBetween(1980, 2100).WithMessage("year is an image's year, e.g. 2022");
        }
    }
}

/// <summary>How many of one building type are in the zones.</summary>
internal sealed record SurchauffeBuildingCount(string Type, string Label, int Count);

/// <summary>The exposure to one kind of zone (hot spots or cool islands).</summary>
/// <param name="Population">Inhabitants in the zones: each 200 m cell's population × the share of its area inside them, rounded to a tenth.</param>
/// <param name="Share">Population ÷ the territory's gridded population, in % (one decimal); null without population.</param>
/// <param name="Buildings">Sensitive buildings in the zones, all types together.</param>
/// <param name="ByType">The same by type, every type listed (zero included).</param>
internal sealed record SurchauffeExposure(double Population, double? Share, int Buildings, IReadOnlyList<SurchauffeBuildingCount> ByType);

/// <summary>A sensitive building in a hot spot.</summary>
/// <param name="ZoneClass">The class of the hottest hot spot holding it: chaleur_forte or chaleur.</param>
internal sealed record SurchauffeBuilding(string Id, string Name, string Type, string TypeLabel, SurchauffeCommune Commune, string? Address,
    string ZoneClass, string ZoneClassLabel, double Lon, double Lat);

/// <summary>The commune or territory named.</summary>
internal sealed record SurchauffeCommune(string Id, string Name);

/// <param name="Year">The image's year; null when no zone is loaded (then every figure is zero).</param>
/// <param name="ImageDates">The dates of that year's images.</param>
/// <param name="Population">The territory's gridded population (Σ of its communes' 200 m cells).</param>
/// <param name="Years">Every image year loaded, newest first.</param>
/// <param name="BuildingsInHotSpots">Which sensitive buildings are in a hot spot, by commune, type and name.</param>
internal sealed record Response(TerritoryRef Territory, int? Year, IReadOnlyList<DateOnly> ImageDates, IReadOnlyList<int> Years,
    double Population, SurchauffeExposure HotSpots, SurchauffeExposure CoolIslands, IReadOnlyList<SurchauffeBuilding> BuildingsInHotSpots);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/environnement/surchauffe/{territory}");
        Options(o => o.WithMetadata(new ReadsData(EnvironnementLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Urban overheating in a territory: how many people and which sensitive buildings are in a hot spot";
            s.Description = "Crosses, in PostGIS, the zones of a surface-temperature image (hot spots and cool islands) with the gridded " +
                            "population (INSEE's 200 m cells) and the sensitive public buildings (schools, crèches, EHPAD, health centres) " +
                            "of the territory's communes. The rule: a cell's population counts in proportion to the share of its area " +
                            "inside the union of the image's hot-spot polygons (areas in Lambert-93); a cell belongs to the commune " +
                            "holding its centre; a building on a zone's edge is in it. The share is Σ population in hot spots ÷ Σ " +
                            "population. The same for the cool islands. The newest image unless year is given; an unknown territory is a 404. " +
                            "The same figures per commune, as indicators environnement.*, go through the platform's indicator routes.";
            s.ExampleRequest = new Request { Territory = "commune:62498" };
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
        var years = (await Data.YearsAsync(connection)).ToList();
        var year = r.Year ?? (years.Count > 0 ? years[0] : null);
        var communes = target.CoveredCommunes;
        var exposures = year is null ? [] : (await Surchauffe.CommunesAsync(connection, null, communes, year)).ToList();
        var buildings = year is null ? [] : (await Surchauffe.BuildingsAsync(connection, null, communes, year)).ToList();
        var population = exposures.Sum(e => e.Population);
        SurchauffeExposure Of(double people, Func<BuildingExposure, bool> inZone) => new(
            Math.Round(people, 1), population > 0 ? Math.Round(100 * people / population, 1) : null, buildings.Count(inZone),
            [.. Vocabulary.BuildingTypes.Select(t => new SurchauffeBuildingCount(t.Code, t.Label, buildings.Count(b => b.Type == t.Code && inZone(b))))]);
        var exposed = buildings.Where(b => b.HotClass is not null).Select(b => new SurchauffeBuilding(b.Id, b.Name, b.Type,
            Vocabulary.Label(Vocabulary.BuildingTypes, b.Type), new(b.CommuneId, b.CommuneName), b.Address, b.HotClass!,
            Vocabulary.Label(Vocabulary.ZoneClasses, b.HotClass!), Math.Round(b.Lon, 6), Math.Round(b.Lat, 6)));
        await Send.OkAsync(new Response(TerritoryRef.Of(target), year, year is null ? [] : [.. await Data.ImageDatesAsync(connection, year.Value)],
            years, Math.Round(population, 1), Of(exposures.Sum(e => e.HotPopulation), b => b.HotClass is not null),
            Of(exposures.Sum(e => e.CoolPopulation), b => b.CoolClass is not null), [.. exposed]), ct);
    }
}

internal static class Data
{
    public static Task<IEnumerable<int>> YearsAsync(NpgsqlConnection connection) =>
        connection.QueryAsync<int>(
            "select distinct extract(year from image_date)::int as year from environnement.zone order by 1 desc");

    public static Task<IEnumerable<DateOnly>> ImageDatesAsync(NpgsqlConnection connection, int year) =>
        connection.QueryAsync<DateOnly>(
            "select distinct image_date from environnement.zone where extract(year from image_date) = @year order by 1", new { year });
}
