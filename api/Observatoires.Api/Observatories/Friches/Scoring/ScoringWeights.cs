using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Friches.Scoring;

/// <summary>The weights in force: the agency's default, and per EPCI its overrides of some criteria.</summary>
internal sealed class ScoringWeights(IReadOnlyDictionary<string, double> defaults, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> byEpci)
{
    public IReadOnlyDictionary<string, double> Defaults => defaults;

    /// <summary>The weights for a site of this EPCI: its overrides over the defaults.</summary>
    public IReadOnlyDictionary<string, double> For(string? epci) =>
        epci is not null && byEpci.TryGetValue(epci, out var overrides)
            ? defaults.ToDictionary(d => d.Key, d => overrides.TryGetValue(d.Key, out var w) ? w : d.Value)
            : defaults;

    public static async Task<ScoringWeights> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var rows = (await connection.QueryAsync<(string Criterion, string? Epci, double Weight)>(
            "select criterion, epci_id, weight from friches.scoring_weight", transaction: transaction)).ToList();
        return new(rows.Where(r => r.Epci is null).ToDictionary(r => r.Criterion, r => r.Weight),
            rows.Where(r => r.Epci is not null).GroupBy(r => r.Epci!)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)g.ToDictionary(r => r.Criterion, r => r.Weight)));
    }
}
