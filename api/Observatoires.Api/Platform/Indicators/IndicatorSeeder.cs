using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>Registers every observatory's catalogue and loads its demo values, idempotently, in one transaction.</summary>
internal sealed class IndicatorSeeder(NpgsqlDataSource dataSource, IEnumerable<IModule> modules)
{
    public sealed record Summary(int CatalogueChanges, ValueWriter.Result Values, int ModuleRows);

    public async Task<Summary> SeedAsync(CancellationToken ct = default)
    {
        var observatories = modules.OfType<IObservatoryModule>().ToList();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var catalogueChanges = await CatalogueSync.SyncAsync(connection, transaction, [.. observatories.Select(o => o.Observatory)]);

        var communes = (await connection.QueryAsync<DemoCommune>("""
            select c.id, c.name, coalesce(c.population, 0) as population, m.parent_id as epciid
            from platform.territory c
            join platform.territory_membership m on m.member_id = c.id and m.parent_id like 'epci:%'
            where c.level = 'commune'
            order by c.id
            """, transaction: transaction)).ToList();
        var references = (await connection.QueryAsync<(string Id, int Population)>("""
            select id, coalesce(population, 0) from platform.territory where level in ('departement', 'region') order by id
            """, transaction: transaction)).ToList();
        var referenceEpcis = (await connection.QueryAsync<(string Id, int Population)>("""
            select id, coalesce(population, 0) from platform.territory where level = 'epci' and not in_perimeter order by id
            """, transaction: transaction)).ToList();
        var territory = new DemoTerritory(communes, references) { ReferenceEpcis = referenceEpcis };

        var values = await ValueWriter.WriteAsync(connection, transaction, observatories.SelectMany(o => o.DemoValues(territory)), ct);
        var moduleRows = 0;
        foreach (var observatory in observatories)
        {
            var added = await observatory.SeedDemoDataAsync(connection, transaction, territory);
            if (added > 0 && observatory.DataDomain is { } domain)
                await DataVersions.BumpAsync(connection, transaction, domain);
            moduleRows += added;
        }
        await transaction.CommitAsync(ct);
        return new(catalogueChanges, values, moduleRows);
    }
}
