using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>
/// The cycling network's indicators, per commune for the current year, derived from the segments (the counting rule
/// of <see cref="CycleNetwork"/>) and the priority routes; rewritten through the platform's value writer after the seed,
/// every import and every change of a priority route (a changed figure is a revision: asOf shows the day before).
/// The platform aggregates them to EPCIs and groupings: km add up, the ratios are recomputed from their parts.
/// </summary>
internal static class CyclableIndicators
{
    public const string Theme = "cyclable";
    internal const string Source = "Réseau cyclable au schéma national des aménagements cyclables (AULA, EPCI ; données de démonstration)";
    internal const string SourceUrl = "https://schema.data.gouv.fr/etalab/schema-amenagements-cyclables/";
    private const string Vintage = "Réseau cyclable au schéma national";

    public const string Km = "mobilite.cyclable_km";
    public const string KmPerThousand = "mobilite.cyclable_km_pour_1000_hab";
    public const string PriorityShare = "mobilite.cyclable_part_itineraire_prioritaire";

    public static string FamilyKm(string family) => $"mobilite.cyclable_km_{family}";

    public static string StatusKm(string status) => $"mobilite.cyclable_km_{status.ToLowerInvariant().Replace(' ', '_')}";

    private static readonly string[] OtherStatuses = ["EN TRAVAUX", "PROVISOIRE"];

    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new()
        {
            Code = Km, Theme = Theme, Label = "Linéaire d'aménagements cyclables en service",
            Definition = "Longueur des aménagements cyclables en service, côté par côté : une rue avec une bande de chaque côté compte deux " +
                         "fois sa longueur, une piste bidirectionnelle d'un seul côté une fois. Chaque côté compte pour sa commune (code_com_d, code_com_g).",
            Unit = "km", Decimals = 1, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true, HeadlineOrder = 10,
        },
        .. CycleNetwork.Families.Select(f => new IndicatorDefinition
        {
            Code = FamilyKm(f.Family), Theme = Theme, Label = $"{f.Label} en service",
            Definition = $"{f.Definition} Longueur en service, côté par côté.",
            Unit = "km", Decimals = 1, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Sum, HigherIsBetter = true,
        }),
        .. OtherStatuses.Select(s => new IndicatorDefinition
        {
            Code = StatusKm(s), Theme = Theme, Label = $"Aménagements cyclables {(s == "EN TRAVAUX" ? "en travaux" : "provisoires")}",
            Definition = $"Longueur des aménagements cyclables au statut {s}, tous types, côté par côté.",
            Unit = "km", Decimals = 1, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Sum,
        }),
        new()
        {
            Code = KmPerThousand, Theme = Theme, Label = "Aménagements cyclables pour 1 000 habitants",
            Definition = "Linéaire d'aménagements cyclables en service rapporté à la population municipale (km pour 1 000 habitants).",
            Unit = "km pour 1 000 hab.", Decimals = 2, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 1000,
            HigherIsBetter = true,
        },
        new()
        {
            Code = PriorityShare, Theme = Theme, Label = "Part de l'itinéraire prioritaire réalisée",
            Definition = "Longueur en service de l'itinéraire prioritaire du schéma cyclable de chaque commune (les tronçons qui portent son nom " +
                         "dans nom_loc) rapportée à la longueur prévue, plafonnée à celle-ci. Seules les communes dotées d'un itinéraire prioritaire ont une valeur.",
            Unit = "%", Decimals = 1, Source = Source, SourceUrl = SourceUrl, Aggregation = Aggregation.Ratio, RatioScale = 100, HigherIsBetter = true,
        },
    ];

    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var communes = await connection.QueryAsync<(string Id, int? Population)>(
            "select id, population from platform.territory where level = 'commune' order by id", transaction: transaction);
        var sides = (await CycleNetwork.SidesAsync(connection, null, transaction)).ToLookup(s => s.CommuneId);
        var routes = (await PriorityRoute.ListAsync(connection, null, transaction)).ToDictionary(r => r.CommuneId);
        var period = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var rows = new List<ValueRow>();
        foreach (var (commune, population) in communes)
        {
            ValueRow Row(string code, double value) => new(code, commune, period, Math.Round(value, 3), Vintage: Vintage);
            var mine = sides[commune].ToList();
            var inService = mine.Where(s => s.Statut == CycleNetwork.InService).ToList();
            var km = inService.Sum(s => s.Km);
            rows.Add(Row(Km, km));
            foreach (var family in CycleNetwork.Families)
                rows.Add(Row(FamilyKm(family.Family), inService.Where(s => CycleNetwork.TypeOf(s.Ame).Family == family.Family).Sum(s => s.Km)));
            foreach (var status in OtherStatuses)
                rows.Add(Row(StatusKm(status), mine.Where(s => s.Statut == status).Sum(s => s.Km)));
            if (population > 0)
                rows.Add(Row(KmPerThousand, 1000 * km / population.Value) with { Numerator = Math.Round(km, 3), Denominator = population });
            if (routes.TryGetValue(commune, out var route))
                rows.Add(Row(PriorityShare, route.Share) with { Numerator = Math.Round(route.CountedKm, 3), Denominator = route.PlannedKm });
        }
        return await ValueWriter.WriteAsync(connection, transaction, rows);
    }
}
