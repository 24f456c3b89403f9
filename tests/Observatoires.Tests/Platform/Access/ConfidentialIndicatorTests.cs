using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Access;

/// <summary>The access rules of confidential indicators, on the test observatory's (see the suite).</summary>
public sealed class ConfidentialIndicatorTests : ConfidentialIndicatorSuite
{
    protected override string PublicIndicator => "test.salaries";
    protected override string PartnerIndicator => "test.fragiles";
    protected override string AgencyIndicator => "test.estimation";
    protected override string Period => "2024-Q4";
    protected override double AgencyFigureFloor => 10_000; // an estimate of the CABBALR's ~50,000 jobs
}
