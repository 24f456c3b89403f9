using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Dechets;

/// <summary>
/// The observatory's indicators, derived from <c>dechets.tonnage</c> per EPCI and year (the level the collection
/// source has: no commune split is made up): tonnages per stream, kg per inhabitant (Σ tonnes ÷ Σ inhabitants, with
/// the referential's population) and the material recovery rate of non-inert waste (Σ recovered ÷ Σ collected).
/// </summary>
internal static class DechetsIndicators
{
    public const string DmaTonnes = "dechets.dma_tonnes", DmaKgPerInhabitant = "dechets.dma_kg_hab",
        RecoveryRate = "dechets.taux_valorisation_matiere";

    public static string TonnesOf(string stream) => $"dechets.tonnes_{stream}";

    public static string KgPerInhabitantOf(string stream) => $"dechets.kg_hab_{stream}";

    private const string SourceUrl = "https://www.sinoe.org";
    private const string Vintage = "Tonnages collectés (rapport annuel du service public de prévention et de gestion des déchets)";

    public const string DemoSource = "CC du Ternois, rapport annuel sur le service public de gestion des déchets (format SINOE, ADEME) — " +
                                     "données de démonstration tant que les tonnages réels ne sont pas chargés";

    private const string PopulationNote = " Population : population légale du référentiel, la même pour toutes les années de la série.";

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = DmaKgPerInhabitant, Theme = "production", Label = "Déchets ménagers et assimilés par habitant",
            Definition = "Tonnages de tous les flux de déchets ménagers et assimilés (ordures ménagères résiduelles, collectes sélectives, " +
                         "verre, déchèteries) rapportés à la population, en kg par habitant et par an : Σ tonnes ÷ Σ habitants." + PopulationNote,
            Unit = "kg/hab./an", Decimals = 1, Source = DemoSource, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 1000,
            HigherIsBetter = false, HeadlineOrder = 1,
        },
        new()
        {
            Code = RecoveryRate, Theme = "valorisation", Label = "Taux de valorisation matière et organique",
            Definition = "Part des déchets ménagers et assimilés non inertes (hors gravats) orientée vers le recyclage ou le compostage : " +
                         "Σ tonnes valorisées ÷ Σ tonnes collectées, jamais une moyenne de taux.",
            Unit = "%", Decimals = 1, Source = DemoSource, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 100,
            HigherIsBetter = true, HeadlineOrder = 2,
        },
        new()
        {
            Code = DmaTonnes, Theme = "production", Label = "Déchets ménagers et assimilés collectés",
            Definition = "Tonnages de tous les flux de déchets ménagers et assimilés collectés dans l'année.",
            Unit = "t", Decimals = 1, Source = DemoSource, SourceUrl = SourceUrl, Aggregation = Aggregation.Sum, HigherIsBetter = false,
            HeadlineOrder = 3,
        },
        .. Streams.All.Select(s => new IndicatorDefinition
        {
            Code = KgPerInhabitantOf(s.Code), Theme = "flux", Label = $"{s.Label} par habitant",
            Definition = $"Tonnages du flux « {s.Label} » ({s.Where}) rapportés à la population, en kg par habitant et par an : " +
                         "Σ tonnes ÷ Σ habitants." + PopulationNote,
            Unit = "kg/hab./an", Decimals = 1, Source = DemoSource, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 1000,
            // Less residual waste is better; more sorted waste is what the plans ask for, not more waste: no direction.
            HigherIsBetter = s.Code == "omr" ? false : null,
        }),
        .. Streams.All.Select(s => new IndicatorDefinition
        {
            Code = TonnesOf(s.Code), Theme = "flux", Label = $"{s.Label} collectés",
            Definition = $"Tonnages du flux « {s.Label} » ({s.Where}) collectés dans l'année.",
            Unit = "t", Decimals = 1, Source = DemoSource, SourceUrl = SourceUrl, Aggregation = Aggregation.Sum,
            HigherIsBetter = s.Code == "omr" ? false : null,
        }),
    ];

    private sealed record Row(string EpciId, int Year, string Stream, double Collected, double Recovered, long? Population);

    /// <summary>Rewrites every indicator value from the stored tonnages.</summary>
    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var tonnages = await connection.QueryAsync<Row>("""
            select t.epci_id as epciid, t.year, t.stream, t.tonnes_collected::double precision as collected,
                   t.tonnes_recovered::double precision as recovered, e.population::bigint as population
            from dechets.tonnage t join platform.territory e on e.id = t.epci_id
            order by 1, 2, 3
            """, transaction: transaction);
        var rows = new List<ValueRow>();
        foreach (var year in tonnages.GroupBy(t => (t.EpciId, t.Year, t.Population)))
        {
            var (epci, period, population) = (year.Key.EpciId, year.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.Key.Population ?? 0);
            ValueRow Row(string code, double value, double? numerator = null, double? denominator = null) =>
                new(code, epci, period, value, numerator, denominator, Vintage: Vintage);
            foreach (var stream in year)
            {
                rows.Add(Row(TonnesOf(stream.Stream), stream.Collected));
                if (population > 0)
                    rows.Add(Row(KgPerInhabitantOf(stream.Stream), Math.Round(stream.Collected * 1000 / population, 3), stream.Collected, population));
            }
            var total = year.Sum(s => s.Collected);
            rows.Add(Row(DmaTonnes, Math.Round(total, 1)));
            if (population > 0)
                rows.Add(Row(DmaKgPerInhabitant, Math.Round(total * 1000 / population, 3), total, population));
            var nonInert = year.Where(s => !Streams.All.Single(x => x.Code == s.Stream).Inert).ToList();
            double collected = nonInert.Sum(s => s.Collected), recovered = nonInert.Sum(s => s.Recovered);
            if (collected > 0)
                rows.Add(Row(RecoveryRate, Math.Round(100 * recovered / collected, 3), recovered, collected));
        }
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
