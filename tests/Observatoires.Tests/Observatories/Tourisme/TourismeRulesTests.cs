using System.Text;
using Observatoires.Api.Observatories.Tourisme;
using Observatoires.Api.Observatories.Tourisme.GetOccupancy;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Observatories.Tourisme;

/// <summary>The tourist-bed equivalence, the reading of Atout France's file and the occupancy of several months, on hand-made examples.</summary>
public sealed class TourismeRulesTests
{
    [Test]
    public void Tourist_beds_count_two_per_room_three_per_pitch_and_the_beds_otherwise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Vocabulary.TouristBeds("hotel", 24, null, 60), Is.EqualTo(48), "24 rooms × 2, whatever the persons");
            Assert.That(Vocabulary.TouristBeds("chambre_hotes", 3, null, null), Is.EqualTo(6));
            Assert.That(Vocabulary.TouristBeds("camping", null, 85, 300), Is.EqualTo(255), "85 pitches × 3");
            Assert.That(Vocabulary.TouristBeds("gite", null, null, 6), Is.EqualTo(6));
            Assert.That(Vocabulary.TouristBeds("residence", 40, null, 120), Is.EqualTo(120));
            Assert.That(Vocabulary.TouristBeds("camping", null, null, 300), Is.Null, "a campsite without its pitches has no count");
        });
    }

    [Test]
    public void Atout_france_typologies_and_classements_read_as_the_observatory_s_types_and_stars()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AtoutFranceFile.TypeOf("HÔTEL DE TOURISME"), Is.EqualTo("hotel"));
            Assert.That(AtoutFranceFile.TypeOf("Camping"), Is.EqualTo("camping"));
            Assert.That(AtoutFranceFile.TypeOf("PARC RÉSIDENTIEL DE LOISIRS"), Is.EqualTo("camping"));
            Assert.That(AtoutFranceFile.TypeOf("RÉSIDENCE DE TOURISME"), Is.EqualTo("residence"));
            Assert.That(AtoutFranceFile.TypeOf("VILLAGE DE VACANCES"), Is.EqualTo("collectif"));
            Assert.That(AtoutFranceFile.TypeOf("AUBERGE COLLECTIVE"), Is.EqualTo("collectif"));
            Assert.That(AtoutFranceFile.TypeOf("MEUBLÉ"), Is.Null);
            Assert.That(AtoutFranceFile.StarsOf("3 étoiles"), Is.EqualTo(3));
            Assert.That(AtoutFranceFile.StarsOf("1 étoile"), Is.EqualTo(1));
            Assert.That(AtoutFranceFile.StarsOf("12 étoiles"), Is.Null);
            Assert.That(AtoutFranceFile.StarsOf("Non classé"), Is.Null);
            Assert.That(CsvColumns.UpperCaseWithoutAccents("Capacité d’accueil (personnes)"), Is.EqualTo("CAPACITE D'ACCUEIL (PERSONNES)"));
        });
    }

    [Test]
    public void Lines_outside_the_observatory_are_skipped_and_each_problem_names_its_line()
    {
        const string Header = "DATE DE CLASSEMENT;TYPOLOGIE ÉTABLISSEMENT;CLASSEMENT;NOM COMMERCIAL;ADRESSE;CODE POSTAL;COMMUNE;" +
                              "CAPACITÉ D'ACCUEIL (PERSONNES);NOMBRE DE CHAMBRES;NOMBRE D'EMPLACEMENTS;latitude;longitude;result_citycode";
        var csv = string.Join("\n",
            Header,
            "01/02/2023;HÔTEL DE TOURISME;2 étoiles;Hôtel du Nord;1 place d'Armes;62140;HESDIN-LA-FORET;40;20;;50.3739;2.0381;62447",
            "01/02/2023;HÔTEL DE TOURISME;3 étoiles;Hôtel de Paris;1 rue de Rivoli;75001;PARIS;80;40;;48.86;2.34;75101",
            "01/02/2023;CAMPING;3 étoiles;Camping de la Canche;;62140;HESDIN-LA-FORET;;;;50.37;2.03;62447",
            "01/02/2023;MEUBLÉ;3 étoiles;Gîte;;62140;HESDIN-LA-FORET;4;;;50.37;2.03;62447",
            "01/02/2023;HÔTEL DE TOURISME;2 étoiles;Hôtel perdu;;62140;HESDIN-LA-FORET;10;5;;;;");
        var (lines, problems, total, skipped) = AtoutFranceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)),
            new HashSet<string> { "commune:62447" });
        Assert.Multiple(() =>
        {
            Assert.That(skipped, Is.EqualTo(1), "Paris");
            Assert.That(total, Is.EqualTo(3));
            Assert.That(problems[0], Does.StartWith("line 4: NOMBRE D'EMPLACEMENTS is required"));
            Assert.That(problems[1], Does.StartWith("line 5: TYPOLOGIE ÉTABLISSEMENT 'MEUBLÉ' is unknown"));
            Assert.That(problems[2], Does.StartWith("line 6: not geocoded"), "a line of the Pas-de-Calais without its point");
            Assert.That(lines.Single().TouristBeds, Is.EqualTo(40), "20 rooms × 2");
            Assert.That(lines.Single().Beds, Is.EqualTo(40));
            Assert.That(lines.Single().Address, Is.EqualTo("1 place d'Armes, 62140"));
        });
    }

    [Test]
    public void Several_months_occupancy_is_the_ratio_of_their_sums_not_the_mean_of_their_rates()
    {
        // July: 800 sold of 1,000 (80 %); January: 100 of 500 (20 %). Mean of rates 50 %; ratio of sums 900 ÷ 1,500 = 60 %.
        var months = new[] { new MonthOccupancy("2024-01", 100, 500, 20), new MonthOccupancy("2024-07", 800, 1000, 80) };
        var both = Occupancy.Sum(months)!;
        Assert.Multiple(() =>
        {
            Assert.That(both.NightsSold, Is.EqualTo(900));
            Assert.That(both.NightsOffered, Is.EqualTo(1500));
            Assert.That(both.Rate, Is.EqualTo(60.0));
            Assert.That(Occupancy.Sum([]), Is.Null);
        });
    }
}
