using System.Collections.Immutable;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Tests.Platform.Data;

/// <summary>
/// Which standby may serve a read: one whose replayed data versions are at least those the read's ETag names, in every
/// domain; a domain it does not have yet, or an older version of one, sends the read elsewhere.
/// </summary>
public sealed class VersionSnapshotTests
{
    private static VersionSnapshot Of(params (string Domain, long Version)[] versions) =>
        new(versions.ToImmutableDictionary(v => v.Domain, v => v.Version));

    [Test]
    public void A_server_at_or_past_every_version_holds_the_snapshot()
    {
        var read = Of(("indicators", 12), ("layers", 3));
        Assert.Multiple(() =>
        {
            Assert.That(read.IsHeldBy(Of(("indicators", 12), ("layers", 3))), Is.True, "the same versions");
            Assert.That(read.IsHeldBy(Of(("indicators", 13), ("layers", 3), ("geometry", 1))), Is.True, "newer, and more domains");
            Assert.That(VersionSnapshot.Empty.IsHeldBy(Of()), Is.True, "nothing asked");
        });
    }

    [Test]
    public void A_server_behind_in_one_domain_or_without_it_does_not()
    {
        var read = Of(("indicators", 12), ("layers", 3));
        Assert.Multiple(() =>
        {
            Assert.That(read.IsHeldBy(Of(("indicators", 12), ("layers", 2))), Is.False, "one domain behind");
            Assert.That(read.IsHeldBy(Of(("indicators", 40))), Is.False, "a domain it has not replayed yet");
        });
    }

    [Test]
    public void Parses_the_versions_column_as_the_database_gives_it()
    {
        var parsed = VersionSnapshot.Parse("""{"indicators" : 12, "layers" : 3}""");
        Assert.That(parsed.Versions, Is.EquivalentTo(new Dictionary<string, long> { ["indicators"] = 12, ["layers"] = 3 }));
    }
}
