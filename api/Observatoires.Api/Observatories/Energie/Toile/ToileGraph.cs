using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Energie.Toile;

/// <summary>A node as stored, with its commune and the area an anonymised site is shown in, with its representative point.</summary>
/// <param name="AreaId">Its commune's EPCI, or its département when the commune is in no EPCI; null when it has neither.</param>
/// <param name="AreaLevel">epci or departement.</param>
/// <param name="InPerimeter">Whether it lies in the perimeter the large sites' share is computed on (the AULA).</param>
internal sealed record StoredNode(int Id, string Kind, string Name, string CommuneId, string CommuneName, string? AreaId, string? AreaName,
    string? AreaLevel,
    string? Sector, double? EmissionsKt, double? ProductionGwh, double? CapacityMw, int? CreatedYear, int? DeliveryPoints,
    double? WasteHeatGwh, double? HeatDemandGwh, double Longitude, double Latitude, double? AreaLongitude, double? AreaLatitude,
    bool InPerimeter);

internal sealed record StoredConsumption(int NodeId, string Carrier, double Gwh);

internal sealed record StoredEdge(int Id, int FromNode, int ToNode, string Carrier, double Gwh, string Status, string Kind);

/// <summary>The Toile énergétique® as stored, before any caller's view of it (<see cref="ToileView"/>).</summary>
internal sealed record ToileGraph(IReadOnlyList<StoredNode> Nodes, ILookup<int, StoredConsumption> Consumption, IReadOnlyList<StoredEdge> Edges)
{
    /// <summary>The perimeter whose industrial consumption the large sites' share is taken of.</summary>
    public const string Perimeter = "groupement:aula";

    public const string Consumer = "consommateur";

    public const string Substation = "poste_source";

    /// <summary>The Toile's threshold: industrial sites consuming more than this, GWh a year.</summary>
    public const double LargeSiteGwh = 10;

    public static readonly string[] Kinds = ["consommateur", "producteur", "poste_source", "reseau_chaleur"];
    public static readonly string[] Carriers = ["electricite", "gaz", "chaleur", "biogaz", "vapeur"];
    public static readonly string[] EdgeKinds = ["supply", "exchange", "waste_heat"];
    public static readonly string[] Statuses = ["existing", "potential"];

    private static readonly string Query = SqlResource.Get("Observatories/Energie/Toile/Graph.sql");

    public static async Task<ToileGraph> LoadAsync(NpgsqlConnection connection)
    {
        await using var results = await connection.QueryMultipleAsync(Query, new { Perimeter });
        var nodes = (await results.ReadAsync<StoredNode>()).ToList();
        var consumption = (await results.ReadAsync<StoredConsumption>()).ToLookup(c => c.NodeId);
        var edges = (await results.ReadAsync<StoredEdge>()).ToList();
        return new ToileGraph(nodes, consumption, edges);
    }

    /// <summary>A consumer's consumption, all carriers.</summary>
    public double ConsumptionOf(int node) => Consumption[node].Sum(c => c.Gwh);
}
