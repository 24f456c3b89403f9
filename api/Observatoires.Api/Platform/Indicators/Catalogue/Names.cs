namespace Observatoires.Api.Platform.Indicators.Catalogue;

/// <summary>The words the database and the API use for the catalogue's enumerations.</summary>
internal static class Names
{
    public static string Of(Aggregation a) => a switch
    {
        Aggregation.Sum => "sum",
        Aggregation.Ratio => "ratio",
        Aggregation.WeightedMean => "weighted_mean",
        _ => "none",
    };

    public static Aggregation ParseAggregation(string text) => text switch
    {
        "sum" => Aggregation.Sum,
        "ratio" => Aggregation.Ratio,
        "weighted_mean" => Aggregation.WeightedMean,
        "none" => Aggregation.None,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "unknown aggregation"),
    };

    public static string Of(Confidentiality c) => c switch
    {
        Confidentiality.Public => "public",
        Confidentiality.Partner => "partner",
        _ => "agency",
    };

    public static Confidentiality ParseConfidentiality(string text) => text switch
    {
        "public" => Confidentiality.Public,
        "partner" => Confidentiality.Partner,
        "agency" => Confidentiality.Agency,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "unknown confidentiality"),
    };
}
