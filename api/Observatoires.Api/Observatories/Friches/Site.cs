using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Friches;

/// <summary>A brownfield's characterisation sheet, as stored (the area comes from the geometry).</summary>
internal sealed record Site(
    int Id, string Name, string CommuneId, string CommuneName, string? EpciId, string FormerActivity, string Ownership,
    string Pollution, int? BuildingSurfaceM2, string BuildingState, string PlanningZone, int? DistanceRoadM,
    int? DistanceStationM, int? DistanceWaterwayM, bool FloodRisk, bool ProtectedArea, string Status,
    DateOnly IdentifiedOn, DateOnly? FieldCheckedOn, DateOnly StatusChangedOn, double AreaHa)
{
    private const string Select = """
        select s.id, s.name, s.commune_id, c.name as commune_name,
               (select m.parent_id from platform.territory_membership m where m.member_id = s.commune_id and m.parent_id like 'epci:%' limit 1) as epci_id,
               s.former_activity, s.ownership, s.pollution, s.building_surface_m2, s.building_state, s.planning_zone,
               s.distance_road_m, s.distance_station_m, s.distance_waterway_m, s.flood_risk, s.protected_area, s.status,
               s.identified_on, s.field_checked_on, s.status_changed_on, st_area(s.geom::geography) / 10000 as area_ha
        from friches.site s join platform.territory c on c.id = s.commune_id
        """;

    /// <summary>Every site, or those of the given ids.</summary>
    public static async Task<IReadOnlyList<Site>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null, int? id = null) =>
        [.. (await connection.QueryAsync<Row>(Select + (id is null ? "" : " where s.id = @id") + " order by s.id", new { id }, transaction))
            .Select(r => r.ToSite())];

    private sealed record Row(int id, string name, string commune_id, string commune_name, string? epci_id, string former_activity,
        string ownership, string pollution, int? building_surface_m2, string building_state, string planning_zone,
        int? distance_road_m, int? distance_station_m, int? distance_waterway_m, bool flood_risk, bool protected_area,
        string status, DateOnly identified_on, DateOnly? field_checked_on, DateOnly status_changed_on, double area_ha)
    {
        public Site ToSite() => new(id, name, commune_id, commune_name, epci_id, former_activity, ownership, pollution,
            building_surface_m2, building_state, planning_zone, distance_road_m, distance_station_m, distance_waterway_m,
            flood_risk, protected_area, status, identified_on, field_checked_on, status_changed_on, area_ha);
    }
}
