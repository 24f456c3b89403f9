using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Energie.Toile.GetToile;

/// <summary>The Toile's figures.</summary>
/// <param name="Perimeter">The perimeter the large sites' share is taken in (groupement:aula).</param>
/// <param name="LargeSites">Industrial sites over 10 GWh a year in the perimeter.</param>
/// <param name="LargeSitesGwh">Their consumption summed, GWh a year; null when withheld.</param>
/// <param name="IndustrialConsumptionYear">The energy accounts' latest year of industrial consumption in the perimeter.</param>
/// <param name="IndustrialConsumptionGwh">The perimeter's industrial consumption that year (energy accounts, sum of its communes).</param>
/// <param name="LargeSitesShare">The large sites' share of it, % (one decimal); null when withheld or without accounts.</param>
/// <param name="Withheld">Whether their sum and share are withheld for the caller: when one or two of them are anonymised
/// for it, it could subtract the sites it sees from the sum and find theirs.</param>
/// <param name="AnonymisedSites">Industrial sites (all the Toile's) the caller sees anonymised.</param>
/// <param name="ProductionGwh">The producers' annual production summed, GWh.</param>
/// <param name="ExistingFlows">The Toile's existing flows, including those withheld from the caller.</param>
/// <param name="PotentialFlows">Its potential flows, including those withheld from the caller.</param>
/// <param name="WithheldFlows">Flows left out of the caller's edges: a source substation's supply of a site it sees anonymised
/// (every site takes its electricity from its nearest substation, which would place it finer than its EPCI).</param>
internal sealed record ToileTotals(string Perimeter, string PerimeterName, int LargeSites, double? LargeSitesGwh, int? IndustrialConsumptionYear,
    double? IndustrialConsumptionGwh, double? LargeSitesShare, bool Withheld, int AnonymisedSites, int Producers, double ProductionGwh,
    int ExistingFlows, int PotentialFlows, int WithheldFlows);

internal sealed record Response(IReadOnlyList<ToileNode> Nodes, IReadOnlyList<ToileEdge> Edges, ToileTotals Totals);

internal sealed class Endpoint(NpgsqlDataSource dataSource, ICallerAccessor callers) : EndpointWithoutRequest<Response>
{
    private static readonly string IndustrialConsumption = SqlResource.Get("Observatories/Energie/Toile/GetToile/IndustrialConsumption.sql");

    public override void Configure()
    {
        Get("/api/v1/energie/toile");
        Options(o => o.WithMetadata(new ReadsData(EnergieModule.DataDomain, TerritoryGeometry.DataDomain)));
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "The Toile énergétique®: industrial sites over 10 GWh/yr, producers, substations, heat networks and the flows between them";
            s.Description = "Every node and flow of the graph, and its figures: the large sites' consumption and their share of the " +
                            "perimeter's industrial consumption, computed from the energy accounts' latest year. Sites' names, volumes and " +
                            "positions are partner data: partners see those of their territory, the agency all; anyone else sees a site by " +
                            "its sector and size class at its EPCI's representative point (positionPrecision epci), and each flow touching it " +
                            "by its volume class; its supply by a source substation, which would tell the substation nearest to it, is " +
                            "left out (counted in totals.withheldFlows).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var view = new ToileView(await ToileGraph.LoadAsync(connection), callers.Current);
        var industrial = await connection.QuerySingleOrDefaultAsync<Industrial>(IndustrialConsumption, new { ToileGraph.Perimeter });
        var perimeterName = await connection.ExecuteScalarAsync<string?>("select name from platform.territory where id = @Perimeter",
            new { ToileGraph.Perimeter }) ?? ToileGraph.Perimeter;
        await Send.OkAsync(new Response(view.Nodes, view.Edges, TotalsOf(view, industrial, perimeterName)), ct);
    }

    private static ToileTotals TotalsOf(ToileView view, Industrial? industrial, string perimeterName)
    {
        var graph = view.Graph;
        var large = graph.Nodes.Where(n => n.Kind == ToileGraph.Consumer && n.InPerimeter && graph.ConsumptionOf(n.Id) > ToileGraph.LargeSiteGwh).ToList();
        var hidden = large.Count(n => view.Hidden.Contains(n.Id));
        var withheld = hidden is 1 or 2;
        var sum = large.Sum(n => graph.ConsumptionOf(n.Id));
        double? share = !withheld && industrial is { Gwh: > 0 } i ? Math.Round(100 * sum / i.Gwh, 1) : null;
        var producers = graph.Nodes.Where(n => n.Kind == "producteur").ToList();
        return new ToileTotals(ToileGraph.Perimeter, perimeterName, large.Count, withheld ? null : Math.Round(sum, 1), industrial?.Year,
            industrial is { } t ? Math.Round(t.Gwh, 1) : null, share, withheld, view.Hidden.Count, producers.Count,
            Math.Round(producers.Sum(p => p.ProductionGwh ?? 0), 1), graph.Edges.Count(e => e.Status == "existing"),
            graph.Edges.Count(e => e.Status == "potential"), view.WithheldEdges);
    }

    private sealed record Industrial(int Year, double Gwh);
}
