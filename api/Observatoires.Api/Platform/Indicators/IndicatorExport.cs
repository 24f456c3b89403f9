using System.Globalization;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>An indicator's metadata as exports carry it (CSVW, XLSX), read from the catalogue: nothing typed twice.</summary>
internal static class IndicatorExport
{
    // The columns the indicator tables share (values, series), declared once.
    public static readonly ExportColumn TerritoryId = new("territory_id", "Code du territoire", ColumnType.Text,
        "Identifiant du territoire (niveau:code INSEE ou SIREN ; custom:communes pour une zone libre).");

    public static readonly ExportColumn TerritoryName = new("territory_name", "Territoire", ColumnType.Text);
    public static readonly ExportColumn IndicatorCode = new("indicator", "Code de l'indicateur", ColumnType.Text);
    public static readonly ExportColumn Period = new("period", "Période", ColumnType.Text, "2023, 2024-S1, 2023-Q4 ou 2024-03.");

    public static readonly ExportColumn Status = new("status", "Statut", ColumnType.Text,
        "definitive, provisional, estimated ; secret (secret statistique : pas de valeur) ; restricted (réservé hors du " +
        "territoire de l'appelant : pas de valeur) ; vide s'il n'y a pas de donnée.");

    public static readonly ExportColumn Unit = new("unit", "Unité", ColumnType.Text);

    /// <summary>The figure's column: titled by the indicator's label, with its definition, unit and decimals.</summary>
    public static ExportColumn Value(IndicatorInfo indicator) =>
        new("value", indicator.Label, ColumnType.Number, indicator.Definition, indicator.Unit, indicator.Decimals);

    public static ExportSource Source(IndicatorInfo indicator, string? period) => new(indicator.Code, indicator.Label,
        indicator.Definition, indicator.Unit, indicator.Source, indicator.SourceUrl, period, indicator.Licence, SecrecyNote(indicator));

    /// <summary>How secrecy and confidentiality shape the indicator's figures, in French, from its catalogue settings.</summary>
    public static string SecrecyNote(IndicatorInfo indicator)
    {
        var notes = new List<string>();
        if (indicator.SecrecyThreshold is { } threshold)
        {
            var basis = indicator.SecrecyUnits is { } units ? $"de l'indicateur {units}" : indicator.Aggregation switch
            {
                Aggregation.Ratio => "du dénominateur",
                Aggregation.WeightedMean => "de la pondération",
                _ => "de la valeur elle-même",
            };
            notes.Add($"Secret statistique : une valeur dont la base ({basis}) est inférieure à " +
                      $"{threshold.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))} n'est pas diffusée (statut « secret », " +
                      "cellule vide), ni celle qui permettrait de la retrouver par différence.");
        }
        if (indicator.SecretWith is { Count: > 0 } with)
            notes.Add($"Secret aussi là où l'est : {string.Join(", ", with)}.");
        if (notes.Count == 0)
            notes.Add("Aucun seuil de secret statistique.");
        notes.Add(indicator.Confidentiality switch
        {
            Confidentiality.Partner => "Diffusion restreinte : partenaires sur leur territoire et agence (statut « restricted » hors de leur territoire).",
            Confidentiality.Agency => "Usage interne de l'agence : non diffusé.",
            _ => "Données publiques.",
        });
        return string.Join(" ", notes);
    }
}
