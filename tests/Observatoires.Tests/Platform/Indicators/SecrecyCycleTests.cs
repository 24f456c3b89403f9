using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Tests.Platform.Indicators;

/// <summary>
/// An indicator's masks are computed from those it rests on (SecretWith, a weight with a threshold of its own): a
/// catalogue where they rest on each other in a cycle is refused when the modules are synced, not found by a request
/// that never ends.
/// </summary>
public sealed class SecrecyCycleTests
{
    [Test]
    public void A_cycle_through_SecretWith_is_named_from_one_indicator_back_to_it()
    {
        var cycle = IndicatorDefinition.SecrecyCycle([
            Indicator("test.a", secretWith: ["test.b"]),
            Indicator("test.b", secretWith: ["test.c"]),
            Indicator("test.c", secretWith: ["test.a"]),
        ]);

        Assert.That(cycle, Is.EqualTo(new[] { "test.a", "test.b", "test.c", "test.a" }));
    }

    [Test]
    public void A_weight_counts_only_when_it_has_a_secrecy_threshold_of_its_own()
    {
        IndicatorDefinition[] Catalogue(double? weightThreshold) =>
        [
            Indicator("test.mean", weight: "test.count", threshold: 5),
            Indicator("test.count", secretWith: ["test.mean"], threshold: weightThreshold),
        ];

        Assert.That(IndicatorDefinition.SecrecyCycle(Catalogue(null)), Is.Null);
        Assert.That(IndicatorDefinition.SecrecyCycle(Catalogue(3)), Is.EqualTo(new[] { "test.mean", "test.count", "test.mean" }));
    }

    [Test]
    public void Shared_dependencies_and_unknown_codes_are_no_cycle()
    {
        Assert.That(IndicatorDefinition.SecrecyCycle([
            Indicator("test.rate", secretWith: ["test.count", "test.area"]),
            Indicator("test.share", secretWith: ["test.count", "elsewhere.unknown"]),
            Indicator("test.count"),
            Indicator("test.area", secretWith: ["test.count"]),
        ]), Is.Null);
    }

    private static IndicatorDefinition Indicator(string code, string[]? secretWith = null, string? weight = null, double? threshold = null) => new()
    {
        Code = code,
        Theme = "t",
        Label = code,
        Definition = code,
        Unit = "",
        Source = "test",
        Aggregation = Aggregation.Sum,
        SecretWith = secretWith ?? [],
        WeightIndicator = weight,
        SecrecyThreshold = threshold,
    };
}
