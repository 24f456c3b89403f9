using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Dechets;

/// <summary>
/// Demo tonnages of the CC du Ternois, 2010–2024 (2010 is the base year of the AGEC target, so the series starts
/// there): each stream's kg per inhabitant goes steadily from a 2010 anchor to a 2024 anchor, with a small
/// deterministic wobble, times the EPCI's real population. Anchors, for a rural EPCI, on national orders of magnitude
/// (ADEME, "Déchets chiffres-clés"): residual household waste about 245 kg/inhabitant in 2010 falling towards 180,
/// packaging and paper about 45 rising to 55, glass about 30, recycling-centre streams about 185 in all; a DMA total
/// about 505 kg in 2010 and 470 in 2024 (−7 %, short of the −15 % path), and a recovery rate in the mid-forties.
/// </summary>
internal static class DemoTonnages
{
    public const string Ternois = "epci:200069672";
    public const int FirstYear = 2010, LastYear = 2024;

    /// <summary>(stream, kg/inhabitant in 2010, in 2024, share recovered).</summary>
    private static readonly (string Stream, double From, double To, double Recovered)[] Anchors =
    [
        ("omr", 245, 180, 0),
        ("collecte_selective", 45, 55, 0.80),   // the sorting centre's rejects are not recovered
        ("verre", 30, 33, 1),
        ("dechets_verts", 60, 70, 1),           // composted
        ("encombrants", 35, 30, 0.20),
        ("gravats", 50, 55, 0.70),
        ("autres_decheterie", 40, 50, 0.85),
    ];

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        var population = territory.Communes.Where(c => c.EpciId == Ternois).Sum(c => (long)c.Population);
        if (population == 0 || await connection.ExecuteScalarAsync<bool>("select exists (select from dechets.tonnage)", transaction: transaction))
            return 0;
        var rows = Generate(population).ToList();
        var added = await connection.ExecuteAsync("""
            insert into dechets.tonnage (epci_id, year, stream, tonnes_collected, tonnes_recovered, source, demo)
            values (@Epci, @Year, @Stream, @Collected, @Recovered, @Source, true)
            """, rows.Select(r => new { Epci = Ternois, r.Year, r.Stream, r.Collected, r.Recovered, Source = DechetsIndicators.DemoSource }),
            transaction);
        await DechetsIndicators.RecomputeAsync(connection, transaction);
        return added;
    }

    /// <summary>The demo tonnages for a population: the same population, the same tonnes.</summary>
    public static IEnumerable<(int Year, string Stream, decimal Collected, decimal Recovered)> Generate(long population)
    {
        foreach (var (stream, from, to, share) in Anchors)
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var progress = (double)(year - FirstYear) / (LastYear - FirstYear);
                var kg = (from + (to - from) * progress) * (1 + Wobble(stream, year));
                var collected = Math.Round((decimal)(kg * population / 1000), 1);
                yield return (year, stream, collected, Math.Round(collected * (decimal)share, 1));
            }
    }

    /// <summary>A deterministic ±1.5 % wobble (FNV-1a of the stream and year: string.GetHashCode changes between runs).</summary>
    private static double Wobble(string stream, int year)
    {
        var hash = 2166136261u;
        foreach (var c in $"{stream}{year}")
            hash = (hash ^ c) * 16777619u;
        return (hash % 3001 / 1000.0 - 1.5) / 100;
    }
}
