using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>A territory a figure is asked for, with the communes it aggregates (empty for a commune).</summary>
internal sealed record Target(string Id, string Level, string Name, IReadOnlyList<string> Communes)
{
    private readonly TerritoryNames? names;

    public bool IsCustom => Level == TargetLookup.CustomLevel;

    /// <summary>How French says its name after a preposition (guessed from the name when not given).</summary>
    public TerritoryNames Names
    {
        get => names ?? FrenchNames.Guess(Level, Name);
        init => names = value;
    }

    /// <summary>
    /// How many communes it has in the COG, whether or not the referential holds them all (the Pas-de-Calais: 887);
    /// null when it has no others than <see cref="Communes"/> (a custom zone).
    /// </summary>
    public int? CommuneCount { get; init; }

    /// <summary>
    /// For a peer group: its member EPCIs, whose figures its own are computed from (it has no communes of its own).
    /// </summary>
    public IReadOnlyList<string> Peers { get; init; } = [];

    public bool IsPeerGroup => Peers.Count > 0;

    /// <summary>The communes it covers: itself for a commune.</summary>
    public IReadOnlyList<string> CoveredCommunes => Level == "commune" ? [Id] : Communes;
}

/// <summary>Turns territory ids (including custom zones "custom:62119+62178") or a level listing into targets.</summary>
internal static class TargetLookup
{
    public const string CustomLevel = "custom";

    /// <summary>Null when the text is a well-formed territory or custom-zone id, else what is wrong with it.</summary>
    public static string? Problem(string id)
    {
        if (!id.StartsWith(CustomLevel + ":", StringComparison.Ordinal))
            return TerritoryId.Problem(id);
        var codes = CodesOf(id);
        return codes.Length is >= 1 and <= 5000 && codes.All(c => c.Length is >= 4 and <= 6 && c.All(char.IsAsciiLetterOrDigit))
            ? null
            : $"'{id}' is not a custom zone: expected custom: followed by commune codes joined by +, e.g. custom:62119+62178+62617";
    }

    // In a query string an unencoded + arrives as a space: both separate the codes of a custom zone.
    private static string[] CodesOf(string customId) => customId[(CustomLevel.Length + 1)..].Split(['+', ' '], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One territory or custom zone; null when it does not exist.</summary>
    public static async Task<Target?> FindAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, string id)
    {
        var (found, unknown) = await ResolveAsync(connection, hierarchy, [id]);
        return unknown.Count > 0 || found.Count == 0 ? null : found[0];
    }

    /// <summary>The targets in the order asked, and the ids (or commune codes of custom zones) that do not exist.</summary>
    public static async Task<(IReadOnlyList<Target> Found, IReadOnlyList<string> Unknown)> ResolveAsync(
        NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy, IReadOnlyList<string> ids)
    {
        var customs = ids.Where(i => i.StartsWith(CustomLevel + ":", StringComparison.Ordinal))
            .ToDictionary(i => i, i => CodesOf(i).Distinct().Select(c => $"commune:{c}").ToList());
        var lookups = ids.Except(customs.Keys).Concat(customs.Values.SelectMany(c => c)).Distinct().ToArray();
        var rows = (await connection.QueryAsync<Row>(Select + " where t.id = any(@lookups)", new { lookups }))
            .ToDictionary(r => r.Id);

        var unknown = lookups.Where(id => !rows.ContainsKey(id)).ToList();
        var found = new List<Target>();
        foreach (var id in ids.Distinct())
        {
            if (customs.TryGetValue(id, out var communes))
                found.Add(new($"{CustomLevel}:{string.Join('+', communes.Select(c => c["commune:".Length..]))}", CustomLevel,
                    $"Zone personnalisée ({communes.Count} communes)", communes)
                {
                    Names = FrenchNames.For(CustomLevel, $"Zone personnalisée ({communes.Count} communes)", FrenchArticle.La,
                        $"zone personnalisée ({communes.Count} communes)"),
                });
            else if (rows.TryGetValue(id, out var row))
                found.Add(ToTarget(hierarchy, row));
        }
        return (found, unknown);
    }

    /// <summary>Every territory of a level, optionally only the members of another.</summary>
    public static async Task<IReadOnlyList<Target>> ListAsync(NpgsqlConnection connection, TerritoryHierarchy.Snapshot hierarchy,
        string level, string? within)
    {
        // The communes of a territory are known from the hierarchy: look them up by id rather than join memberships.
        var communes = within is not null && level == "commune" ? hierarchy.CommunesOf(within).ToArray() : null;
        // A level listed alone is the perimeter's: the reference EPCIs, loaded for comparisons, are reached through a
        // peer group (within=) or by their ids.
        var sql = within is null
            ? Select + " where t.level = @level and t.in_perimeter order by t.id"
            : communes is not null
            ? Select + " where t.id = any(@communes) order by t.id"
            : Select + " join platform.territory_membership w on t.id = w.member_id where w.parent_id = @within and t.level = @level order by t.id";
        return [.. (await connection.QueryAsync<Row>(sql, new { level, within, communes })).Select(r => ToTarget(hierarchy, r))];
    }

    private const string Select = """
        select t.id, t.level, t.name, t.name_of as "NameOf", t.name_to as "NameTo", t.name_in as "NameIn", t.commune_count as "CommuneCount"
        from platform.territory t
        """;

    private sealed record Row(string Id, string Level, string Name, string? NameOf, string? NameTo, string? NameIn, int? CommuneCount);

    private static Target ToTarget(TerritoryHierarchy.Snapshot hierarchy, Row row) =>
        new(row.Id, row.Level, row.Name, row.Level == "commune" ? [] : hierarchy.CommunesOf(row.Id))
        {
            Names = TerritoryNames.Read(row.Level, row.Name, row.NameOf, row.NameTo, row.NameIn),
            CommuneCount = row.CommuneCount,
            Peers = hierarchy.PeersOf(row.Id),
        };

    /// <summary>Above this many territories, queries read whole ranges rather than filter by id arrays.</summary>
    public const int LargeSet = 2000;

    /// <summary>The département and région a territory (or a custom zone's first commune) lies in.</summary>
    public static async Task<List<string>> DefaultReferencesAsync(NpgsqlConnection connection, string territory)
    {
        var member = territory.StartsWith(CustomLevel + ":", StringComparison.Ordinal)
            ? "commune:" + CodesOf(territory).FirstOrDefault()
            : territory;
        return [.. await connection.QueryAsync<string>("""
            select m.parent_id from platform.territory_membership m
            join platform.territory p on p.id = m.parent_id
            join platform.territory_level l on l.level = p.level
            where m.member_id = @member and p.level in ('departement', 'region')
            order by l.rank
            """, new { member })];
    }
}
