using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>The metadata that travels with every figure: what it is, its unit, its source and licence.</summary>
/// <param name="Aggregation">sum, ratio, weighted_mean or none.</param>
/// <param name="HigherIsBetter">null when neither direction is better.</param>
internal sealed record IndicatorSummary(
    string Code,
    string Label,
    string Unit,
    int Decimals,
    string Observatory,
    string Theme,
    string Periodicity,
    string Aggregation,
    bool? HigherIsBetter,
    string Source,
    string? SourceUrl,
    string Licence,
    string Confidentiality)
{
    public static IndicatorSummary Of(IndicatorInfo i) => new(i.Code, i.Label, i.Unit, i.Decimals, i.ObservatorySlug, i.ThemeCode,
        Period.Name(i.Periodicity), Names.Of(i.Aggregation), i.HigherIsBetter, i.Source, i.SourceUrl, i.Licence, Names.Of(i.Confidentiality));
}

/// <summary>A territory as figures name it.</summary>
internal sealed record TerritoryRef(string Id, string Level, string Name)
{
    public static TerritoryRef Of(Target t) => new(t.Id, t.Level, t.Name);
}

/// <summary>How much of an aggregate's territory had data: communes counted out of communes in the zone.</summary>
internal sealed record Coverage(int Communes, int CommunesWithValue)
{
    public static Coverage? Of(Figure f) => f.Members is { } members ? new(members, f.MembersWithValue ?? 0) : null;
}
