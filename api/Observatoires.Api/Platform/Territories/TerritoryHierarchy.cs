using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Territories;

/// <summary>
/// The territory hierarchy kept in memory: the communes of every territory and the EPCI of every commune.
/// Every indicator request needs it (aggregation, secrecy per EPCI, parents) and it only changes when the
/// referential is reloaded, so it is read once per version of the territories data (about 100,000 memberships
/// at national scale) instead of once or twice per request.
/// </summary>
internal sealed class TerritoryHierarchy(NpgsqlDataSource dataSource, DataVersions versions)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private Snapshot? current;

    public async Task<Snapshot> GetAsync(CancellationToken ct = default)
    {
        var version = await versions.GetAsync([TerritoryGeometry.DataDomain], ct);
        if (current is { } snapshot && snapshot.Version == version)
            return snapshot;
        await loading.WaitAsync(ct);
        try
        {
            if (current is { } loaded && loaded.Version == version)
                return loaded;
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var memberships = await connection.QueryAsync<(string Commune, string Parent)>("""
                select member_id, parent_id from platform.territory_membership
                where member_id like 'commune:%' order by parent_id, member_id
                """);
            var peers = await connection.QueryAsync<(string Member, string Group)>("""
                select m.member_id, m.parent_id from platform.territory_membership m
                join platform.peer_group g on g.territory_id = m.parent_id
                order by m.parent_id, m.member_id
                """);
            return current = new(version, memberships, peers);
        }
        finally
        {
            loading.Release();
        }
    }

    internal sealed class Snapshot
    {
        private readonly Dictionary<string, string> epciOfCommune = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> communesOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> peersOf = new(StringComparer.Ordinal);

        public Snapshot(string version, IEnumerable<(string Commune, string Parent)> memberships,
            IEnumerable<(string Member, string Group)>? peerGroups = null)
        {
            foreach (var (member, group) in peerGroups ?? [])
            {
                if (!peersOf.TryGetValue(group, out var members))
                    peersOf[group] = members = [];
                members.Add(member);
            }
            Version = version;
            foreach (var (commune, parent) in memberships)
            {
                if (!communesOf.TryGetValue(parent, out var communes))
                    communesOf[parent] = communes = [];
                communes.Add(commune);
                if (parent.StartsWith("epci:", StringComparison.Ordinal))
                    epciOfCommune[commune] = parent;
            }
        }

        public string Version { get; }

        /// <summary>The communes of a territory, ordered by id (none for a commune or an unknown id).</summary>
        public IReadOnlyList<string> CommunesOf(string territory) => communesOf.GetValueOrDefault(territory) ?? [];

        public string? EpciOf(string commune) => epciOfCommune.GetValueOrDefault(commune);

        /// <summary>The member EPCIs of a peer group, ordered by id (none for any other territory).</summary>
        public IReadOnlyList<string> PeersOf(string group) => peersOf.GetValueOrDefault(group) ?? [];
    }
}
