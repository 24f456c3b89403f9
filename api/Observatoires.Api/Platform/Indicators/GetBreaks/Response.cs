namespace Observatoires.Api.Platform.Indicators.GetBreaks;

/// <param name="Lower">Inclusive lower bound.</param>
/// <param name="Upper">Upper bound, exclusive except for the last class.</param>
/// <param name="Colour">#rrggbb, from a colour-blind-safe palette.</param>
internal sealed record ClassItem(int Index, double Lower, double Upper, int Count, string Colour);

/// <param name="Classified">Territories with a published number, spread over the classes.</param>
/// <param name="Secret">Territories whose value is secret.</param>
/// <param name="NoData">Territories without a value.</param>
internal sealed record Counts(int Total, int Classified, int Secret, int NoData);

/// <param name="Palette">Blues (sequential, neutral indicator) or RdBu / RdBu-reversed (diverging; blue = better).</param>
internal sealed record Legend(string Method, IReadOnlyList<double> Breaks, IReadOnlyList<ClassItem> Classes, string Palette,
    string SecretColour, string NoDataColour, Counts Counts);

internal sealed record Response(IndicatorSummary Indicator, string Period, string Level, string? Within, Legend Legend);
