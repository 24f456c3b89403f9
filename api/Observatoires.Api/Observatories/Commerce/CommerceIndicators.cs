using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>
/// The observatory's indicators per surveyed commune and survey year, derived from the cells (<c>CommerceIndicators.sql</c>)
/// and written through the platform's value writer after the seed and every survey import. Counts add up; the rates are
/// ratios with their parts, so that an EPCI's vacancy is Σ vacant ÷ Σ cells and its density Σ active ÷ Σ inhabitants,
/// never a mean of rates.
/// </summary>
internal static class CommerceIndicators
{
    public const string Cells = "commerce.cellules", Active = "commerce.cellules_actives", Vacant = "commerce.cellules_vacantes",
        VacancyRate = "commerce.taux_vacance", PerThousand = "commerce.commerces_pour_1000_hab", FoodShare = "commerce.part_alimentaire";

    /// <summary>Active outlets of one activity: commerce.actifs_alimentaire...</summary>
    public static string ActiveOf(string activity) => $"commerce.actifs_{activity}";

    private const string Source = "Observatoire du commerce de l'AULA : relevés de terrain des cellules commerciales (données de démonstration " +
                                  "tant que les relevés réels ne sont pas chargés)";
    private const string Vintage = "Relevés de terrain du commerce";

    private static IndicatorDefinition Count(string code, string theme, string label, string definition, bool? higherIsBetter = true, int? headline = null) => new()
    {
        Code = code,
        Theme = theme,
        Label = label,
        Definition = definition,
        Unit = "cellules",
        Source = Source,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = higherIsBetter,
        HeadlineOrder = headline,
    };

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = VacancyRate, Theme = "vacance", Label = "Taux de vacance commerciale",
            Definition = "Cellules commerciales vacantes rapportées à l'ensemble des cellules relevées (actives, vacantes ou en travaux). " +
                         "Sur plusieurs communes : Σ cellules vacantes ÷ Σ cellules. Seules les communes relevées ont une valeur.",
            Unit = "%", Decimals = 1, Source = Source, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = false, HeadlineOrder = 1,
        },
        new()
        {
            Code = PerThousand, Theme = "offre", Label = "Commerces actifs pour 1 000 habitants",
            Definition = "Cellules actives relevées rapportées à la population de la commune (population légale du référentiel), pour " +
                         "1 000 habitants. Sur plusieurs communes : Σ cellules actives ÷ Σ habitants des communes relevées.",
            Unit = "pour 1 000 hab.", Decimals = 1, Source = Source, Aggregation = Aggregation.Ratio, RatioScale = 1000, HeadlineOrder = 2,
        },
        new()
        {
            Code = FoodShare, Theme = "offre", Label = "Part des commerces alimentaires",
            Definition = "Cellules actives d'activité alimentaire rapportées à l'ensemble des cellules actives.",
            Unit = "%", Decimals = 1, Source = Source, Aggregation = Aggregation.Ratio, RatioScale = 100,
        },
        Count(Cells, "offre", "Cellules commerciales relevées", "Cellules commerciales relevées sur le terrain, quel que soit leur statut.", null),
        Count(Active, "offre", "Cellules actives", "Cellules commerciales occupées par une activité au relevé."),
        Count(Vacant, "vacance", "Cellules vacantes", "Cellules commerciales vides au relevé (hors cellules en travaux).", false),
        .. Vocabulary.Activities.Select(a => Count(ActiveOf(a.Code), "activites", $"Commerces actifs : {a.Label.ToLowerInvariant()}",
            $"Cellules actives dont l'activité relève du groupe « {a.Label} » de la nomenclature de l'observatoire.")),
    ];

    // Properties rather than a constructor: Dapper maps text[] and nullable columns onto them.
    private sealed class CommuneFigures
    {
        public string CommuneId { get; init; } = "";
        public string Period { get; init; } = "";
        public int? Population { get; init; }
        public long Cells { get; init; }
        public long Active { get; init; }
        public long Vacant { get; init; }
        public string[]? Activities { get; init; }
    }

    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var figures = await connection.QueryAsync<CommuneFigures>(SqlResource.Get("Observatories/Commerce/CommerceIndicators.sql"),
            transaction: transaction);
        var rows = new List<ValueRow>();
        foreach (var f in figures)
        {
            ValueRow Row(string code, double value) => new(code, f.CommuneId, f.Period, value, Vintage: Vintage);
            var activities = f.Activities ?? [];
            var food = activities.Count(a => a == Vocabulary.Food);
            rows.Add(Row(Cells, f.Cells));
            rows.Add(Row(Active, f.Active));
            rows.Add(Row(Vacant, f.Vacant));
            rows.Add(Row(VacancyRate, Math.Round(100.0 * f.Vacant / f.Cells, 3)) with { Numerator = f.Vacant, Denominator = f.Cells });
            if (f.Population > 0)
                rows.Add(Row(PerThousand, Math.Round(1000.0 * f.Active / f.Population.Value, 3)) with { Numerator = f.Active, Denominator = f.Population });
            if (f.Active > 0)
                rows.Add(Row(FoodShare, Math.Round(100.0 * food / f.Active, 3)) with { Numerator = food, Denominator = f.Active });
            rows.AddRange(Vocabulary.Activities.Select(a => Row(ActiveOf(a.Code), activities.Count(x => x == a.Code))));
        }
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
