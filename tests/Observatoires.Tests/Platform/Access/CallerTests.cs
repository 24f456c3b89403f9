using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Tests.Platform.Access;

/// <summary>The rules every endpoint asks, on their own: what a caller sees and may write, by role and scope.</summary>
public sealed class CallerTests
{
    private static readonly HashSet<string> EpciCommunes = ["commune:62001", "commune:62002"];

    private static Caller Key(CallerRole role, params string[] scope) =>
        new(1, "test", role, scope, scope.Length == 0 ? new HashSet<string>() : EpciCommunes);

    [Test]
    public void A_partner_editor_writes_inside_its_scope_only()
    {
        var editor = Key(CallerRole.PartnerEditor, "epci:200072460");
        Assert.Multiple(() =>
        {
            Assert.That(editor.CanWrite("commune:62001", []), Is.True, "a commune of its EPCI");
            Assert.That(editor.CanWrite("epci:200072460", ["commune:62001", "commune:62002"]), Is.True, "its EPCI");
            Assert.That(editor.CanWrite("commune:62999", []), Is.False, "a neighbour's commune");
            Assert.That(editor.CanWrite("departement:62", ["commune:62001", "commune:62999"]), Is.False, "a wider territory");
            Assert.That(Key(CallerRole.PartnerReader, "epci:200072460").CanWrite("commune:62001", []), Is.False, "readers never write");
            Assert.That(Caller.Anonymous.CanWrite("commune:62001", []), Is.False);
            Assert.That(Key(CallerRole.AgencyEditor).CanWrite("commune:62999", []), Is.True, "the agency writes everywhere");
        });
    }

    [Test]
    public void Partner_figures_are_seen_inside_the_scope_public_ones_everywhere()
    {
        var partner = Key(CallerRole.PartnerReader, "epci:200072460");
        Assert.Multiple(() =>
        {
            Assert.That(partner.CanSeeFiguresOf(Confidentiality.Partner, "commune:62002", []), Is.True);
            Assert.That(partner.CanSeeFiguresOf(Confidentiality.Partner, "commune:62999", []), Is.False);
            Assert.That(partner.CanSeeFiguresOf(Confidentiality.Partner, "custom:62001+62999", ["commune:62001", "commune:62999"]), Is.False,
                "a custom zone reaching outside the scope");
            Assert.That(partner.CanSeeFiguresOf(Confidentiality.Public, "commune:62999", []), Is.True);
            Assert.That(partner.CanSeeFiguresOf(Confidentiality.Agency, "commune:62001", []), Is.False);
            Assert.That(Key(CallerRole.PartnerReader).CanSeeFiguresOf(Confidentiality.Partner, "commune:62999", []), Is.True,
                "an unscoped partner key covers the whole territory");
            Assert.That(Caller.Anonymous.CanSee(Confidentiality.Partner), Is.False);
            Assert.That(partner.SeesSecretValues, Is.False, "statistical secrecy still applies to partners");
        });
    }
}
