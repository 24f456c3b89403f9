using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Tourisme.GetCapacity;

internal sealed class Request
{
    /// <summary>The territory (commune:62447, epci:200044030, custom:62447+62204); its communes of the CC des 7 Vallées and the CABBALR are counted. Default: the CC des 7 Vallées.</summary>
    [QueryParam] public string? Territory { get; set; }

    /// <summary>Only the establishments of these types, comma-separated (hotel,camping,gite,chambre_hotes,collectif,residence). Default: all.</summary>
    [QueryParam] public string? Types { get; set; }

    /// <summary>The inventory (its id, GET /api/v1/tourisme/inventories). Default: the newest.</summary>
    [QueryParam] public int? Inventory { get; set; }

    public IReadOnlyList<string> TypeList => Types is null ? [.. Vocabulary.Types.Select(t => t.Code)] : [.. Types.Split(',').Select(t => t.Trim())];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Territory).Must(t => t is null || TargetLookup.Problem(t) is null)
                .WithMessage("territory is a territory id (commune:62447, epci:200044030) or a custom zone (custom:62447+62204)");
            RuleFor(r => r.Types).Must((r, _) => r.TypeList.Count > 0 && r.TypeList.All(t => Vocabulary.Find(t) is not null))
                .When(r => r.Types is not null)
                .WithMessage($"types is a comma-separated list of {string.Join(", ", Vocabulary.Types.Select(t => t.Code))}");
            RuleFor(r => r.Inventory).GreaterThan(0).WithMessage("inventory is an inventory id (GET /api/v1/tourisme/inventories)");
        }
    }
}

/// <summary>The capacity of one type of accommodation.</summary>
/// <param name="Type">Type code.</param>
/// <param name="Label">Type in French.</param>
/// <param name="Capacity">What its capacity is counted in: chambres, emplacements or lits.</param>
/// <param name="Establishments">Establishments.</param>
/// <param name="Rooms">Rooms (hotels, chambres d'hôtes).</param>
/// <param name="Pitches">Pitches (campings).</param>
/// <param name="Beds">Beds or persons (gîtes, collective accommodation, residences).</param>
/// <param name="TouristBeds">Tourist beds (room = 2, pitch = 3, else the beds).</param>
/// <param name="Share">Its share of the territory's tourist beds, in % (its beds ÷ all the beds counted); null when there are none.</param>
internal sealed record TypeCapacity(string Type, string Label, string Capacity, int Establishments, int Rooms, int Pitches, int Beds, int TouristBeds,
    double? Share);

/// <summary>The accommodation capacity of a territory at one inventory.</summary>
/// <param name="Territory">The territory asked (id and name).</param>
/// <param name="Inventory">The inventory counted.</param>
/// <param name="Communes">Its communes in the CC des 7 Vallées and the CABBALR, which the figures cover.</param>
/// <param name="Population">Their population (the referential's).</param>
/// <param name="Establishments">Establishments of the types asked.</param>
/// <param name="TouristBeds">Their tourist beds.</param>
/// <param name="BedsPerThousand">Tourist beds per 1,000 inhabitants: Σ tourist beds ÷ Σ inhabitants × 1,000, one decimal.</param>
/// <param name="ByType">Each type asked, in the nomenclature's order.</param>
internal sealed record TourismeCapacity(CapacityTerritory Territory, TourismeInventory Inventory, int Communes, long Population, int Establishments,
    int TouristBeds, double? BedsPerThousand, IReadOnlyList<TypeCapacity> ByType);

/// <summary>A territory's id and name.</summary>
internal sealed record CapacityTerritory(string Id, string Name);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, TourismeCapacity>
{
    public override void Configure()
    {
        Get("/api/v1/tourisme/capacity");
        Options(o => o.WithMetadata(new ReadsData(TourismeLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The accommodation capacity of a territory: establishments, rooms, pitches, beds and tourist beds by type";
            s.Description = "Counts the establishments of an inventory (default: the newest) in the territory's communes that belong to the CC " +
                            "des 7 Vallées or the CABBALR, optionally of some types only. Tourist beds as INSEE counts them: a hotel or chambre " +
                            "d'hôtes room is 2 beds, a campsite pitch 3 beds, gîtes, collective accommodation and residences count their beds. " +
                            "bedsPerThousand is Σ tourist beds ÷ Σ inhabitants of those communes × 1,000. An unknown territory or inventory, or " +
                            "a territory with no commune in the two EPCIs, is a 404.";
            s.ExampleRequest = new Request { Territory = TourismeModule.Cc7v };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var id = r.Territory ?? TourismeModule.Cc7v;
        if (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), id) is not { } target)
        {
            await Send.ResultAsync(Problems.UnknownTerritory(id));
            return;
        }
        var inventories = await TourismeInventory.LoadAsync(connection, id: r.Inventory);
        if (inventories.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound(r.Inventory is null ? "No inventory is loaded yet" : $"There is no inventory {r.Inventory}"));
            return;
        }
        var inventory = inventories[0];
        var communes = await Data.CommunesAsync(connection, target.CoveredCommunes);
        if (communes.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"The observatory covers the CC des 7 Vallées and the CABBALR: {target.Name} has no commune in them"));
            return;
        }
        var types = r.TypeList;
        var rows = (await Data.ByTypeAsync(connection, inventory.Id, [.. communes.Select(c => c.Id)], [.. types])).ToDictionary(x => x.Type);
        var population = communes.Sum(c => (long)(c.Population ?? 0));
        var beds = rows.Values.Sum(x => x.TouristBeds);
        var byType = Vocabulary.Types.Where(t => types.Contains(t.Code)).Select(t => rows.TryGetValue(t.Code, out var x)
            ? new TypeCapacity(t.Code, t.Label, t.Capacity, x.Establishments, x.Rooms, x.Pitches, x.Beds, x.TouristBeds,
                beds > 0 ? Math.Round(100.0 * x.TouristBeds / beds, 1) : null)
            : new TypeCapacity(t.Code, t.Label, t.Capacity, 0, 0, 0, 0, 0, beds > 0 ? 0 : null)).ToList();
        await Send.OkAsync(new TourismeCapacity(new(target.Id, target.Name), inventory, communes.Count, population, byType.Sum(x => x.Establishments),
            beds, population > 0 ? Math.Round(1000.0 * beds / population, 1) : null, byType), ct);
    }
}

internal static class Data
{
    public static async Task<IReadOnlyList<(string Id, int? Population)>> CommunesAsync(NpgsqlConnection connection, IReadOnlyList<string> communes) =>
        [.. await connection.QueryAsync<(string, int?)>("""
            select t.id, t.population from platform.territory t
            where t.id = any(@communes) and exists (select from platform.territory_membership m where m.member_id = t.id and m.parent_id = any(@Epcis))
            """, new { communes = communes.ToArray(), TourismeIndicators.Epcis })];

    public static Task<IEnumerable<(string Type, int Establishments, int Rooms, int Pitches, int Beds, int TouristBeds)>> ByTypeAsync(
        NpgsqlConnection connection, int inventory, string[] communes, string[] types) =>
        connection.QueryAsync<(string, int, int, int, int, int)>("""
            select a.type, count(*)::integer, coalesce(sum(a.rooms), 0)::integer, coalesce(sum(a.pitches), 0)::integer,
                   coalesce(sum(a.beds), 0)::integer, sum(a.tourist_beds)::integer
            from tourisme.accommodation a
            where a.inventory_id = @inventory and a.commune_id = any(@communes) and a.type = any(@types)
            group by a.type
            """, new { inventory, communes, types });
}
