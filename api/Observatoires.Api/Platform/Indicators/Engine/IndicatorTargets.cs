using Npgsql;

namespace Observatoires.Api.Platform.Indicators.Engine;

/// <summary>A value a plan or a law sets for an indicator in a territory by a period: 0 ha of net land take in 2050.</summary>
/// <param name="Bound">at_most (a ceiling: consumption, emissions) or at_least (a floor: a renewable share).</param>
/// <param name="Document">The law or plan that sets it: "Loi Climat et résilience (2021)", "PCAET de la CABBALR".</param>
internal sealed record IndicatorTarget(string Period, double Value, string Bound, string Label, string Document)
{
    public const string AtMost = "at_most", AtLeast = "at_least";

    /// <summary>Whether a value meets the target.</summary>
    public bool IsMetBy(double value) => Bound == AtMost ? value <= Value : value >= Value;
}

/// <summary>
/// A module that holds targets for some of its indicators (the ZAN trajectory, energy objectives...). The platform
/// asks every such module when it draws a projection, so that the dynamics at work are read against what is aimed at;
/// it knows the modules only by this interface (Program.cs lists them).
/// </summary>
internal interface IIndicatorTargetSource : IModule
{
    /// <summary>The data domain the targets are read from: a projection's cached answer follows its versions.</summary>
    string TargetDataDomain { get; }

    /// <summary>The targets of this indicator for this territory (a commune, an EPCI, a groupement or a custom zone), by period; empty when none.</summary>
    Task<IReadOnlyList<IndicatorTarget>> TargetsAsync(NpgsqlConnection connection, string indicatorCode, Target territory);
}
