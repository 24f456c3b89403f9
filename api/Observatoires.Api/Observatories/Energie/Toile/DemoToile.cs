using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators;

namespace Observatoires.Api.Observatories.Energie.Toile;

/// <summary>
/// The demo Toile: 35 industrial sites over 10 GWh a year, anchored on the activity report (Aperam Stainless France at
/// Isbergues, 26.8 kt CO2e; McCain at Béthune and Harnes; the others plausible by sector, under descriptive names),
/// the report's heat networks (creation year and delivery points are real), waste-to-energy plants and mine gas,
/// two ground PV plants, the Ternois wind farms, the report's source substations, and the flows between them. The
/// sites' volumes are scaled so that they sum to 78 % of <see cref="AulaIndustrialConsumptionGwh"/>, the AULA's
/// industrial consumption in 2022 as the demo accounts hold it (DemoAccounts), so that the share reads 78 % as in the
/// report; the API computes that share from the accounts, it never types it (ToileTests checks both).
/// </summary>
internal static class DemoToile
{
    /// <summary>The AULA's industrial consumption in 2022, GWh, the demo accounts are expected to hold.</summary>
    public const double AulaIndustrialConsumptionGwh = 5360;

    /// <summary>The large sites' share of it in the report.</summary>
    public const double LargeSitesShare = 0.78;

    // Direct emissions per GWh burnt, kt CO2e (natural gas, heating oil): demo factors.
    private const double GasFactor = 0.205, OilFactor = 0.27;

    private sealed record Consumer(string Name, string Commune, string Sector, double BaseGwh);

    // Before scaling; the order is the ids' (1..35), EPCI after EPCI, not by size.
    private static readonly Consumer[] Consumers =
    [
        new("Aperam Stainless France", "62473", "metallurgie", 380),
        new("McCain Alimentaire, usine de Béthune", "62119", "agroalimentaire", 210),
        new("Site chimique de Chocques", "62224", "chimie", 165),
        new("Site de mécanique automobile de Douvrin", "62276", "automobile", 140),
        new("Usine agroalimentaire de Lillers", "62516", "agroalimentaire", 55),
        new("Site de plasturgie de Bruay-la-Buissière", "62178", "plasturgie", 28),
        new("Papeterie de Labeuvrière", "62479", "papier_carton", 62),
        new("Tuilerie de Beuvry", "62126", "materiaux", 35),
        new("Site chimique de Vendin-lès-Béthune", "62841", "chimie", 45),
        new("Entrepôt frigorifique de Ruitz", "62727", "logistique", 14),
        new("Laiterie de Saint-Venant", "62770", "agroalimentaire", 22),
        new("Site métallurgique de Nœux-les-Mines", "62617", "metallurgie", 30),
        new("Briqueterie de Barlin", "62083", "materiaux", 18),
        new("Usine agroalimentaire de Vermelles", "62846", "agroalimentaire", 16),
        new("Site chimique de Billy-Berclau", "62132", "chimie", 48),
        new("McCain Alimentaire, usine de Harnes", "62413", "agroalimentaire", 190),
        new("Plateforme chimique de Mazingarbe", "62563", "chimie", 150),
        new("Verrerie de Wingles", "62895", "materiaux", 120),
        new("Site métallurgique de Noyelles-sous-Lens", "62628", "metallurgie", 42),
        new("Usine agroalimentaire de Vendin-le-Vieil", "62842", "agroalimentaire", 38),
        new("Site de plasturgie de Lens", "62498", "plasturgie", 24),
        new("Site chimique de Loos-en-Gohelle", "62528", "chimie", 36),
        new("Usine de mécanique de Liévin", "62510", "automobile", 27),
        new("Entrepôt frigorifique de Fouquières-lès-Lens", "62351", "logistique", 15),
        new("Cartonnerie d'Avion", "62065", "papier_carton", 33),
        new("Usine agroalimentaire d'Hulluch", "62464", "agroalimentaire", 20),
        new("Site métallurgique de Pont-à-Vendin", "62666", "metallurgie", 55),
        new("Fonderie de Sallaumines", "62771", "metallurgie", 19),
        new("Usine de matériaux de Bully-les-Mines", "62186", "materiaux", 13),
        new("Usine agroalimentaire de Saint-Pol-sur-Ternoise", "62767", "agroalimentaire", 45),
        new("Abattoir de Frévent", "62361", "agroalimentaire", 17),
        new("Laiterie d'Anvin", "62036", "agroalimentaire", 26),
        new("Site de mécanique de Pernes", "62652", "automobile", 12),
        new("Usine agroalimentaire de Beaurainville", "62100", "agroalimentaire", 21),
        new("Scierie d'Hesdin-la-Forêt", "62447", "materiaux", 14),
    ];

    // Shares of electricity, gas, heat, oil, wood by sector.
    private static readonly Dictionary<string, (double Electricite, double Gaz, double Chaleur, double Petrole, double Bois)> Mixes = new()
    {
        ["metallurgie"] = (0.60, 0.35, 0, 0.05, 0),
        ["agroalimentaire"] = (0.35, 0.60, 0, 0.05, 0),
        ["chimie"] = (0.40, 0.50, 0.10, 0, 0),
        ["materiaux"] = (0.25, 0.70, 0, 0.05, 0),
        ["papier_carton"] = (0.35, 0.45, 0, 0, 0.20),
        ["automobile"] = (0.60, 0.40, 0, 0, 0),
        ["plasturgie"] = (0.85, 0.15, 0, 0, 0),
        ["logistique"] = (0.95, 0, 0, 0.05, 0),
    };

    // Recoverable waste heat as a share of what a sector burns, and low-temperature heat demand as a share of its gas.
    private static readonly Dictionary<string, (double WasteHeat, double HeatDemand)> Heat = new()
    {
        ["metallurgie"] = (0.20, 0),
        ["materiaux"] = (0.20, 0),
        ["chimie"] = (0.15, 0.10),
        ["agroalimentaire"] = (0.10, 0.30),
        ["papier_carton"] = (0.10, 0.20),
        ["automobile"] = (0, 0.10),
        ["plasturgie"] = (0, 0),
        ["logistique"] = (0, 0),
    };

    private sealed record Other(int Id, string Kind, string Name, string Commune, string? Sector, double? ProductionGwh = null,
        double? CapacityMw = null, int? CreatedYear = null, int? DeliveryPoints = null, double? WasteHeatGwh = null, double? HeatDemandGwh = null);

    // Real names and years from the report; volumes, capacities and heat figures are demo, except the mine gas (8.5
    // and 3 GWh), the ground PV (5.9 and 18 GWh) and the Ternois wind (492 GWh), which are the report's.
    private static readonly Other[] Others =
    [
        new(101, "reseau_chaleur", "Réseau de chaleur de Béthune", "62119", null, CreatedYear: 1972, DeliveryPoints: 127, HeatDemandGwh: 60),
        new(102, "reseau_chaleur", "Réseau de chaleur d'Avion", "62065", null, CreatedYear: 1964, DeliveryPoints: 23, HeatDemandGwh: 14),
        new(103, "reseau_chaleur", "Réseau de chaleur de Lens", "62498", null, CreatedYear: 1968, DeliveryPoints: 59, HeatDemandGwh: 35),
        new(104, "reseau_chaleur", "Réseau de chaleur de Liévin", "62510", null, CreatedYear: 1992, DeliveryPoints: 34, HeatDemandGwh: 20),
        new(111, "producteur", "UVE de Labeuvrière", "62479", "valorisation_dechets", ProductionGwh: 48, WasteHeatGwh: 25),
        new(112, "producteur", "UVE d'Hersin-Coupigny", "62443", "valorisation_dechets", ProductionGwh: 62, WasteHeatGwh: 22),
        new(113, "producteur", "Incinérateur de Noyelles-sous-Lens", "62628", "valorisation_dechets", ProductionGwh: 70, WasteHeatGwh: 30),
        new(114, "producteur", "Gaz de mine d'Avion", "62065", "gaz_de_mine", ProductionGwh: 8.5),
        new(115, "producteur", "Gaz de mine de Divion", "62270", "gaz_de_mine", ProductionGwh: 3),
        new(116, "producteur", "Centrale photovoltaïque au sol de Labourse", "62480", "pv_sol", ProductionGwh: 5.9),
        new(117, "producteur", "Centrale photovoltaïque au sol de Leforest", "62497", "pv_sol", ProductionGwh: 18),
        new(118, "producteur", "Parcs éoliens du Ternois", "62258", "eolien", ProductionGwh: 492),
        new(119, "producteur", "Méthanisation McCain de Béthune", "62119", "biogaz", ProductionGwh: 14),
        new(121, "poste_source", "Poste source d'Hénin", "62427", null, CapacityMw: 12),
        new(122, "poste_source", "Poste source d'Hesdin", "62447", null, CapacityMw: 6),
        new(123, "poste_source", "Poste source de Saint-Pol", "62767", null, CapacityMw: 21),
        new(124, "poste_source", "Poste source de Courrières", "62250", null, CapacityMw: 0),
        new(125, "poste_source", "Poste source de Vendin", "62842", null, CapacityMw: 9),
        new(126, "poste_source", "Poste source de Mont Croisette", "62258", null, CapacityMw: 37),
        new(127, "poste_source", "Poste source de Douvrin", "62276", null, CapacityMw: 4),
        new(128, "poste_source", "Poste source de Beuvry", "62126", null, CapacityMw: 15),
        new(129, "poste_source", "Poste source d'Essars", "62310", null, CapacityMw: 8),
        new(130, "poste_source", "Poste source de Barlin", "62083", null, CapacityMw: 11),
        new(131, "poste_source", "Poste source de Gosnay", "62377", null, CapacityMw: 3),
        new(132, "poste_source", "Poste source d'Isbergues", "62473", null, CapacityMw: 18),
    ];

    // Flows that are not a site's electricity supply (those go from the nearest substation: see SeedAsync).
    // (from, to, carrier, GWh, status, kind); a GWh of 0 takes the smaller of the two ends' heat figures.
    private static readonly (int From, int To, string Carrier, double Gwh, string Status, string Kind)[] Flows =
    [
        (113, 103, "chaleur", 24, "existing", "waste_heat"),
        (114, 102, "gaz", 8.5, "existing", "supply"),
        (119, 2, "biogaz", 6, "existing", "supply"),
        (3, 2, "vapeur", 9, "existing", "exchange"),
        (17, 22, "vapeur", 7, "existing", "exchange"),
        (111, 101, "chaleur", 0, "potential", "waste_heat"),
        (2, 101, "chaleur", 0, "potential", "waste_heat"),
        (17, 103, "chaleur", 0, "potential", "waste_heat"),
        (18, 103, "chaleur", 0, "potential", "waste_heat"),
        (112, 104, "chaleur", 0, "potential", "waste_heat"),
        (1, 5, "chaleur", 0, "potential", "waste_heat"),
        (118, 126, "electricite", 492, "existing", "supply"),
        (117, 121, "electricite", 18, "existing", "supply"),
        (116, 128, "electricite", 5.9, "existing", "supply"),
        (112, 130, "electricite", 30, "existing", "supply"),
        (111, 131, "electricite", 20, "existing", "supply"),
        (113, 125, "electricite", 28, "existing", "supply"),
    ];

    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from energie.toile_node)", transaction: transaction))
            return 0;
        var known = territory.Communes.Select(c => c.Id).ToHashSet();

        // Volumes scaled to 78 % of the accounts' industrial consumption, to 0.1 GWh; the largest site takes the rounding.
        var target = Math.Round(AulaIndustrialConsumptionGwh * LargeSitesShare, 1);
        var scale = target / Consumers.Sum(c => c.BaseGwh);
        var carriers = new List<(int Node, string Carrier, double Gwh)>();
        var nodes = new List<Other>();
        var emissions = new Dictionary<int, double>();
        for (var i = 0; i < Consumers.Length; i++)
        {
            var (id, site, mix) = (i + 1, Consumers[i], Mixes[Consumers[i].Sector]);
            var total = Math.Round(site.BaseGwh * scale, 1);
            // Aperam's gas follows its real emissions (26.8 kt CO2e); the rest of its energy is electric.
            var gas = id == 1 ? Math.Round(26.8 / GasFactor, 1) : Math.Round(total * mix.Gaz, 1);
            var lines = new (string Carrier, double Gwh)[]
            {
                ("gaz", gas), ("chaleur", Math.Round(total * mix.Chaleur, 1)), ("petrole", id == 1 ? 0 : Math.Round(total * mix.Petrole, 1)),
                ("bois", Math.Round(total * mix.Bois, 1)),
            };
            var electricity = Math.Round(total - lines.Sum(l => l.Gwh), 1);
            carriers.AddRange(lines.Prepend((Carrier: "electricite", Gwh: electricity)).Where(l => l.Gwh > 0).Select(l => (id, l.Carrier, l.Gwh)));
            emissions[id] = id == 1 ? 26.8 : Math.Round(gas * GasFactor + total * mix.Petrole * OilFactor, 1);
            var heat = Heat[site.Sector];
            var burnt = gas + total * mix.Petrole;
            nodes.Add(new Other(id, ToileGraph.Consumer, site.Name, $"commune:{site.Commune}", site.Sector,
                WasteHeatGwh: heat.WasteHeat > 0 ? Math.Round(burnt * heat.WasteHeat, 1) : null,
                HeatDemandGwh: heat.HeatDemand > 0 ? Math.Round(gas * heat.HeatDemand, 1) : null));
        }
        var difference = Math.Round(target - carriers.Sum(c => c.Gwh), 1);
        var largest = carriers.FindIndex(c => c.Node == 1 && c.Carrier == "electricite");
        carriers[largest] = carriers[largest] with { Gwh = Math.Round(carriers[largest].Gwh + difference, 1) };
        nodes.AddRange(Others.Select(o => o with { Commune = $"commune:{o.Commune}" }));
        nodes.RemoveAll(n => !known.Contains(n.Commune));

        var added = await connection.ExecuteAsync(SqlResource.Get("Observatories/Energie/Toile/PlaceDemoToile.sql"), new
        {
            Ids = nodes.Select(n => n.Id).ToArray(),
            Kinds = nodes.Select(n => n.Kind).ToArray(),
            Names = nodes.Select(n => n.Name).ToArray(),
            Communes = nodes.Select(n => n.Commune).ToArray(),
            Sectors = nodes.Select(n => n.Sector).ToArray(),
            Emissions = nodes.Select(n => emissions.TryGetValue(n.Id, out var e) ? e : (double?)null).ToArray(),
            Productions = nodes.Select(n => n.ProductionGwh).ToArray(),
            Capacities = nodes.Select(n => n.CapacityMw).ToArray(),
            Years = nodes.Select(n => n.CreatedYear).ToArray(),
            Points = nodes.Select(n => n.DeliveryPoints).ToArray(),
            WasteHeat = nodes.Select(n => n.WasteHeatGwh).ToArray(),
            HeatDemand = nodes.Select(n => n.HeatDemandGwh).ToArray(),
        }, transaction);
        await connection.ExecuteAsync("""
            insert into energie.toile_consumption (node_id, carrier, gwh)
            select c.node, c.carrier, c.gwh from unnest(@Nodes, @Carriers, @Volumes) as c(node, carrier, gwh)
            where exists (select from energie.toile_node n where n.id = c.node)
            """, new
        {
            Nodes = carriers.Select(c => c.Node).ToArray(),
            Carriers = carriers.Select(c => c.Carrier).ToArray(),
            Volumes = carriers.Select(c => c.Gwh).ToArray(),
        }, transaction);
        await connection.ExecuteAsync("""
            -- the listed flows; a potential waste-heat flow carries what its two ends could exchange
            insert into energie.toile_edge (id, from_node, to_node, carrier, gwh, status, kind)
            select f.n, f.from_node, f.to_node, f.carrier,
                   case when f.gwh > 0 then f.gwh else round(least(s.waste_heat_gwh, d.heat_demand_gwh)::numeric, 1)::double precision end,
                   f.status, f.kind
            from unnest(@From, @To, @Carriers, @Volumes, @Statuses, @EdgeKinds) with ordinality as f(from_node, to_node, carrier, gwh, status, kind, n)
            join energie.toile_node s on s.id = f.from_node
            join energie.toile_node d on d.id = f.to_node;
            -- every site's electricity from its nearest source substation
            insert into energie.toile_edge (id, from_node, to_node, carrier, gwh, status, kind)
            select 100 + row_number() over (order by c.node_id), p.id, c.node_id, 'electricite', c.gwh, 'existing', 'supply'
            from energie.toile_consumption c
            join energie.toile_node n on n.id = c.node_id
            cross join lateral (
                select p.id from energie.toile_node p where p.kind = 'poste_source' order by p.geom <-> n.geom, p.id limit 1) p
            where c.carrier = 'electricite';
            """, new
        {
            From = Flows.Select(f => f.From).ToArray(),
            To = Flows.Select(f => f.To).ToArray(),
            Carriers = Flows.Select(f => f.Carrier).ToArray(),
            Volumes = Flows.Select(f => f.Gwh).ToArray(),
            Statuses = Flows.Select(f => f.Status).ToArray(),
            EdgeKinds = Flows.Select(f => f.Kind).ToArray(),
        }, transaction);
        return added;
    }
}
