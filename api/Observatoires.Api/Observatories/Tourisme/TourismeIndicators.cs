using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Tourisme;

/// <summary>
/// The observatory's indicators. The capacity ones are derived from the accommodation points per commune and inventory
/// year (<c>TourismeIndicators.sql</c>), every commune of the two EPCIs included (zeros where there is no establishment),
/// so that an EPCI's beds per 1,000 inhabitants is Σ tourist beds ÷ Σ inhabitants; the occupancy rate is stored per EPCI
/// and month with its nights sold and offered, so that a season's rate is Σ sold ÷ Σ offered, never a mean of rates.
/// </summary>
internal static class TourismeIndicators
{
    public const string Establishments = "tourisme.hebergements", TouristBeds = "tourisme.lits_touristiques",
        BedsPerThousand = "tourisme.lits_pour_1000_hab", HotelRooms = "tourisme.chambres_hotel", CampingPitches = "tourisme.emplacements_camping",
        Occupancy = "tourisme.taux_occupation";

    /// <summary>The tourist beds of one type: tourisme.lits_hotel...</summary>
    public static string BedsOf(string type) => $"tourisme.lits_{type}";

    /// <summary>The observatory's EPCIs: the CC des 7 Vallées and the CABBALR.</summary>
    public static readonly string[] Epcis = [TourismeModule.Cc7v, TourismeModule.Cabbalr];

    private const string Source = "Observatoire du tourisme de l'AULA : inventaire des hébergements (Atout France, classement des hébergements " +
                                  "touristiques ; offices de tourisme) — données de démonstration tant que l'inventaire réel n'est pas chargé";
    private const string SourceUrl = "https://www.data.gouv.fr/fr/datasets/hebergements-collectifs-classes-en-france/";
    private const string Vintage = "Inventaire des hébergements touristiques";

    private static IndicatorDefinition Sum(string code, string theme, string label, string definition, string unit, int? headline = null) => new()
    {
        Code = code,
        Theme = theme,
        Label = label,
        Definition = definition,
        Unit = unit,
        Source = Source,
        SourceUrl = SourceUrl,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = true,
        HeadlineOrder = headline,
    };

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = BedsPerThousand, Theme = "capacite", Label = "Lits touristiques pour 1 000 habitants",
            Definition = "Lits touristiques des hébergements marchands rapportés à la population (population légale du référentiel), pour 1 000 " +
                         "habitants. Équivalence en lits comme l'INSEE : une chambre d'hôtel ou d'hôtes = 2 lits, un emplacement de camping = 3 lits, " +
                         "les gîtes, hébergements collectifs et résidences comptent leurs lits. Sur plusieurs communes : Σ lits ÷ Σ habitants.",
            Unit = "pour 1 000 hab.", Decimals = 1, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 1000,
            HigherIsBetter = true, HeadlineOrder = 1,
        },
        Sum(TouristBeds, "capacite", "Lits touristiques", "Capacité des hébergements marchands en lits touristiques (chambre d'hôtel ou " +
            "d'hôtes = 2 lits, emplacement de camping = 3 lits, lits des gîtes, hébergements collectifs et résidences).", "lits", 2),
        Sum(Establishments, "capacite", "Hébergements touristiques", "Établissements d'hébergement marchand recensés (hôtels, campings, gîtes " +
            "et meublés, chambres d'hôtes, hébergements collectifs, résidences de tourisme).", "établissements"),
        Sum(HotelRooms, "types", "Chambres d'hôtel", "Chambres des hôtels de tourisme.", "chambres"),
        Sum(CampingPitches, "types", "Emplacements de camping", "Emplacements des campings.", "emplacements"),
        .. Vocabulary.Types.Select(t => Sum(BedsOf(t.Code), "types", $"Lits touristiques : {t.Label.ToLowerInvariant()}",
            $"Lits touristiques des établissements de type « {t.Label} » (capacité comptée en {t.Capacity}).", "lits")),
        new()
        {
            Code = Occupancy, Theme = "frequentation", Label = "Taux d'occupation des hébergements",
            Definition = "Nuitées vendues rapportées aux nuitées offertes (chambres ou emplacements disponibles × jours d'ouverture), par mois, " +
                         "à l'échelle de l'intercommunalité. Sur une saison ou une année : Σ nuitées vendues ÷ Σ nuitées offertes.",
            Unit = "%", Decimals = 1, Source = "Enquête de fréquentation des hébergements (offices de tourisme, AULA) — données de démonstration",
            Periodicity = Periodicity.Month, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true,
        },
    ];

    // Properties rather than a constructor: Dapper maps nullable columns onto them.
    private sealed class CommuneFigures
    {
        public string CommuneId { get; init; } = "";
        public string Period { get; init; } = "";
        public int? Population { get; init; }
        public string Type { get; init; } = "";
        public long Establishments { get; init; }
        public long Rooms { get; init; }
        public long Pitches { get; init; }
        public long TouristBeds { get; init; }
    }

    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var figures = await connection.QueryAsync<CommuneFigures>(SqlResource.Get("Observatories/Tourisme/TourismeIndicators.sql"),
            new { Epcis, Types = Vocabulary.Types.Select(t => t.Code).ToArray() }, transaction);
        var rows = new List<ValueRow>();
        foreach (var commune in figures.GroupBy(f => (f.CommuneId, f.Period, f.Population)))
        {
            var (id, period, population) = commune.Key;
            ValueRow Row(string code, double value) => new(code, id, period, value, Vintage: Vintage);
            var byType = commune.ToDictionary(f => f.Type);
            var beds = commune.Sum(f => f.TouristBeds);
            rows.Add(Row(Establishments, commune.Sum(f => f.Establishments)));
            rows.Add(Row(TouristBeds, beds));
            rows.Add(Row(HotelRooms, byType[Vocabulary.Hotel].Rooms));
            rows.Add(Row(CampingPitches, byType[Vocabulary.Camping].Pitches));
            rows.AddRange(Vocabulary.Types.Select(t => Row(BedsOf(t.Code), byType[t.Code].TouristBeds)));
            if (population > 0)
                rows.Add(Row(BedsPerThousand, Math.Round(1000.0 * beds / population.Value, 3)) with { Numerator = beds, Denominator = population });
        }
        var months = await connection.QueryAsync<(string Epci, string Month, int Sold, int Offered)>(
            "select epci_id, month, nights_sold, nights_offered from tourisme.occupancy order by 1, 2", transaction: transaction);
        rows.AddRange(months.Select(m => new ValueRow(Occupancy, m.Epci, m.Month, Math.Round(100.0 * m.Sold / m.Offered, 3), m.Sold, m.Offered,
            Vintage: "Fréquentation des hébergements")));
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
