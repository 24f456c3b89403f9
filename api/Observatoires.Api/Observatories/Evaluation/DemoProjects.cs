using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Evaluation;

/// <summary>
/// Three demo projects in the manner of those the agency evaluates (activity report 2024: the CABBALR's projet de
/// territoire adopted in December 2022, whose indicators and T0 were set in 2024; the CABBALR's Projet Alimentaire
/// Territorial 2019–2025 at mid-term; the CC des 7 Vallées' projet de territoire and its PVD indicators). Their
/// structure, targets and entered series are invented; the catalogue indicators are read from the platform's values.
/// </summary>
internal static class DemoProjects
{
    private sealed record Indicator(string Code, string Label, string? Catalogue, string? Unit, int T0Year, double? T0Value, double Target,
        int Horizon, string Direction, (int Year, double Value)[]? Values = null, string Confidentiality = "public", short? Decimals = null);

    private sealed record Action(string Code, string Title, Indicator[] Indicators);

    private sealed record Axis(string Code, string Title, Action[] Actions);

    private sealed record Project(string Id, string Title, string Territory, int Start, int End, string Description, Axis[] Axes);

    private const string Up = StoredIndicator.Up, Down = StoredIndicator.Down;

    private static readonly Project[] Projects =
    [
        new("cabbalr-projet-de-territoire", "Projet de territoire de la CABBALR", "epci:200072460", 2022, 2030,
            "Le suivi du projet de territoire adopté le 6 décembre 2022 : quatre axes, leurs actions et les indicateurs de suivi " +
            "choisis avec les services, les élus et le Conseil de développement (démonstration : cibles inventées).",
        [
            new("attractivite-economique", "Attractivité économique",
            [
                new("emploi-salarie", "Développer l'emploi salarié",
                [
                    new("emplois-salaries", "Emplois salariés privés", "emploi.salaries_prives", null, 2022, null, 52000, 2030, Up),
                    new("etablissements-employeurs", "Établissements employeurs", "emploi.etablissements_employeurs", null, 2022, null, 4750, 2030, Up),
                ]),
                new("creation-entreprises", "Soutenir la création et la pérennité des entreprises",
                [
                    new("creations", "Créations d'entreprises", "emploi.creations", null, 2022, null, 800, 2030, Up),
                    new("survie-5-ans", "Taux de survie des entreprises à 5 ans", "emploi.survie_5_ans", null, 2022, null, 75, 2030, Up),
                    new("defaillances", "Défaillances d'entreprises", "emploi.defaillances", null, 2022, null, 100, 2030, Down),
                ]),
                new("friches", "Reconquérir les friches",
                [
                    new("surface-friches", "Surface des friches recensées", "friches.surface_ha", null, 2022, null, 150, 2030, Down),
                ]),
            ]),
            new("transition-ecologique", "Transition écologique",
            [
                new("sobriete-energetique", "Réduire les consommations d'énergie et les émissions",
                [
                    new("consommation-energie", "Consommation d'énergie finale", "energie.consommation", null, 2019, null, 5400, 2030, Down),
                    new("emissions-ges", "Émissions de gaz à effet de serre", "energie.emissions", null, 2019, null, 1900, 2030, Down),
                ]),
                new("energies-renouvelables", "Développer les énergies renouvelables",
                [
                    new("production-enr", "Production d'énergie renouvelable", "energie.production", null, 2019, null, 400, 2030, Up),
                    new("installations-pv", "Installations photovoltaïques en toiture", "energie.installations_pv_toiture", null, 2022, null, 4000, 2030, Up),
                ]),
                new("sobriete-fonciere", "Réduire la consommation d'espaces (ZAN)",
                [
                    new("consommation-espaces", "Consommation d'espaces naturels, agricoles et forestiers", "zan.consommation_ha", null, 2022, null, 35, 2030, Down),
                ]),
            ]),
            new("cohesion-sociale", "Cohésion sociale",
            [
                new("insertion", "Favoriser l'insertion professionnelle",
                [
                    new("clauses-insertion", "Personnes employées par les clauses d'insertion", null, "personnes", 2022, null, 500, 2030, Up,
                        [(2022, 310), (2023, 355), (2024, 402)]),
                ]),
                new("accompagnement-entreprises", "Accompagner les entreprises du territoire",
                [
                    new("entreprises-accompagnees", "Entreprises accompagnées par le service économique", null, "entreprises", 2022, null, 200, 2030, Up,
                        [(2022, 120), (2023, 138), (2024, 151)], "partner"),
                ]),
            ]),
            new("cadre-de-vie", "Cadre de vie",
            [
                new("securite-routiere", "Améliorer la sécurité routière",
                [
                    new("tues-blesses-graves", "Tués et blessés graves sur les routes", "mobilite.tues_blesses_graves", null, 2022, null, 55, 2030, Down),
                    new("accidents-pietons-cyclistes", "Accidents impliquant un piéton ou un cycliste", "mobilite.accidents_pieton_cycliste", null, 2022, null,
                        25, 2030, Down),
                ]),
                new("mobilites-douces", "Développer les mobilités douces",
                [
                    // The network's figures only exist for the current year: the schéma cyclable gives the T0.
                    new("reseau-cyclable", "Linéaire d'aménagements cyclables", "mobilite.cyclable_km", null, 2022, 120, 200, 2030, Up),
                    new("places-velo-gares", "Places de stationnement vélo en gare", "mobilite.gares_places_velo", null, 2022, null, 300, 2030, Up),
                    new("voyageurs-gares", "Voyageurs dans les gares", "mobilite.gares_voyageurs", null, 2022, null, 3500000, 2030, Up),
                ]),
            ]),
        ]),
        new("cabbalr-pat", "Projet Alimentaire Territorial de la CABBALR", "epci:200072460", 2019, 2025,
            "L'évaluation à mi-parcours du PAT 2019–2025 : des indicateurs hors catalogue, fournis par les partenaires et la CABBALR " +
            "et saisis par l'agence (démonstration : séries inventées).",
        [
            new("production-locale", "Production agricole locale",
            [
                new("agriculture-biologique", "Développer l'agriculture biologique",
                [
                    new("exploitations-bio", "Exploitations en agriculture biologique", null, "exploitations", 2019, null, 70, 2025, Up,
                        [(2019, 38), (2021, 44), (2023, 52), (2024, 55)]),
                    new("surface-bio", "Surface agricole en agriculture biologique", null, "ha", 2019, null, 2500, 2025, Up,
                        [(2019, 1450), (2022, 1790), (2024, 2010)]),
                ]),
            ]),
            new("restauration-collective", "Restauration collective",
            [
                new("cantines", "Approvisionner les cantines en produits locaux",
                [
                    new("cantines-locales", "Cantines approvisionnées en local", null, "cantines", 2019, null, 15, 2025, Up,
                        [(2019, 4), (2021, 7), (2023, 11), (2024, 14)]),
                    new("part-produits-locaux", "Part des produits locaux dans les repas servis", null, "%", 2019, null, 20, 2025, Up,
                        [(2019, 8.0), (2022, 14.5), (2024, 19.2)], Decimals: 1),
                ]),
            ]),
            new("alimentation-saine", "Accès de tous à une alimentation saine",
            [
                new("circuits-courts", "Développer les circuits courts",
                [
                    new("points-de-vente", "Points de vente en circuit court", null, "points de vente", 2019, null, 35, 2025, Up,
                        [(2019, 21), (2022, 29), (2024, 33)]),
                ]),
                new("gaspillage", "Lutter contre le gaspillage alimentaire",
                [
                    new("dechets-repas", "Déchets alimentaires par repas en restauration scolaire", null, "g par repas", 2019, null, 90, 2025, Down,
                        [(2019, 120), (2022, 104), (2024, 97)]),
                ]),
                new("aide-alimentaire", "Des produits locaux dans l'aide alimentaire",
                [
                    new("produits-frais-aide", "Produits frais locaux distribués par l'aide alimentaire", null, "t", 2019, 12, 40, 2025, Up,
                        [(2022, 18)]),
                ]),
            ]),
        ]),
        new("cc7v-projet-de-territoire", "Projet de territoire de la CC des 7 Vallées", "epci:200044030", 2022, 2028,
            "Le suivi du projet de territoire et des indicateurs complémentaires Petites Villes de Demain (Hesdin, Fruges), avec un " +
            "score par action (démonstration : cibles et séries saisies inventées).",
        [
            new("centres-bourgs", "Revitalisation des centres-bourgs (PVD)",
            [
                new("commerce-centre-bourg", "Redynamiser le commerce de centre-bourg",
                [
                    new("cellules-vacantes", "Cellules commerciales vacantes en centre-bourg", null, "cellules", 2022, null, 15, 2028, Down,
                        [(2022, 31), (2023, 27), (2024, 24)]),
                ]),
                new("habitat-ancien", "Réhabiliter l'habitat ancien",
                [
                    new("logements-rehabilites", "Logements réhabilités (OPAH-RU, cumul)", null, "logements", 2022, null, 250, 2028, Up,
                        [(2022, 0), (2023, 35), (2024, 78)]),
                ]),
            ]),
            new("transition", "Transition énergétique et sobriété foncière",
            [
                new("solaire", "Développer le solaire en toiture",
                [
                    new("installations-pv", "Installations photovoltaïques en toiture", "energie.installations_pv_toiture", null, 2022, null, 500, 2028, Up),
                ]),
                new("foncier", "Réduire la consommation d'espaces",
                [
                    new("consommation-espaces", "Consommation d'espaces naturels, agricoles et forestiers", "zan.consommation_ha", null, 2022, null, 8, 2028, Down),
                ]),
            ]),
            new("economie", "Économie et emploi",
            [
                new("emploi-local", "Maintenir l'emploi local",
                [
                    new("emplois-salaries", "Emplois salariés privés", "emploi.salaries_prives", null, 2022, null, 3500, 2028, Up),
                ]),
            ]),
        ]),
    ];

    /// <summary>The demo projects, when there is no project at all (one the agency removed does not come back while others remain).</summary>
    public static async Task<int> SeedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select from evaluation.project)", transaction: transaction))
            return 0;
        var added = 0;
        foreach (var p in Projects)
        {
            if (!await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Territory)", new { p.Territory }, transaction))
                continue;
            added += await connection.ExecuteAsync("""
                insert into evaluation.project (id, title, territory_id, start_year, end_year, description, demo, updated_by)
                values (@Id, @Title, @Territory, @Start, @End, @Description, true, 'seed')
                """, new { p.Id, p.Title, p.Territory, p.Start, p.End, p.Description }, transaction);
            var (actionOrder, indicatorOrder) = (0, 0);
            foreach (var (axis, axisOrder) in p.Axes.Select((a, i) => (a, i + 1)))
            {
                await connection.ExecuteAsync("insert into evaluation.axis (project_id, code, title, sort_order) values (@Id, @Code, @Title, @Order)",
                    new { p.Id, axis.Code, axis.Title, Order = axisOrder }, transaction);
                foreach (var action in axis.Actions)
                {
                    await connection.ExecuteAsync("""
                        insert into evaluation.action (project_id, code, axis_code, title, sort_order) values (@Id, @Code, @Axis, @Title, @Order)
                        """, new { p.Id, action.Code, Axis = axis.Code, action.Title, Order = ++actionOrder }, transaction);
                    foreach (var i in action.Indicators)
                    {
                        await connection.ExecuteAsync("""
                            insert into evaluation.indicator (project_id, code, action_code, label, catalogue_code, unit, decimals, confidentiality,
                                t0_year, t0_value, target_value, horizon_year, direction, sort_order)
                            values (@Id, @Code, @ActionCode, @Label, @Catalogue, @Unit, @Decimals, @Confidentiality, @T0Year, @T0Value, @Target,
                                @Horizon, @Direction, @Order)
                            """, new
                        {
                            p.Id,
                            i.Code,
                            ActionCode = action.Code,
                            i.Label,
                            i.Catalogue,
                            i.Unit,
                            Decimals = i.Unit is null ? null : (short?)(i.Decimals ?? 0),
                            i.Confidentiality,
                            i.T0Year,
                            i.T0Value,
                            i.Target,
                            i.Horizon,
                            i.Direction,
                            Order = ++indicatorOrder,
                        }, transaction);
                        await connection.ExecuteAsync("""
                            insert into evaluation.indicator_value (project_id, indicator_code, year, value) values (@Id, @Code, @Year, @Value)
                            """, (i.Values ?? []).Select(v => new { p.Id, i.Code, v.Year, v.Value }), transaction);
                    }
                }
            }
        }
        return added;
    }
}
