using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>
/// The accident indicators (theme <c>accidents</c>), derived from the tables per commune and year and written through
/// the platform's value writer (a changed figure is a revision), after the seed and after every import.
/// </summary>
internal static class AccidentIndicators
{
    public const string Theme = "accidents";

    internal const string Source = "Fichiers BAAC des accidents corporels de la circulation, ONISR (données de démonstration tant qu'ils ne sont pas importés)";
    internal const string SourceUrl = "https://www.data.gouv.fr/fr/datasets/bases-de-donnees-annuelles-des-accidents-corporels-de-la-circulation-routiere-annees-de-2005-a-2023/";
    private const string Vintage = "BAAC (ONISR)";

    private static IndicatorDefinition Count(string code, string label, string definition, string unit, int? headline = null) => new()
    {
        Code = code,
        Theme = Theme,
        Label = label,
        Definition = definition,
        Unit = unit,
        Source = Source,
        SourceUrl = SourceUrl,
        Aggregation = Aggregation.Sum,
        HigherIsBetter = false,
        HeadlineOrder = headline,
    };

    private static IndicatorDefinition Rate(string code, string label, string definition) => new()
    {
        Code = code,
        Theme = Theme,
        Label = label,
        Definition = definition,
        Unit = "pour 10 000 habitants",
        Decimals = 1,
        Source = Source,
        SourceUrl = SourceUrl,
        Aggregation = Aggregation.Ratio,
        RatioScale = 10_000,
        HigherIsBetter = false,
    };

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        Count("mobilite.accidents_pieton_cycliste", "Accidents impliquant un piéton ou un cycliste",
            "Accidents corporels impliquant au moins un piéton ou un cycliste (vélo ou vélo à assistance électrique), " +
            "ceux que le plan de mobilité doit suivre (Code des transports, art. L1214-2).", "accidents", headline: 1),
        Count("mobilite.tues_blesses_graves", "Tués et blessés graves",
            "Indice de gravité (KSI) : personnes tuées (décédées dans les 30 jours) et blessées hospitalisées plus de 24 heures " +
            "dans les accidents corporels de l'année.", "personnes", headline: 2),
        Count("mobilite.tues_blesses_graves_pieton_cycliste", "Piétons et cyclistes tués ou blessés graves",
            "Piétons et cyclistes (conducteurs ou passagers d'un vélo ou d'un vélo à assistance électrique) tués ou blessés " +
            "hospitalisés plus de 24 heures dans les accidents corporels de l'année : les victimes que le plan de mobilité veut réduire.",
            "personnes"),
        Count("mobilite.accidents", "Accidents corporels",
            "Accidents de la circulation ayant fait au moins une victime, survenus sur le territoire dans l'année.", "accidents", headline: 3),
        Count("mobilite.tues", "Tués", "Personnes décédées dans les 30 jours des suites d'un accident corporel de l'année.", "personnes"),
        Count("mobilite.blesses_hospitalises", "Blessés hospitalisés",
            "Victimes hospitalisées plus de 24 heures (blessés graves au sens de l'ONISR).", "personnes"),
        Count("mobilite.blesses_legers", "Blessés légers", "Victimes soignées sans hospitalisation de plus de 24 heures.", "personnes"),
        Count("mobilite.accidents_pieton", "Accidents impliquant un piéton", "Accidents corporels dont au moins un usager est un piéton.", "accidents"),
        Count("mobilite.accidents_cycliste", "Accidents impliquant un cycliste",
            "Accidents corporels impliquant au moins un vélo ou un vélo à assistance électrique.", "accidents"),
        Rate("mobilite.taux_accidents", "Accidents pour 10 000 habitants",
            "Accidents corporels de l'année rapportés à la population municipale légale (la plus récente), pour 10 000 habitants."),
        Rate("mobilite.taux_tues_blesses_graves", "Tués et blessés graves pour 10 000 habitants",
            "Tués et blessés hospitalisés de l'année rapportés à la population municipale légale, pour 10 000 habitants."),
        Rate("mobilite.taux_accidents_pieton_cycliste", "Accidents impliquant un piéton ou un cycliste pour 10 000 habitants",
            "Accidents impliquant au moins un piéton ou un cycliste rapportés à la population municipale légale, pour 10 000 habitants."),
        Count("mobilite.accidents_3ans", "Accidents corporels sur 3 ans",
            "Cumul mobile : accidents corporels de l'année et des deux précédentes (les petits nombres varient beaucoup d'une année à l'autre).", "accidents"),
        Count("mobilite.accidents_5ans", "Accidents corporels sur 5 ans",
            "Cumul mobile : accidents corporels de l'année et des quatre précédentes.", "accidents"),
        Count("mobilite.accidents_pieton_cycliste_3ans", "Accidents impliquant un piéton ou un cycliste sur 3 ans",
            "Cumul mobile : accidents impliquant au moins un piéton ou un cycliste, l'année et les deux précédentes.", "accidents"),
        Count("mobilite.accidents_pieton_cycliste_5ans", "Accidents impliquant un piéton ou un cycliste sur 5 ans",
            "Cumul mobile : accidents impliquant au moins un piéton ou un cycliste, l'année et les quatre précédentes.", "accidents"),
        Count("mobilite.tues_blesses_graves_3ans", "Tués et blessés graves sur 3 ans",
            "Cumul mobile : tués et blessés hospitalisés de l'année et des deux précédentes.", "personnes"),
        Count("mobilite.tues_blesses_graves_5ans", "Tués et blessés graves sur 5 ans",
            "Cumul mobile : tués et blessés hospitalisés de l'année et des quatre précédentes.", "personnes"),
        Count("mobilite.tues_blesses_graves_pieton_cycliste_5ans", "Piétons et cyclistes tués ou blessés graves sur 5 ans",
            "Cumul mobile : piétons et cyclistes tués ou blessés hospitalisés, l'année et les quatre précédentes.", "personnes"),
    ];

    /// <summary>Whether an indicator has no value yet: one added by a new version, on a database seeded before it.</summary>
    public static Task<bool> AnyWithoutValuesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>("""
            select exists (select from unnest(@Codes) c(code)
                           where not exists (select from platform.indicator_value v where v.indicator_code = c.code))
            """, new { Codes = Definitions.Select(d => d.Code).ToArray() }, transaction);

    /// <summary>Recomputes every commune's figures for every year from the tables.</summary>
    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct = default)
    {
        var rows = await connection.QueryAsync<(string Indicator, string Commune, string Period, double Value, double? Numerator, double? Denominator)>(
            new CommandDefinition(SqlResource.Get("Observatories/Mobilite/Accidents/AccidentIndicators.sql"),
                new { AccidentCodes.FirstYear, AccidentCodes.LastYear }, transaction, cancellationToken: ct));
        return await ValueWriter.WriteAsync(connection, transaction, rows.Select(r =>
            new ValueRow(r.Indicator, r.Commune, r.Period, r.Value, r.Numerator, r.Denominator, ValueStatus.Definitive, Vintage)), ct);
    }
}
