using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Commerce.GetCentralities;

internal sealed class Request
{
    /// <summary>Only the centralities of this programme: acv (Action Cœur de Ville), pvd (Petites Villes de Demain), villages_avenir.</summary>
    [QueryParam] public string? Programme { get; set; }

    /// <summary>Only the centralities in the communes of this territory (commune:62119, epci:200072460, groupement:aula, custom:62119+62498).</summary>
    [QueryParam] public string? Territory { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public static readonly string[] Programmes = ["acv", "pvd", "villages_avenir"];

        public Validator()
        {
            RuleFor(r => r.Programme).Must(p => p is null || Programmes.Contains(p))
                .WithMessage($"programme must be one of {string.Join(", ", Programmes)}");
            RuleFor(r => r.Territory).Must(t => t is null || TargetLookup.Problem(t) is null)
                .WithMessage("territory is a territory id (commune:62119, epci:200072460, groupement:aula) or a custom zone (custom:62119+62498)");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, IReadOnlyList<CommerceCentrality>>
{
    public override void Configure()
    {
        Get("/api/v1/commerce/centralities");
        Options(o => o.WithMetadata(new ReadsData(CommerceLayers.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "The commercial centralities, with their programmes and their figures at the latest survey";
            s.Description = "Centres-villes, centres-bourgs and retail parks, filtered by programme or territory, by name. latest: the " +
                            "centrality's cells at the newest survey that covers it (active, vacant, under works), its vacancy rate (vacant ÷ " +
                            "cells, %) and its share of food (food outlets ÷ active cells, %); null when no survey covers it. An unknown " +
                            "territory is a 404.";
            s.ExampleRequest = new Request { Programme = "acv" };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        IReadOnlyList<string>? communes = null;
        if (r.Territory is not null)
        {
            if (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), r.Territory) is not { } target)
            {
                await Send.ResultAsync(Problems.UnknownTerritory(r.Territory));
                return;
            }
            communes = target.CoveredCommunes;
        }
        var centralities = await Centralities.LoadAsync(connection);
        await Send.OkAsync([.. centralities.All.Where(c => (r.Programme is null || c.Programmes.Any(p => p.Code == r.Programme))
                                                         && (communes is null || communes.Contains(c.Commune.Id)))], ct);
    }
}
