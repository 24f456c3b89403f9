using System.Text;
using Observatoires.Api.Observatories.Dechets;

namespace Observatoires.Tests.Observatories.Dechets;

/// <summary>kg per inhabitant, recovery rates, the path to a target and the reading of a tonnage file, on hand-made examples.</summary>
public sealed class DechetsRulesTests
{
    [Test]
    public void Kg_per_inhabitant_and_recovery_rates_are_ratios_of_sums()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Streams.KgPerInhabitant(7723.5, 38610), Is.EqualTo(200.0), "7,723.5 t × 1,000 ÷ 38,610 inhabitants = 200.04 kg");
            Assert.That(Streams.KgPerInhabitant(10, 0), Is.Null, "no inhabitants, no ratio");
            // Two streams: 80 of 100 t and 10 of 900 t: 90 ÷ 1,000 = 9 %, where the mean of the rates (80 % and 1.1 %) would say 40.6 %.
            Assert.That(Streams.RecoveryRate(80 + 10, 100 + 900), Is.EqualTo(9.0));
            Assert.That(Streams.RecoveryRate(0, 0), Is.Null);
            Assert.That(Streams.ChangePercent(470, 505), Is.EqualTo(-6.9), "(470 − 505) ÷ 505 = −6.93 %");
        });
    }

    [Test]
    public void A_target_is_on_track_when_the_latest_value_meets_the_straight_path_to_it()
    {
        // AGEC: 505 kg in 2010, target 429.3 kg in 2030; in 2024 the path stands at 505 + (429.3 − 505) × 14 ÷ 20 = 452.01.
        var path = Streams.PathValue(2010, 505, 2030, 429.3, 2024);
        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo(452.01).Within(1e-9));
            Assert.That(Streams.OnTrack("at_most", 470, path), Is.False, "470 kg is above the path");
            Assert.That(Streams.OnTrack("at_most", 450, path), Is.True);
            // LTECV 65 % in 2025 from 35 % in 2010: 35 + 30 × 14 ÷ 15 = 63 % in 2024.
            Assert.That(Streams.PathValue(2010, 35, 2025, 65, 2024), Is.EqualTo(63.0).Within(1e-9));
            Assert.That(Streams.OnTrack("at_least", 63, 63), Is.True, "meeting the path exactly is on track");
            Assert.That(Streams.PathValue(2010, 35, 2020, 55, 2024), Is.EqualTo(55), "past its horizon the path is the target");
        });
    }

    private static readonly HashSet<string> Epcis = ["epci:200069672", "epci:200072460"];

    private static (IReadOnlyList<TonnageLine> Lines, IReadOnlyList<string> Problems, int Total) Read(string csv) =>
        TonnageFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Epcis);

    private static string Year(int year, string epci = "200069672") => string.Join("\n",
        Streams.All.Select(s => $"{year};{epci};{s.Code};100,5;50"));

    [Test]
    public void A_tonnage_file_reads_with_decimal_commas_and_every_stream_of_a_year()
    {
        var file = Read("annee;territoire;flux;tonnes_collectees;tonnes_valorisees\n" + Year(2024));
        Assert.Multiple(() =>
        {
            Assert.That(file.Problems, Is.Empty);
            Assert.That(file.Lines, Has.Count.EqualTo(7));
            Assert.That(file.Lines.Select(l => (l.Epci, l.Collected, l.Recovered)), Is.All.EqualTo(("epci:200069672", 100.5m, 50m)));
        });
    }

    [Test]
    public void Every_problem_of_a_tonnage_file_comes_with_its_line()
    {
        var file = Read(string.Join("\n",
            "annee;territoire;flux;tonnes_collectees;tonnes_valorisees",
            "2024;200069672;omr;100;0",
            "2024;200069672;plastique;100;0",
            "2024;200069672;verre;100;120",
            "1999;200069672;verre;100;10",
            "2024;999999999;verre;100;10",
            "2024;200069672;omr;-5;0",
            "2024;200069672;omr;100;0"));
        Assert.That(file.Problems, Is.EqualTo(new[]
        {
            "line 2: epci:200069672 2024 lacks the streams collecte_selective, verre, dechets_verts, encombrants, gravats, autres_decheterie " +
            "(give every stream of the year, 0 where there is none)",
            "line 3: flux 'plastique' is not one of omr, collecte_selective, verre, dechets_verts, encombrants, gravats, autres_decheterie",
            "line 4: tonnes_valorisees '120' is not a number of tonnes from 0 to tonnes_collectees (100)",
            "line 5: annee '1999' is not a year from 2000 to 2100",
            "line 6: territoire '999999999' is not an EPCI of the observatory (its SIREN, e.g. 200069672, or epci:200069672)",
            "line 7: tonnes_collectees '-5' is not a number of tonnes of 0 or more (12.5 or 12,5)",
            "line 8: 2024 / epci:200069672 / omr is already given on line 2",
        }));
        Assert.That(Read("year;epci;stream\n2024;1;omr").Problems.Single(), Does.StartWith("line 1: the columns are year, epci, stream"));
    }

    [Test]
    public void The_demo_series_is_deterministic_and_near_its_anchors()
    {
        var rows = DemoTonnages.Generate(38610).ToList();
        Assert.That(DemoTonnages.Generate(38610), Is.EqualTo(rows), "same population, same tonnes");
        double Kg(int year) => (double)rows.Where(r => r.Year == year).Sum(r => r.Collected) * 1000 / 38610;
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(7 * 15));
            Assert.That(Kg(2010), Is.EqualTo(505).Within(10), "DMA about 505 kg per inhabitant in 2010");
            Assert.That(Kg(2024), Is.EqualTo(473).Within(10), "and about 470 in 2024");
            Assert.That(rows.Where(r => r.Stream == "omr").Select(r => r.Recovered), Is.All.Zero);
        });
    }
}
