using System.Text;
using Observatoires.Api.Observatories.Sante.OffreSoins;

namespace Observatoires.Tests.Observatories.Sante;

/// <summary>The FINESS reader's rules on hand-made lines: the INSEE code, the classes, the coordinate system, the encodings.</summary>
public sealed class FinessFileTests
{
    private static readonly HashSet<string> Communes = ["commune:62119", "commune:62498"];

    private static FinessRead Read(params string[] lines) =>
        FinessFile.Read(new StringReader(string.Join('\n', ["finess;etalab;100;2024-06-14", .. lines])), Communes);

    [Test]
    public void The_commune_is_the_departement_then_the_three_digits_and_the_category_gives_the_class()
    {
        var read = Read(
            FinessImportTests.Structure("620000001", "CH de Béthune", "119", "355", "Centre Hospitalier (C.H.)"),
            FinessImportTests.Structure("620000002", "Laboratoire", "498", "611", "Laboratoire de biologie médicale"),
            FinessImportTests.Point("620000001", 674370, 7048151));
        Assert.That(read.Problems, Is.Empty);
        var kept = read.Kept.Single();
        Assert.Multiple(() =>
        {
            Assert.That(kept.CommuneId, Is.EqualTo("commune:62119"));
            Assert.That(kept.Category, Is.EqualTo("hopital"));
            Assert.That(kept.Name, Is.EqualTo("CH de Béthune"), "rslongue rather than the short rs");
            Assert.That((kept.X, kept.Y), Is.EqualTo(((double?)674370, (double?)7048151)));
            Assert.That(read.Skipped, Is.EqualTo(new FinessSkipped(1, 0)));
        });
    }

    [Test]
    public void A_kept_establishment_geolocated_in_another_system_or_outside_Lambert_93_is_a_problem()
    {
        var read = Read(
            FinessImportTests.Structure("620000001", "Pharmacie", "119", "620", "Pharmacie d'Officine"),
            "geolocalisation;620000001;674370;7048151;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20;2024-01-01",
            FinessImportTests.Structure("620000002", "Pharmacie", "498", "620", "Pharmacie d'Officine"),
            FinessImportTests.Point("620000002", 2.83, 50.43));
        Assert.That(read.Problems, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(read.Problems[0], Does.StartWith("line 3: establishment 620000001 is geolocated in"));
            Assert.That(read.Problems[1], Does.StartWith("line 5: establishment 620000002: (2.83, 50.43) is not a Lambert-93 point"));
            Assert.That(read.Kept, Is.Empty, "nothing is kept from a refused file");
        });
    }

    [Test]
    public void The_file_is_read_as_UTF_8_when_it_is_and_as_Latin_1_otherwise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FinessFile.Decode(Encoding.UTF8.GetBytes("\uFEFFCentre de santé")), Is.EqualTo("Centre de santé"));
            Assert.That(FinessFile.Decode(Encoding.Latin1.GetBytes("Centre de santé")), Is.EqualTo("Centre de santé"));
        });
    }
}
