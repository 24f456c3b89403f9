using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Observatories.Energie;

/// <summary>A territory's accounts one year: what was consumed (GWh), by sector, by carrier and by both.</summary>
internal sealed record ConsumptionAccounts(
    double TotalGwh,
    IReadOnlyDictionary<string, double> BySector,
    IReadOnlyDictionary<string, double> ByCarrier,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> BySectorAndCarrier);

/// <param name="TotalGwh">Renewable and recovered production (what the decarbonised balance counts).</param>
/// <param name="BySource">Every source, the non-renewable thermal production included.</param>
/// <param name="NonRenewableThermalGwh">Heat produced from non-renewable energy: shown, not counted in the total.</param>
/// <param name="RooftopPvInstallations">Rooftop PV installations injecting on the grid, when counted.</param>
internal sealed record ProductionAccounts(double TotalGwh, IReadOnlyDictionary<string, double> BySource, double NonRenewableThermalGwh, int? RooftopPvInstallations);

/// <summary>Direct greenhouse-gas emissions (kt CO2e), by sector.</summary>
internal sealed record EmissionsAccounts(double TotalKt, IReadOnlyDictionary<string, double> BySector);

/// <summary>
/// The decarbonised balance: renewable and recovered production of a year over the consumption of the same year, or
/// of the latest year before it when that year's consumption is not published yet (as the report divides the 2023
/// production by the 2022 consumption). A ratio of the territory's sums, never an average of its communes' shares.
/// </summary>
/// <param name="Share">Production ÷ consumption (0.093 for 9.3 %).</param>
internal sealed record DecarbonisedBalance(double Share, double ProductionGwh, int ProductionYear, double ConsumptionGwh, int ConsumptionYear);

internal sealed record YearAccounts(int Year, ConsumptionAccounts? Consumption, ProductionAccounts? Production, EmissionsAccounts? Emissions,
    DecarbonisedBalance? DecarbonisedBalance);

/// <summary>The figures as the activity report states them: the latest consumption with its gas share, the latest production, the balance naming both years, the latest emissions.</summary>
internal sealed record Headline(int? ConsumptionYear, double? ConsumptionGwh, double? GasShare, int? ProductionYear, double? ProductionGwh,
    DecarbonisedBalance? DecarbonisedBalance, int? EmissionsYear, double? EmissionsKt);

/// <param name="OwnFigures">True for a reference territory (département, région) read from its own rows: its figures cover all its communes.</param>
/// <param name="CommunesWithData">Communes whose accounts the figures add up (0 with own figures).</param>
/// <param name="Communes">Communes the territory has (in the Code officiel géographique, for a département the referential holds only part of).</param>
internal sealed record AccountsCoverage(bool OwnFigures, int CommunesWithData, int Communes);

/// <summary>An objective of the decarbonised balance by a year, from a planning document (PCAET, SCoT, SRADDET).</summary>
internal sealed record BalanceTarget(int Year, double Share, string Document, bool Demo);

/// <summary>A territory's energy accounts, every year.</summary>
/// <param name="NameOf">The name after "de" ("de la CA de Béthune-Bruay…", "du Pas-de-Calais").</param>
/// <param name="Origins">Where the lines added up come from (the demo seed, imported files).</param>
internal sealed record TerritoryAccounts(string Id, string Level, string Name, string NameOf, AccountsCoverage Coverage, Headline Headline,
    IReadOnlyList<YearAccounts> Years, IReadOnlyList<BalanceTarget> Targets, IReadOnlyList<string> Origins);

/// <summary>Reads and adds up the accounts of a territory: from its communes' rows, or from its own (reference territories).</summary>
internal static class EnergyAccounts
{
    private sealed record Line(int Year, string Kind, string Sector, string Carrier, double Value);

    public static async Task<TerritoryAccounts> ReadAsync(NpgsqlConnection connection, Target target, int from, int to)
    {
        var own = target.Level != "commune" && !target.IsCustom
            && await connection.ExecuteScalarAsync<bool>("select exists (select from energie.account where territory_id = @Id)", new { target.Id });
        string[] ids = own || target.Level == "commune" ? [target.Id] : [.. target.Communes];
        var lines = (await connection.QueryAsync<Line>("""
            select year, kind, sector, carrier, sum(value) as value from energie.account
            where territory_id = any(@ids) and year between @from and @to group by 1, 2, 3, 4
            """, new { ids, from, to })).ToList();
        var installations = (await connection.QueryAsync<(int Year, int Count)>("""
            select year, sum(installations)::int from energie.installation
            where territory_id = any(@ids) and carrier = @RooftopPv and year between @from and @to group by 1
            """, new { ids, AccountTerms.RooftopPv, from, to })).ToDictionary(i => i.Year, i => i.Count);
        var withData = own ? 0 : await connection.ExecuteScalarAsync<int>(
            "select count(distinct territory_id) from energie.account where territory_id = any(@ids)", new { ids });
        var origins = (await connection.QueryAsync<string>(
            "select distinct coalesce(origin, 'non précisée') from energie.account where territory_id = any(@ids) order by 1", new { ids })).ToList();
        var targets = (await connection.QueryAsync<BalanceTarget>(
            "select year, share, document, demo from energie.balance_target where territory_id = @Id order by year", new { target.Id })).ToList();
        var communes = target.Level == "commune" ? 1 : target.CommuneCount ?? target.Communes.Count;
        return Build(target, new AccountsCoverage(own, withData, communes), lines.Select(l => (l.Year, l.Kind, l.Sector, l.Carrier, l.Value)).ToList(),
            installations, targets, origins);
    }

    /// <summary>The accounts from their summed lines (year, kind, sector, carrier, value).</summary>
    public static TerritoryAccounts Build(Target target, AccountsCoverage coverage,
        IReadOnlyList<(int Year, string Kind, string Sector, string Carrier, double Value)> lines,
        IReadOnlyDictionary<int, int> installations, IReadOnlyList<BalanceTarget> targets, IReadOnlyList<string> origins)
    {
        var consumption = new SortedDictionary<int, ConsumptionAccounts>();
        var production = new SortedDictionary<int, ProductionAccounts>();
        var emissions = new SortedDictionary<int, EmissionsAccounts>();
        foreach (var year in lines.GroupBy(l => l.Year))
        {
            var used = year.Where(l => l.Kind == AccountTerms.Consumption).ToList();
            if (used.Count > 0)
                consumption[year.Key] = new(Gwh(used.Sum(l => l.Value)),
                    Sums(used, l => l.Sector, AccountTerms.Sectors), Sums(used, l => l.Carrier, AccountTerms.Carriers),
                    AccountTerms.Sectors.Where(s => used.Any(l => l.Sector == s.Code))
                        .ToDictionary(s => s.Code, s => Sums(used.Where(l => l.Sector == s.Code).ToList(), l => l.Carrier, AccountTerms.Carriers)));
            var produced = year.Where(l => l.Kind == AccountTerms.Production).ToList();
            if (produced.Count > 0)
                production[year.Key] = new(Gwh(produced.Where(l => AccountTerms.IsDecarbonised(l.Carrier)).Sum(l => l.Value)),
                    Sums(produced, l => l.Carrier, AccountTerms.Sources),
                    Gwh(produced.Where(l => !AccountTerms.IsDecarbonised(l.Carrier)).Sum(l => l.Value)),
                    installations.TryGetValue(year.Key, out var count) ? count : null);
            var emitted = year.Where(l => l.Kind == AccountTerms.Emissions).ToList();
            if (emitted.Count > 0)
                emissions[year.Key] = new(Gwh(emitted.Sum(l => l.Value)), Sums(emitted, l => l.Sector, AccountTerms.Sectors));
        }

        var balances = production.ToDictionary(p => p.Key, p => BalanceOf(p.Key, p.Value, consumption));
        var years = consumption.Keys.Concat(production.Keys).Concat(emissions.Keys).Distinct().Order()
            .Select(y => new YearAccounts(y, consumption.GetValueOrDefault(y), production.GetValueOrDefault(y), emissions.GetValueOrDefault(y),
                balances.GetValueOrDefault(y)))
            .ToList();

        var lastConsumption = consumption.Count > 0 ? consumption.Last() : (KeyValuePair<int, ConsumptionAccounts>?)null;
        var lastProduction = production.Count > 0 ? production.Last() : (KeyValuePair<int, ProductionAccounts>?)null;
        var lastEmissions = emissions.Count > 0 ? emissions.Last() : (KeyValuePair<int, EmissionsAccounts>?)null;
        var gas = lastConsumption?.Value.ByCarrier.GetValueOrDefault("gaz");
        var headline = new Headline(lastConsumption?.Key, lastConsumption?.Value.TotalGwh,
            lastConsumption is { Value.TotalGwh: > 0 } c ? Math.Round(gas!.Value / c.Value.TotalGwh, 4) : null,
            lastProduction?.Key, lastProduction?.Value.TotalGwh, lastProduction is { } p ? balances[p.Key] : null,
            lastEmissions?.Key, lastEmissions?.Value.TotalKt);
        return new(target.Id, target.Level, target.Name, target.Names.Of, coverage, headline, years, targets, origins);
    }

    /// <summary>The balance of a production year, over the consumption of that year or the latest before it; null without one.</summary>
    private static DecarbonisedBalance? BalanceOf(int year, ProductionAccounts production, SortedDictionary<int, ConsumptionAccounts> consumption)
    {
        var denominator = consumption.Where(c => c.Key <= year && c.Value.TotalGwh > 0).Select(c => (KeyValuePair<int, ConsumptionAccounts>?)c).LastOrDefault();
        return denominator is { } d
            ? new(Math.Round(production.TotalGwh / d.Value.TotalGwh, 4), production.TotalGwh, year, d.Value.TotalGwh, d.Key)
            : null;
    }

    private static IReadOnlyDictionary<string, double> Sums(IReadOnlyList<(int Year, string Kind, string Sector, string Carrier, double Value)> lines,
        Func<(int Year, string Kind, string Sector, string Carrier, double Value), string> key, IReadOnlyList<(string Code, string Label)> terms)
    {
        var sums = lines.GroupBy(key).ToDictionary(g => g.Key, g => Gwh(g.Sum(l => l.Value)));
        // The known terms first, in their order, then any other an import brought.
        return terms.Where(t => sums.ContainsKey(t.Code)).Select(t => t.Code).Concat(sums.Keys.Where(k => terms.All(t => t.Code != k)).Order(StringComparer.Ordinal))
            .ToDictionary(k => k, k => sums[k]);
    }

    /// <summary>Amounts to the MWh (or the tonne): the precision the lines are stored at.</summary>
    private static double Gwh(double value) => Math.Round(value, 3);
}
