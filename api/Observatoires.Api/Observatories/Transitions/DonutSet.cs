using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Transitions;

/// <summary>A dimension of the Donut: a catalogue indicator with a social floor or an ecological ceiling.</summary>
/// <param name="Code">Its code in the set (logement-social).</param>
/// <param name="Ring">social (a floor: the inner ring, the social foundation) or ecological (a ceiling: the outer ring).</param>
/// <param name="Indicator">The catalogue indicator that measures it (habitat.part_logements_sociaux), yearly.</param>
/// <param name="Direction">up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum.</param>
/// <param name="Bound">The floor or ceiling, in the indicator's unit, above 0.</param>
/// <param name="Source">Where the bound comes from (a law, a national figure, the agency's choice).</param>
internal sealed record DonutDimension(string Code, string Label, string Ring, string Indicator, string Direction, double Bound, string Source);

/// <summary>The Donut's set of dimensions, one versioned object the agency edits.</summary>
/// <param name="Version">Bumped by every change.</param>
/// <param name="Etag">Its version as an entity tag: send it as If-Match to change the set.</param>
internal sealed record DonutSet(IReadOnlyList<DonutDimension> Dimensions, int Version, string Etag, DateTimeOffset UpdatedAt)
{
    public static string ETagOf(int version) => $"\"transitions-donut-v{version}\"";

    /// <summary>The set; in a write's transaction, locked until it commits.</summary>
    public static async Task<(DonutSet Set, string UpdatedBy)> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var (version, updatedAt, updatedBy) = await connection.QuerySingleAsync<(int, DateTime, string)>(
            "select version, updated_at, updated_by from transitions.donut_set" + (transaction is null ? "" : " for update"), transaction: transaction);
        var dimensions = (await connection.QueryAsync<DonutDimension>("""
            select code, label, ring, indicator, direction, bound, source from transitions.donut_dimension order by sort_order, code
            """, transaction: transaction)).ToList();
        return (new(dimensions, version, ETagOf(version), new DateTimeOffset(DateTime.SpecifyKind(updatedAt, DateTimeKind.Utc))), updatedBy);
    }
}
