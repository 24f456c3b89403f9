using System.Text;
using Observatoires.Api.Observatories.Environnement;

namespace Observatoires.Tests.Observatories.Environnement;

/// <summary>The overheating's rules on hand-made figures: the indicator rows of an exposure, and the Filosofi cell ids.</summary>
public sealed class SurchauffeRulesTests
{
    [Test]
    public void A_communes_exposure_becomes_sums_and_ratios_with_their_parts()
    {
        var communes = new[] { new CommuneExposure { CommuneId = "commune:62119", Year = 2025, Population = 200, HotPopulation = 60, CoolPopulation = 10 } };
        var buildings = new[]
        {
            new BuildingExposure { CommuneId = "commune:62119", Year = 2025, Id = "A", Type = "ecole", HotClass = "chaleur_forte" },
            new BuildingExposure { CommuneId = "commune:62119", Year = 2025, Id = "B", Type = "ecole", HotClass = "chaleur" },
            new BuildingExposure { CommuneId = "commune:62119", Year = 2025, Id = "C", Type = "ehpad", CoolClass = "fraicheur" },
            new BuildingExposure { CommuneId = "commune:62119", Year = 2025, Id = "D", Type = "sante" },
        };
        var rows = Surchauffe.Rows(communes, buildings).ToDictionary(r => r.Indicator);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Values.Select(r => r.Period).Distinct(), Is.EqualTo(new[] { "2025" }));
            Assert.That(rows[EnvironnementIndicators.HotPopulation].Value, Is.EqualTo(60));
            Assert.That(rows[EnvironnementIndicators.HotShare].Value, Is.EqualTo(30), "60 of 200");
            Assert.That(rows[EnvironnementIndicators.HotShare].Numerator, Is.EqualTo(60));
            Assert.That(rows[EnvironnementIndicators.HotShare].Denominator, Is.EqualTo(200));
            Assert.That(rows[EnvironnementIndicators.CoolShare].Value, Is.EqualTo(5), "10 of 200");
            Assert.That(rows[EnvironnementIndicators.HotBuildings].Value, Is.EqualTo(2));
            Assert.That(rows[EnvironnementIndicators.HotBuildingsOf("ecole")].Value, Is.EqualTo(2));
            Assert.That(rows[EnvironnementIndicators.HotBuildingsOf("ehpad")].Value, Is.Zero);
            Assert.That(rows[EnvironnementIndicators.CoolBuildingsOf("ehpad")].Value, Is.EqualTo(1));
            Assert.That(rows[EnvironnementIndicators.CoolBuildings].Value, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_filosofi_cell_id_gives_its_corner_in_metres_and_a_bad_one_its_line()
    {
        var csv = "Idcar_200m;Idcar_1km;Ind\nCRS3035RES200mN2959600E3776200;CRS3035RES1000mN2959000E3776000;12,5\nCRS3035RES200mN2959650E3776200;x;3\n";
        var (lines, problems) = ImportFiles.ReadCells(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "filosofi.csv");
        Assert.Multiple(() =>
        {
            Assert.That(lines.Single().North, Is.EqualTo(2959600));
            Assert.That(lines.Single().East, Is.EqualTo(3776200));
            Assert.That(lines.Single().Population, Is.EqualTo(12.5));
            Assert.That(problems.Listed(FeatureFile.ProblemsShown).Single(), Does.StartWith("line 3: idcar_200m 'CRS3035RES200mN2959650E3776200' is not a 200 m cell id"));
        });
    }
}
