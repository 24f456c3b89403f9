using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Observatories.Energie.Toile;

internal sealed record ToileCarrierVolume(string Carrier, double Gwh);

/// <summary>A node of the Toile as the caller may see it.</summary>
/// <param name="Kind">consommateur (industrial site over 10 GWh/yr), producteur, poste_source or reseau_chaleur.</param>
/// <param name="Label">Its name, or for an industrial site the caller may not see, its sector and size class.</param>
/// <param name="Name">Its name; null for an anonymised site.</param>
/// <param name="Anonymised">Whether the caller sees this site anonymised: no name, no exact volume, no exact position.</param>
/// <param name="Sector">An industrial site's sector, a producer's source; null otherwise.</param>
/// <param name="Territory">Its commune, or when anonymised its EPCI (its département for a commune in no EPCI).</param>
/// <param name="PositionPrecision">site (its own position), or when anonymised epci (the EPCI's representative point) or
/// departement (the département's, for a commune in no EPCI).</param>
/// <param name="ConsumptionGwh">An industrial site's consumption, GWh a year (null when anonymised).</param>
/// <param name="ConsumptionClass">An industrial site's consumption class (for everyone).</param>
/// <param name="ConsumptionByCarrier">An industrial site's consumption by energy carrier (null when anonymised).</param>
/// <param name="EmissionsKt">An industrial site's direct emissions, kt CO2e a year (null when anonymised).</param>
/// <param name="ProductionGwh">A producer's annual production, GWh (including what goes to the public grids).</param>
/// <param name="CapacityMw">A source substation's S3RENR capacity still available for renewables, MW.</param>
/// <param name="CreatedYear">A heat network's year of creation.</param>
/// <param name="DeliveryPoints">A heat network's delivery points.</param>
/// <param name="WasteHeatGwh">Recoverable waste heat it could give away, GWh a year (null when anonymised or none).</param>
/// <param name="HeatDemandGwh">Low-temperature heat demand recovered heat could meet, GWh a year (null when anonymised or none).</param>
internal sealed record ToileNode(int Id, string Kind, string Label, string? Name, bool Anonymised, string? Sector, string Territory,
    string TerritoryName, string PositionPrecision, double Longitude, double Latitude, double? ConsumptionGwh, ToileClass? ConsumptionClass,
    IReadOnlyList<ToileCarrierVolume>? ConsumptionByCarrier, double? EmissionsKt, double? ProductionGwh, double? CapacityMw, int? CreatedYear,
    int? DeliveryPoints, double? WasteHeatGwh, double? HeatDemandGwh);

/// <summary>A flow of the Toile as the caller may see it.</summary>
/// <param name="From">The node it leaves.</param>
/// <param name="To">The node it reaches.</param>
/// <param name="Carrier">electricite, gaz, chaleur, biogaz or vapeur.</param>
/// <param name="Kind">supply, exchange (between two sites) or waste_heat (recovered heat).</param>
/// <param name="Status">existing, or potential (studied, not built).</param>
/// <param name="Gwh">Its annual volume; null when it touches a site the caller sees anonymised.</param>
/// <param name="VolumeClass">Its volume class (for everyone).</param>
internal sealed record ToileEdge(int Id, int From, int To, string Carrier, string Kind, string Status, double? Gwh, ToileClass VolumeClass);

/// <summary>
/// One caller's view of the Toile. Industrial sites are partner data: a partner sees those of the communes in its
/// scope, the agency all of them, with name, volumes and position; everyone else sees them anonymised (sector, size
/// class, the representative point of their EPCI, or of their département for a commune in no EPCI), and every flow
/// touching one with its volume class only. Producers, substations and heat networks are public. Nothing in the view
/// depends on a hidden site's position: a site takes its electricity from its nearest source substation, so the flow
/// between a substation and a hidden site is left out (it would name the substation nearest to it), and distances
/// are taken from the positions the caller sees (<see cref="SeenPosition"/>).
/// </summary>
internal sealed class ToileView
{
    private readonly Dictionary<int, ToileNode> nodes;
    private readonly Dictionary<int, StoredNode> stored;

    public ToileView(ToileGraph graph, Caller caller)
    {
        Graph = graph;
        stored = graph.Nodes.ToDictionary(n => n.Id);
        Hidden = graph.Nodes.Where(n => n.Kind == ToileGraph.Consumer
                                        && !caller.CanSeeFiguresOf(Confidentiality.Partner, n.CommuneId, []))
            .Select(n => n.Id).ToHashSet();
        // A hidden site with no EPCI nor département to be shown in is left out rather than shown finer.
        nodes = graph.Nodes.Where(n => !Hidden.Contains(n.Id) || n.AreaId is not null)
            .ToDictionary(n => n.Id, n => NodeOf(n, graph, Hidden.Contains(n.Id)));
        Nodes = [.. graph.Nodes.Where(n => nodes.ContainsKey(n.Id)).Select(n => nodes[n.Id])];
        Edges = [.. graph.Edges.Where(Shown).Select(EdgeOf)];
    }

    public ToileGraph Graph { get; }

    /// <summary>The industrial sites this caller sees anonymised.</summary>
    public IReadOnlySet<int> Hidden { get; }

    public IReadOnlyList<ToileNode> Nodes { get; }

    /// <summary>The flows this caller sees: all but those that would tell where a hidden site is (see <see cref="Shown"/>).</summary>
    public IReadOnlyList<ToileEdge> Edges { get; }

    /// <summary>How many of the Toile's flows are left out of <see cref="Edges"/> for this caller.</summary>
    public int WithheldEdges => Graph.Edges.Count - Edges.Count;

    public ToileNode? Node(int id) => nodes.GetValueOrDefault(id);

    /// <summary>Whether a figure made from these nodes' data may be shown exactly: none of them is hidden.</summary>
    public bool SeesAll(params int[] ids) => !ids.Any(Hidden.Contains);

    /// <summary>
    /// The position a distance shown to this caller is computed from: a node's own (exact, as stored) when the caller
    /// sees it, the representative point it is shown at when it is hidden; null for a node left out of the view.
    /// </summary>
    public (double Longitude, double Latitude)? SeenPosition(int id) =>
        nodes.GetValueOrDefault(id) is not { } node ? null
        : Hidden.Contains(id) ? (node.Longitude, node.Latitude)
        : (stored[id].Longitude, stored[id].Latitude);

    /// <summary>
    /// Whether a flow is in the caller's view: both its ends are, and it does not join a hidden site to a source
    /// substation. Every site takes its electricity from its nearest substation, so such a flow would tell which
    /// substation's catchment the site lies in, much finer than its EPCI.
    /// </summary>
    private bool Shown(StoredEdge e)
    {
        if (!nodes.ContainsKey(e.FromNode) || !nodes.ContainsKey(e.ToNode))
            return false;
        var substation = stored[e.FromNode].Kind == ToileGraph.Substation || stored[e.ToNode].Kind == ToileGraph.Substation;
        return !(substation && !SeesAll(e.FromNode, e.ToNode));
    }

    private ToileEdge EdgeOf(StoredEdge e) =>
        new(e.Id, e.FromNode, e.ToNode, e.Carrier, e.Kind, e.Status, SeesAll(e.FromNode, e.ToNode) ? Math.Round(e.Gwh, 1) : null, Classes.Volume(e.Gwh));

    private static ToileNode NodeOf(StoredNode n, ToileGraph graph, bool hidden)
    {
        var consumer = n.Kind == ToileGraph.Consumer;
        var consumption = consumer ? graph.ConsumptionOf(n.Id) : (double?)null;
        var sizeClass = consumption is { } c ? Classes.Volume(c) : null;
        if (hidden)
            return new ToileNode(n.Id, n.Kind, $"Site industriel : {SectorLabel(n.Sector)}, {sizeClass!.Label}", null, true, n.Sector,
                n.AreaId!, n.AreaName!, n.AreaLevel!, Round(n.AreaLongitude!.Value, 5), Round(n.AreaLatitude!.Value, 5),
                null, sizeClass, null, null, null, null, null, null, null, null);
        return new ToileNode(n.Id, n.Kind, n.Name, n.Name, false, n.Sector, n.CommuneId, n.CommuneName, "site", Round(n.Longitude, 6),
            Round(n.Latitude, 6), consumption is { } exact ? Math.Round(exact, 1) : null, sizeClass,
            consumer ? [.. graph.Consumption[n.Id].Select(v => new ToileCarrierVolume(v.Carrier, Math.Round(v.Gwh, 1)))] : null,
            Round(n.EmissionsKt, 1), Round(n.ProductionGwh, 1), n.CapacityMw, n.CreatedYear, n.DeliveryPoints, Round(n.WasteHeatGwh, 1),
            Round(n.HeatDemandGwh, 1));
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals);

    private static double? Round(double? value, int decimals) => value is { } v ? Math.Round(v, decimals) : null;

    /// <summary>How an anonymised site's label names its sector.</summary>
    public static string SectorLabel(string? sector) => sector switch
    {
        "metallurgie" => "métallurgie",
        "agroalimentaire" => "agroalimentaire",
        "chimie" => "chimie",
        "materiaux" => "matériaux (verre, terre cuite, bois)",
        "papier_carton" => "papier-carton",
        "automobile" => "mécanique automobile",
        "plasturgie" => "plasturgie",
        "logistique" => "logistique du froid",
        null => "secteur non précisé",
        _ => sector,
    };
}
