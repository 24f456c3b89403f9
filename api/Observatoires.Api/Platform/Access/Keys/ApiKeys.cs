using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Access.Keys;

/// <summary>A key as stored: never the key itself, only its look-up prefix and hash.</summary>
internal sealed record ApiKeyRecord(int Id, string Prefix, string Name, string Role, string[] Scope, DateOnly? ExpiresOn,
    DateTimeOffset? RevokedAt, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
{
    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpired(DateOnly today) => ExpiresOn is { } last && today > last;
}

/// <summary>
/// API keys: "obs_" + an 8-character look-up prefix + "_" + 32 random characters (190 bits). Created keys are
/// shown once; the database keeps the prefix and a SHA-256 of the whole key.
/// </summary>
internal sealed class ApiKeys(NpgsqlDataSource dataSource)
{
    public static readonly IReadOnlyDictionary<string, CallerRole> Roles = new Dictionary<string, CallerRole>
    {
        [RoleNames.PartnerReader] = CallerRole.PartnerReader,
        [RoleNames.PartnerEditor] = CallerRole.PartnerEditor,
        [RoleNames.AgencyEditor] = CallerRole.AgencyEditor,
        [RoleNames.Admin] = CallerRole.Admin,
    };

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Columns = "id, prefix, name, role, scope, expires_on, revoked_at, created_at, last_used_at";
    private const string Lookup = "select " + Columns + ", hash from platform.api_key where prefix = @prefix";
    private const string LookupWithVersions = "select " + Columns + ", hash, " + DataVersions.SnapshotColumns + " from platform.api_key where prefix = @prefix";

    /// <summary>Why a key of this role cannot have this scope (null when it can): only partner keys take one.</summary>
    public static string? ScopeProblem(string role, IReadOnlyCollection<string> scope) =>
        scope.Count == 0 || !Roles.TryGetValue(role, out var callerRole) || Caller.TakesScope(callerRole) ? null
            : $"a {role} key sees and edits the whole territory, so a scope would be shown but not applied: create it without a " +
              "scope, or give a partner_editor (or partner_reader) key to limit it to territories";

    /// <summary>Creates a key; returns its record and the key, which exists nowhere else.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, string role, IReadOnlyList<string> scope, DateOnly? expiresOn)
    {
        if (ScopeProblem(role, scope) is { } problem)
            throw new ArgumentException(problem, nameof(scope));
        var prefix = RandomNumberGenerator.GetString(Alphabet, 8);
        var key = $"obs_{prefix}_{RandomNumberGenerator.GetString(Alphabet, 32)}";
        await using var connection = await dataSource.OpenConnectionAsync();
        var record = await connection.QuerySingleAsync<Row>($"""
            insert into platform.api_key (prefix, hash, name, role, scope, expires_on)
            values (@prefix, @hash, @name, @role, @scope, @expires)
            returning {Columns}
            """, new { prefix, hash = Hash(key), name, role, scope = scope.ToArray(), expires = expiresOn?.ToDateTime(TimeOnly.MinValue) });
        return (record.ToRecord(), key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. (await connection.QueryAsync<Row>($"select {Columns} from platform.api_key order by id")).Select(r => r.ToRecord())];
    }

    /// <summary>Revokes a key; false if there is no such key.</summary>
    public async Task<bool> RevokeAsync(int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteAsync(
            "update platform.api_key set revoked_at = coalesce(revoked_at, now()) where id = @id", new { id }) == 1;
    }

    /// <summary>
    /// The record of a presented key, or null when the text is not a key of ours (revocation and expiry are the caller's
    /// to check). With <paramref name="versions"/> (a GET routed to standbys), the data versions are read in the same
    /// statement and taken in: the caller's read-your-writes costs no query of its own.
    /// </summary>
    public async Task<(ApiKeyRecord? Record, VersionSnapshot? Versions)> FindAsync(string key, DataVersions? versions = null)
    {
        if (key.Length != 45 || !key.StartsWith("obs_", StringComparison.Ordinal) || key[12] != '_')
            return (null, null);
        await using var connection = await dataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleOrDefaultAsync<Row>(versions is null ? Lookup : LookupWithVersions, new { prefix = key[4..12] });
        // Constant-time comparison: the time taken says nothing about how much of the key was right.
        if (row is null || !CryptographicOperations.FixedTimeEquals(row.Hash, Hash(key)))
            return (null, null);
        if (row.LastUsedAt is null || row.LastUsedAt < DateTimeOffset.UtcNow.AddHours(-1))
            await connection.ExecuteAsync("update platform.api_key set last_used_at = now() where id = @Id", new { row.Id });
        return (row.ToRecord(), versions is not null && row.Versions is not null ? versions.Adopt(row.Versions) : null);
    }

    internal static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    // Dapper maps text[] onto settable properties only.
    private sealed class Row
    {
        public int Id { get; init; }
        public string Prefix { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string[] Scope { get; init; } = [];
        public DateTime? Expires_On { get; init; }
        public DateTime? Revoked_At { get; init; }
        public DateTime Created_At { get; init; }
        public DateTime? Last_Used_At { get; init; }
        public byte[] Hash { get; init; } = [];
        public string? Versions { get; init; }

        public DateTimeOffset? LastUsedAt => Last_Used_At is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;

        public ApiKeyRecord ToRecord() => new(Id, Prefix, Name, Role, Scope,
            Expires_On is { } e ? DateOnly.FromDateTime(e) : null,
            Revoked_At is { } r ? new DateTimeOffset(r, TimeSpan.Zero) : null,
            new DateTimeOffset(Created_At, TimeSpan.Zero), LastUsedAt);
    }
}
