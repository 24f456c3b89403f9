using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Emploi;

/// <summary>
/// Emploi's demo data shows every access rule, as someone trying the platform sees them with the README's keys: the
/// barometer's partner indicator (fragile employers) for partners inside their territory, the agency's working
/// estimate for the agency only, and the public catalogue for everyone.
/// </summary>
public sealed class EmploiAccessTests : ConfidentialIndicatorSuite
{
    protected override string PublicIndicator => "emploi.salaries_prives";
    protected override string PartnerIndicator => "emploi.etablissements_fragiles";
    protected override string AgencyIndicator => "emploi.salaries_prives_estimation";
    protected override string Period => "2024-Q4";
    protected override double AgencyFigureFloor => 10_000; // an estimate of the CABBALR's ~50,000 private jobs
}
