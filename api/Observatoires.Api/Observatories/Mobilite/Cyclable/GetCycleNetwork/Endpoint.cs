using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable.GetCycleNetwork;

internal sealed class Request
{
    /// <summary>The territory (a commune, EPCI, groupement, département or custom zone such as custom:62119+62193); default groupement:aula.</summary>
    [QueryParam] public string Territory { get; set; } = "groupement:aula";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Territory).Must(t => TargetLookup.Problem(t) is null)
            .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62193)");
    }
}

/// <summary>The km of one facility type of the schema, by status.</summary>
/// <param name="Type">The schema's value (ame_d / ame_g), such as PISTE CYCLABLE.</param>
/// <param name="Label">Its French label.</param>
/// <param name="Family">The family the indicators count it in: piste, bande, voie_verte, double_sens, partage, autre.</param>
/// <param name="EnService">km in service.</param>
/// <param name="EnTravaux">km under works.</param>
/// <param name="Provisoire">km of temporary facility.</param>
/// <param name="NonRenseigne">km whose status the data does not give.</param>
/// <param name="Total">km, every status.</param>
internal sealed record TypeLengths(string Type, string Label, string Family, double EnService, double EnTravaux, double Provisoire,
    double NonRenseigne, double Total);

/// <summary>The km of a family of types in service (the indicators mobilite.cyclable_km_&lt;family&gt;).</summary>
internal sealed record FamilyLengths(string Family, string Label, double EnService);

/// <summary>The km of one status, every type.</summary>
/// <param name="Status">EN SERVICE, EN TRAVAUX, PROVISOIRE or NON RENSEIGNE.</param>
internal sealed record StatusLengths(string Status, string Label, double Km);

/// <summary>A commune's priority route: planned, built (its segments in service), share built.</summary>
/// <param name="Commune">commune:INSEE code.</param>
/// <param name="Name">The route's name, as its segments carry it in nom_loc.</param>
/// <param name="Share">Share built, in % (built km capped at the planned length).</param>
internal sealed record PriorityRouteItem(string Commune, string CommuneName, string Name, double PlannedKm, double BuiltKm, double Share);

/// <param name="Territory">The territory's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Population">Its population (the referential's municipal population).</param>
/// <param name="Segments">Segments with a side in the territory.</param>
/// <param name="InServiceKm">km of facility in service, side by side (the indicator mobilite.cyclable_km).</param>
/// <param name="KmPerThousand">km in service per 1,000 inhabitants; null without population.</param>
/// <param name="Types">Every facility type of the schema but AUCUN, in the schema's order, with its km by status.</param>
/// <param name="PriorityShare">Share of the priority routes built over the territory, in % (Σ built / Σ planned); null without one.</param>
internal sealed record Response(string Territory, string Name, int? Population, int Segments, double InServiceKm, double? KmPerThousand,
    IReadOnlyList<TypeLengths> Types, IReadOnlyList<FamilyLengths> Families, IReadOnlyList<StatusLengths> Statuses,
    IReadOnlyList<PriorityRouteItem> PriorityRoutes, double? PriorityShare);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/mobilite/cycle-network");
        Options(o => o.WithMetadata(new ReadsData(MobiliteModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The cycling network of a territory: km by facility type and status, per 1,000 inhabitants, priority routes";
            s.Description = "Computed from the segments now: each side with a facility counts its length for its commune (a street with a " +
                            "lane on each side twice), so the figures are those of the indicators mobilite.cyclable_* for the current year. " +
                            "Every type of the schema (but AUCUN) with its km in service, under works, temporary and without status; the " +
                            "families the indicators use; the priority route of each commune of the territory that has one, with its share built.";
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
        var sides = await CycleNetwork.SidesAsync(connection, communes, ct: ct);
        var routes = await PriorityRoute.ListAsync(connection, communes, ct: ct);
        var population = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "select sum(population) from platform.territory where id = any (@Communes)", new { Communes = communes }, cancellationToken: ct));

        static double Km(IEnumerable<FacilitySide> sides) => Math.Round(sides.Sum(s => s.Km), 2);
        var inService = sides.Where(s => s.Statut == CycleNetwork.InService).ToList();
        var types = CycleNetwork.Types.Select(t => (Type: t, Sides: sides.Where(s => s.Ame == t.Type).ToList()))
            .Select(x => new TypeLengths(x.Type.Type, x.Type.Label, x.Type.Family,
                Km(x.Sides.Where(s => s.Statut == CycleNetwork.InService)), Km(x.Sides.Where(s => s.Statut == "EN TRAVAUX")),
                Km(x.Sides.Where(s => s.Statut == "PROVISOIRE")), Km(x.Sides.Where(s => s.Statut == CycleNetwork.NotGiven)), Km(x.Sides)))
            .ToList();
        var families = CycleNetwork.Families.Select(f => new FamilyLengths(f.Family, f.Label,
            Km(inService.Where(s => CycleNetwork.TypeOf(s.Ame).Family == f.Family)))).ToList();
        var statuses = CycleNetwork.StatusList.Select(s => new StatusLengths(s.Status, s.Label, Km(sides.Where(x => x.Statut == s.Status)))).ToList();
        var km = inService.Sum(s => s.Km);
        var planned = routes.Sum(x => x.PlannedKm);
        await Send.OkAsync(new Response(target.Id, target.Name, population is null ? null : (int)population.Value,
            sides.Select(s => s.FacilityId).Distinct().Count(), Math.Round(km, 2),
            population > 0 ? Math.Round(1000 * km / population.Value, 3) : null, types, families, statuses,
            [.. routes.Select(x => new PriorityRouteItem(x.CommuneId, x.CommuneName, x.Name, Math.Round(x.PlannedKm, 2), Math.Round(x.BuiltKm, 2), x.Share))],
            planned > 0 ? Math.Round(100 * routes.Sum(x => x.CountedKm) / planned, 1) : null), ct);
    }
}
