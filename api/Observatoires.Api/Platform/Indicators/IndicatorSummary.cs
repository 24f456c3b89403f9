using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>The metadata that travels with every figure: what it is, its unit, its source and licence.</summary>
/// <param name="Aggregation">sum, ratio, weighted_mean or none.</param>
/// <param name="HigherIsBetter">null when neither direction is better.</param>
/// <param name="FixedClasses">The fixed class scheme its maps offer (method=fixed), when it has one.</param>
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
    string Confidentiality,
    FixedClasses? FixedClasses = null)
{
    public static IndicatorSummary Of(IndicatorInfo i) => new(i.Code, i.Label, i.Unit, i.Decimals, i.ObservatorySlug, i.ThemeCode,
        Period.Name(i.Periodicity), Names.Of(i.Aggregation), i.HigherIsBetter, i.Source, i.SourceUrl, i.Licence, Names.Of(i.Confidentiality),
        i.FixedClasses);
}

/// <summary>A territory as figures name it.</summary>
/// <param name="Names">The name after "de", "à" and where, as French says it: "du Pas-de-Calais", "au Pas-de-Calais".</param>
internal sealed record TerritoryRef(string Id, string Level, string Name, TerritoryNames Names)
{
    public static TerritoryRef Of(Target t) => new(t.Id, t.Level, t.Name, t.Names);
}

/// <summary>
/// How much of its territory an aggregate covers. A figure summed over the communes with data is only the
/// territory's figure when they are all of its communes: the Pas-de-Calais' total of an indicator the agency only
/// measures in its perimeter covers 318 of its 887 communes, and says so.
/// </summary>
/// <param name="Communes">The territory's communes the referential holds (all of them but for the département and the région, which are only partly in the perimeter).</param>
/// <param name="CommunesWithValue">Those with a value: the figure is the aggregate of these.</param>
/// <param name="TerritoryCommunes">How many communes the territory has in all (INSEE COG): the figure is partial
/// when <paramref name="CommunesWithValue"/> is less. The same as <paramref name="Communes"/> for a custom zone.</param>
internal sealed record Coverage(int Communes, int CommunesWithValue, int TerritoryCommunes)
{
    /// <summary>Null for a stored figure, and for a peer group (its members are EPCIs, listed with their figures).</summary>
    public static Coverage? Of(Figure f, Target t) =>
        f.Members is { } members && !t.IsPeerGroup ? new(members, f.MembersWithValue ?? 0, Math.Max(t.CommuneCount ?? members, members)) : null;
}
