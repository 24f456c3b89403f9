using Npgsql;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>An observatory: a module that declares its catalogue entry and can generate its demo data.</summary>
internal interface IObservatoryModule : IModule
{
    ObservatoryDefinition Observatory { get; }

    /// <summary>
    /// The data domain of the observatory's own tables (its objects, its layers), if it has any: the platform bumps
    /// it when <see cref="SeedDemoDataAsync"/> adds rows, in the seeding transaction.
    /// </summary>
    string? DataDomain => null;

    /// <summary>Plausible, deterministic values on the given territory (same input, same output).</summary>
    IEnumerable<ValueRow> DemoValues(DemoTerritory territory);

    /// <summary>
    /// The module's own demo data (sites, layers...), in the seeding transaction after the values; idempotent.
    /// Returns the number of rows added (the platform then bumps <see cref="DataDomain"/>).
    /// </summary>
    Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory) => Task.FromResult(0);
}

/// <summary>A commune as demo generators see it: real code, name, population and EPCI.</summary>
internal sealed record DemoCommune(string Id, string Name, int Population, string EpciId);

/// <summary>
/// The territory demo data is generated on. Reference territories (département, région) get their own values:
/// the agency's communes are only part of them, so their figures cannot be summed from ours.
/// </summary>
internal sealed record DemoTerritory(IReadOnlyList<DemoCommune> Communes, IReadOnlyList<(string Id, int Population)> References)
{
    /// <summary>
    /// The reference EPCIs outside the perimeter (no communes in the referential), for observatories that compare the
    /// perimeter's EPCIs with similar ones: their values are generated at EPCI level.
    /// </summary>
    public IReadOnlyList<(string Id, int Population)> ReferenceEpcis { get; init; } = [];
}
