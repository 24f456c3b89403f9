using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>An inventory of the accommodation supply: one dated vintage of the establishments.</summary>
/// <param name="Id">Inventory id.</param>
/// <param name="Label">Its name ("Inventaire des hébergements au 1er janvier 2025").</param>
/// <param name="AsOf">The date it describes; its year is the period of its indicators.</param>
/// <param name="Source">Where its establishments come from.</param>
/// <param name="Establishments">Establishments it holds.</param>
/// <param name="TouristBeds">Their tourist beds.</param>
/// <param name="ImportedAt">When it was loaded.</param>
internal sealed record TourismeInventory(int Id, string Label, DateOnly AsOf, string Source, int Establishments, int TouristBeds, DateTime ImportedAt)
{
    /// <summary>Every inventory, newest first (by its date, then by id), or the one asked.</summary>
    public static async Task<IReadOnlyList<TourismeInventory>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null, int? id = null) =>
        [.. await connection.QueryAsync<TourismeInventory>("""
            select i.id, i.label, i.as_of as asof, i.source,
                   (select count(*)::integer from tourisme.accommodation a where a.inventory_id = i.id) as establishments,
                   (select coalesce(sum(a.tourist_beds), 0)::integer from tourisme.accommodation a where a.inventory_id = i.id) as touristbeds,
                   i.imported_at as importedat
            from tourisme.inventory i where @id::integer is null or i.id = @id
            order by i.as_of desc, i.id desc
            """, new { id }, transaction)];
}
