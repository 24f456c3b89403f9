using Observatoires.Api.Observatories.Barometre;

namespace Observatoires.Tests.Observatories.Barometre;

/// <summary>Key figures as they are printed: the web client's fr-FR formats (narrow no-break spaces, decimal comma, U+2212).</summary>
public sealed class FrenchNumbersTests
{
    [TestCase(49556, 0, "49\u202f556")]
    [TestCase(1234567.891, 1, "1\u202f234\u202f567,9")]
    [TestCase(-2.345, 1, "\u22122,3")]
    [TestCase(-0.04, 1, "0,0")]
    [TestCase(176, 0, "176")]
    public void Number(double value, int decimals, string expected) => Assert.That(FrenchNumbers.Number(value, decimals), Is.EqualTo(expected));

    [TestCase(1.87, "+1,9\u202f%")]
    [TestCase(-2.3, "\u22122,3\u202f%")]
    [TestCase(0.02, "0,0\u202f%")]
    public void Signed_percent(double percent, string expected) => Assert.That(FrenchNumbers.SignedPercent(percent), Is.EqualTo(expected));

    [Test]
    public void Signed_change() => Assert.That(FrenchNumbers.Signed(1340, 0), Is.EqualTo("+1\u202f340"));
}
