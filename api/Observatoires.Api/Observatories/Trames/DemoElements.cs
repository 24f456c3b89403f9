using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Trames;

/// <summary>
/// Demo elements of the four networks of the CALL, named after real places of the study (the terrils of the 11/19, the
/// colline de Lorette, the Souchez, the canal de Lens, the cavaliers miniers, the Chaîne des parcs...), drawn as shapes in
/// metres around their commune's point on surface and cut to the commune's contour (PlaceDemoElements.sql), so that
/// they follow contour imports. Deterministic: fixed shapes, no randomness.
/// </summary>
internal static class DemoElements
{
    public const string Source = "Trames écologiques de la CALL (AULA, 2024) : géométrie de démonstration";

    /// <param name="Shape">Lambert-93 offsets in metres from the commune's point on surface: a reservoir's centre and radius
    /// (x, y, r), or a corridor's vertices (x1, y1, x2, y2, ...).</param>
    private sealed record Demo(string Network, string Kind, string Name, string Status, string Insee, double[] Shape);

    private static readonly Demo[] Elements =
    [
        new("verte", "reservoir", "Terrils jumeaux du 11/19", "a_preserver", "62528", [0, 0, 450]),
        new("verte", "reservoir", "Colline de Notre-Dame-de-Lorette", "existant", "62001", [100, -150, 600]),
        new("verte", "reservoir", "Parc de la Glissoire", "existant", "62065", [-100, 100, 350]),
        new("verte", "reservoir", "Crête de Vimy", "a_preserver", "62861", [0, 200, 550]),
        new("verte", "corridor", "Cavalier minier de Liévin à Lens", "a_restaurer", "62510", [-900, -300, -200, 100, 700, 400]),
        new("verte", "corridor", "Chaîne des parcs, tronçon de Lens", "a_creer", "62498", [-800, 200, 0, 0, 800, -250]),
        new("bleue", "reservoir", "Marais de Wingles", "a_preserver", "62895", [200, 0, 500]),
        new("bleue", "reservoir", "Étangs de Harnes", "existant", "62413", [0, -100, 400]),
        new("bleue", "corridor", "Vallée de la Souchez", "a_restaurer", "62801", [-1000, 200, -300, -100, 600, 100, 1100, -200]),
        new("bleue", "corridor", "Canal de Lens", "existant", "62842", [-900, -400, 0, 0, 900, 350]),
        new("noire", "reservoir", "Cœur de nuit de la colline de Lorette", "a_preserver", "62001", [0, 300, 400]),
        new("noire", "corridor", "Corridor noir de la Souchez", "a_restaurer", "62065", [-800, -200, 0, 100, 800, 0]),
        new("agricole", "reservoir", "Plaine agricole de Vimy", "existant", "62861", [-400, -400, 500]),
        new("agricole", "reservoir", "Plateau de Servins", "a_preserver", "62793", [0, 0, 500]),
        new("agricole", "corridor", "Haies bocagères d'Ablain-Saint-Nazaire", "a_restaurer", "62001", [-700, -600, 0, -500, 700, -650]),
    ];

    /// <summary>Adds the demo elements of the communes present, with their creation in their history, once; returns the rows added.</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from trames.element)", transaction: transaction))
            return 0;
        var communes = territory.Communes.Select(c => c.Id).ToHashSet();
        var elements = Elements.Where(e => communes.Contains("commune:" + e.Insee)).ToList();
        if (elements.Count == 0)
            return 0;
        // The placeholder geometry is replaced by PlaceDemoElements.sql at once, in this transaction.
        await connection.ExecuteAsync("""
            insert into trames.element (network, kind, name, status, source, commune_id, geom, updated_by, demo_shape)
            select d.network, d.kind, d.name, d.status, @Source, 'commune:' || d.insee,
                   case d.kind when 'reservoir' then 'SRID=4326;MULTIPOLYGON(((0 0,0 1,1 1,0 0)))'::geometry
                               else 'SRID=4326;MULTILINESTRING((0 0,1 1))'::geometry end,
                   'démonstration', s.shape
            from unnest(@Network, @Kind, @Name, @Status, @Insee, @Shape) with ordinality as d (network, kind, name, status, insee, shape, n)
            cross join lateral (select case d.kind
                when 'reservoir' then st_buffer(st_makepoint((d.shape::float8[])[1], (d.shape::float8[])[2]), (d.shape::float8[])[3], 'quad_segs=6')
                else st_makeline(array(select st_makepoint((d.shape::float8[])[2 * i - 1], (d.shape::float8[])[2 * i])
                                       from generate_series(1, array_length(d.shape::float8[], 1) / 2) i order by i)) end as shape) s
            order by d.n
            """, new
        {
            Source,
            Network = elements.Select(e => e.Network).ToArray(),
            Kind = elements.Select(e => e.Kind).ToArray(),
            Name = elements.Select(e => e.Name).ToArray(),
            Status = elements.Select(e => e.Status).ToArray(),
            Insee = elements.Select(e => e.Insee).ToArray(),
            Shape = elements.Select(e => "{" + string.Join(",", e.Shape.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "}").ToArray(),
        }, transaction);
        await PlaceAsync(connection, transaction, [.. elements.Select(e => "commune:" + e.Insee).Distinct()]);
        await connection.ExecuteAsync("""
            insert into trames.element_history (element_id, version, change, after, geom_after, changed_by)
            select e.id, 1, 'create', jsonb_build_object('network', e.network, 'kind', e.kind, 'name', e.name, 'status', e.status, 'source', e.source),
                   e.geom, 'démonstration'
            from trames.element e
            """, transaction: transaction);
        return elements.Count;
    }

    /// <summary>Lays the demo elements of these communes inside their current contours; returns how many were placed.</summary>
    public static Task<int> PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        connection.ExecuteAsync(SqlResource.Get("Observatories/Trames/PlaceDemoElements.sql"), new { Communes = communes.ToArray() }, transaction);
}
