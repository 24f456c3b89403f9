using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Access.Keys;

/// <summary>./observatoires keys create|list|revoke: the agency's administration of partner keys.</summary>
internal static class KeysCommand
{
    private const string Usage = """
        usage: keys create --name NAME --role partner_reader|partner_editor [--scope epci:200072460,groupement:pma] [--expires 2027-12-31]
               keys create --name NAME --role agency_editor|admin [--expires 2027-12-31]      (the whole territory: no scope)
               keys list
               keys revoke ID
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var keys = services.GetRequiredService<ApiKeys>();
        switch (args)
        {
            case ["create", .. var options]:
                return await CreateAsync(services, keys, options);
            case ["list"]:
                var all = await keys.ListAsync();
                Console.WriteLine($"{"id",4}  {"prefix",-12} {"role",-15} {"scope",-30} {"expires",-10} {"status",-8} {"last used",-17} name");
                foreach (var k in all)
                {
                    var status = k.IsRevoked ? "revoked" : k.IsExpired(DateOnly.FromDateTime(DateTime.UtcNow)) ? "expired" : "active";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{k.Id,4}  obs_{k.Prefix}… {k.Role,-15} {(k.Scope.Length == 0 ? "(all)" : string.Join(',', k.Scope)),-30} " +
                        $"{k.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10} {status,-8} " +
                        $"{k.LastUsedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never",-17} {k.Name}"));
                }
                return 0;
            case ["revoke", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                if (!await keys.RevokeAsync(id))
                {
                    await Console.Error.WriteLineAsync($"keys revoke: there is no key {id} (see keys list)");
                    return 1;
                }
                Console.WriteLine($"Key {id} revoked: it is refused from now on.");
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> CreateAsync(IServiceProvider services, ApiKeys keys, string[] args)
    {
        string? name = null, role = null;
        List<string> scope = [];
        DateOnly? expires = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--name" when i + 1 < args.Length: name = args[++i].Trim(); break;
                case "--role" when i + 1 < args.Length: role = args[++i]; break;
                case "--scope" when i + 1 < args.Length:
                    scope = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "--expires" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                        return await FailAsync($"--expires '{args[i]}' is not a date (yyyy-mm-dd)");
                    expires = day;
                    break;
                default:
                    return await FailAsync($"unexpected argument '{args[i]}'");
            }
        }
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            return await FailAsync("--name is required (at most 200 characters): who holds the key");
        if (role is null || !ApiKeys.Roles.ContainsKey(role))
            return await FailAsync($"--role must be one of {string.Join(", ", ApiKeys.Roles.Keys)}");
        if (expires is { } last && last < DateOnly.FromDateTime(DateTime.UtcNow))
            return await FailAsync("--expires is in the past");
        if (ApiKeys.ScopeProblem(role, scope) is { } scopeProblem)
            return await FailAsync($"--scope: {scopeProblem}");
        if (scope.FirstOrDefault(t => TerritoryId.Problem(t) is not null) is { } malformed)
            return await FailAsync($"--scope: {TerritoryId.Problem(malformed)}");
        await using (var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        {
            var known = (await connection.QueryAsync<(string Id, bool InPerimeter)>("select id, in_perimeter from platform.territory where id = any(@scope)",
                new { scope = scope.ToArray() })).ToDictionary(t => t.Id, t => t.InPerimeter);
            if (scope.FirstOrDefault(t => !known.ContainsKey(t)) is { } unknown)
                return await FailAsync($"--scope: territory '{unknown}' does not exist");
            if (scope.FirstOrDefault(t => !known[t]) is { } outside)
                return await FailAsync($"--scope: '{outside}' is outside the agency's perimeter (a reference territory or a peer group); " +
                                       "a partner's scope is made of the perimeter's communes, EPCIs and groupements");
        }

        var (record, key) = await keys.CreateAsync(name, role, scope, expires);
        Console.WriteLine($"Key {record.Id} created for {record.Name}: role {record.Role}, scope " +
                          $"{(record.Scope.Length == 0 ? "the whole territory" : string.Join(", ", record.Scope))}" +
                          (record.ExpiresOn is { } e ? $", valid until {e:yyyy-MM-dd}" : "") + ".");
        Console.WriteLine("Give it to its holder now: it is shown only this once (only a hash is kept).");
        Console.WriteLine(key);
        return 0;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync($"keys create: {message}");
        return 2;
    }
}
