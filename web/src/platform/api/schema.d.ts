/**
 * GENERATED from web/openapi.json by tools/api-types.mjs (openapi-typescript) — do not edit.
 * Regenerate: ./observatoires openapi (from the API) or npm run api:generate (from web/openapi.json).
 */
export interface paths {
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log (admin): every write and import, who, when, before and after; newest first
         * @description Read-only: the log cannot be changed or deleted, through the API or in the database.
         *
         *     Requires an API key with the role admin.
         */
        get: operations["getAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API keys (admin): holder, role, scope, expiry, status; never the keys themselves
         * @description Keys are created and revoked with ./observatoires keys create|revoke.
         *
         *     Requires an API key with the role admin.
         */
        get: operations["getKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/barometre/{territory}/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quarterly economic barometer of a territory: four indicators with their changes, revisions, series, key figures and the agency's brief
         * @description Always four cards in this order: private employment (barometre.emploi_prive, Acoss-Urssaf), job seekers in category A (emploi.demandeurs_emploi, with categories A, B, C), business failures (the quarter, and the rolling 12 months) and the share of SMEs at high risk in the Nota-PME scoring (partner data: figures only for partner keys whose scope covers the territory, and the agency; "restricted" otherwise). Every figure is computed by the platform's value engine for the caller, as on the values routes: a territory's figure is its communes' sum (a share, the ratio of their sums). Changes are quarter-on-quarter and year-on-year. A figure is provisional when its source flags it so (the latest quarter of employment and failures), and revised (with its previous value) when the source replaced a published value since. Key figures are French-formatted strings, never made of a figure the caller may not see. 404 for an unknown territory or a quarter without data (the answer names the available range).
         */
        get: operations["getBarometer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/barometre/{territory}/{quarter}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quarterly barometer of a territory as the agency prints it: a two-page A4 PDF
         * @description The barometer of GET /api/v1/barometre/{territory}/{quarter}, with the same figures and the same rights (a partner key whose scope covers the territory gets the Nota-PME figures, anyone else a "reserved to partners" box), rendered by the web client's publication (the same as the page /barometre and its print) and printed by Chromium on the server: recto the key figures, private employment and job seekers; verso business failures, Nota-PME, the agency's brief, sources and date. Sent as an attachment (barometre-<territory>-<quarter>.pdf). 503 when the server cannot print (Chromium missing, printers busy).
         */
        get: operations["getPublicationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/barometre/{territory}/{quarter}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current brief of a quarter and a territory, with its ETag: send it back as If-Match to replace it
         * @description The brief the agency wrote (its current version). The ETag header names the version, as PUT …/brief requires it in If-Match. 404 while none is written (then create it with If-None-Match: *).
         */
        get: operations["getBrief"];
        /**
         * Write the brief of a quarter and a territory (agency; If-None-Match: * to create, If-Match to replace; audited)
         * @description Saves a new version of the brief; every version is kept (…/brief/history). To create the first one send If-None-Match: * (412 if one exists meanwhile); to replace it send If-Match with the ETag of the version you read (GET …/brief, or this route's answer): 412 with the current version when another editor saved since, 428 without a precondition. The answer is the saved version, with its ETag.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setBrief"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/barometre/{territory}/{quarter}/brief/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the brief of a quarter and a territory, newest first
         * @description The agency's brief as it was saved, version after version (the audit log holds who saved each). An empty list while none is written; 404 for an unknown territory.
         */
        get: operations["getBriefHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/barometre/defaillances/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The semestrial failures barometer (AULA scale): failures by sector and company size, and the companies in difficulty
         * @description Business failures (collective procedures opened) in the semester's two quarters, the sums of the territory's communes: in total against the semester before and the same semester a year before, by the agency's sector grouping, by company size (0, 1–2, 3–5, 6–9, 10–19, 20 employees or more) and by procedure. The companies in difficulty: those under a receivership or safeguard procedure at the semester's end, and the SMEs Nota-PME rates at high risk (classes 5 and 6) at its last quarter — partner data, "restricted" unless the caller's key covers the territory (or is the agency's). CSV (format=csv or Accept: text/csv): one row per figure, with its CSVW metadata (format=csvw, linked from the CSV) and the same table as XLSX (format=xlsx).
         */
        get: operations["getFailuresBarometer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commerce/centralities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commercial centralities, with their programmes and their figures at the latest survey
         * @description Centres-villes, centres-bourgs and retail parks, filtered by programme or territory, by name. latest: the centrality's cells at the newest survey that covers it (active, vacant, under works), its vacancy rate (vacant ÷ cells, %) and its share of food (food outlets ÷ active cells, %); null when no survey covers it. An unknown territory is a 404.
         */
        get: operations["getCentralities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commerce/centralities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One centrality's sheet: its figures over the surveys, its activities, its programme's other centralities
         * @description The centrality as in the list, with its history (cells, active, vacant, under works, vacancy rate and share of food at every survey that covers it, oldest first), its active cells by activity at the latest survey, its peers (the other centralities of its programmes with their latest vacancy rate, lowest first) and its contour.
         */
        get: operations["getCentrality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commerce/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programmes (Action Cœur de Ville, Petites Villes de Demain, villages d'avenir) and their centralities' figures
         * @description Per programme and per survey, its centralities' cells added up: active, vacant, under works, the vacancy rate (Σ vacant ÷ Σ cells) and the food share (Σ food ÷ Σ active): the programme as one commercial fabric, followed survey after survey. Its centralities one by one: GET /api/v1/commerce/centralities?programme=.
         */
        get: operations["getProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commerce/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The field surveys of the shopping streets, newest first
         * @description Each survey is a dated vintage of the cells (fieldwork from surveyedFrom to surveyedTo), with the number of cells it holds and when it was loaded. Two surveys compare at GET /api/v1/commerce/surveys/compare.
         */
        get: operations["getSurveys"];
        put?: never;
        /**
         * Load a new field survey from a CSV or GeoJSON upload (agency editors), all or nothing
         * @description multipart/form-data: the file in `file`, and `label`, `surveyedFrom`, `surveyedTo`. The file is CSV cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur (semicolons or commas) or a GeoJSON FeatureCollection of Points with the same properties. Every line is checked first: a cell id given once, an address, a commune of the AULA perimeter (INSEE code), a point inside the perimeter, an activity and a status of the nomenclature (codes or French labels), an activity for an active cell (for a vacant one: its last known activity), a survey date within the fieldwork. A file with a problem is refused (400) with every problem and its line or feature, and changes nothing. A survey is a new vintage: it never replaces another; its cells are matched with the other surveys' by their cell id, placed in the centrality whose polygon holds them, and the indicators commerce.* are recomputed (one period per survey year). Audited. Up to 1 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commerce/surveys/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two surveys compared cell by cell: openings, closures, activity changes, vacancy change
         * @description Cells are matched by their stable cell id. opening: not active at the first survey (vacant, under works or absent) and active at the second; closure: active, then vacant, under works or absent; activity_change: active at both with another activity; new_cell / removed_cell: a cell that appears or disappears without being active; every other cell is unchanged. The summary counts each kind (they are the changes listed) and gives the vacancy rate (vacant ÷ cells, %) at each survey and its change in points. territory restricts both surveys to a territory's communes or to a centrality. An unknown survey, territory or centrality is a 404.
         */
        get: operations["compareSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the datasets
         * @description The data catalogue for technicians: every dataset you may see (an observatory's indicators of one source, or a layer), found by words and facets, with facet counts over the datasets matching the other filters. Partner and agency datasets are listed, and counted, only for the callers who may see them.
         */
        get: operations["getDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dataset with its metadata and distributions
         * @description Its title, description, themes and keywords, publisher and contact, licence and access right, spatial and temporal coverage, update frequency, last modification, provenance, indicators or layer, and every distribution (CSV with its CSVW metadata, XLSX, GeoJSON, API, OGC API) with its absolute URL; for the agency, its health (late beyond its update frequency). A dataset you may not see is a 404.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dechets/streams/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Waste streams of an EPCI or groupement: kg per inhabitant, change since the first year, recovery, against the plans' targets
         * @description Each stream's tonnes collected and recovered in the latest year, kg per inhabitant (Σ tonnes ÷ population) then and in the first year, and its series; household and similar waste (DMA) per inhabitant and the material recovery rate of non-inert waste (Σ recovered ÷ Σ collected), year by year; and each target (AGEC −15 % DMA per inhabitant 2010→2030, LTECV 55 % recovered in 2020 and 65 % in 2025) with the straight path from the base year to it: on track when the latest value meets the path. A territory without tonnages is a 404.
         */
        get: operations["getStreams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dechets/tonnages/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import waste tonnages per EPCI, year and stream from a SINOE-style CSV upload (agency editors), all or nothing
         * @description One line per year, EPCI and stream: annee;territoire;flux;tonnes_collectees;tonnes_valorisees. The whole file is checked first (a year, a known EPCI, a stream of the list, tonnes of 0 or more with tonnes_valorisees at most tonnes_collectees, no line given twice, every stream of each EPCI-year): a file with a problem is refused with every problem and its line number (400) and changes nothing. Each EPCI-year of the file replaces the stored one whole (demo or imported), the indicators are recomputed, and the import is audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importTonnages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emploi/demography/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business demography of a territory in a year: creations, companies by sector, failures by procedure, the sectors most hit, 5-year survival with its class
         * @description Every figure is a platform indicator (emploi.creations, emploi.entreprises_*, emploi.defaillances_*, emploi.survie_5_ans) computed by its rule for the territory: sums of its communes, and the survival rate as Σ survivors ÷ Σ cohort, never an average of rates. The failures' index is the territory's sum ÷ its 2013 sum × 100. The survival rate is classed with the activity report's fixed classes.
         */
        get: operations["getDemography"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emploi/tension/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs in tension of an EPCI or groupement: occupations with recruitment difficulties by sector (BMO survey)
         * @description France Travail's Besoins en Main-d'Œuvre survey added up over the territory's EPCIs: recruitment projects, those judged difficult and seasonal, per occupation and sector. Tension index = Σ difficult ÷ Σ projects × 100. Occupations are ranked by their index from 10 projects up; below, listed without a rank.
         */
        get: operations["getTension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emploi/tension/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import BMO recruitment tables per EPCI from a CSV upload (agency editors), all or nothing
         * @description One line per EPCI, year and occupation: epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers. The whole file is checked first (a known EPCI, a year, an occupation code, a sector of the table, whole numbers with difficiles and saisonniers at most projets, no line given twice): a file with a problem is refused with every problem and its line number (400) and changes nothing. Each EPCI-year of the file replaces the stored table of that EPCI and year whole (demo or imported); the import is audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importTension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territory's energy accounts every year: consumption by sector and carrier, production by source, emissions, the decarbonised balance, its targets, and the same for a comparison territory
         * @description Summed from the territory's communes (a département or région with figures of its own: from its own lines, since the agency's communes are only part of it; `coverage` says which). The decarbonised balance of a year is its renewable and recovered production over the consumption of that year, or of the latest year before it (the report's 9.3 %: production 2023 ÷ consumption 2022), always a ratio of the territory's sums. `headline` states the figures as the activity report does. GWh for energy, kt CO2e for emissions. format=csv gives the territory's summed lines in the import's long format (territoire, annee, nature, secteur, vecteur, valeur); format=csvw its metadata (linked from the CSV), format=xlsx the same table as a workbook.
         */
        get: operations["getAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import energy accounts from a CSV upload (agency editors), all or nothing
         * @description Long format, one line per territory, year and line of the accounts: territoire;annee;nature;secteur;vecteur;valeur (nature consommation, production, emissions or installations; GWh, kt CO2e for emissions). The whole file is checked first: a file with a problem is refused with every problem and its line number (400) and changes nothing. Each line replaces the stored one of the same key; the indicators of the territories it touches are recomputed; the import is audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The energy production sites as GeoJSON (or CSV), filtered by kind, territory and status, with totals by kind
         * @description Wind farms, ground PV plants, methanisation units, hydro plants, waste-to-energy plants, heat networks, mine gas and source substations (with their S3RENR capacity), each with its commune, EPCI, year, capacity, production and source. Confidential projects are partner data: the public never sees them, nor counts them in the totals; a partner sees those of its territory, the agency all. The same sites are the OGC collections energie-sites (public) and energie-sites-partenaires (partners). format=csv: one row per site; csvw: its metadata (linked from the CSV); xlsx: the same table as a workbook, with the same sites as the GeoJSON.
         */
        get: operations["getProductionSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/targets/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a territory's objectives of decarbonised balance (its PCAET, SCoT or SRADDET; agency; audited)
         * @description The objectives replace the territory's stored ones, demo ones included; [] removes them. Simultaneous saves queue.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/toile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Toile énergétique®: industrial sites over 10 GWh/yr, producers, substations, heat networks and the flows between them
         * @description Every node and flow of the graph, and its figures: the large sites' consumption and their share of the perimeter's industrial consumption, computed from the energy accounts' latest year. Sites' names, volumes and positions are partner data: partners see those of their territory, the agency all; anyone else sees a site by its sector and size class at its EPCI's representative point (positionPrecision epci), and each flow touching it by its volume class; its supply by a source substation, which would tell the substation nearest to it, is left out (counted in totals.withheldFlows).
         */
        get: operations["getToile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/toile/edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Toile's flows as GeoJSON lines, for maps and GIS (QGIS, GDAL)
         * @description Each flow as a LineString from its origin to its end, with its carrier, kind, status, volume and volume class. A flow touching an industrial site the caller sees anonymised has no volume (its class only) and that end at the site's EPCI's representative point (positionPrecision epci); the flow between a source substation and such a site is left out (it would tell the substation nearest to the site).
         */
        get: operations["getToileEdges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/toile/nodes/{id}/neighbourhood": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A node of the Toile with its flows and its neighbours
         * @description The node, every flow that leaves or reaches it, and the nodes at their other end, with the same anonymisation as the whole Toile: an industrial site outside the caller's territory by its sector, size class and EPCI, a flow touching one by its volume class, and no flow between a source substation and such a site.
         */
        get: operations["getToileNeighbourhood"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/energie/toile/synergies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Synergy candidates: waste-heat sources and heat demands within a distance, ranked by the volume they could exchange
         * @description Every pair of a node with recoverable waste heat (an industrial site, a waste-to-energy plant) and another with a heat demand (a heat network, a site) at most maxDistanceKm apart (PostGIS distance on the ellipsoid), whose exchangeable volume — the smaller of the two — is at least minGwh, largest first, then nearest. A pair with a site anonymised for the caller shows its distance and volume as classes, the distance taken from the point the site is shown at (its EPCI's), never from its own position; the filters and ranking read those classes: it is kept when its distance class starts below maxDistanceKm and its volume class reaches above minGwh.
         */
        get: operations["getToileSynergies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/environnement/imports/batiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load the sensitive public buildings from a CSV or GeoJSON upload (agency editors), all or nothing
         * @description multipart/form-data: the file in `file`, CSV identifiant;nom;type;commune;adresse;lon;lat (semicolons or commas, decimal point or comma) or a GeoJSON FeatureCollection of Points with the same properties. Every line is checked first: an id given once, a name, a type (ecole, creche, ehpad, sante, or École, Crèche...), a commune of the AULA perimeter (INSEE code), a point inside the perimeter. A file with a problem is refused (400) with every problem and its line or feature, and changes nothing. The file is the whole list: it replaces the buildings stored; the overheating indicators are recomputed. Audited.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importSensitiveBuildings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/environnement/imports/carreaux": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load the gridded population (INSEE Filosofi, 200 m cells) from its CSV (agency editors), all or nothing
         * @description multipart/form-data: the CSV in `file` and its vintage in `vintage`. The columns idcar_200m (CRS3035RES200mN2959600E3776200: the cell's lower-left corner in ETRS89-LAEA) and ind (inhabitants) are read, the others ignored. Every line is checked first: a 200 m cell id given once, a number of inhabitants. A file with a problem is refused (400) with every problem and its line, and changes nothing. Each cell goes to the commune of the AULA perimeter that holds its centre; cells whose centre lies in none are skipped (counted in the answer: a département's file holds other communes). The file replaces the cells stored; the overheating indicators are recomputed. Audited. Up to 256 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importPopulationCells"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/environnement/imports/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load the hot spots and cool islands of one surface-temperature image from GeoJSON (agency editors), all or nothing
         * @description multipart/form-data: the GeoJSON FeatureCollection in `file` and the image's date in `imageDate`. Every feature is checked first: a Polygon or MultiPolygon, valid (no self-intersection), touching the AULA perimeter, with its `classe` (chaleur_forte, chaleur, fraicheur, fraicheur_forte, or Îlot de chaleur fort...). A file with a problem is refused (400) with every problem and its feature (features[3]), and changes nothing. The zones replace those of the same image date; the overheating indicators are recomputed (one period per image year) and the layer environnement-ilots-chaleur follows. Audited.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importHeatZones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/environnement/surchauffe/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Urban overheating in a territory: how many people and which sensitive buildings are in a hot spot
         * @description Crosses, in PostGIS, the zones of a surface-temperature image (hot spots and cool islands) with the gridded population (INSEE's 200 m cells) and the sensitive public buildings (schools, crèches, EHPAD, health centres) of the territory's communes. The rule: a cell's population counts in proportion to the share of its area inside the union of the image's hot-spot polygons (areas in Lambert-93); a cell belongs to the commune holding its centre; a building on a zone's edge is in it. The share is Σ population in hot spots ÷ Σ population. The same for the cool islands. The newest image unless year is given; an unknown territory is a 404. The same figures per commune, as indicators environnement.*, go through the platform's indicator routes.
         */
        get: operations["getSurchauffe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The territorial projects under evaluation, each with its score and its axes' scores
         * @description Every project (projet de territoire, Projet Alimentaire Territorial...) with its territory, period, score (the weighted mean of its axes' scores, 0 to 1), its axes' scores and how many of its indicators are achieved, ahead, on track, behind, without data, or restricted (figures the caller may not see, left out of the scores). The whole tree: GET /api/v1/evaluation/projects/{id}.
         */
        get: operations["getEvaluationProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territorial project's evaluation: its axes, actions and indicators with every score, status and series
         * @description Each indicator is measured by a catalogue indicator (its yearly values for the project's territory, aggregated by the platform's engine, with the caller's rights and statistical secrecy) or by a series the agency enters. Its progress is (latest − T0) ÷ (target − T0), the share of the way from T0 to the target done, bounded to [0, 1]: beyondTarget (objectif dépassé) when the latest value went past the target, setback (recul) when it moved the wrong way; rawProgress is the unbounded share. For "lower is better" (direction down) the target lies below T0 and the same formula holds. T0 is read from the series when not given. The status compares the share done with the share of the years from T0 to the horizon gone by at the latest value: achieved at or beyond the target; otherwise behind at or after the horizon or after a setback; otherwise on_track within 10 points of that path, ahead or behind beyond; no_data without T0 or a value after T0; restricted when the caller may not see its figures (none is then shown). An action's score is the weighted mean of its indicators' progress, an axis' of its actions' scores, the project's of its axes' scores, each over the parts with a score (the others are counted, not averaged). format=csv: one row per indicator; format=csvw its metadata (linked from the CSV); format=xlsx the same table as a workbook.
         */
        get: operations["getEvaluationProject"];
        /**
         * Create a territorial project, or change its title, territory or period (agency; If-Match to change one; audited)
         * @description Creates the project (without If-Match), or replaces its title, territory, period and description: then send If-Match with its ETag as GET /api/v1/evaluation/projects/{id} gave it (428 without it or with *, 412 with the current version when it changed since). Its axes, actions and indicators are written with their own routes. The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationProject"];
        post?: never;
        /**
         * Remove a territorial project with everything in it (agency; If-Match required; audited)
         * @description If-Match: the project's ETag as GET /api/v1/evaluation/projects/{id} gave it (428 without it or with *, 412 with the current version when it changed since). The audit log keeps the whole project as it was.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        delete: operations["deleteEvaluationProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add an action to an axis of a project, or change its title, axis or weight (agency; If-Match: the project's ETag; audited)
         * @description A new action goes last. The axis must be one of the project's (400 on the field otherwise). The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationAction"];
        post?: never;
        /**
         * Remove an action with its indicators (agency; If-Match: the project's ETag; audited)
         * @description The audit log keeps the action and its indicators with their values. The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        delete: operations["deleteEvaluationAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}/axes/{axis}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add an axis to a project, or change its title or weight (agency; If-Match: the project's ETag; audited)
         * @description A new axis goes last. If-Match names the project's version (GET /api/v1/evaluation/projects/{id}): every change to a project does. The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationAxis"];
        post?: never;
        /**
         * Remove an axis with its actions and their indicators (agency; If-Match: the project's ETag; audited)
         * @description The audit log keeps the axis and everything it held. The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        delete: operations["deleteEvaluationAxis"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add an indicator to an action of a project, or replace its definition (agency; If-Match: the project's ETag; audited)
         * @description The indicator is measured by a catalogue indicator with one value per year (catalogue; read for the project's territory through the platform's engine) or by a series the agency enters (unit; its values: PUT …/indicators/{indicator}/values). The target lies on the side of T0 the direction says: checked against t0Value, or against the series' value at T0 when t0Value is absent (400 on the field). A new indicator goes last; its entered values stay when its definition changes. The answer is the project as GET gives it.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationIndicator"];
        post?: never;
        /**
         * Remove an indicator with its entered values (agency; If-Match: the project's ETag; audited)
         * @description The audit log keeps the indicator and its values. The answer is the project as GET gives it, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        delete: operations["deleteEvaluationIndicator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}/indicators/{indicator}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the series the agency enters for an indicator (agency; If-Match: the project's ETag; audited)
         * @description For indicators outside the catalogue ("nombre de cantines approvisionnées en local"): the whole yearly series, which replaces the one entered before, all or nothing. A catalogue indicator's values are the catalogue's (POST /api/v1/imports/values): refused here (400). The answer is the project as GET gives it, its scores recomputed.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/projects/{id}/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change weights of a project's axes, actions and indicators at once (agency; If-Match: the project's ETag; audited)
         * @description Each map gives new weights by code (above 0, at most 100); those not named keep theirs. A code the project does not have is refused (400 on axes, actions or indicators) and nothing is written. The answer is the project as GET gives it, its scores recomputed with the new weights.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setEvaluationWeights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/foncier-agricole/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the short-supply-chain outlets with an inventory file (agency editors), all or nothing
         * @description multipart/form-data: the file in `file` and its `source`. The file is a CSV (semicolon or comma, UTF-8) with the columns nom, type (vente_ferme, marche, amap, drive_fermier, magasin_producteurs, or their labels), adresse, code_commune (INSEE code of a commune of the CABBALR), longitude, latitude (WGS 84); columns are found by name. Every line is checked, and its point must lie within 500 m of its commune. A file with a problem is refused (400) with every problem and its line, and changes nothing; a good file replaces the whole layer foncier-agricole-circuits-courts. Audited. Up to 1 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importOutlets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/foncier-eco/lots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One lot, with its ETag: send it back as If-Match to change the lot
         * @description The lot's current version (geometry, area, status, occupant where you may see it); the ETag header is its version, required as If-Match by the writes.
         */
        get: operations["getLot"];
        put?: never;
        post?: never;
        /**
         * Retire a lot (If-Match required; audited): it leaves the park from now on, its history stays (asOf)
         * @description If-Match: the ETag read (428 without it or with *, 412 with the current version when it changed).
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        delete: operations["retireLot"];
        options?: never;
        head?: never;
        /**
         * Change a lot's status and occupant (editors of the park's territory; If-Match required; audited)
         * @description Send If-Match with the ETag of the lot as you read it: if another editor changed it meanwhile, the answer is 412 with the current version (body and ETag) and nothing is changed; without If-Match, or with If-Match: *, 428. A body that changes nothing is a 400. The previous version is kept (asOf).
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        patch: operations["updateLot"];
        trace?: never;
    };
    "/api/v1/foncier-eco/lots/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split a lot in two (editors of the park's territory; If-Match required; audited)
         * @description The two parts must be valid polygons inside the park that together cover the original lot, without overlapping (1 m² or 0.1 % of drawing tolerance). The original lot is retired (its history stays, asOf); the parts are new lots that remember it (splitFrom). Instead of two drawn parts, send a cutLine (GeoJSON LineString across the lot): PostGIS cuts the lot along it, with the same checks. ?dryRun=true answers the two parts without changing anything (a preview). If-Match: the ETag read (428 without it or with *, 412 with the current version when it changed).
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        post: operations["splitLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/foncier-eco/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business parks with their land: total, occupied, available, reserves, brownfield, occupancy, establishments
         * @description Each business park with its land in hectares by status (occupied, available, reserves, brownfield), its occupancy rate and its number of establishments, and the totals; epci= keeps one EPCI's parks.
         */
        get: operations["getParks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/foncier-eco/parks/{id}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lots of a park, now or as they stood on a date (asOf); occupants for partners in scope
         * @description Each lot with its area, status, version and ETag (its geometry is in the OGC collection of lots); the occupant's name and SIRET only for partners of the park's territory and the agency. With asOf, the lots as they stood at that date.
         */
        get: operations["getLots"];
        put?: never;
        /**
         * Create a lot in a park (editors of the park's territory; audited)
         * @description Requires an API key with the role partner_editor or agency_editor or admin.
         */
        post: operations["createLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friches/scores/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every brownfield's mutability score recomputed with other weights, without writing anything
         * @description What the land team and an EPCI try before agreeing on weights: the score and rank of every site now and with the weights given (criteria not given keep the agency's default weight).
         */
        post: operations["scoreWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friches/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Brownfields, filtered, best mutability score first, with their number and area by status
         * @description Filters by status, commune or EPCI; each site with its area, status and mutability score (0–100, from the agency's weights); totals by status for the whole filter, and pages with limit and offset.
         */
        get: operations["getSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friches/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One brownfield: its sheet, the breakdown of its mutability score, its vocations and its status history
         * @description The site's sheet (former activity, ownership, pollution, buildings, planning zone, distances to networks, risks, status), each criterion's value, points, weight and contribution to its score, the vocations it fits, the statuses it may move to, and its status history. Also served at /score.
         */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friches/sites/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One brownfield: its sheet, the breakdown of its mutability score, its vocations and its status history
         * @description The site's sheet (former activity, ownership, pollution, buildings, planning zone, distances to networks, risks, status), each criterion's value, points, weight and contribution to its score, the vocations it fits, the statuses it may move to, and its status history. Also served at /score.
         */
        get: operations["getSiteScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/friches/sites/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a brownfield along its follow-up (editors, within their scope; audited)
         * @description identifiee → verifiee_terrain → caracterisee → en_projet → reconvertie, or abandonnee before it is recycled. A move the workflow does not allow is a 409 that lists the allowed ones. The observatory's indicators of the site's commune are recomputed in the same transaction.
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        post: operations["changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/habitat/imports/dvf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the property sales of a DVF géolocalisées file (agency editors), all or nothing
         * @description Etalab's geolocated DVF CSV as published (files.data.gouv.fr/geo-dvf/latest/csv/<year>/departements/62.csv.gz, unzipped): columns found by name, these required: id_mutation, date_mutation, nature_mutation, valeur_fonciere, code_commune, type_local, surface_reelle_bati, nombre_pieces_principales, longitude, latitude. A mutation becomes a sale when its nature is Vente and it holds exactly one Maison or Appartement (outbuildings and land aside); the others are counted by reason, not refused. Malformed text (date, number, code, coordinates) refuses the whole file with every problem and its line (400), changing nothing. The file replaces the stored sales (demo or imported) of each département and year it covers; audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importDvfSales"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/habitat/plh/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territory's Programme Local de l'Habitat (PLH): its objectives and where each stands
         * @description Each objective with the indicator that measures it (aggregated for the territory by the platform's engine) and its status. A trajectory objective goes from its baseline at T0 (given, or read from the indicator) to its target at the horizon; a yearly one asks for a quantity every year from T0 to the horizon, and the sum since T0 is compared with the target times the years elapsed. The rule: achieved once the target is reached (the latest value at or beyond it; the sum reaching the programme's total); otherwise behind at or after the horizon; otherwise on track when the share of the way done is within 10 points of the share of the years elapsed, ahead or behind beyond that; no_data without a baseline or a value since T0. An objective whose indicator you may not see is left out.
         */
        get: operations["getPlh"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/habitat/plh/objectives/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace an objective of a PLH (agency; If-Match to replace one; audited)
         * @description Creates the objective, or replaces it whole: then send If-Match with its ETag as GET /api/v1/habitat/plh/{territory} gave it (428 without it or with *, 412 with the current version when it changed since). The indicator must be in the catalogue with one value per year (400 on the field otherwise). A trajectory's target lies on the side of the baseline its direction says; a yearly objective goes up, has no baseline value and a target above 0. The answer is the objective and where it stands, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setPlhObjective"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/habitat/prices/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Property prices of a zone from the DVF sales: median and quartiles of € per m² by year and type
         * @description Computed when asked from the sales in the zone's communes (PostgreSQL's percentile_cont over them: a zone's median is never a median of its communes' medians), for each year and each type of dwelling, and over the whole period. Statistical secrecy: a cell of fewer than 11 sales publishes no price and shows its count only as "< 11" (status secret), in JSON as in CSV and XLSX. Prices are rounded to 10 € per m². The sales themselves are never served. format=csv, csvw (its metadata, linked from the CSV) or xlsx: one row per type and year, then per type over the period.
         */
        get: operations["getPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/habitat/prices/{territory}/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The distribution of € per m² of a zone's sales in one year, in bars of at least 11 sales
         * @description The sales of the year and type in the zone, in up to 10 bars bounded by the zone's own quantiles (rounded to 10 €; the first open below and the last open above, so that no bar shows the cheapest or the dearest sale), each holding 11 sales or more; with the median and quartiles. Territories of the referential only: a custom zone is a 400, because an EPCI and the same EPCI without one commune often share their bars, whose difference would place that commune's secret sales in price bands. Fewer than 11 sales: status secret, no price and no bar.
         */
        get: operations["getPriceDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ingestion log (agency): every import by HTTP or command line, its file, outcome and counts; newest first
         * @description Who (a key, or the command line's system user), when, the file's name, size and SHA-256, the module and the target, the outcome (imported, identical, refused), the rows new / revised / unchanged / refused, how many problems and the duration, and the indicators a values import wrote; filtered by module, target, indicator (an indicators dataset's lineage), outcome and since, paged with limit/offset (`links`, and a `Link` header to the next page). A refused import is logged too; its problems are in GET /api/v1/imports/{id}.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        get: operations["getImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import of the ingestion log (agency), with its validation report
         * @description The entry of GET /api/v1/imports and, for a refused file, its problems with their line.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/qpv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the ANCT's QPV polygons (agency editors), all or nothing
         * @description Creates or updates the quartiers prioritaires of the file whose communes are in the referential (code_qp, lib_qp, insee_com, polygon), with their memberships; the others are counted. The whole file is checked first: a refused file changes nothing and every problem is listed with its feature (400). Recorded in the audit log and the ingestion log (GET /api/v1/imports); a file identical to the last one imported changes nothing and says so (`import.identical`).
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["uploadQpv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import real commune contours from an upload (agency editors), all or nothing
         * @description The same import as ./observatoires import territories: the whole file is checked first (codes, missing or duplicate communes, geometries); a refused file changes nothing and every problem is listed (400). Aggregate contours are recomputed; the import is recorded in the audit log and the ingestion log (GET /api/v1/imports); a file identical to the last one imported changes nothing and says so (`import.identical`).
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["uploadContours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import indicator values from a CSV upload (agency editors), all or nothing
         * @description The same import as ./observatoires import values: the whole file is checked first; a file with a problem is refused with every problem and its line number (400) and changes nothing. The import is recorded in the audit log and the ingestion log (GET /api/v1/imports); a file identical to the last one imported changes nothing and says so (`import.identical`). multipart/form-data with the file in the field `file`; up to 256 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["uploadValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the indicator catalogue
         * @description Every indicator you may see, filtered by observatory, theme or words, with its metadata (unit, source, licence, periodicity, aggregation rule).
         */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator: metadata, periods and levels available
         * @description The catalogue metadata with the definition, ratio scale, weight indicator and secrecy threshold; the periods with data, the levels stored and those values can be asked for; links to its values, series, breaks and map. An indicator you may not see is a 404.
         */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/breaks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Class breaks and colours of a choropleth
         * @description Breaks by quantiles, natural breaks (Jenks) or equal intervals, the number of territories per class and a colour per class: sequential (light to dark blue) for counts, sums, shares and means, diverging only around a midpoint the indicator declares (a change rate around 0; blue above it, or on the better side). Counts add up to the number of territories, secret and missing values included.
         */
        get: operations["getBreaks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territory against its references
         * @description The territory's value next to reference territories (département, région, peer groups), with the gaps. A peer group's value is recomputed from its member EPCIs' figures (a ratio as the sum of their numerators over the sum of their denominators, never an average of ratios), and the answer lists those members with theirs.
         */
        get: operations["getComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A choropleth map of an indicator, as GeoJSON
         * @description A FeatureCollection ready to draw: each territory's contour (generalised for the scale), name, value, status, class index and colour, with the legend (same as /breaks) and the indicator's metadata as top-level members. Secret values have no number and the secret colour.
         */
        get: operations["getMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project an indicator's dynamics to 2030 and 2050 (a projection, never a value)
         * @description Fits the territory's published values over a window (from, to) and carries the dynamics on to the horizon, with a 95 % prediction band and the fit's quality. Methods: `linear` (least squares of the value on time: a constant change per year), `compound` (least squares of its logarithm: a constant growth rate; positive values only), `bounded` (least squares of the logit of its place between lower and upper: a share that bends as it nears 0 or 100 %, and never leaves them). The values come through the same engine as every route: a secret or restricted value is left out of the fit and named in `window.leftOut`. At least 3 published values are needed (422 otherwise). `targets` lists what plans set for the indicator in the territory (the ZAN trajectory, energy objectives...) with the projection at their period and whether it meets them. Projections are computed when asked, never stored, and always say `status: projection`. `format=csv`: the observed values, then the projection with its band; `csvw` its metadata (linked from the CSV); `xlsx` the same table as a workbook.
         */
        get: operations["getProjection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time series of an indicator for several territories
         * @description One series per territory between `from` and `to`, with an optional base-100 index (`index=2013`), the change from one year before and the compound annual growth rate.
         */
        get: operations["getSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values of an indicator, one row per territory
         * @description For a level (`level=commune&within=epci:200072460`) or a list of territories, custom zones included (`territories=epci:200072460,custom:62119+62178`). Aggregates are recomputed from the communes by the indicator's rule (sums add, ratios from their numerators and denominators) with their coverage. Secret values have a status and no number. `format=csv` gives the same table with the numerators and denominators, so that anyone can recompute an aggregate, with a `Link` to its CSVW metadata (`format=csvw`: columns, types, units, definition, source, vintage, licence, secrecy); `format=xlsx` the same table as a workbook with a sheet of metadata.
         */
        get: operations["getValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the API key presented is: holder, role and territorial scope (401 without a key)
         * @description Lets a client (the web client's sign-in) check a key and show who is signed in and what they may edit.
         *
         *     Requires an API key with the role partner_reader or partner_editor or agency_editor or admin.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/accidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Road accidents, filtered, as GeoJSON or CSV (the technicians' export)
         * @description The accidents of the agency's communes (BAAC files), filtered by years, month, hour band, modes involved, severity (the worst-hurt user's), built-up area, territory and the law's rule (`loi=pieton-cycliste`: at least one pedestrian or cyclist). GeoJSON: one point per accident with its context, victims and users, and the totals of the filter; CSV (`f=csv`): one row per accident with its coordinates, its CSVW metadata (`f=csvw`, linked from the CSV) and the same table as XLSX (`f=xlsx`).
         */
        get: operations["getAccidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/accidents/hot-spots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accident hot spots: clusters of accidents ranked by severity, for field visits
         * @description The filtered accidents clustered with DBSCAN (PostGIS ST_ClusterDBSCAN in Lambert-93): a hot spot is at least `minAccidents` accidents each within `radiusM` metres of another of them. Ranked by the severity index (KSI: killed + seriously injured, i.e. hospitalised over 24 hours), then by the number of accidents; each with its centroid, its spread, its counts, its communes and its accidents' numbers.
         */
        get: operations["getHotSpots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/cycle-facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cycling network in the national schema's format (GeoJSON), or as CSV
         * @description The segments of the network exactly as the "schéma de données des aménagements cyclables" (0.3.x) writes them: what feeds the national database and the route planners, and what POST /api/v1/mobilite/cycle-facilities/import reads back. Properties without a value are left out. With territory, the segments with a side (code_com_d or code_com_g) in it. format=csv: one row per segment, with its length and its geometry as WKT; format=csvw its metadata (linked from the CSV), format=xlsx the same table as a workbook. The same segments are the OGC collection mobilite-amenagements-cyclables.
         */
        get: operations["getCycleFacilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/cycle-facilities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import cycling segments from a GeoJSON file to the national schema, all or nothing (editors)
         * @description The file is checked whole against the "schéma de données des aménagements cyclables" (0.3.x): required properties (id_local, code_com_d, code_com_g, ame_d, ame_g), types, enumerations, the commune-code pattern and dates, a LineString or MultiLineString geometry, an id_local given once, and commune codes that are communes of the observatory's territory. A file with a problem is refused (400) with every problem named by its place (features[3].properties.ame_d) and changes nothing. Segments are matched on id_local: a new one is added, a known one replaced; replace=true also deletes the segments of the file's communes that it does not list. A partner editor may only import segments of communes within its scope (403). The indicators are recomputed, and the import is audited. multipart/form-data with the file in the field `file`; up to 1 MB.
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        post: operations["importCycleFacilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/cycle-network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cycling network of a territory: km by facility type and status, per 1,000 inhabitants, priority routes
         * @description Computed from the segments now: each side with a facility counts its length for its commune (a street with a lane on each side twice), so the figures are those of the indicators mobilite.cyclable_* for the current year. Every type of the schema (but AUCUN) with its km in service, under works, temporary and without status; the families the indicators use; the priority route of each commune of the territory that has one, with its share built.
         */
        get: operations["getCycleNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/imports/accidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a year of the national road-accident files (BAAC: four tables; agency editors), all or nothing
         * @description The four tables as the ONISR publishes them on data.gouv.fr (2019+ layout, semicolon-separated), as multipart/form-data fields `caracteristiques`, `lieux`, `vehicules` and `usagers`, or zipped in `archive`. Every line is checked, and the tables against each other (a vehicle or a user of an unknown accident, a user of an unknown vehicle); files with a problem are refused with every problem, its file and line (400), and change nothing. Each year the files hold replaces that year; only the accidents of the agency's communes are kept (the answer says how many were outside); the indicators are recomputed. Audited.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importAccidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/imports/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the stations' yearly figures from a CSV upload (agency editors), all or nothing
         * @description One line per station and year: gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes. gare is the station's id or its 8-digit UIC code (SNCF's footfall file); an empty cell is a figure not surveyed. The whole file is checked first (a known station, a year, whole numbers, parked vehicles only with places, no station-year twice): a file with a problem is refused with every problem and its line number (400) and changes nothing. Each station-year of the file replaces its stored figures; the indicators mobilite.gares_* are recomputed; the import is audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importStationFigures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/pdu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mobility plan's (PDU) objectives and where each stands, for its mid-term evaluation
         * @description Each objective with its territory, the indicator that measures it, its baseline (T0; read from the indicator when the plan does not give it), its target at the horizon (a value, or a relative change from the baseline), the indicator's yearly values for the territory (aggregated by the platform's engine), its latest value, the value expected on the straight path from the baseline to the target at that year, the share of the way done and its status. The rule: achieved when the latest value is at or beyond the target; otherwise behind at or after the horizon; otherwise on track when the share of the way done is within 10 points of the share of the years elapsed, ahead or behind beyond that; no_data without a baseline or a value since T0. An objective whose indicator you may not see is left out.
         */
        get: operations["getPdu"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/pdu/objectives/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace an objective of the mobility plan (agency; If-Match to replace one; audited)
         * @description Creates the objective, or replaces it whole: then send If-Match with its ETag as GET /api/v1/mobilite/pdu gave it (428 without it or with *, 412 with the current version when it changed since). The indicator must be in the catalogue with one value per year (400 on the field otherwise); the target is a value or a relative change from the baseline, on the side of the baseline the direction says. The answer is the objective and where it stands, with its new ETag in the header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setPduObjective"];
        post?: never;
        /**
         * Remove an objective of the mobility plan (agency; If-Match required; audited)
         * @description If-Match: the objective's ETag as GET /api/v1/mobilite/pdu gave it (428 without it or with *, 412 with the current version when it changed since). The audit log keeps what it was.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        delete: operations["deletePduObjective"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/priority-routes/{commune}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a commune's priority route in the cycling scheme (agency; audited)
         * @description One priority route per commune, chosen by the agency per "bassin de vie": the name its segments carry in nom_loc and the length planned. Its share built (the segments in service carrying that name in the commune, over the length planned) is the indicator mobilite.cyclable_part_itineraire_prioritaire, recomputed here.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setPriorityRoute"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mobilite/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stations of a territory with their figures per period and the change since the previous period
         * @description Each station of the territory's communes with its series (passengers a year, trains per weekday, car-park and bike places and their occupancy), its latest figures, those of its previous period and the change between them (signed; rates in percentage points); and the territory's totals per period: counts summed, occupancy rates as Σ parked ÷ Σ places (the indicators mobilite.gares_* give the same per commune and EPCI). Stations without passenger trains are listed without figures. Sorted by passengers, most first.
         */
        get: operations["getStations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The observatories
         * @description Every observatory of the platform, in the agency's order, with the number of indicators you may see.
         */
        get: operations["getObservatories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observatories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One observatory: its themes and indicators
         * @description Its themes in order, each with the indicators you may see (their metadata as in the catalogue), and the layers it publishes.
         */
        get: operations["getObservatory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Peer groups: the similar territories a territory is compared with
         * @description Each group with its subject and its member EPCIs by name (reference EPCIs of the Hauts-de-France, outside the agency's perimeter, or the perimeter's). Use its id as a reference of `GET /api/v1/indicators/{code}/compare`: its figure is recomputed from its members'.
         */
        get: operations["getPeerGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One peer group, with its ETag: send it back as If-Match to change its members
         * @description Its subject, its member EPCIs by name and its version; the ETag header is the version, which `PUT /api/v1/peer-groups/{id}` requires as If-Match.
         */
        get: operations["getPeerGroup"];
        /**
         * Change a peer group's members (the agency; If-Match required; audited)
         * @description Replaces the group's member EPCIs. Send If-Match with the ETag of the group as you read it: if it changed meanwhile, 412 with the current group; without If-Match, or with *, 428. An unknown EPCI, the group's own subject or a territory that is not an EPCI is a 400. Comparisons use the new members at once.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["updatePeerGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/politique-ville/npnru": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The NPNRU programmes
         * @description Every renewal programme followed: its QPVs, its EPCI and its T0 year.
         */
        get: operations["getNpnruProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/politique-ville/npnru/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An NPNRU programme evaluated against its T0
         * @description For each indicator: the programme's figure (its QPVs together, Σ ÷ Σ for a rate) at T0 and at the latest year, the change since T0, the same for its commune(s) and its EPCI, the gap to the EPCI at both dates and whether it narrowed (in size). The ETag header is what If-Match names to change the programme.
         */
        get: operations["getNpnruProgramme"];
        /**
         * Create or replace an NPNRU programme (agency; If-Match to replace one; audited)
         * @description Creates the programme, or replaces it whole: then send If-Match with the ETag GET /api/v1/politique-ville/npnru/{id} gave (428 without it or with *, 412 with the current version when it changed since). Its QPVs must exist and lie in one EPCI (400 on the field otherwise). The answer is the programme evaluated against its T0, with its new ETag.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setNpnruProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/politique-ville/qpv/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A QPV side by side with its commune and its EPCI
         * @description For each indicator of the observatory (education, housing, employment, income, demography, health): the QPV's figure, its commune's (the commune where most of it lies) and its EPCI's at the latest year, the gaps (QPV − commune, QPV − EPCI, commune − EPCI; in points for a rate), and every year's three figures. QPV figures are stored at QPV level, never computed from the commune; the commune's and the EPCI's are the platform's (Σ ÷ Σ of the communes for a rate).
         */
        get: operations["getQpvGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sante/imports/finess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the care-supply establishments of a FINESS extraction (agency editors), all or nothing
         * @description The FINESS extraction of establishments as data.gouv.fr publishes it (etalab-cs1100507-stock-*.csv, the whole file or a département's lines of it): semicolon-separated, UTF-8 or Latin-1, a first line finess;etalab;…, structureet lines (FINESS number, name, commune, département, category code...) and geolocalisation lines (Lambert-93 coordinates). Categories kept: 124 centre de santé, 603 maison de santé, 620 pharmacie, 101/106/355/365 établissements hospitaliers; the others, and establishments outside the observatory's communes, are counted, not refused. A malformed line refuses the whole file with every problem and its line (400), changing nothing. The file replaces the stored points of those four classes (demo or imported) in its départements; GP practices and emergency services, which FINESS does not list, stay. Audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importFiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sante/key-figures/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territory's health key figures by theme of the Contrat Local de Santé, beside its département and région
         * @description Every health indicator, grouped by the CLS themes, for its latest year with a figure for the territory: the territory's figure computed by the platform's engine (a rate is Σ numerators ÷ Σ denominators of its communes), then the département's and the région's as stored at their own level. A figure resting on fewer than 11 deaths, stays or patients is secret (value null, status secret), as on every other route. Each CLS of the CABBALR and the CALL covers its whole EPCI: its perimeter is the EPCI.
         */
        get: operations["getKeyFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social/deciles/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The income deciles of a territory against its département and région (Filosofi)
         * @description D1 to D9 of the disposable income per consumption unit, the median and the interdecile ratio D9 ÷ D1, as INSEE publishes them for each commune, EPCI, département and région, through the platform's engine (its secrecy and the caller's rights). Deciles are not aggregable: a groupement or a custom zone has status not_aggregable and no figure, never an average of its communes' deciles. A territory of fewer than 11 fiscal households has status secret and no figure, on every route and format. format=csv (one row per territory), csvw (its metadata, linked from the CSV) or xlsx (the same table as a workbook).
         */
        get: operations["getDeciles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social/imports/filosofi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import INSEE's Filosofi file of one level (agency editors), all or nothing
         * @description The CSV as INSEE publishes it (semicolons, decimals with a point or a comma), one file per level: columns found by name with the vintage's digits (NBMENFISC21: 2021), CODGEO and NBMENFISC required, NBPERSMENFISC, MED (or Q2), PIMP, TP60, D1 to D9 and RD read when present, the others ignored. A cell "s" is INSEE's secret and is stored as secret; "nd" or empty is not stored; a line whose households are secret is secret whole. Territories the observatory does not hold are counted, not refused. Malformed text, a figure out of range, deciles out of order, an RD that is not D9 ÷ D1 or a territory given twice refuses the whole file with every problem and its line (400), changing nothing. Values are merged with the stored ones (a different value is a revision, kept in the history); audited. multipart/form-data with the file in the field `file`.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importFilosofi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List territories
         * @description Communes, EPCIs, groupements, départements and régions (and QPVs with `level=qpv`), filtered by level, by membership (`within=epci:200072460`) and by name, paginated with `limit`/`offset` and `links.next`. `format=geojson` returns a FeatureCollection with the contours, `format=csv` a table.
         */
        get: operations["getTerritories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One territory
         * @description Name, population, source vintage, bounding box, the territories it belongs to and how many members it has by level. `geometrySource` says whether its contours are synthetic (demo) or imported.
         */
        get: operations["getTerritory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/{id}/geometry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A territory's contour as a GeoJSON Feature
         * @description RFC 7946 Feature in longitude/latitude (WGS 84) with the territory's id, name, population, area and `geometrySource` (synthetic or imported) as properties.
         */
        get: operations["getTerritoryGeometry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key figures of a territory across observatories
         * @description The territory dashboard: for each observatory its headline indicators at their latest period, the change over one and five periods, and the gap to the reference territories.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tourisme/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accommodation capacity of a territory: establishments, rooms, pitches, beds and tourist beds by type
         * @description Counts the establishments of an inventory (default: the newest) in the territory's communes that belong to the CC des 7 Vallées or the CABBALR, optionally of some types only. Tourist beds as INSEE counts them: a hotel or chambre d'hôtes room is 2 beds, a campsite pitch 3 beds, gîtes, collective accommodation and residences count their beds. bedsPerThousand is Σ tourist beds ÷ Σ inhabitants of those communes × 1,000. An unknown territory or inventory, or a territory with no commune in the two EPCIs, is a 404.
         */
        get: operations["getCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tourisme/inventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inventories of the accommodation supply, newest first
         * @description Each inventory is a dated vintage of the establishments (asOf), with how many it holds, their tourist beds, its source and when it was loaded. The layer tourisme-hebergements shows the newest.
         */
        get: operations["getInventories"];
        put?: never;
        /**
         * Load a new inventory from Atout France's classified accommodation file, geocoded (agency editors), all or nothing
         * @description multipart/form-data: the file in `file`, and `label`, `asOf`. The file is Atout France's CSV of classified accommodation (data.gouv.fr) run through adresse.data.gouv.fr's CSV geocoder, which adds latitude, longitude and result_citycode; columns are found by name. Lines of communes outside the CC des 7 Vallées and the CABBALR are skipped (the file is national); every other line is checked: a known typology, 1 to 5 stars, a name, the capacity its type is counted in (rooms for a hotel, pitches for a campsite, persons otherwise), coordinates within 500 m of its commune. A file with a problem is refused (400) with every problem and its line, and changes nothing. The inventory is a new vintage: the classified establishments of the file, and the others of the previous inventory (gîtes, chambres d'hôtes, unclassified), which the file does not cover, carried over. The indicators tourisme.* are recomputed. Audited. Up to 1 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tourisme/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The monthly occupancy of an EPCI's accommodation over a year, with the year's and the summer's rates as ratios of sums
         * @description Each month: nights sold, nights offered, rate = sold ÷ offered. The year, the summer (June to September) and the previous year are Σ nights sold ÷ Σ nights offered, so that a busy August weighs more than a quiet January. The agency has the occupancy of the CC des 7 Vallées and the CABBALR; another EPCI, or a year without figures, is a 404.
         */
        get: operations["getOccupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trames/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change requests: a partner's own, or the agency's review queue (filter by state, network, partner)
         * @description Newest first, with their state (pending, accepted, rejected), the rejection's reason and who reviewed them. A partner editor sees the requests of its own key only, never another partner's; agency editors see them all. Answers depend on the key: never cached by data version.
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        get: operations["getChangeRequests"];
        put?: never;
        /**
         * Propose a change to the networks of the CALL: add, modify or remove an element (partner editors in their scope; audited)
         * @description The request waits for the agency's review (GET /api/v1/trames/change-requests shows it and its state). A partner proposes only inside its key's scope: an element outside it, or a key whose scope holds no commune of the CALL, is a 403; a geometry outside the scope is a 400 with the field error on `geometry`. A reservoir is a Polygon or MultiPolygon, a corridor a LineString or MultiLineString (longitude/latitude). The element's network and kind never change: propose its removal and an addition.
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        post: operations["proposeChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trames/change-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One change request, with its ETag: send it back as If-Match to review it
         * @description A partner reads its own requests only: another partner's is a 404, as if it did not exist.
         *
         *     Requires an API key with the role partner_editor or agency_editor or admin.
         */
        get: operations["getChangeRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trames/change-requests/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a change request (agency editors; If-Match required; audited)
         * @description Send If-Match with the request's ETag as you read it: a request reviewed meanwhile (by a colleague, or twice at once) answers 412 with its current version, and nothing changes; without If-Match, or with If-Match: *, 428. A request already reviewed is a 409. An accepted request is integrated into the layer in the same transaction (the element added, changed or removed, its previous geometry and attributes kept in its history, the layers' data version bumped); a modification or removal of an element changed since the proposal is a 409. A rejection needs its reason, which the partner reads.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["reviewChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trames/elements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An element's history: every change with its previous and new attributes and geometry, who, when, which request (agency editors)
         * @description Oldest first, removed elements included. Agency only: it names the partners who proposed the changes and quotes their comments.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        get: operations["getElementHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trames/networks/{network}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a network of the CALL by a GeoJSON file (agency editors), all or nothing
         * @description multipart/form-data, the file in `file`: a GeoJSON FeatureCollection (longitude/latitude) of the network's reservoirs (Polygon, MultiPolygon) and corridors (LineString, MultiLineString), with the properties `nom`, `statut` (existant, a_preserver, a_restaurer, a_creer, or their French labels), optionally `type_element` (reservoir or corridor, matching the geometry) and `source` (the file's name by default). Every feature must be valid and lie inside the CALL. A file with a problem is refused (400) with every problem and its feature, and changes nothing. Otherwise the network's current elements are retired (their history kept) and the file's elements added, each with its creation in its history; the layers' data version is bumped. Audited. Up to 1 MB.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        post: operations["importNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/donut-dimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Donut's dimensions: each catalogue indicator with its social floor or ecological ceiling and its source
         * @description The set the agency edits (PUT /api/v1/transitions/donut-dimensions with If-Match: its etag). A social dimension has a floor (the inner ring), an ecological one a ceiling (the outer ring); direction up means higher is better (the bound is a minimum), down lower is better (the bound is a maximum).
         */
        get: operations["getDonutDimensions"];
        /**
         * Replace the Donut's dimensions (agency; If-Match: the set's etag; audited)
         * @description The body is the whole set, in the chart's order. Each indicator must be in the catalogue with one value per year; a bad dimension is a 400 naming its field (dimensions[2].indicator) and nothing is written. Without If-Match (or with *) 428; when another editor changed the set since it was read, 412 with the current set. The answer is the new set, its new etag in the ETag header.
         *
         *     Requires an API key with the role agency_editor or admin.
         */
        put: operations["setDonutDimensions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/donut/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Donut of a territory: each dimension's social floor or ecological ceiling and how far the territory is beyond it
         * @description For each dimension of the set (GET /api/v1/transitions/donut-dimensions), the territory's value of its catalogue indicator at the indicator's latest year, computed by the platform's engine (an EPCI, groupement or custom zone aggregated from its communes by the indicator's rule, with the caller's rights and statistical secrecy), and its distance beyond the bound as a share of it: shortfall = (floor − value) ÷ floor below a social floor, overshoot = (value − ceiling) ÷ ceiling above an ecological ceiling (signs swapped for a bound of the other direction). A figure the caller may not see is restricted (réservé): no value, no position, and no total is given that would let it be solved back.
         */
        get: operations["getDonut"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transitions/risques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The risk matrix: for each territory and risk, exposure × vulnerability
         * @description Risks: flooding, mining subsidence, industrial, heat waves, drought, clay shrink-swell. For each, an exposure and a vulnerability indicator of the catalogue, read at its latest year through the platform's engine (with the caller's rights and statistical secrecy); each becomes a score in [0, 1] by a linear scale between two documented values (low → 0, high → 1, bounded; reversed where a lower value means more), and the cell's score is exposure × vulnerability, classed faible (< 0.1), modéré (< 0.25), fort (< 0.5) or très fort. A figure the caller may not see makes its cell restricted (réservé): that value and the score are not given.
         */
        get: operations["getRiskMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zan/consumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Yearly land take of a territory by destination (habitat, activité, mixte, route, ferré, inconnu); CSV: the counter's inputs
         * @description Hectares of natural, agricultural and forest land taken each year by destination, summed over the territory's communes; format=csv gives the counter's inputs, one row per commune, year and destination; format=csvw its metadata (linked from the CSV), format=xlsx the same table as a workbook.
         */
        get: operations["getConsumption"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zan/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ZAN counter of a territory: reference 2011–2020, envelope 2021–2030, consumed, remaining, pace, exhaustion, path to 2050
         * @description Envelope = Σ over the communes of max(reference × (1 − reduction), 1 ha): the reduction is 50 % unless the agency set another for the territory (regional territorialisation), and 1 ha is the floor each commune is guaranteed. Pace: average of the last 3 years; exhaustion: latest year + remaining ÷ pace, rounded up.
         */
        get: operations["getCounter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zan/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Communes ranked by land take per new inhabitant or per new job (sober first), from the platform's indicators
         * @description Each commune of the territory with its land take over the period, its gain of inhabitants or private jobs (from the indicators, secrecy applied: a secret figure gives no ratio) and the square metres taken per new inhabitant or job; sober communes first.
         */
        get: operations["getRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zan/reductions/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a territory's reduction of its envelope (the regional territorialisation; agency; audited)
         * @description Requires an API key with the role agency_editor or admin.
         */
        put: operations["setReduction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zan/trajectory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the path 2031–2050 to net zero (agency; audited); an empty one restores the linear default
         * @description Requires an API key with the role agency_editor or admin.
         */
        put: operations["setTrajectory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public catalogue as DCAT-AP 2.1.1, for the national and European portals
         * @description The dcat:Catalog of the agency, its public datasets with their distributions, and the data services (this REST API and the OGC API, with their endpoint descriptions), in JSON-LD (default, application/ld+json) or Turtle (Accept: text/turtle or format=ttl). Only public datasets, whatever the caller's key. Validated against the DCAT-AP 2.1.1 SHACL shapes by the test suite.
         */
        get: operations["getCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the platform up?
         * @description 200 when the database answers, with the schema version and the number of territories by level; otherwise 503 with status degraded and Retry-After: the API is up, its data is not (data routes answer 503 too).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the process alive?
         * @description 200 as long as the API process answers; it reads nothing, not even the database, so that an orchestrator restarts the process only when the process itself is stuck. For traffic, use /health/ready.
         */
        get: operations["getLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Should this instance receive traffic?
         * @description 200 when every migration of this build is applied and a server can serve this instance's reads: the database (the primary) or, while it does not answer, a hot standby (status read-only); otherwise 503 (database unreachable, or migrations pending: a database behind this build) with Retry-After. With an agency key, both list each server and what keeps it from serving, and where reads go. /health/live says whether the process answers at all; /health describes the data.
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OGC API - Features and Tiles landing page: what QGIS and GDAL open (OAPIF:http://host/ogc)
         * @description Links to the API definition, the conformance classes, the collections, the tile matrix sets and the human documentation (Scalar).
         */
        get: operations["getLanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI definition of the OGC API, with each collection's queryables as parameters
         * @description The OpenAPI 3.0 document of the OGC routes, each collection's items path with its queryable properties as query parameters and the page size (limit) that QGIS and GDAL read.
         */
        get: operations["getApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The layers the caller may see, with their extent, CRS and links to items, queryables and tiles
         * @description Every layer you may see (confidential layers are listed for partners and the agency only), with its title, description, spatial and temporal extent, CRS and links.
         */
        get: operations["getCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One layer: extent, CRS, links
         * @description The layer's title, description, extent, CRS, and links to its items (GeoJSON and CSV), queryables and vector tiles. A layer you may not see is a 404.
         */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The features of a layer, page by page (GeoJSON streamed as PostGIS writes it, CSV or XLSX)
         * @description Filters: `bbox` (+ `bbox-crs`), `datetime` on the layer's temporal property, equality on any queryable property (`?naf_section=G`). `crs=http://www.opengis.net/def/crs/EPSG/0/2154` answers in Lambert-93 (header Content-Crs). Polygons are generalised to suit `zoom`, `scale` or the bbox size, keeping shared borders shared; without them the full contours are served. Pages: `limit` (default 100, max 10,000), `offset`, and the `next` link, whose page is twice the current one up to 1,000 features; `numberMatched` when counting is cheap. `f=csv` (WKT geometry, a Link to its CSVW metadata) and `f=xlsx` (a "Données" sheet with one point's longitude and latitude per feature, a "Métadonnées" sheet) without `limit` give the whole selection; XLSX holds at most 50,000 features (a larger selection is a 400 that points to the paged CSV).
         */
        get: operations["getItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One feature, at full resolution
         * @description One feature of a layer as GeoJSON, its geometry at full resolution, in WGS 84 or in Lambert-93 (crs). A feature outside a partner's territory in a confidential layer is a 404.
         */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/queryables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The properties a layer's items can be filtered on (?name=value), as a JSON Schema
         * @description A JSON Schema of the layer's properties with their types: each can filter the items by equality (?naf_section=G).
         */
        get: operations["getQueryables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/tiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vector tilesets of a layer (OGC API - Tiles): one, on WebMercatorQuad
         * @description The layer's vector tilesets, each with its tile matrix set and links to its metadata and tile URL template.
         */
        get: operations["getTilesets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A layer's vector tileset (OGC API - Tiles): the MVT URL template, the tiles holding data at each zoom, the properties, and how tiles are thinned (point clusters below zoom 12, simplified contours)
         * @description The tile URL template, the range of tiles that hold data at each zoom, the bounding box, the MVT source layer and its properties, and how points are clustered below zoom 12.
         */
        get: operations["getTileset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/tiles/WebMercatorQuad/{z}/{y}/{x}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A vector tile (MVT) of a layer, for MapLibre: .../tiles/WebMercatorQuad/{z}/{y}/{x}
         * @description One source layer named after the collection; each feature carries its id and properties. Polygons come generalised below zoom 11; below zoom 12 the points of a point layer are grouped by cell of 8 pixels (clusters carry cluster=true and point_count). The tileset metadata (.../tiles/WebMercatorQuad) says so. An empty tile answers 204.
         */
        get: operations["getTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The OGC API conformance classes implemented
         * @description The conformance classes of OGC API - Features (core, GeoJSON, OpenAPI 3.0, CRS, queryables) and OGC API - Tiles this API implements, as clients check them before using a feature.
         */
        get: operations["getConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/tileMatrixSets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tile matrix sets of the vector tiles (OGC API - Tiles): WebMercatorQuad
         * @description The tile matrix sets the vector tiles use, with links to their definitions.
         */
        get: operations["getTileMatrixSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/tileMatrixSets/{tileMatrixSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tile matrix set (OGC TMS 2.0 JSON): the grid of every zoom level, as clients compute tile addresses
         * @description The grid of each zoom level (origin, cell size, matrix width and height) in the OGC Two Dimensional Tile Matrix Set 2.0 JSON encoding.
         */
        get: operations["getTileMatrixSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The GeoJSON FeatureCollection of the accidents, with the totals of the filter. */
        AccidentCollection: {
            features: components["schemas"]["AccidentFeature"][];
            /** Format: int32 */
            numberReturned: number;
            totals: components["schemas"]["AccidentTotals"];
            type: string;
        };
        AccidentFeature: {
            geometry: components["schemas"]["PointGeometry"];
            id: string;
            properties: components["schemas"]["AccidentProperties"];
            type: string;
        };
        AccidentProperties: {
            agglomeration: boolean;
            commune: string;
            communeName: string;
            /** Format: date */
            date: string;
            /** Format: int32 */
            hospitalised: number;
            hourBand: string;
            intersection: string | null;
            /** Format: int32 */
            killed: number;
            /** Format: int32 */
            ksi: number;
            lighting: string | null;
            /** Format: int32 */
            lightlyInjured: number;
            /** @description The modes involved. */
            modes: string[];
            /** Format: int32 */
            month: number;
            /** @description The accident's national number (BAAC Num_Acc). */
            numAcc: string;
            /** @description At least one pedestrian or cyclist involved (the law's rule). */
            pietonOuCycliste: boolean;
            /** @description The worst-hurt user's: tue, hospitalise, blesse_leger, indemne. */
            severity: string;
            /** @description Local time, HH:MM. */
            time: string;
            users: components["schemas"]["AccidentUser"][];
            weather: string | null;
            /** Format: int32 */
            year: number;
        };
        /** @description What the filter keeps, counted. */
        AccidentTotals: {
            /** Format: int32 */
            accidents: number;
            /** Format: int32 */
            hospitalised: number;
            /** Format: int32 */
            killed: number;
            /**
             * Format: int32
             * @description Killed and seriously injured (hospitalised): the severity index.
             */
            ksi: number;
            /** Format: int32 */
            lightlyInjured: number;
            /**
             * Format: int32
             * @description Accidents involving at least one pedestrian or cyclist.
             */
            pietonOuCycliste: number;
        };
        AccidentUser: {
            /** @description 0-14, 15-17, 18-24, 25-44, 45-64, 65-74, 75+ (the accident's year minus the birth year); null when not given. */
            ageBand: string | null;
            /** @description conducteur, passager or pieton. */
            category: string | null;
            /** @description The mode of the user's vehicle, pieton for a pedestrian. */
            mode: string;
            severity: string | null;
        };
        /** @description The French labels of the accounts' codes, in the order the accounts list them. */
        AccountLabels: {
            carriers: {
                [key: string]: string;
            };
            sectors: {
                [key: string]: string;
            };
            sources: {
                [key: string]: string;
            };
        };
        AccountsCoverage: {
            /**
             * Format: int32
             * @description Communes the territory has (in the Code officiel géographique, for a département the referential holds only part of).
             */
            communes: number;
            /**
             * Format: int32
             * @description Communes whose accounts the figures add up (0 with own figures).
             */
            communesWithData: number;
            /** @description True for a reference territory (département, région) read from its own rows: its figures cover all its communes. */
            ownFigures: boolean;
        };
        /** @description Active cells of one activity at the latest survey. */
        ActivityCount: {
            activity: string;
            /** Format: int64 */
            count: number;
            label: string;
        };
        AuditItem: {
            action: string;
            /** @description Who, in words: the key and its holder, or the command line and the system user. */
            actor: string;
            after: Record<string, never> | null;
            /** Format: date-time */
            at: string;
            before: Record<string, never> | null;
            entity: string;
            entityId: string | null;
            /** Format: int64 */
            id: number;
            /**
             * Format: int32
             * @description The key that made the change; null for the command line.
             */
            keyId: number | null;
        };
        /** @description An objective of the decarbonised balance by a year, from a planning document (PCAET, SCoT, SRADDET). */
        BalanceTarget: {
            demo: boolean;
            document: string;
            /** Format: double */
            share: number;
            /** Format: int32 */
            year: number;
        };
        /** @description One version of the brief the agency writes for a quarter and a territory, as every route gives it. */
        BarometerBrief: {
            /** @description Paragraphs separated by blank lines. */
            text: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description "Agence (clé 12)": the agency and the key that saved it (its name stays in the audit log). */
            updatedBy: string;
            /**
             * Format: int32
             * @description 1 for the first version, then +1 at each save.
             */
            version: number;
        };
        BarometerChange: {
            /**
             * Format: double
             * @description This quarter's figure minus that one (points for a share).
             */
            change: number;
            /**
             * Format: double
             * @description The change relative to that figure, in percent (2 decimals); null when that figure is 0.
             */
            changePercent: number | null;
            /** @description The quarter compared with. */
            period: string;
            /**
             * Format: double
             * @description Its figure.
             */
            value: number;
        };
        BarometerDetail: {
            code: string;
            /** Format: int32 */
            decimals: number;
            label: string;
            status: string;
            unit: string;
            /** Format: double */
            value: number | null;
            yearOnYear: components["schemas"]["BarometerChange"] | null;
        };
        BarometerIndicator: {
            /** @description nota_pme only: the six Nota-PME classes (null when the figure is not ok, and for the other indicators). */
            classes: components["schemas"]["BarometerRiskClass"][] | null;
            /** @description The catalogue indicator behind the headline figure. */
            code: string;
            /** Format: int32 */
            decimals: number;
            /** @description Secondary figures of the card. */
            details: components["schemas"]["BarometerDetail"][];
            /** @description emploi_prive, demandeurs_emploi, defaillances or nota_pme. */
            key: string;
            /** @description The figure is provisional (any of its parts is: the latest quarter of a source that revises it). */
            provisional: boolean;
            quarterOnQuarter: components["schemas"]["BarometerChange"] | null;
            /** @description When the quarter's figure was revised since first published: the previous figure and when. */
            revision: components["schemas"]["BarometerRevision"] | null;
            /** @description The last 20 quarters up to the asked one, oldest first. */
            series: components["schemas"]["BarometerPoint"][];
            source: string;
            sourceUrl: string;
            /** @description ok, secret, restricted (partner figure the caller may not see) or missing. */
            status: string;
            title: string;
            unit: string;
            /**
             * Format: double
             * @description The quarter's figure; null unless the status is ok. For nota_pme, the share (%) of SMEs in classes 5 and 6.
             */
            value: number | null;
            yearOnYear: components["schemas"]["BarometerChange"] | null;
        };
        BarometerKeyFigure: {
            /** @description What it is, following the figure ("d'emplois salariés privés en un an"). */
            label: string;
            /** @description The figure, French-formatted, ready to print ("+1,9 %"). */
            value: string;
        };
        BarometerPoint: {
            period: string;
            provisional: boolean;
            /** @description Whether the figure was revised since first published. */
            revised: boolean;
            /** @description ok, secret, restricted (partner figure the caller may not see) or missing. */
            status: string;
            /** Format: double */
            value: number | null;
        };
        BarometerReport: {
            /** @description The agency's brief for this quarter and territory (its current version), null when none is written. */
            brief: components["schemas"]["BarometerBrief"] | null;
            /**
             * Format: date-time
             * @description When this answer was computed.
             */
            generatedAt: string;
            /** @description Always the four cards, in this order: emploi_prive, demandeurs_emploi, defaillances, nota_pme. */
            indicators: components["schemas"]["BarometerIndicator"][];
            /** @description 3 to 5 figures to remember, computed from the cards the caller may see. */
            keyFigures: components["schemas"]["BarometerKeyFigure"][];
            /** @description The latest quarter with data. */
            latestQuarter: string;
            /** @description The quarter asked. */
            quarter: string;
            /** @description Every quarter one can ask for, oldest first. */
            quarters: string[];
            sources: string[];
            territory: components["schemas"]["BarometerTerritory"];
        };
        BarometerRevision: {
            /**
             * Format: double
             * @description The figure as first published (before the latest revision of any of its parts).
             */
            previousValue: number;
            /**
             * Format: date-time
             * @description When the source's revision was loaded.
             */
            revisedAt: string;
        };
        BarometerRiskClass: {
            class: string;
            /**
             * Format: double
             * @description Scored SMEs in the class.
             */
            companies: number | null;
            label: string;
            /**
             * Format: double
             * @description Share of the scored SMEs in the class, in percent: Σ companies of the class ÷ Σ scored SMEs.
             */
            share: number | null;
        };
        BarometerTerritory: {
            id: string;
            level: string;
            name: string;
        };
        /** @description An extent in a CRS, as tileset metadata gives it. */
        BoundingBox: {
            crs: string;
            lowerLeft: number[];
            upperRight: number[];
        };
        /** @description A territory's id and name. */
        CapacityTerritory: {
            id: string;
            name: string;
        };
        CellChange: {
            address: string;
            /** @description Its state at the second survey; null when it is no longer there. */
            after: components["schemas"]["CellState"] | null;
            /** @description Its state at the first survey; null when it was not there. */
            before: components["schemas"]["CellState"] | null;
            cell: string;
            /** @description opening, closure, activity_change, new_cell or removed_cell. */
            kind: string;
            name: string | null;
        };
        /** @description A cell's status and activity at one survey. */
        CellState: {
            activity: string | null;
            status: string;
        };
        /** @description A centrality's cells at one survey. */
        CentralityFigures: {
            /** Format: int64 */
            active: number;
            /** Format: int64 */
            cells: number;
            /**
             * Format: double
             * @description Food outlets ÷ active cells, in %; null without active cells.
             */
            foodShare: number | null;
            /** Format: int32 */
            survey: number;
            /**
             * Format: double
             * @description Vacant ÷ cells, in %.
             */
            vacancyRate: number;
            /** Format: int64 */
            vacant: number;
            /**
             * Format: int64
             * @description Cells under works (neither active nor vacant; counted in the cells).
             */
            works: number;
        };
        /**
         * @description A partner's change request as its author and the agency read it. The attributes are those proposed (for a modify,
         *     null where unchanged; for a remove, the element's network only); the geometry is GeoJSON in longitude/latitude.
         */
        ChangeRequest: {
            /** @description add, modify or remove. */
            action: string;
            /** Format: int32 */
            baseVersion: number | null;
            comment: string;
            commune: string;
            /** Format: int32 */
            elementId: number | null;
            /** @description The request's version as an ETag: what If-Match must send back to review it. */
            eTag: string;
            geometry: Record<string, never> | null;
            /** Format: int32 */
            id: number;
            kind: string | null;
            name: string | null;
            network: string;
            /** Format: date-time */
            proposedAt: string;
            proposedBy: string;
            /** @description Why the agency rejected it (or its note on an acceptance). */
            reason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewedBy: string | null;
            source: string | null;
            /** @description pending, accepted or rejected. */
            state: string;
            status: string | null;
            /**
             * Format: int32
             * @description The request's version: its ETag, which If-Match must name on the review.
             */
            version: number;
        };
        ChangeRequestList: {
            items: components["schemas"]["ChangeRequest"][];
            /**
             * Format: int32
             * @description How many requests match.
             */
            total: number;
        };
        /**
         * @example {
         *       "status": "verifiee_terrain",
         *       "fieldCheckedOn": "2026-11-20"
         *     }
         */
        ChangeStatusRequest: {
            /**
             * Format: date
             * @description Date of the field check (yyyy-mm-dd); for verifiee_terrain, today when not given.
             * @example 2026-11-20
             */
            fieldCheckedOn: string | null;
            /**
             * @description The new status (see the site's allowedStatuses).
             * @example verifiee_terrain
             */
            status: string;
        };
        ChangeStatusResponse: {
            allowedStatuses: string[];
            /** Format: date */
            fieldCheckedOn: string | null;
            /** Format: int32 */
            id: number;
            status: string;
            /** Format: date */
            statusChangedOn: string;
        };
        ChoroplethFeature: {
            /** @description Its contour, generalised for the scale asked (resolution); null if it has none. */
            geometry: components["schemas"]["SurfaceGeometry"] | null;
            /** @description The territory's id (level:code). */
            id: string;
            properties: components["schemas"]["ChoroplethProperties"];
            /** @description Always Feature. */
            type: string;
        };
        /**
         * @description A choropleth as a GeoJSON FeatureCollection (RFC 7946), with the indicator, the period and the legend as
         *     foreign members. The endpoint streams it; these types document it and give each feature's properties.
         */
        ChoroplethMap: {
            features: components["schemas"]["ChoroplethFeature"][];
            indicator: components["schemas"]["IndicatorSummary"];
            /** @description The classes and their colours, as GET /breaks gives them. */
            legend: components["schemas"]["Legend"];
            period: string;
            /** @description Always FeatureCollection. */
            type: string;
        };
        ChoroplethProperties: {
            /**
             * Format: int32
             * @description The legend's class (0-based); null without a published number.
             */
            classIndex: number | null;
            /** @description #rrggbb: the class's colour, or the legend's secret or no-data colour. */
            colour: string;
            id: string;
            level: string;
            name: string;
            /**
             * Format: int32
             * @description 1 = best (highest, or lowest when lower is better); null without a published number.
             */
            rank: number | null;
            /** @description definitive, provisional, estimated, secret, restricted (outside a partner's scope), or null. */
            status: string | null;
            /**
             * Format: double
             * @description Null when the value is secret or missing.
             */
            value: number | null;
        };
        ClassItem: {
            /** @description #rrggbb, from a colour-blind-safe palette. */
            colour: string;
            /** Format: int32 */
            count: number;
            /** Format: int32 */
            index: number;
            /**
             * Format: double
             * @description Inclusive lower bound.
             */
            lower: number;
            /**
             * Format: double
             * @description Upper bound, exclusive except for the last class.
             */
            upper: number;
        };
        /** @description A collection as /ogc/collections describes it: what QGIS and GDAL need to list, place and page it. */
        CollectionDescription: {
            crs: string[];
            description: string;
            extent: components["schemas"]["Extent"];
            id: string;
            itemType: string;
            links: components["schemas"]["Link"][];
            storageCrs: string;
            title: string;
        };
        /** @description A centrality with its programmes and its figures at the latest survey that covers it. */
        CommerceCentrality: {
            commune: components["schemas"]["CommuneRef"];
            /** @description Stable id (bethune-centre). */
            id: string;
            /** @description centre_ville, centre_bourg, pole_peripherique or quartier. */
            kind: string;
            kindLabel: string;
            /** @description Its figures at the newest survey holding cells of it; null if none does. */
            latest: components["schemas"]["CentralityFigures"] | null;
            name: string;
            programmes: components["schemas"]["ProgrammeRef"][];
        };
        CommerceProgramme: {
            /**
             * Format: int32
             * @description Its centralities, surveyed or not.
             */
            centralities: number;
            /** @description acv, pvd or villages_avenir. */
            code: string;
            /** @description Its figures at each survey that covers some of its centralities, oldest first. */
            history: components["schemas"]["ProgrammeFigures"][];
            label: string;
        };
        /** @description A field survey: one dated vintage of the cells. */
        CommerceSurvey: {
            /**
             * Format: int32
             * @description Cells it holds.
             */
            cells: number;
            /**
             * Format: int32
             * @description Survey id (newer surveys have higher ids when imported later).
             */
            id: number;
            /**
             * Format: date-time
             * @description When it was loaded.
             */
            importedAt: string;
            /** @description Its name ("Relevé terrain 2024"). */
            label: string;
            /**
             * Format: date
             * @description First day of the fieldwork.
             */
            surveyedFrom: string;
            /**
             * Format: date
             * @description Last day of the fieldwork; its year is the period of the survey's indicators.
             */
            surveyedTo: string;
        };
        CommuneRef: {
            id: string;
            name: string;
        };
        CompaniesInDifficulty: {
            /** @description The SMEs Nota-PME rates at high risk (partner data). */
            highRisk: components["schemas"]["HighRiskSmes"];
            /** @description Companies under a receivership or safeguard procedure at the end of the semester. */
            underProcedure: components["schemas"]["OngoingProcedure"][];
            /**
             * Format: int32
             * @description Their sum.
             */
            underProcedureTotal: number;
        };
        CompareSurveysResponse: {
            /** @description Every changed cell: openings, closures, activity changes, new cells, removed cells, each by cell id. */
            changes: components["schemas"]["CellChange"][];
            from: components["schemas"]["CommerceSurvey"];
            summary: components["schemas"]["ComparisonSummary"];
            /** @description The territory or centrality compared, as asked; null for every cell. */
            territory: string | null;
            to: components["schemas"]["CommerceSurvey"];
        };
        ComparisonSummary: {
            /**
             * Format: int32
             * @description Cells active at both with another activity.
             */
            activityChanges: number;
            /** Format: int32 */
            cellsFrom: number;
            /** Format: int32 */
            cellsTo: number;
            /**
             * Format: int32
             * @description Cells active at the first survey that are not at the second (vacant, under works, or gone).
             */
            closures: number;
            /**
             * Format: int32
             * @description Cells that appear, not active (vacant or under works); an active new cell is an opening.
             */
            newCells: number;
            /**
             * Format: int32
             * @description Cells active at the second survey that were not (vacant, under works, or not there).
             */
            openings: number;
            /**
             * Format: int32
             * @description Cells that disappear and were not active; an active one that disappears is a closure.
             */
            removedCells: number;
            /**
             * Format: int32
             * @description Cells at both surveys with none of these changes (a vacant cell under works since counts here).
             */
            unchanged: number;
            /**
             * Format: double
             * @description The change of the vacancy rate, in points (of the rounded rates).
             */
            vacancyChangePoints: number | null;
            /**
             * Format: double
             * @description Vacant ÷ cells at the first survey, in %.
             */
            vacancyRateFrom: number | null;
            /** Format: double */
            vacancyRateTo: number | null;
        };
        /** @description A territory's accounts one year: what was consumed (GWh), by sector, by carrier and by both. */
        ConsumptionAccounts: {
            byCarrier: {
                [key: string]: number;
            };
            bySector: {
                [key: string]: number;
            };
            bySectorAndCarrier: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** Format: double */
            totalGwh: number;
        };
        Counter: {
            /** Format: int32 */
            communes: number;
            /**
             * Format: double
             * @description Consumed since 2021-01-01, to the latest year.
             */
            consumedHa: number;
            /**
             * Format: double
             * @description 2021–2030 envelope: Σ over the communes of max(reference × (1 − reduction), 1 ha), the 1 ha being the "garantie communale".
             */
            envelopeHa: number;
            exceeded: boolean;
            /**
             * Format: int32
             * @description The year the envelope runs out at that pace (or ran out, when already exceeded); null if the pace is zero.
             */
            exhaustionYear: number | null;
            /** Format: int32 */
            latestYear: number;
            /**
             * Format: double
             * @description Average consumption of the last 3 years.
             */
            pacePerYearHa: number;
            /** @description Yearly allowance 2031–2050 towards net zero. */
            path: components["schemas"]["PathYear"][];
            /**
             * Format: double
             * @description Reduction of the envelope against the reference (0.5 unless set for the territory).
             */
            reduction: number;
            /**
             * Format: double
             * @description Consumption 2011–2020.
             */
            referenceHa: number;
            /** Format: double */
            remainingHa: number;
            territory: string;
            /** Format: double */
            usedShare: number;
        };
        Counts: {
            /**
             * Format: int32
             * @description Territories with a published number, spread over the classes.
             */
            classified: number;
            /**
             * Format: int32
             * @description Territories without a value.
             */
            noData: number;
            /**
             * Format: int32
             * @description Territories whose value is secret.
             */
            secret: number;
            /** Format: int32 */
            total: number;
        };
        /**
         * @description How much of its territory an aggregate covers. A figure summed over the communes with data is only the
         *     territory's figure when they are all of its communes: the Pas-de-Calais' total of an indicator the agency only
         *     measures in its perimeter covers 318 of its 887 communes, and says so.
         */
        Coverage: {
            /**
             * Format: int32
             * @description The territory's communes the referential holds (all of them but for the département and the région, which are only partly in the perimeter).
             */
            communes: number;
            /**
             * Format: int32
             * @description Those with a value: the figure is the aggregate of these.
             */
            communesWithValue: number;
            /**
             * Format: int32
             * @description How many communes the territory has in all (INSEE COG): the figure is partial
             *                 when CommunesWithValue is less. The same as Communes for a custom zone.
             */
            territoryCommunes: number;
        };
        CreateLotRequest: {
            /** @description GeoJSON Polygon or MultiPolygon (longitude/latitude) inside the park, over no other lot. */
            geometry: unknown;
            occupantName: string | null;
            occupantSiret: string | null;
            status: string;
        };
        /** @description The network in exactly the format of the "schéma de données des aménagements cyclables" (0.3.x): a FeatureCollection with no other member. */
        CycleFacilityCollection: {
            features: components["schemas"]["CycleFacilityFeature"][];
            /** @description Always FeatureCollection. */
            type: string;
        };
        /** @description A segment to the national schema (RFC 7946 Feature): its properties under the schema's names, those without a value left out. */
        CycleFacilityFeature: {
            /** @description A LineString or MultiLineString in WGS 84, as imported. */
            geometry: components["schemas"]["CycleFacilityGeometry"];
            /** @description id_local, reseau_loc, nom_loc, id_osm, num_iti, code_com_d, ame_d, regime_d, sens_d, largeur_d, local_d, statut_d, revet_d, the same with _g, access_ame, date_maj, trafic_vit, lumiere, d_service, comm, source, project_c, ref_geo. */
            properties: {
                [key: string]: unknown;
            };
            /** @description Always Feature. */
            type: string;
        };
        CycleFacilityGeometry: {
            /** @description Positions [longitude, latitude] (LineString) or lines of them (MultiLineString). */
            coordinates: unknown[];
            /** @description LineString or MultiLineString. */
            type: string;
        };
        Dataset: components["schemas"]["DatasetSummary"] & {
            contact: components["schemas"]["DatasetContact"];
            /** @description The EU data themes (publications.europa.eu data-theme URIs) its observatory declares. */
            dataThemes: string[];
            distributions: components["schemas"]["DatasetDistribution"][];
            /** @description For agency callers only, else null. */
            health: components["schemas"]["DatasetHealth"] | null;
            indicators: components["schemas"]["DatasetIndicator"][];
            layer: components["schemas"]["DatasetLayer"] | null;
            provenance: components["schemas"]["DatasetProvenance"][];
            publisher: components["schemas"]["DatasetPublisher"];
            spatial: components["schemas"]["DatasetSpatial"];
        };
        DatasetContact: {
            /** @description null until the agency configures one (Observatoires:Catalog:ContactEmail). */
            email: string | null;
            name: string;
            url: string;
        };
        DatasetDistribution: {
            /**
             * Format: int64
             * @description Its size when known beforehand; null otherwise (answers are built on request).
             */
            bytes: number | null;
            /**
             * @description Whether the URL gives the whole data in one answer (a DCAT downloadURL), rather than an
             *                 entry point or pages (an accessURL).
             */
            download: boolean;
            /** @description CSV, CSVW (the CSV's metadata), XLSX, GeoJSON, API or OGC API. */
            format: string;
            mediaType: string;
            title: string;
            /** @description Absolute, from the platform's public URL. */
            url: string;
        };
        /** @description Facet counts: over the datasets you may see that match every other filter. */
        DatasetFacets: {
            access: components["schemas"]["Facet"][];
            level: components["schemas"]["Facet"][];
            licence: components["schemas"]["Facet"][];
            observatory: components["schemas"]["Facet"][];
            periodicity: components["schemas"]["Facet"][];
            source: components["schemas"]["Facet"][];
            theme: components["schemas"]["Facet"][];
        };
        DatasetHealth: {
            /**
             * Format: date-time
             * @description When the next update is due: the latest period's end plus one period and the usual
             *                 publication delay; null for an irregular dataset.
             */
            expectedBy: string | null;
            /** @description No new data since its update frequency says there should be (agency callers only). */
            stale: boolean;
        };
        DatasetIndicator: {
            code: string;
            label: string;
            unit: string;
        };
        DatasetLayer: {
            collectionUrl: string;
            id: string;
            /**
             * @description The tables its features are read from (schema.table), as the ingestion log names an import's
             *                 target: the imports of those targets made the layer (its lineage).
             */
            tables: string[];
            title: string;
        };
        /** @description The observatory a dataset belongs to (the platform's referential for its own layers). */
        DatasetObservatory: {
            name: string;
            slug: string;
        };
        DatasetProvenance: {
            source: string;
            url: string | null;
            /** @description The source's vintages present in the latest period's values (comma-separated), if recorded. */
            vintage: string | null;
        };
        DatasetPublisher: {
            name: string;
            url: string;
        };
        DatasetSpatial: {
            bbox: number[] | null;
            levels: string[];
            /** @description The agency's perimeter: its EPCIs. */
            territories: components["schemas"]["DatasetTerritory"][];
        };
        /** @description A dataset as the catalogue lists it: what a technician downloads together. */
        DatasetSummary: {
            /** @description public, partner or agency: from its indicators' confidentiality or its layer's access rule. */
            access: string;
            description: string;
            /** @description The formats of its distributions (CSV, CSVW, XLSX, GeoJSON, API, OGC API), as its page lists them. */
            formats?: string[];
            /** @description Stable id: observatory.source for an observatory's indicators of one source (.partner or .agency when restricted), the layer's id for a layer. */
            id: string;
            keywords: string[];
            /** @description indicators or layer. */
            kind: string;
            /** @description The territory levels it has values for (commune, epci…); empty for a layer. */
            levels: string[];
            licence: string;
            /**
             * Format: date-time
             * @description When its data last changed: its values' latest version, or its layer's data version.
             */
            modified: string | null;
            observatory: components["schemas"]["DatasetObservatory"];
            /** @description How often it is updated: year, semester, quarter, month, or irregular. */
            periodicity: string;
            /** @description The periods present in its values, or its layer's dates; null when it has none. */
            temporal: components["schemas"]["TemporalCoverage"] | null;
            /** @description Its observatory's theme names (those of its indicators for an indicators dataset). */
            themes: string[];
            title: string;
        };
        DatasetTerritory: {
            id: string;
            name: string;
        };
        /**
         * @description The decarbonised balance: renewable and recovered production of a year over the consumption of the same year, or
         *     of the latest year before it when that year's consumption is not published yet (as the report divides the 2023
         *     production by the 2022 consumption). A ratio of the territory's sums, never an average of its communes' shares.
         */
        DecarbonisedBalance: {
            /** Format: double */
            consumptionGwh: number;
            /** Format: int32 */
            consumptionYear: number;
            /** Format: double */
            productionGwh: number;
            /** Format: int32 */
            productionYear: number;
            /**
             * Format: double
             * @description Production ÷ consumption (0.093 for 9.3 %).
             */
            share: number;
        };
        DecileValue: {
            /**
             * Format: int32
             * @description 1 to 9; the fifth is the median.
             */
            decile: number;
            /**
             * Format: double
             * @description The standard of living (€ per consumption unit and year) under which that many tenths of the persons live; null unless published.
             */
            value: number | null;
        };
        /** @description One territory's income distribution. */
        DistributionColumn: {
            /** @description D1 to D9, each null unless published. */
            deciles: components["schemas"]["DecileValue"][];
            /**
             * Format: double
             * @description Fiscal households (a sum: also given for a groupement or a custom zone); null when secret.
             */
            households: number | null;
            /**
             * Format: double
             * @description D9 ÷ D1 as published.
             */
            interdecileRatio: number | null;
            /**
             * Format: double
             * @description The median standard of living (D5), €.
             */
            median: number | null;
            /**
             * @description published; secret (resting on fewer than 11 fiscal households: no figure); not_aggregable (a groupement or a
             *                 custom zone: INSEE publishes no distribution for it and deciles cannot be derived from its communes'); no_data; restricted.
             */
            status: string;
            /** @description The status in French. */
            statusLabel: string;
            territory: components["schemas"]["TerritoryRef"];
        };
        /** @description A dimension of the Donut: a catalogue indicator with a social floor or an ecological ceiling. */
        DonutDimension: {
            /**
             * Format: double
             * @description The floor or ceiling, in the indicator's unit, above 0.
             */
            bound: number;
            /** @description Its code in the set (logement-social). */
            code: string;
            /** @description up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum. */
            direction: string;
            /** @description The catalogue indicator that measures it (habitat.part_logements_sociaux), yearly. */
            indicator: string;
            label: string;
            /** @description social (a floor: the inner ring, the social foundation) or ecological (a ceiling: the outer ring). */
            ring: string;
            /** @description Where the bound comes from (a law, a national figure, the agency's choice). */
            source: string;
        };
        /** @description A dimension of the Donut. */
        DonutDimensionInput: {
            /**
             * Format: double
             * @description The floor or ceiling in the indicator's unit, above 0.
             */
            bound: number | null;
            /** @description Its code: lowercase letters and digits in words joined by hyphens, at most 40 characters, unique in the set (logement-social). */
            code: string | null;
            /** @description up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum. */
            direction: string | null;
            /** @description The catalogue indicator that measures it, with one value per year (habitat.part_logements_sociaux). */
            indicator: string | null;
            /** @description What it measures, in French, at most 200 characters. */
            label: string | null;
            /** @description social (a floor: the inner ring) or ecological (a ceiling: the outer ring). */
            ring: string | null;
            /** @description Where the bound comes from (a law, a national figure, the agency's choice), at most 500 characters. */
            source: string | null;
        };
        /** @description A dimension of the Donut for the territory: its bound and where the territory stands. */
        DonutReading: {
            /**
             * Format: double
             * @description The floor or ceiling, in the indicator's unit.
             */
            bound: number;
            /** @description Its code in the set. */
            code: string;
            /** @description up: higher is better, the bound is a minimum; down: lower is better, the bound is a maximum. */
            direction: string;
            /**
             * Format: double
             * @description The position, 0 inside the safe space: how far below the floor (shortfall) or beyond the ceiling (overshoot).
             */
            gap: number | null;
            /** @description The catalogue indicator; null when the caller may not see it or it left the catalogue. */
            indicator: components["schemas"]["TransitionsIndicator"] | null;
            label: string;
            /** @description The year read: the indicator's latest; null without values. */
            period: string | null;
            /**
             * Format: double
             * @description Signed distance beyond the bound as a share of it: up (bound − value) ÷ bound, down (value − bound) ÷ bound; positive beyond it, negative inside the safe space.
             */
            position: number | null;
            /** @description social (a floor, the inner ring) or ecological (a ceiling, the outer ring). */
            ring: string;
            /** @description Where the bound comes from. */
            source: string;
            /** @description shortfall (sous le plancher social), overshoot (au-delà du plafond écologique), within (dans l'espace juste et sûr), no_data or restricted (réservé: the caller may not see the figure). */
            status: string;
            /** @description The status in French. */
            statusLabel: string;
            /**
             * Format: double
             * @description The territory's value that year; null without one or when withheld (réservé).
             */
            value: number | null;
        };
        /** @description The Donut's set of dimensions, one versioned object the agency edits. */
        DonutSet: {
            dimensions: components["schemas"]["DonutDimension"][];
            /** @description Its version as an entity tag: send it as If-Match to change the set. */
            etag: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int32
             * @description Bumped by every change.
             */
            version: number;
        };
        /** @description How many dimensions stand where. */
        DonutSummary: {
            /** Format: int32 */
            dimensions: number;
            /** Format: int32 */
            noData: number;
            /** Format: int32 */
            overshoots: number;
            /** Format: int32 */
            restricted: number;
            /** Format: int32 */
            shortfalls: number;
            /** Format: int32 */
            within: number;
        };
        /** @description Why mutations of the file were left aside (none of them is a problem: the national file is full of them). */
        DvfSkipped: {
            /**
             * Format: int32
             * @description Under 100 or over 20,000 € per m², or a surface under 9 or over 1,000 m²: not a market price.
             */
            implausiblePrice: number;
            /**
             * Format: int32
             * @description No house or flat in it (land, outbuildings, business premises alone).
             */
            noDwelling: number;
            /**
             * Format: int32
             * @description No price, or no built surface.
             */
            noPriceOrSurface: number;
            /**
             * Format: int32
             * @description Nature other than "Vente" (VEFA, adjudication, échange, expropriation, terrain à bâtir).
             */
            notASale: number;
            /**
             * Format: int32
             * @description In a commune the observatory does not hold.
             */
            outsideObservatory: number;
            /**
             * Format: int32
             * @description Several dwellings, or a dwelling with business premises: the price cannot be split.
             */
            severalDwellings: number;
        };
        /** @description One change of an element, oldest first. */
        ElementChange: {
            /** @description Attributes after it; null for a removal. */
            after: Record<string, never> | null;
            /** @description Attributes before the change (network, kind, name, status, source); null for a creation. */
            before: Record<string, never> | null;
            /** @description create, modify, remove or import. */
            change: string;
            /** Format: date-time */
            changedAt: string;
            /** @description Who made it: the agency editor who accepted the request, or the importer. */
            changedBy: string;
            comment: string | null;
            geometryAfter: Record<string, never> | null;
            geometryBefore: Record<string, never> | null;
            /** @description Who proposed it (the request's key), if a request. */
            proposedBy: string | null;
            /**
             * Format: int32
             * @description The change request it came from; null for the demo data and imports.
             */
            requestId: number | null;
            /** Format: int32 */
            version: number;
        };
        ElementHistory: {
            changes: components["schemas"]["ElementChange"][];
            commune: string;
            /** Format: int32 */
            id: number;
            kind: string;
            name: string;
            network: string;
            retired: boolean;
            status: string;
            /** Format: int32 */
            version: number;
        };
        /** @description Direct greenhouse-gas emissions (kt CO2e), by sector. */
        EmissionsAccounts: {
            bySector: {
                [key: string]: number;
            };
            /** Format: double */
            totalKt: number;
        };
        /** @description A value of the series in one year. */
        EnteredValue: {
            /**
             * Format: double
             * @description The value, within ±1e12.
             */
            value: number | null;
            /**
             * Format: int32
             * @description The year, from 1990 to 2100.
             */
            year: number | null;
        };
        /** @description What an import stored. */
        EnvironnementImport: {
            /** @description The file's name. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Zones, buildings or cells stored.
             */
            imported: number;
            /**
             * Format: int32
             * @description Indicator values written or revised by the recomputation of the overheating figures.
             */
            indicatorValues: number;
            /**
             * Format: int32
             * @description Those of the same kind it replaced (the image's zones, the buildings, the cells).
             */
            replaced: number;
            /**
             * Format: int32
             * @description Cells left out because their centre lies in no commune of the perimeter (a département's file holds others); 0 for the other imports.
             */
            skipped: number;
        };
        /** @description the error details object */
        Error: {
            /** @description the code of the error */
            code: string | null;
            /**
             * @description the name of the error or property of the dto that caused the error
             * @default Error or field name
             */
            name: string;
            /**
             * @description the reason for the error
             * @default Error reason
             */
            reason: string;
            /** @description the severity of the error */
            severity: string | null;
        };
        /** @description An action, its score and its indicators. */
        EvaluationAction: {
            code: string;
            indicators: components["schemas"]["EvaluationIndicator"][];
            /**
             * Format: double
             * @description The weighted mean of its indicators' progress (Σ weight × progress ÷ Σ weight, over those with one); null when none has one.
             */
            score: number | null;
            /**
             * Format: int32
             * @description Indicators in the score.
             */
            scoredIndicators: number;
            title: string;
            /**
             * Format: int32
             * @description Indicators left out of it: without data, or whose figures the caller may not see.
             */
            unscoredIndicators: number;
            /**
             * Format: double
             * @description Its weight in its axis' score.
             */
            weight: number;
        };
        /** @description An axis, its score and its actions. */
        EvaluationAxis: {
            actions: components["schemas"]["EvaluationAction"][];
            code: string;
            /**
             * Format: double
             * @description The weighted mean of its actions' scores, over those with one; null when none has one.
             */
            score: number | null;
            /** Format: int32 */
            scoredActions: number;
            title: string;
            /** Format: int32 */
            unscoredActions: number;
            /**
             * Format: double
             * @description Its weight in the project's score.
             */
            weight: number;
        };
        /** @description An axis' score, for the list. */
        EvaluationAxisScore: {
            code: string;
            /** Format: double */
            score: number | null;
            title: string;
        };
        /** @description The catalogue indicator that measures a project's indicator. */
        EvaluationCatalogueIndicator: {
            code: string;
            /** Format: int32 */
            decimals: number;
            label: string;
            unit: string;
        };
        /** @description An indicator of an action, its figures and where it stands. */
        EvaluationIndicator: {
            /** @description Objectif dépassé: the latest value is beyond the target (progress capped at 1). */
            beyondTarget: boolean;
            /** @description The catalogue indicator; null for an entered series, or when the caller may not see it or it left the catalogue. */
            catalogue: components["schemas"]["EvaluationCatalogueIndicator"] | null;
            /** @description Its code in the project, as in /api/v1/evaluation/projects/{id}/indicators/{indicator}. */
            code: string;
            /** @description public, partner or agency: who may see its figures (the catalogue's for a catalogue indicator); null when the caller may not see the catalogue indicator. */
            confidentiality: string | null;
            /** Format: int32 */
            decimals: number;
            /** @description up (higher is better) or down (lower is better). */
            direction: string;
            /**
             * Format: double
             * @description Share of the way the straight path from T0 to the target has done at the latest year.
             */
            expectedProgress: number | null;
            /**
             * Format: double
             * @description The value on that path at the latest year.
             */
            expectedValue: number | null;
            label: string;
            /** @description The latest value after T0; null without one. */
            latest: components["schemas"]["EvaluationPoint"] | null;
            /**
             * Format: double
             * @description (latest − T0) ÷ (target − T0), bounded to [0, 1]: what the action's score averages; null: no data or restricted.
             */
            progress: number | null;
            /**
             * Format: double
             * @description The same, unbounded: above 1 beyond the target, negative after a move the wrong way.
             */
            rawProgress: number | null;
            /** @description The indicator's yearly values for the project's territory, from T0 (or its first year) on. */
            series: components["schemas"]["EvaluationPoint"][];
            /** @description Recul: the latest value moved away from the target since T0 (progress 0). */
            setback: boolean;
            /** @description catalogue (a catalogue indicator read through the platform's engine for the project's territory) or entered (a series the agency enters). */
            source: string;
            /** @description achieved, ahead, on_track, behind, no_data or restricted (the rule: GET /api/v1/evaluation/projects/{id}). */
            status: string;
            /** @description The status in French: atteint, en avance, dans la trajectoire, en retard, sans donnée, données réservées. */
            statusLabel: string;
            t0: components["schemas"]["EvaluationT0"];
            target: components["schemas"]["EvaluationTarget"];
            unit: string;
            /**
             * Format: double
             * @description Its weight in its action's score.
             */
            weight: number;
        };
        /** @description A value of an indicator's series for the project's territory. */
        EvaluationPoint: {
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
        };
        /** @description A project with every score, status and series. */
        EvaluationProject: {
            axes: components["schemas"]["EvaluationAxis"][];
            /** @description A demo project (invented for the demonstration, on real catalogue indicators or invented series). */
            demo: boolean;
            description: string | null;
            /** Format: int32 */
            endYear: number;
            /** @description Its version as an entity tag: send it as If-Match to change anything in it. */
            etag: string;
            /** @description Its id, as in /api/v1/evaluation/projects/{id}. */
            id: string;
            /**
             * Format: double
             * @description The weighted mean of its axes' scores, over those with one; null when none has one.
             */
            score: number | null;
            /** Format: int32 */
            startYear: number;
            summary: components["schemas"]["EvaluationSummary"];
            territory: components["schemas"]["TerritoryRef"];
            title: string;
            /**
             * Format: double
             * @description How far from the straight path, in share of the way, still counts as on track (0.1 = 10 points).
             */
            tolerance: number;
            /** Format: int32 */
            version: number;
        };
        /** @description A project in the list: its score, its axes' scores and how many indicators stand where. */
        EvaluationProjectItem: {
            axes: components["schemas"]["EvaluationAxisScore"][];
            demo: boolean;
            /** Format: int32 */
            endYear: number;
            etag: string;
            /** @description Its id, as in /api/v1/evaluation/projects/{id}. */
            id: string;
            /**
             * Format: double
             * @description The weighted mean of its axes' scores (0 to 1); null when none has one.
             */
            score: number | null;
            /** Format: int32 */
            startYear: number;
            summary: components["schemas"]["EvaluationSummary"];
            territory: components["schemas"]["TerritoryRef"];
            title: string;
        };
        /** @description How many indicators stand where. */
        EvaluationSummary: {
            /** Format: int32 */
            achieved: number;
            /** Format: int32 */
            ahead: number;
            /** Format: int32 */
            behind: number;
            /** Format: int32 */
            indicators: number;
            /** Format: int32 */
            noData: number;
            /**
             * Format: int32
             * @description Those achieved, ahead or on track.
             */
            onCourse: number;
            /** Format: int32 */
            onTrack: number;
            /** Format: int32 */
            restricted: number;
        };
        /** @description The indicator's starting point. */
        EvaluationT0: {
            /** @description given (by the agency) or series (read from the indicator's series at T0). */
            source: string;
            /**
             * Format: double
             * @description The value at T0; null when neither given nor in the series (or withheld from the caller).
             */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
        /** @description What the indicator aims at: a value at the horizon (null when withheld from the caller). */
        EvaluationTarget: {
            /** Format: double */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
        Evolution: {
            /**
             * Format: double
             * @description Value now minus value then.
             */
            difference: number | null;
            /** @description The earlier period compared with. */
            period: string;
            /**
             * Format: double
             * @description Relative change (0.05 = +5 %).
             */
            rate: number | null;
            /** Format: double */
            value: number | null;
        };
        Extent: {
            spatial: components["schemas"]["SpatialExtent"] | null;
            temporal: components["schemas"]["TemporalExtent"] | null;
        };
        /** @description A value of a facet, with how many of the datasets matching the other filters have it. */
        Facet: {
            /** Format: int32 */
            count: number;
            label: string;
            value: string;
        };
        FailureBreakdown: {
            /** @description The category: a sector (industrie…), a size class (0, 1-2, 3-5, 6-9, 10-19, 20+) or a procedure. */
            code: string;
            /** @description For a sector, the NAF sections it groups; null otherwise. */
            detail: string | null;
            /** Format: int32 */
            failures: number;
            label: string;
            /**
             * Format: double
             * @description Share of the semester's failures, in percent (1 decimal).
             */
            share: number | null;
            /**
             * Format: int32
             * @description Failures of the category in the same semester a year before.
             */
            yearBefore: number;
        };
        FailureTotal: {
            /**
             * Format: int32
             * @description Failures opened in the semester (its two quarters).
             */
            failures: number;
            /** @description Against the semester before. */
            previousSemester: components["schemas"]["SemesterChange"] | null;
            /** @description Against the same semester a year before. */
            yearBefore: components["schemas"]["SemesterChange"] | null;
        };
        /** @description The km of a family of types in service (the indicators mobilite.cyclable_km_<family>). */
        FamilyLengths: {
            /** Format: double */
            enService: number;
            family: string;
            label: string;
        };
        FinessSkipped: {
            /**
             * Format: int32
             * @description Establishments of a category the observatory does not follow (nursing homes, laboratories...).
             */
            otherCategory: number;
            /**
             * Format: int32
             * @description Establishments in a commune the observatory does not hold.
             */
            outsideObservatory: number;
        };
        FitQuality: {
            /**
             * Format: double
             * @description Linear: the change per year, in the indicator's unit.
             */
            annualChange: number | null;
            /**
             * Format: double
             * @description Compound: the growth rate per year (0.012 = +1.2 %/year).
             */
            annualGrowth: number | null;
            /**
             * Format: double
             * @description The band's probability: a new value would fall in it 95 times out of 100 if the dynamics held.
             */
            confidence: number;
            /** Format: double */
            lower: number | null;
            /**
             * Format: double
             * @description Typical gap between an observed value and the model, in the indicator's unit.
             */
            rmse: number;
            /**
             * Format: double
             * @description Share of the observed values' variance the model reproduces (1 = all of it).
             */
            rSquared: number;
            /** Format: double */
            upper: number | null;
        };
        /** @description Named class bounds: the first lower bound, the inner breaks, the last upper bound, strictly increasing. */
        FixedClasses: {
            /** @description 3 to 10 bounds (2 to 9 classes); values outside them join the first or the last class. */
            breaks: number[];
            /** @description What the classes are called in the legend ("Classes du rapport d'activité 2024"). */
            name: string;
        };
        GetAccountsResponse: {
            /** @description The comparison territory's accounts (null with compare=none). */
            comparison: components["schemas"]["TerritoryAccounts"] | null;
            labels: components["schemas"]["AccountLabels"];
            /** @description The territory's accounts. */
            territory: components["schemas"]["TerritoryAccounts"];
        };
        GetAuditLogResponse: {
            items: components["schemas"]["AuditItem"][];
        };
        GetBreaksResponse: {
            indicator: components["schemas"]["IndicatorSummary"];
            legend: components["schemas"]["Legend"];
            level: string;
            period: string;
            within: string | null;
        };
        GetBriefHistoryResponse: {
            /** @description Every version, newest first (empty while none is written). */
            items: components["schemas"]["BarometerBrief"][];
            quarter: string;
            territory: string;
        };
        GetCentralityResponse: {
            /** @description Its active cells by activity at the latest survey, in the nomenclature's order (0 included). */
            byActivity: components["schemas"]["ActivityCount"][];
            commune: components["schemas"]["CommuneRef"];
            /** @description Its contour: a GeoJSON MultiPolygon (longitude, latitude); null when it has none. */
            geometry: Record<string, never> | null;
            /** @description Its figures at every survey that covers it, oldest first. */
            history: components["schemas"]["HistoryPoint"][];
            id: string;
            kind: string;
            kindLabel: string;
            /** @description Its figures at the newest survey that covers it; null if none does. */
            latest: components["schemas"]["CentralityFigures"] | null;
            name: string;
            /** @description The other centralities of its programmes, lowest vacancy first (none for a centrality in no programme). */
            peers: components["schemas"]["Peer"][];
            programmes: components["schemas"]["ProgrammeRef"][];
        };
        GetCollectionsResponse: {
            collections: components["schemas"]["CollectionDescription"][];
            links: components["schemas"]["Link"][];
        };
        GetComparisonResponse: {
            indicator: components["schemas"]["IndicatorSummary"];
            period: string;
            references: components["schemas"]["Reference"][];
            territory: components["schemas"]["Subject"];
        };
        GetConformanceResponse: {
            conformsTo: string[];
        };
        GetConsumptionResponse: {
            territory: string;
            years: components["schemas"]["YearConsumption"][];
        };
        GetCycleNetworkResponse: {
            families: components["schemas"]["FamilyLengths"][];
            /**
             * Format: double
             * @description km of facility in service, side by side (the indicator mobilite.cyclable_km).
             */
            inServiceKm: number;
            /**
             * Format: double
             * @description km in service per 1,000 inhabitants; null without population.
             */
            kmPerThousand: number | null;
            /** @description Its name. */
            name: string;
            /**
             * Format: int32
             * @description Its population (the referential's municipal population).
             */
            population: number | null;
            priorityRoutes: components["schemas"]["PriorityRouteItem"][];
            /**
             * Format: double
             * @description Share of the priority routes built over the territory, in % (Σ built / Σ planned); null without one.
             */
            priorityShare: number | null;
            /**
             * Format: int32
             * @description Segments with a side in the territory.
             */
            segments: number;
            statuses: components["schemas"]["StatusLengths"][];
            /** @description The territory's id. */
            territory: string;
            /** @description Every facility type of the schema but AUCUN, in the schema's order, with its km by status. */
            types: components["schemas"]["TypeLengths"][];
        };
        GetDatasetsResponse: {
            facets: components["schemas"]["DatasetFacets"];
            items: components["schemas"]["DatasetSummary"][];
            /**
             * Format: int32
             * @description How many datasets match (before limit and offset).
             */
            total: number;
        };
        GetDecilesResponse: {
            /** @description The territory asked, then its département and its région. */
            territories: components["schemas"]["DistributionColumn"][];
            /**
             * Format: int32
             * @description The fewest fiscal households a published figure rests on (11).
             */
            threshold: number;
            /**
             * Format: int32
             * @description The vintage shown.
             */
            year: number;
            /** @description The vintages with a distribution. */
            years: number[];
        };
        GetDemographyResponse: {
            companies: components["schemas"]["YearFigure"];
            companiesBySector: components["schemas"]["SectorCompanies"][];
            creations: components["schemas"]["YearFigure"];
            failures: components["schemas"]["YearFigure"];
            failuresByProcedure: components["schemas"]["ProcedureFailures"][];
            /**
             * Format: double
             * @description The year's failures in base 100 in 2013: the territory's sum ÷ its sum of 2013 × 100 (the series: GET /api/v1/indicators/emploi.defaillances/series?index=2013).
             */
            failuresIndex: number | null;
            /** Format: int32 */
            indexBaseYear: number;
            /** @description Sectors ranked by the year's failures, most hit first. */
            mostHitSectors: components["schemas"]["SectorFailures"][];
            survival: components["schemas"]["Survival"];
            territory: components["schemas"]["TerritoryRef"];
            /** Format: int32 */
            year: number;
            years: number[];
        };
        GetEvaluationProjectsResponse: {
            /** @description Every project, the most recent first. */
            items: components["schemas"]["EvaluationProjectItem"][];
        };
        GetFailuresBarometerResponse: {
            byProcedure: components["schemas"]["FailureBreakdown"][];
            bySector: components["schemas"]["FailureBreakdown"][];
            bySize: components["schemas"]["FailureBreakdown"][];
            inDifficulty: components["schemas"]["CompaniesInDifficulty"];
            /** @description The semester holds the latest quarter loaded, whose late judgments are still coming in. */
            provisional: boolean;
            /** @description The semester's two quarters. */
            quarters: string[];
            semester: string;
            /** @description Every semester with data, oldest first. */
            semesters: string[];
            sources: string[];
            territory: components["schemas"]["BarometerTerritory"];
            total: components["schemas"]["FailureTotal"];
        };
        GetHealthResponse: {
            /** @description Territories by level. */
            counts: {
                [key: string]: number;
            };
            /** @description reachable or unreachable. */
            database: string;
            /** @description The last migration applied. */
            schemaVersion: string | null;
            /** @description ok, or degraded while the database cannot be reached. */
            status: string;
        };
        GetHotSpotsResponse: {
            items: components["schemas"]["HotSpot"][];
            /** Format: int32 */
            minAccidents: number;
            /** Format: double */
            radiusM: number;
        };
        GetImportResponse: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["ImportBy"];
            /** Format: int32 */
            durationMs: number;
            file: components["schemas"]["ImportFile"];
            /** Format: int64 */
            id: number;
            /** @description The indicators whose values it wrote, when the import records them (a values import); else null. */
            indicators: string[] | null;
            module: string;
            outcome: string;
            /** Format: int64 */
            previousImport: number | null;
            /** Format: int32 */
            problems: number;
            /** @description A refused file's problems, the first 100 at most (empty for an import that went through). */
            report: components["schemas"]["ReportLine"][];
            rows: components["schemas"]["ImportCounts"];
            target: string;
        };
        GetImportsResponse: {
            items: components["schemas"]["ImportEntry"][];
            /** Format: int32 */
            limit: number;
            links: components["schemas"]["PageLinks"];
            /** Format: int32 */
            offset: number;
            /** Format: int64 */
            total: number;
        };
        GetIndicatorResponse: {
            /** @description Levels values can be asked for. */
            aggregableLevels: string[];
            /** @description What is counted, and how. */
            definition: string;
            indicator: components["schemas"]["IndicatorSummary"];
            links: components["schemas"]["IndicatorLinks"];
            /** @description Periods with data, chronological. */
            periods: string[];
            /**
             * Format: double
             * @description For ratios: value = scale × numerator / denominator.
             */
            ratioScale: number;
            /**
             * Format: double
             * @description Figures resting on fewer units are secret.
             */
            secrecyThreshold: number | null;
            /** @description Levels with stored values; the other levels are aggregated when the rule allows it. */
            storedLevels: string[];
            /** @description For weighted means: the indicator used as weight. */
            weightIndicator: string | null;
        };
        GetIndicatorsResponse: {
            items: components["schemas"]["IndicatorSummary"][];
            /** Format: int32 */
            total: number;
        };
        GetKeyFiguresResponse: {
            /** @description The asked territory, then the département and the région it lies in: the columns of every figure. */
            territories: components["schemas"]["TerritoryRef"][];
            territory: components["schemas"]["TerritoryRef"];
            themes: components["schemas"]["HealthKeyFigureTheme"][];
        };
        GetKeysResponse: {
            items: components["schemas"]["KeyItem"][];
        };
        GetLandingResponse: {
            description: string;
            links: components["schemas"]["Link"][];
            title: string;
        };
        GetLiveResponse: {
            /** @description Always live: the process answers. */
            status: string;
        };
        GetLotsResponse: {
            /** Format: date-time */
            asOf: string | null;
            items: components["schemas"]["LotItem"][];
            /** Format: int32 */
            park: number;
        };
        GetMeResponse: {
            /** @description Whether the role may write (inside its scope). */
            editor: boolean;
            /** Format: int32 */
            keyId: number | null;
            /** @description The key's holder, as the agency named it. */
            name: string;
            /** @description partner_reader, partner_editor, agency_editor or admin. */
            role: string;
            /** @description Territories the key is limited to; empty: all (always so for agency_editor and admin, which cannot have a scope). */
            scope: string[];
            /** @description The communes of the scope (empty when the scope is unlimited): an object lying in one of them is in scope. */
            scopeCommunes: string[];
        };
        GetNpnruProgrammesResponse: {
            items: components["schemas"]["NpnruProgrammeSummary"][];
        };
        GetObservatoriesResponse: {
            items: components["schemas"]["ObservatoryItem"][];
        };
        GetObservatoryResponse: {
            description: string;
            /** @description The observatory's map layers: ids of OGC API Features collections (/ogc/collections/{id}). */
            layers: string[];
            name: string;
            slug: string;
            themes: components["schemas"]["Theme"][];
        };
        GetParksResponse: {
            items: components["schemas"]["ParkFigures"][];
            totals: components["schemas"]["Totals"];
        };
        GetPduResponse: {
            /** @description Every objective, in the plan's order. */
            objectives: components["schemas"]["PduObjectiveStanding"][];
            summary: components["schemas"]["MidTermSummary"];
            /**
             * Format: double
             * @description How far from the straight path, in share of the way, still counts as on track (0.1 = 10 points).
             */
            tolerance: number;
        };
        GetPeerGroupsResponse: {
            items: components["schemas"]["PeerGroup"][];
        };
        GetPlhResponse: {
            /** @description The territory's objectives, in the programme's order. */
            objectives: components["schemas"]["PlhObjectiveStanding"][];
            summary: components["schemas"]["PlhSummary"];
            territory: components["schemas"]["TerritoryRef"];
            /**
             * Format: double
             * @description How far from the expected share of the way, in share of the way, still counts as on track (0.1 = 10 points).
             */
            tolerance: number;
        };
        GetPriceDistributionResponse: {
            /**
             * @description Bars of at least 11 sales each, bounded by the zone's own quantiles (deciles when it has 110 sales or more), rounded
             *     to 10 €; the first open below and the last open above. Empty unless published.
             */
            bins: components["schemas"]["PriceBin"][];
            /**
             * Format: int32
             * @description The sales of the year and type in the zone; null when secret.
             */
            count: number | null;
            /** @description The count as shown: "248", or "< 11" when secret. */
            countLabel: string;
            label: string;
            /** Format: double */
            median: number | null;
            /** Format: double */
            q1: number | null;
            /** Format: double */
            q3: number | null;
            /** @description published, secret (fewer than 11 sales: no price, no bar) or no_sales. */
            status: string;
            territory: components["schemas"]["TerritoryRef"];
            type: string;
            /** Format: int32 */
            year: number;
        };
        GetPricesResponse: {
            /**
             * Format: int32
             * @description The communes whose sales count: those of the zone the observatory holds (the département: the agency's).
             */
            communes: number;
            /** Format: int32 */
            from: number;
            /**
             * Format: double
             * @description Prices are rounded to this many € per m² (10).
             */
            rounding: number;
            series: components["schemas"]["PriceSeries"][];
            territory: components["schemas"]["TerritoryRef"];
            /**
             * Format: int32
             * @description The fewest sales a published figure rests on (11).
             */
            threshold: number;
            /** Format: int32 */
            to: number;
        };
        GetProfileResponse: {
            observatories: components["schemas"]["ObservatoryFigures"][];
            references: components["schemas"]["TerritoryRef"][];
            territory: components["schemas"]["TerritoryRef"];
        };
        GetProjectionResponse: {
            fit: components["schemas"]["FitQuality"];
            indicator: components["schemas"]["IndicatorSummary"];
            method: components["schemas"]["MethodInfo"];
            /** @description The projection at the end of 2030 and of 2050 (or of the horizon), the years plans aim at. */
            milestones: components["schemas"]["ProjectedPoint"][];
            observed: components["schemas"]["ObservedPoint"][];
            projection: components["schemas"]["ProjectedPoint"][];
            /** @description Always "projection": a projection is never an indicator value, and is never stored. */
            status: string;
            /** @description The targets modules set for this indicator and territory (ZAN trajectory, energy objectives...). */
            targets: components["schemas"]["TargetReading"][];
            territory: components["schemas"]["TerritoryRef"];
            window: components["schemas"]["Window"];
        };
        GetQpvGapsResponse: {
            /** @description The commune it is compared with: where most of it lies (the most populous of its communes). */
            commune: components["schemas"]["QpvPlace"] | null;
            /** @description Every commune it lies in (a QPV may straddle two). */
            communes: components["schemas"]["QpvPlace"][];
            epci: components["schemas"]["QpvPlace"] | null;
            indicators: components["schemas"]["QpvIndicatorGaps"][];
            /** Format: int32 */
            population: number | null;
            qpv: components["schemas"]["QpvPlace"];
        };
        GetRankingResponse: {
            /** Format: int32 */
            from: number;
            indicator: string;
            items: components["schemas"]["RankedCommune"][];
            per: string;
            /** Format: int32 */
            to: number;
            within: string;
        };
        GetReadyResponse: {
            /**
             * Format: int32
             * @description How many migrations this build knows, all applied.
             */
            migrations: number;
            /**
             * @description Where this instance would send a read now: "primary", or "standby host:port" (the
             *                 Observatoires-Read-Server header's words). For an agency key only, as Servers.
             */
            reads: string | null;
            /** @description The last migration applied, the last this build knows. */
            schemaVersion: string;
            /**
             * @description The primary, then each standby reads may go to, with what keeps each from serving. For an agency
             *                 key only: host names, ports, replication positions and database errors are the operator's, not the public's.
             */
            servers: components["schemas"]["Server"][] | null;
            /**
             * @description "ready"; "read-only" while the primary does not answer and a standby serves the reads (writes and
             *                 requests with a key then get 503). Otherwise the answer is a 503 problem with the same servers.
             */
            status: string;
        };
        GetSeriesResponse: {
            /** Format: date-time */
            asOf: string | null;
            indexPeriod: string | null;
            indicator: components["schemas"]["IndicatorSummary"];
            series: components["schemas"]["Series"][];
        };
        GetSiteResponse: {
            /** @description The statuses the site may move to now. */
            allowedStatuses: string[];
            history: components["schemas"]["StatusStep"][];
            /** @description Mutability score 0–100 with each criterion's value, points (0–5), weight and contribution. */
            score: components["schemas"]["Score"];
            /** @description The characterisation sheet. */
            sheet: components["schemas"]["Site"];
            /** @description Suitability 0–100 of each vocation, best first. */
            vocations: components["schemas"]["VocationFit"][];
        };
        GetSitesResponse: {
            byStatus: components["schemas"]["StatusTotal"][];
            items: components["schemas"]["SiteItem"][];
            /** Format: int32 */
            total: number;
        };
        GetStationsResponse: {
            /** @description Its name. */
            name: string;
            /** @description Its stations, by passengers of their latest period (most first), then by name. */
            stations: components["schemas"]["StationItem"][];
            /** @description The territory's id. */
            territory: string;
            /** @description The territory's stations added up, period by period (counts summed, rates Σ ÷ Σ), oldest first. */
            totals: components["schemas"]["StationFigures"][];
            /** @description The totals' change from the period before the latest to the latest; null with fewer than two periods. */
            totalsChange: components["schemas"]["StationChange"] | null;
        };
        GetStreamsResponse: {
            /**
             * Format: int32
             * @description The first year of the series.
             */
            baseYear: number;
            /** @description True while a year shown is demo data. */
            demo: boolean;
            /** @description All streams: Σ tonnes × 1,000 ÷ inhabitants, year by year. */
            dmaKgPerInhabitant: components["schemas"]["YearValue"][];
            /** @description The EPCIs whose tonnages are added up. */
            epcis: string[];
            /**
             * Format: int64
             * @description Their population in the referential, the denominator of every kg per inhabitant.
             */
            population: number;
            /** @description Non-inert streams: Σ recovered ÷ Σ collected × 100, year by year. */
            recoveryRate: components["schemas"]["YearValue"][];
            source: string;
            streams: components["schemas"]["StreamFigures"][];
            targets: components["schemas"]["TargetFigures"][];
            territory: components["schemas"]["TerritoryRef"];
            /**
             * Format: int32
             * @description The latest year.
             */
            year: number;
            /** @description Every year with tonnages. */
            years: number[];
        };
        GetSurchauffeResponse: {
            /** @description Which sensitive buildings are in a hot spot, by commune, type and name. */
            buildingsInHotSpots: components["schemas"]["SurchauffeBuilding"][];
            coolIslands: components["schemas"]["SurchauffeExposure"];
            hotSpots: components["schemas"]["SurchauffeExposure"];
            /** @description The dates of that year's images. */
            imageDates: string[];
            /**
             * Format: double
             * @description The territory's gridded population (Σ of its communes' 200 m cells).
             */
            population: number;
            territory: components["schemas"]["TerritoryRef"];
            /**
             * Format: int32
             * @description The image's year; null when no zone is loaded (then every figure is zero).
             */
            year: number | null;
            /** @description Every image year loaded, newest first. */
            years: number[];
        };
        GetTensionResponse: {
            definition: string;
            /** @description True while the figures are demo data, not an imported survey. */
            demo: boolean;
            /** Format: int64 */
            difficult: number;
            /** @description The EPCIs whose tables are added up. */
            epcis: string[];
            occupations: components["schemas"]["OccupationTension"][];
            /** Format: int64 */
            projects: number;
            sectors: components["schemas"]["SectorTension"][];
            source: string;
            sourceUrl: string;
            /**
             * Format: double
             * @description All occupations: Σ difficult ÷ Σ projects × 100.
             */
            tensionIndex: number | null;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: int32 */
            year: number;
            years: number[];
        };
        GetTerritoriesResponse: {
            items: components["schemas"]["TerritorySummary"][];
            /** Format: int32 */
            limit: number;
            links: components["schemas"]["PageLinks"];
            /** Format: int32 */
            offset: number;
            /** Format: int64 */
            total: number;
        };
        GetTerritoryResponse: {
            /** @description [west, south, east, north] in longitude/latitude. */
            bbox: number[] | null;
            /** @description Number of member territories by level, e.g. {"commune": 100}. */
            childrenCounts: {
                [key: string]: number;
            };
            code: string;
            /**
             * Format: int32
             * @description How many communes it has in the COG, whether or not the referential holds them all
             *                 (childrenCounts): the Pas-de-Calais has 887, of which the agency's perimeter holds 318.
             */
            communeCount: number | null;
            /** @description synthetic (generated demo contours) or imported (real contours); null without contour. */
            geometrySource: string | null;
            /** Format: date-time */
            geometryUpdatedAt: string | null;
            id: string;
            level: string;
            links: components["schemas"]["TerritoryLinks"];
            name: string;
            /** @description The name after "de", "à" and where, as French says it: "de la CA de Béthune-Bruay…", "d’Arras", "du Pas-de-Calais". */
            names: components["schemas"]["TerritoryNames"];
            /** @description The territories it belongs to, finest first. */
            parents: components["schemas"]["ParentTerritory"][];
            /**
             * Format: int32
             * @description Population municipale légale (INSEE), as the reference package gives it.
             */
            population: number | null;
            /** @description Where the name, population and memberships come from. */
            sourceVintage: string;
        };
        GetTileMatrixSetsResponse: {
            links: components["schemas"]["Link"][];
            tileMatrixSets: components["schemas"]["TileMatrixSetItem"][];
        };
        /** @description Tileset metadata (OGC TMS 2.0): the tile URL template, its grid, where the data lies, and how tiles are thinned. */
        GetTilesetResponse: {
            boundingBox: components["schemas"]["BoundingBox"] | null;
            crs: string;
            dataType: string;
            description: string;
            layers: components["schemas"]["TilesetLayer"][];
            links: components["schemas"]["Link"][];
            tileMatrixSetLimits: components["schemas"]["TileMatrixLimits"][] | null;
            tileMatrixSetURI: string;
            title: string;
        };
        GetTilesetsResponse: {
            links: components["schemas"]["Link"][];
            tilesets: components["schemas"]["TilesetItem"][];
        };
        GetToileNeighbourhoodResponse: {
            /** @description Every flow leaving or reaching it that the caller sees (not a substation's supply of a site anonymised for it). */
            edges: components["schemas"]["ToileEdge"][];
            /** @description The nodes at the other end of those flows. */
            neighbours: components["schemas"]["ToileNode"][];
            /** @description The node, as the caller may see it. */
            node: components["schemas"]["ToileNode"];
        };
        GetToileResponse: {
            edges: components["schemas"]["ToileEdge"][];
            nodes: components["schemas"]["ToileNode"][];
            totals: components["schemas"]["ToileTotals"];
        };
        GetToileSynergiesResponse: {
            /** @description The candidates, largest exchangeable volume first. */
            items: components["schemas"]["SynergyCandidate"][];
            /** Format: double */
            maxDistanceKm: number;
            /** Format: double */
            minGwh: number;
        };
        GetValuesResponse: {
            /** Format: date-time */
            asOf: string | null;
            indicator: components["schemas"]["IndicatorSummary"];
            items: components["schemas"]["ValueItem"][];
            /** @description The territory given by within=, with its own figure. */
            parent: components["schemas"]["ParentFigure"] | null;
            period: string;
            /** Format: int32 */
            total: number;
        };
        /** @description The figures as the activity report states them: the latest consumption with its gas share, the latest production, the balance naming both years, the latest emissions. */
        Headline: {
            /** Format: double */
            consumptionGwh: number | null;
            /** Format: int32 */
            consumptionYear: number | null;
            decarbonisedBalance: components["schemas"]["DecarbonisedBalance"] | null;
            /** Format: double */
            emissionsKt: number | null;
            /** Format: int32 */
            emissionsYear: number | null;
            /** Format: double */
            gasShare: number | null;
            /** Format: double */
            productionGwh: number | null;
            /** Format: int32 */
            productionYear: number | null;
        };
        HealthKeyFigure: {
            code: string;
            /** Format: int32 */
            decimals: number;
            higherIsBetter: boolean | null;
            label: string;
            /** @description The latest period with a figure for the territory (a year). */
            period: string | null;
            unit: string;
            /** @description The territory first, then the département and the région, in the order of territories. */
            values: components["schemas"]["HealthKeyFigureValue"][];
        };
        HealthKeyFigureTheme: {
            /** @description The CLS theme's code (donnees_generales, offre_soins, demunis, jeunesse, sante_mentale). */
            code: string;
            indicators: components["schemas"]["HealthKeyFigure"][];
            label: string;
        };
        /** @description One territory's figure for the indicator's period. */
        HealthKeyFigureValue: {
            /** @description definitive, provisional, estimated, secret or restricted; null when there is no figure. */
            status: string | null;
            /** @description The territory's id (the asked territory, the département or the région). */
            territory: string;
            /**
             * Format: double
             * @description The figure; null when secret (fewer than 11 deaths, stays or patients behind it) or missing.
             */
            value: number | null;
        };
        HighRiskSmes: {
            /**
             * Format: double
             * @description SMEs in Nota-PME's classes 5 and 6; null unless ok.
             */
            companies: number | null;
            /** @description The quarter the scoring is taken at: the semester's last. */
            quarter: string;
            /**
             * Format: double
             * @description Their share of the scored SMEs, in percent; null unless ok.
             */
            share: number | null;
            /** @description ok, secret, restricted (partner data: Nota-PME is for partner keys whose scope covers the territory, and the agency) or missing. */
            status: string;
        };
        /** @description The centrality at one survey. */
        HistoryPoint: {
            /** Format: int64 */
            active: number;
            /** Format: int64 */
            cells: number;
            /** Format: double */
            foodShare: number | null;
            /** @description The survey's name. */
            label: string;
            /** Format: int32 */
            survey: number;
            /**
             * Format: date
             * @description Last day of its fieldwork.
             */
            surveyedTo: string;
            /** Format: double */
            vacancyRate: number;
            /** Format: int64 */
            vacant: number;
            /** Format: int64 */
            works: number;
        };
        HotSpot: {
            /** Format: int32 */
            accidents: number;
            communes: components["schemas"]["HotSpotCommune"][];
            /** Format: int32 */
            firstYear: number;
            /** Format: int32 */
            hospitalised: number;
            /** Format: int32 */
            killed: number;
            /**
             * Format: int32
             * @description Severity index: killed + seriously injured (hospitalised) in the hot spot's accidents.
             */
            ksi: number;
            /** Format: int32 */
            lastYear: number;
            /** Format: double */
            latitude: number;
            /** Format: int32 */
            lightlyInjured: number;
            /**
             * Format: double
             * @description The centroid of the hot spot's accidents (WGS 84).
             */
            longitude: number;
            /** @description Its accidents' national numbers. */
            numAcc: string[];
            /**
             * Format: int32
             * @description Accidents involving at least one pedestrian or cyclist.
             */
            pietonOuCycliste: number;
            /**
             * Format: int32
             * @description 1 for the worst: by severity index, then number of accidents.
             */
            rank: number;
            /**
             * Format: int32
             * @description How far its farthest accident is from the centroid, in metres.
             */
            spreadM: number;
        };
        HotSpotCommune: {
            id: string;
            name: string;
        };
        ImportAccidentsRequest: {
            /**
             * Format: binary
             * @description Or the four tables in one zip file, recognised by their names.
             */
            archive: string | null;
            /**
             * Format: binary
             * @description The caractéristiques table (carcteristiques-AAAA.csv).
             */
            caracteristiques: string | null;
            /**
             * Format: binary
             * @description The lieux table (lieux-AAAA.csv).
             */
            lieux: string | null;
            /**
             * Format: binary
             * @description The usagers table (usagers-AAAA.csv).
             */
            usagers: string | null;
            /**
             * Format: binary
             * @description The véhicules table (vehicules-AAAA.csv).
             */
            vehicules: string | null;
        };
        ImportAccidentsResponse: {
            /**
             * Format: int32
             * @description Accidents kept: those of the agency's communes.
             */
            accidents: number;
            files: string[];
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the files are the last ones imported, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Accidents of the files in communes outside the agency's territory, not kept.
             */
            outside: number;
            /**
             * Format: int32
             * @description Kept accidents the files give no coordinates for, placed at their commune's centre.
             */
            placedAtCommuneCentre: number;
            /**
             * Format: int32
             * @description Accidents of those years there were before (demo or imported), deleted.
             */
            replaced: number;
            /** Format: int32 */
            users: number;
            /** Format: int32 */
            vehicles: number;
            /** @description The years the files hold: each replaced whole. */
            years: number[];
        };
        ImportAccountsRequest: {
            /**
             * Format: binary
             * @description CSV in long format: territoire;annee;nature;secteur;vecteur;valeur (see the module's README).
             */
            file: string;
        };
        ImportAccountsResponse: {
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Account lines (or counts of installations) that were not stored before.
             */
            inserted: number;
            /**
             * Format: int32
             * @description Data lines read.
             */
            lines: number;
            /**
             * Format: int32
             * @description Territories whose indicators were recomputed.
             */
            territories: number;
            /**
             * Format: int32
             * @description Lines that replaced a stored one (its value, and its origin: this file).
             */
            updated: number;
        };
        ImportBy: {
            /**
             * Format: int32
             * @description The key's id; null for the command line.
             */
            id: number | null;
            /** @description key: an API key over HTTP; cli: ./observatoires import on the server. */
            kind: string;
            /** @description The key's name, or the system user who ran the command. */
            name: string;
        };
        /** @description What the import did to its target's rows; null where the importer has no such count (never guessed). */
        ImportCounts: {
            /**
             * Format: int64
             * @description Rows that were not there.
             */
            new: number | null;
            /**
             * Format: int64
             * @description Rows of the file left out (a refused file: null, nothing was written).
             */
            refused: number | null;
            /**
             * Format: int64
             * @description Stored rows such an importer deleted and replaced.
             */
            replaced: number | null;
            /**
             * Format: int64
             * @description Rows that were there and were changed or replaced.
             */
            revised: number | null;
            /**
             * Format: int64
             * @description Rows given as they were already stored.
             */
            unchanged: number | null;
            /**
             * Format: int64
             * @description Rows written by an importer that replaces a whole set (a year, a département), which knows neither new nor revised.
             */
            written: number | null;
        };
        ImportCycleFacilitiesRequest: {
            /**
             * Format: binary
             * @description A GeoJSON FeatureCollection to the "schéma de données des aménagements cyclables" (0.3.x), in the multipart field `file`.
             */
            file: string;
        };
        ImportCycleFacilitiesResponse: {
            /** @description The communes the file's segments lie in (commune:INSEE code). */
            communes: string[];
            /**
             * Format: int32
             * @description Segments deleted by replace=true.
             */
            deleted: number;
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Segments whose id_local was not stored.
             */
            inserted: number;
            /**
             * Format: int32
             * @description Segments in the file.
             */
            segments: number;
            /**
             * Format: int32
             * @description Segments that replaced the stored one of the same id_local.
             */
            updated: number;
        };
        ImportDvfSalesRequest: {
            /**
             * Format: binary
             * @description A DVF géolocalisées CSV (files.data.gouv.fr/geo-dvf: one département and year), in the multipart field `file`.
             */
            file: string;
        };
        ImportDvfSalesResponse: {
            /** @description The départements and years the file covers ("62/2023"): their stored sales were replaced. */
            covers: string[];
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Mutations read.
             */
            mutations: number;
            /**
             * Format: int32
             * @description Sales stored before (demo or imported) that the file's départements and years replaced.
             */
            replaced: number;
            /**
             * Format: int32
             * @description Sales of one house or flat kept, in the observatory's communes.
             */
            sales: number;
            /** @description Mutations left aside, by reason. */
            skipped: components["schemas"]["DvfSkipped"];
        };
        ImportEntry: {
            /**
             * Format: date-time
             * @description When the import ended.
             */
            at: string;
            by: components["schemas"]["ImportBy"];
            /**
             * Format: int32
             * @description How long the import took, in milliseconds.
             */
            durationMs: number;
            file: components["schemas"]["ImportFile"];
            /**
             * Format: int64
             * @description The entry (GET /api/v1/imports/{id}).
             */
            id: number;
            /** @description The indicators whose values it wrote, when the import records them (a values import; not a refused one); else null. */
            indicators: string[] | null;
            /** @description An observatory's slug, or platform. */
            module: string;
            /** @description imported; identical (the same file as the target's last successful import: nothing changed); refused (nothing changed). */
            outcome: string;
            /**
             * Format: int64
             * @description For an identical file: the import it repeats.
             */
            previousImport: number | null;
            /**
             * Format: int32
             * @description How many problems a refused file had (its report lists the first ones).
             */
            problems: number;
            rows: components["schemas"]["ImportCounts"];
            /** @description What the import writes, as the module's README names it. */
            target: string;
        };
        ImportFile: {
            /**
             * Format: int64
             * @description Its size.
             */
            bytes: number;
            /** @description The name its sender gave (without its path). */
            name: string;
            /** @description Its SHA-256, lowercase hex: the same file has the same. */
            sha256: string;
        };
        ImportFilosofiRequest: {
            /**
             * Format: binary
             * @description INSEE's Filosofi CSV of one level (CODGEO;NBMENFISC21;NBPERSMENFISC21;MED21;PIMP21;TP6021;D121;…;D921;RD21), in the multipart field `file`.
             */
            file: string;
        };
        ImportFilosofiResponse: {
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int64
             * @description Values new to the platform.
             */
            inserted: number;
            /** @description The level of its territories. */
            level: string;
            /**
             * Format: int32
             * @description Data lines read.
             */
            lines: number;
            /**
             * Format: int32
             * @description Lines of other territories (INSEE's files cover France), left aside.
             */
            outsideObservatory: number;
            /**
             * Format: int64
             * @description Values that replaced a different stored one (demo or an earlier import), kept in the history.
             */
            revised: number;
            /**
             * Format: int32
             * @description Cells INSEE marked secret ("s"), stored as secret.
             */
            secretCells: number;
            /**
             * Format: int32
             * @description Territories of the observatory whose figures were stored.
             */
            territories: number;
            /**
             * Format: int64
             * @description Values identical to the stored ones.
             */
            unchanged: number;
            /**
             * Format: int32
             * @description The vintage, from its columns' digits (NBMENFISC21: 2021).
             */
            year: number;
        };
        ImportFinessRequest: {
            /**
             * Format: binary
             * @description The FINESS extraction of establishments (etalab-cs1100507-stock-*.csv from data.gouv.fr), in the multipart field `file`.
             */
            file: string;
        };
        ImportFinessResponse: {
            /** @description The départements of the file's establishments. */
            departements: string[];
            /**
             * Format: int32
             * @description structureet lines read.
             */
            establishments: number;
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Points of the FINESS classes (centre_sante, msp, pharmacie, hopital) stored before in the file's départements, demo or imported.
             */
            replaced: number;
            /** @description Establishments left aside, by reason. */
            skipped: components["schemas"]["FinessSkipped"];
            /**
             * Format: int32
             * @description Establishments stored as care points (of a followed category, in the observatory's communes).
             */
            stored: number;
            /**
             * Format: int32
             * @description Stored ones without a geolocalisation line: in the tables, not on the map.
             */
            withoutPoint: number;
        };
        ImportHeatZonesRequest: {
            /**
             * Format: binary
             * @description The zones in the multipart field `file`: a GeoJSON FeatureCollection of Polygons or MultiPolygons (WGS 84) with the property `classe` (chaleur_forte, chaleur, fraicheur, fraicheur_forte, or their French labels) and an optional `libelle`.
             */
            file: string;
            /**
             * Format: date
             * @description The date of the surface-temperature image the zones come from (2022-07-19), in the multipart field `imageDate`; its year is the period of the indicators.
             */
            imageDate: string;
        };
        ImportInventoryRequest: {
            /**
             * Format: date
             * @description The date the inventory describes (2026-01-01), in the multipart field `asOf`; its year is the period of its indicators.
             */
            asOf: string;
            /**
             * Format: binary
             * @description Atout France's file of classified accommodation, geocoded by adresse.data.gouv.fr (CSV), in the multipart field `file`.
             */
            file: string;
            /** @description The inventory's name (Inventaire des hébergements au 1er janvier 2026), in the multipart field `label`. */
            label: string;
        };
        ImportInventoryResponse: {
            /**
             * Format: int32
             * @description Establishments the file does not cover (gîtes, chambres d'hôtes, unclassified ones) carried over from the previous inventory.
             */
            carriedOver: number;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}). */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Classified establishments read from the file.
             */
            imported: number;
            /** @description The new inventory. */
            inventory: components["schemas"]["TourismeInventory"];
            /**
             * Format: int32
             * @description Lines of the file in other communes, skipped.
             */
            skipped: number;
        };
        ImportNetworkRequest: {
            /**
             * Format: binary
             * @description The network's GeoJSON FeatureCollection in the multipart field `file` (properties nom, statut, type_element, source).
             */
            file: string;
        };
        ImportOutletsRequest: {
            /**
             * Format: binary
             * @description The inventory of outlets (CSV: nom, type, adresse, code_commune, longitude, latitude), in the multipart field `file`.
             */
            file: string;
            /** @description Where the inventory comes from (Recensement PAT CABBALR 2026), in the multipart field `source`. */
            source: string;
        };
        ImportOutletsResponse: {
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Outlets read from the file, now the layer's.
             */
            imported: number;
            /**
             * Format: int32
             * @description Outlets of the previous inventory (demo or imported) the file replaced.
             */
            replaced: number;
        };
        ImportPopulationCellsRequest: {
            /**
             * Format: binary
             * @description INSEE's Filosofi carroyé 200 m file in the multipart field `file` (CSV): its columns idcar_200m and ind are read, the others ignored.
             */
            file: string;
            /** @description The file's vintage (Filosofi 2019), in the multipart field `vintage`. */
            vintage: string;
        };
        /** @description How the ingestion log recorded an import, in the importer's answer. */
        ImportReceipt: {
            /**
             * Format: int64
             * @description The file's size.
             */
            bytes: number;
            /**
             * Format: int64
             * @description The log entry: GET /api/v1/imports/{id}.
             */
            id: number;
            /**
             * @description Whether the file is the last import's of this target (same SHA-256). It is applied all the same (its options and the
             *                 data may have changed since), except where a repeat would duplicate a dated vintage (then refused, 409).
             */
            identical: boolean;
            /** @description What happened, in a sentence. */
            message: string;
            /** @description imported, or identical: the same file as the last import of the same target (a partner's: its own), imported again. */
            outcome: string;
            /** @description For an identical file: the import it repeats. */
            previousImport: components["schemas"]["PreviousImport"] | null;
            /** @description The file's SHA-256, lowercase hex. */
            sha256: string;
        };
        ImportSensitiveBuildingsRequest: {
            /**
             * Format: binary
             * @description The buildings in the multipart field `file`: CSV identifiant;nom;type;commune;adresse;lon;lat, or a GeoJSON FeatureCollection of Points with the same properties.
             */
            file: string;
        };
        ImportStationFiguresRequest: {
            /**
             * Format: binary
             * @description CSV gare;annee;voyageurs;trains_jour_ouvre;places_parking;vehicules_stationnes;places_velo;velos_stationnes, in the multipart field `file`.
             */
            file: string;
        };
        ImportStationFiguresResponse: {
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Station-years read.
             */
            lines: number;
            /**
             * Format: int32
             * @description Station-years that had no figures.
             */
            new: number;
            /**
             * Format: int32
             * @description Station-years whose figures the file replaced (demo or imported).
             */
            replaced: number;
        };
        ImportSurveyRequest: {
            /**
             * Format: binary
             * @description The survey file in the multipart field `file`: CSV cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur, or a GeoJSON FeatureCollection of Points with the same properties.
             */
            file: string;
            /** @description The survey's name (Relevé terrain 2025), in the multipart field `label`. */
            label: string;
            /**
             * Format: date
             * @description First day of the fieldwork (2025-03-01), in the multipart field `surveyedFrom`.
             */
            surveyedFrom: string;
            /**
             * Format: date
             * @description Last day of the fieldwork, in the multipart field `surveyedTo`; its year is the period of the survey's indicators.
             */
            surveyedTo: string;
        };
        ImportTensionRequest: {
            /**
             * Format: binary
             * @description CSV epci;annee;metier;libelle;secteur;projets;difficiles;saisonniers (see the module's README), in the multipart field `file`.
             */
            file: string;
        };
        ImportTensionResponse: {
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Data lines read (occupations).
             */
            lines: number;
            /**
             * Format: int32
             * @description Rows of those tables there were before (demo or imported), deleted.
             */
            replaced: number;
            /** @description The EPCI-year tables the file holds, each replaced whole. */
            tables: string[];
        };
        ImportTonnagesRequest: {
            /**
             * Format: binary
             * @description CSV annee;territoire;flux;tonnes_collectees;tonnes_valorisees (see the module's README), in the multipart field `file`.
             */
            file: string;
        };
        ImportTonnagesResponse: {
            /** @description The file's name as sent. */
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Data lines read (one per year, EPCI and stream).
             */
            lines: number;
            /**
             * Format: int32
             * @description Rows of those years there were before (demo or imported), deleted.
             */
            replaced: number;
            /** @description The EPCI-years the file holds ("epci:200069672 2024"), each replaced whole. */
            years: string[];
        };
        IndicatorLinks: {
            breaks: string;
            map: string;
            series: string;
            values: string;
        };
        /** @description The metadata that travels with every figure: what it is, its unit, its source and licence. */
        IndicatorSummary: {
            /** @description sum, ratio, weighted_mean or none. */
            aggregation: string;
            code: string;
            confidentiality: string;
            /** Format: int32 */
            decimals: number;
            /** @description The fixed class scheme its maps offer (method=fixed), when it has one. */
            fixedClasses: components["schemas"]["FixedClasses"] | null;
            /** @description null when neither direction is better. */
            higherIsBetter: boolean | null;
            label: string;
            licence: string;
            observatory: string;
            periodicity: string;
            source: string;
            sourceUrl: string | null;
            theme: string;
            unit: string;
        };
        KeyFigure: {
            /** @description Change over one period (a year, a quarter...). */
            changeOver1: components["schemas"]["Evolution"] | null;
            /** @description Change over five periods. */
            changeOver5: components["schemas"]["Evolution"] | null;
            /** @description For an aggregate: how many of the territory's communes had a value, out of how many it has. */
            coverage: components["schemas"]["Coverage"] | null;
            indicator: components["schemas"]["IndicatorSummary"];
            /** @description The latest period with data. */
            period: string;
            references: components["schemas"]["ReferenceGap"][];
            status: string | null;
            /** Format: double */
            value: number | null;
        };
        KeyItem: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            expiresOn: string | null;
            /** Format: int32 */
            id: number;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** @description The first characters of the key (obs_XXXXXXXX), to recognise it; the key itself is never kept. */
            prefix: string;
            role: string;
            /** @description Territories the key is limited to; empty: all (only partner keys have one). */
            scope: string[];
            status: string;
        };
        Legend: {
            breaks: number[];
            classes: components["schemas"]["ClassItem"][];
            counts: components["schemas"]["Counts"];
            method: string;
            /**
             * Format: double
             * @description The value a diverging palette is centred on; null for a sequential one.
             */
            midpoint: number | null;
            noDataColour: string;
            /**
             * @description Blues (sequential: counts, sums, shares, means) or, around a midpoint the indicator declares
             *                 (a change rate around 0), RdBu / RdBu-reversed (diverging: blue above the midpoint, or on the better side).
             */
            palette: string;
            /** @description For method fixed: the name of the indicator's class scheme. */
            scheme: string | null;
            secretColour: string;
        };
        /** @description A link of OGC API responses. */
        Link: {
            href: string;
            rel: string;
            templated: boolean;
            title: string | null;
            type: string;
        };
        /** @description A version of a lot (the current one unless read as of a date), with its park's commune and EPCI. */
        Lot: {
            /** Format: double */
            areaHa: number;
            changedBy: string | null;
            communeId: string;
            epciId: string | null;
            /** @description The lot's version as an ETag: what If-Match must send back to change it. */
            eTag: string;
            /** Format: int32 */
            id: number;
            occupantName: string | null;
            occupantSiret: string | null;
            /** Format: int32 */
            splitFrom: number | null;
            status: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            version: number;
            /** Format: int32 */
            zaeId: number;
            zaeName: string;
        };
        LotItem: {
            /** Format: double */
            areaHa: number;
            eTag: string;
            /** Format: int32 */
            id: number;
            /** @description Partner-level: only for partners whose scope holds the park, and the agency. */
            occupantName: string | null;
            occupantSiret: string | null;
            /** Format: int32 */
            splitFrom: number | null;
            status: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            version: number;
        };
        MethodInfo: {
            /** @description How it is computed, in a sentence (French, for the chart's note). */
            description: string;
            label: string;
            /** @description linear, compound or bounded. */
            name: string;
        };
        /** @description How many objectives stand where: the mid-term evaluation in one line. */
        MidTermSummary: {
            /** Format: int32 */
            achieved: number;
            /** Format: int32 */
            ahead: number;
            /** Format: int32 */
            behind: number;
            /** Format: int32 */
            noData: number;
            /**
             * Format: int32
             * @description Objectives listed.
             */
            objectives: number;
            /**
             * Format: int32
             * @description Those achieved, ahead or on track ("3 objectifs sur 5 dans la trajectoire").
             */
            onCourse: number;
            /** Format: int32 */
            onTrack: number;
        };
        /** @description One month's occupancy. */
        MonthOccupancy: {
            /** @description The month (2024-08). */
            month: string;
            /**
             * Format: int64
             * @description Nights offered.
             */
            nightsOffered: number;
            /**
             * Format: int64
             * @description Nights sold.
             */
            nightsSold: number;
            /**
             * Format: double
             * @description Nights sold ÷ nights offered × 100, one decimal.
             */
            rate: number;
        };
        NetworkImport: {
            file: string;
            /** @description The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this network, then nothing changed. */
            import: components["schemas"]["ImportReceipt"] | null;
            /**
             * Format: int32
             * @description Elements the file added.
             */
            imported: number;
            network: string;
            /**
             * Format: int32
             * @description Pending change requests on the replaced elements: they can no longer be accepted, only rejected.
             */
            pendingRequests: number;
            /**
             * Format: int32
             * @description Elements of the network the import replaced (kept with their history).
             */
            retired: number;
        };
        /** @description Nights sold and offered over some months, and the occupancy rate they give. */
        Nights: {
            /**
             * Format: int64
             * @description Nights offered (rooms or pitches open × nights).
             */
            nightsOffered: number;
            /**
             * Format: int64
             * @description Nights sold (rooms or pitches occupied × nights).
             */
            nightsSold: number;
            /**
             * Format: double
             * @description Occupancy rate in %: Σ nights sold ÷ Σ nights offered × 100, one decimal.
             */
            rate: number;
        };
        /** @description A figure at T0, at the latest year, and the change between them (latest − T0). */
        NpnruChangeSinceT0: {
            /** Format: double */
            atT0: number | null;
            /** Format: double */
            change: number | null;
            /** Format: double */
            latest: number | null;
        };
        NpnruIndicatorChange: {
            code: string;
            /** @description The communes its QPVs lie in, together (Σ ÷ Σ), or the one commune. */
            commune: components["schemas"]["NpnruChangeSinceT0"];
            /** Format: int32 */
            decimals: number;
            epci: components["schemas"]["NpnruChangeSinceT0"];
            /** @description Whether the gap to the EPCI is smaller (in size) at the latest year than at T0; null when one is missing. */
            gapNarrowed: boolean | null;
            /** @description The same against the commune(s). */
            gapToCommuneNarrowed: boolean | null;
            /**
             * Format: double
             * @description Programme − EPCI at T0.
             */
            gapToEpciAtT0: number | null;
            /**
             * Format: double
             * @description Programme − EPCI at the latest year.
             */
            gapToEpciLatest: number | null;
            /** @description points for a rate in %, else the indicator's unit. */
            gapUnit: string;
            higherIsBetter: boolean | null;
            label: string;
            latest: string | null;
            /** @description Its QPVs together: Σ numerators ÷ Σ denominators for a rate; a median only for a single QPV. */
            programme: components["schemas"]["NpnruChangeSinceT0"];
            t0: string;
            theme: string;
            unit: string;
        };
        NpnruProgrammeEvaluation: {
            communes: components["schemas"]["QpvPlace"][];
            demo: boolean;
            epci: components["schemas"]["QpvPlace"];
            id: string;
            indicators: components["schemas"]["NpnruIndicatorChange"][];
            name: string;
            qpvs: components["schemas"]["QpvPlace"][];
            /** Format: int32 */
            t0Year: number;
            /**
             * Format: int32
             * @description What If-Match names (the ETag header: "npnru-{id}-v{version}").
             */
            version: number;
        };
        NpnruProgrammeSummary: {
            demo: boolean;
            epci: string;
            id: string;
            name: string;
            /** @description Its QPVs' ids (qpv:code). */
            qpvs: string[];
            /** Format: int32 */
            t0Year: number;
            /** Format: int32 */
            version: number;
        };
        ObservatoryFigures: {
            figures: components["schemas"]["KeyFigure"][];
            name: string;
            slug: string;
        };
        ObservatoryItem: {
            description: string;
            href: string;
            /** Format: int32 */
            indicatorCount: number;
            name: string;
            slug: string;
        };
        ObservedPoint: {
            /**
             * Format: double
             * @description The model's value at an observed period.
             */
            fitted: number;
            period: string;
            status: string | null;
            /** Format: double */
            value: number;
        };
        OccupationTension: {
            /** Format: int64 */
            difficult: number;
            label: string;
            occupation: string;
            /** Format: int64 */
            projects: number;
            /**
             * Format: int32
             * @description 1 for the highest tension index among occupations with at least 10 projects; null below (too few to say).
             */
            rank: number | null;
            /**
             * Format: int64
             * @description Projects for seasonal work.
             */
            seasonal: number;
            sector: string;
            sectorLabel: string;
            /**
             * Format: double
             * @description Difficult ÷ projects × 100.
             */
            tensionIndex: number | null;
        };
        OngoingProcedure: {
            /**
             * Format: int32
             * @description Companies under the procedure at the end of the semester.
             */
            companies: number;
            label: string;
            procedure: string;
        };
        /** @description self/next/prev links of a limit/offset page, absolute, keeping every other query parameter. */
        PageLinks: {
            next: string | null;
            prev: string | null;
            self: string;
        };
        ParentFigure: {
            /**
             * @description For an aggregate: how many of its communes had a value, out of how many it has (partial for
             *                 the département or the région of an indicator measured in the agency's perimeter only).
             */
            coverage: components["schemas"]["Coverage"] | null;
            status: string | null;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: double */
            value: number | null;
        };
        ParentTerritory: {
            code: string;
            id: string;
            level: string;
            name: string;
            /** @description The name after "de", "à" and where: "du Pas-de-Calais", "au Pas-de-Calais", "dans le Pas-de-Calais". */
            names: components["schemas"]["TerritoryNames"];
        };
        /**
         * @description The land figures of parks: areas by lot status, occupancy rate, establishments. The same query serves the park
         *     list and, summed per commune, the observatory's indicators.
         */
        ParkFigures: {
            /** Format: double */
            availableHa: number;
            /** Format: double */
            brownfieldHa: number;
            communeId: string;
            epciId: string | null;
            /** Format: int32 */
            establishments: number;
            /** Format: int32 */
            id: number;
            /** Format: double */
            marketedHa: number;
            name: string;
            /**
             * Format: double
             * @description Occupied area over the area of the lots, in %.
             */
            occupancyRate: number | null;
            /** Format: double */
            occupiedHa: number;
            /** Format: double */
            reserveHa: number;
            /** Format: double */
            totalHa: number;
            type: string;
        };
        Part: {
            /** @description GeoJSON Polygon or MultiPolygon, longitude/latitude; leave it out with a cutLine. */
            geometry: unknown;
            /** @description The part's status; the original lot's when absent. */
            status: string | null;
        };
        PartPreview: {
            /** Format: double */
            areaHa: number;
            /** @description GeoJSON MultiPolygon of the part. */
            geometry: unknown;
            status: string;
        };
        PathYear: {
            /** Format: double */
            allowanceHa: number;
            /** Format: int32 */
            year: number;
        };
        /** @description The objective's starting point. */
        PduBaseline: {
            /** @description objective (given by the plan) or indicator (read from the indicator's value at T0). */
            source: string;
            /**
             * Format: double
             * @description The value at T0; null when the plan does not give it and the indicator has none for the territory.
             */
            value: number | null;
            /**
             * Format: int32
             * @description T0.
             */
            year: number;
        };
        /** @description The indicator that measures an objective. */
        PduIndicator: {
            code: string;
            /** Format: int32 */
            decimals: number;
            label: string;
            unit: string;
        };
        /** @description An objective of the mobility plan and where it stands. */
        PduObjectiveStanding: {
            baseline: components["schemas"]["PduBaseline"];
            /** @description Its code, as in the route /api/v1/mobilite/pdu/objectives/{code}. */
            code: string;
            /** @description A demo objective (invented for the demonstration, not the plan's). */
            demo: boolean;
            /** @description up or down: the way the indicator must move. */
            direction: string;
            /** @description Its version, as an entity tag: send it as If-Match to change or delete it. */
            etag: string;
            /**
             * Format: double
             * @description Share of the way the straight path has done at the latest year.
             */
            expectedProgress: number | null;
            /**
             * Format: double
             * @description The value on the straight path from the baseline to the target at the latest year.
             */
            expectedValue: number | null;
            /** @description The indicator that measures it; null when it is no longer in the catalogue. */
            indicator: components["schemas"]["PduIndicator"] | null;
            label: string;
            /** @description The latest value of the indicator for the territory, at T0 or after; null without one. */
            latest: components["schemas"]["PduPoint"] | null;
            /**
             * Format: double
             * @description Share of the way from the baseline to the target done (0.4 = 40 %; negative when the indicator moved the wrong way).
             */
            progress: number | null;
            /** @description The indicator's values for the territory, from T0 (or its first year) to the latest. */
            series: components["schemas"]["PduPoint"][];
            /** @description achieved, ahead, on_track, behind or no_data (the rule: GET /api/v1/mobilite/pdu). */
            status: string;
            /** @description The status in French: objectif atteint, en avance, dans la trajectoire, en retard, pas de donnée. */
            statusLabel: string;
            target: components["schemas"]["PduTarget"];
            territory: components["schemas"]["TerritoryRef"];
            /** Format: int32 */
            version: number;
        };
        /** @description The indicator's value for the objective's territory in one year (aggregated by the platform's engine). */
        PduPoint: {
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
        };
        /** @description What the objective aims at. */
        PduTarget: {
            /**
             * Format: double
             * @description The relative change from the baseline the plan sets (-0.5 for "halve it"); null when it sets a value.
             */
            change: number | null;
            /**
             * Format: double
             * @description The value aimed at (given, or the baseline × (1 + change)); null without a baseline.
             */
            value: number | null;
            /**
             * Format: int32
             * @description The horizon.
             */
            year: number;
        };
        /** @description Another centrality of the same programmes, with its vacancy rate at its latest survey (null: never surveyed). */
        Peer: {
            id: string;
            name: string;
            /** Format: double */
            vacancyRate: number | null;
        };
        /**
         * @description A group of similar EPCIs a territory (its subject) is compared with: groupement:pairs-cabbalr. Its figures are
         *     its members' recomputed (GET /api/v1/indicators/{code}/compare); the agency edits its members.
         */
        PeerGroup: {
            /** @description What If-Match must name to change it. */
            eTag: string;
            /** @description The group as a territory id (groupement:...), usable wherever a territory is. */
            id: string;
            /** @description Its EPCIs, by name. */
            members: components["schemas"]["PeerGroupMember"][];
            name: string;
            /** @description The territory these are the peers of. */
            subject: components["schemas"]["PeerGroupMember"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int32
             * @description Its version: the ETag is built from it, and a change must send it back as If-Match.
             */
            version: number;
        };
        /** @description A member of a peer group. */
        PeerGroupMember: {
            id: string;
            /** @description False for a reference EPCI, outside the agency's perimeter (no communes in the referential). */
            inPerimeter: boolean;
            name: string;
            /** Format: int32 */
            population: number | null;
        };
        PeerMember: {
            /**
             * Format: double
             * @description For a ratio: what the group's denominator sums.
             */
            denominator: number | null;
            /**
             * Format: double
             * @description For a ratio: what the group's numerator sums; null otherwise or when not shown.
             */
            numerator: number | null;
            status: string | null;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: double */
            value: number | null;
        };
        /** @description The indicator that measures an objective. */
        PlhIndicator: {
            code: string;
            /** Format: int32 */
            decimals: number;
            label: string;
            unit: string;
        };
        /** @description An objective of the PLH and where it stands. */
        PlhObjectiveStanding: {
            /** @description objective (given by the programme), indicator (read from it at T0), or null (yearly). */
            baselineSource: string | null;
            /**
             * Format: double
             * @description The value at T0 (trajectory; given by the programme or read from the indicator); null for a yearly objective or without one.
             */
            baselineValue: number | null;
            /**
             * Format: int32
             * @description T0: the baseline's year (trajectory), the programme's first year (yearly).
             */
            baselineYear: number;
            /** @description Its code, as in the route /api/v1/habitat/plh/objectives/{code}. */
            code: string;
            /** @description A demo objective (invented for the demonstration, not the programme's). */
            demo: boolean;
            /** @description up or down: the way the indicator must move. */
            direction: string;
            /**
             * Format: double
             * @description trajectory: the latest value; yearly: the sum of the yearly values since T0.
             */
            done: number | null;
            /** @description Its version, as an entity tag: send it as If-Match to change it. */
            etag: string;
            /**
             * Format: double
             * @description trajectory: the value on the straight path at the latest year; yearly: the target times the years elapsed.
             */
            expected: number | null;
            /**
             * Format: double
             * @description Share of the programme's years elapsed at the latest year.
             */
            expectedProgress: number | null;
            /** Format: int32 */
            horizonYear: number;
            /** @description The indicator that measures it; null when it is no longer in the catalogue. */
            indicator: components["schemas"]["PlhIndicator"] | null;
            /** @description trajectory (from the baseline at T0 to the target at the horizon) or yearly (the target every year from T0 to the horizon). */
            kind: string;
            label: string;
            /** @description The indicator's latest value for the territory, at T0 or after; null without one. */
            latest: components["schemas"]["PlhYearValue"] | null;
            /**
             * Format: double
             * @description Share of the way done (0.4 = 40 %; trajectory: from baseline to target, negative the wrong way; yearly: of the total).
             */
            progress: number | null;
            /** @description The indicator's yearly values for the territory, from T0 (or its first year) to the latest. */
            series: components["schemas"]["PlhYearValue"][];
            /** @description achieved, ahead, on_track, behind or no_data (the rule: GET /api/v1/habitat/plh/{territory}). */
            status: string;
            /** @description The status in French: objectif atteint, en avance, dans la trajectoire, en retard, pas de donnée. */
            statusLabel: string;
            /**
             * Format: double
             * @description yearly: the target times the programme's years (T0 to the horizon included); null for a trajectory.
             */
            targetTotal: number | null;
            /**
             * Format: double
             * @description trajectory: the value aimed at for the horizon; yearly: the quantity aimed at each year.
             */
            targetValue: number;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: int32 */
            version: number;
        };
        /** @description How many objectives stand where: the programme's review in one line. */
        PlhSummary: {
            /** Format: int32 */
            achieved: number;
            /** Format: int32 */
            ahead: number;
            /** Format: int32 */
            behind: number;
            /** Format: int32 */
            noData: number;
            /** Format: int32 */
            objectives: number;
            /**
             * Format: int32
             * @description Those achieved, ahead or on track.
             */
            onCourse: number;
            /** Format: int32 */
            onTrack: number;
        };
        /** @description The indicator's value for the objective's territory in one year (aggregated by the platform's engine). */
        PlhYearValue: {
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
        };
        Point: {
            /**
             * Format: double
             * @description Value × 100 / value at the base period, when index= is given.
             */
            index: number | null;
            period: string;
            status: string | null;
            /** Format: double */
            value: number | null;
            /**
             * Format: double
             * @description Relative change from the same period one year before (0.05 = +5 %).
             */
            yearOnYear: number | null;
        };
        PointGeometry: {
            coordinates: number[];
            type: string;
        };
        PreviousImport: {
            /**
             * Format: date-time
             * @description When it was imported.
             */
            at: string;
            /**
             * Format: int64
             * @description The import log's entry (GET /api/v1/imports/{id}).
             */
            id: number;
        };
        /** @description A bar of the distribution: the sales whose € per m² is in [from, to). */
        PriceBin: {
            /**
             * Format: int32
             * @description Sales in it: 11 or more.
             */
            count: number;
            /**
             * Format: double
             * @description Lower bound (€ per m², a multiple of 10); null for the first bar, open below.
             */
            from: number | null;
            /**
             * Format: double
             * @description Upper bound (excluded); null for the last bar, open above.
             */
            to: number | null;
        };
        /** @description A price statistic as published. */
        PriceFigure: {
            /**
             * Format: int32
             * @description The number of sales; null when secret.
             */
            count: number | null;
            /** @description The count as shown: "248", or "< 11" when secret. */
            countLabel: string;
            /**
             * Format: double
             * @description Median € per m² of built surface, rounded to 10 €; null unless published.
             */
            median: number | null;
            /**
             * Format: double
             * @description First quartile (25 % of the sales below it), rounded to 10 €; null unless published.
             */
            q1: number | null;
            /**
             * Format: double
             * @description Third quartile (75 % of the sales below it), rounded to 10 €; null unless published.
             */
            q3: number | null;
            /** @description published; secret (fewer than 11 sales: no price, the count only as "< 11"); no_sales. */
            status: string;
        };
        /** @description The prices of one type of dwelling: each year, and the whole period's sales together. */
        PriceSeries: {
            /** @description Maisons, Appartements. */
            label: string;
            /** @description The period's sales together (secret under 11 sales in all the years). */
            period: components["schemas"]["PriceFigure"];
            /** @description maison or appartement. */
            type: string;
            years: components["schemas"]["PriceYear"][];
        };
        /** @description One year's prices of one type of dwelling in the zone. */
        PriceYear: {
            /**
             * Format: int32
             * @description The number of sales; null when secret.
             */
            count: number | null;
            /** @description The count as shown: "248", or "< 11" when secret. */
            countLabel: string;
            /**
             * Format: double
             * @description Median € per m² of built surface, rounded to 10 €; null unless published.
             */
            median: number | null;
            /**
             * Format: double
             * @description First quartile, rounded to 10 €; null unless published.
             */
            q1: number | null;
            /**
             * Format: double
             * @description Third quartile, rounded to 10 €; null unless published.
             */
            q3: number | null;
            /** @description published; secret (fewer than 11 sales: no price, the count only as "< 11"); no_sales. */
            status: string;
            /** Format: int32 */
            year: number;
        };
        /** @description A commune's priority route: planned, built (its segments in service), share built. */
        PriorityRouteItem: {
            /** Format: double */
            builtKm: number;
            /** @description commune:INSEE code. */
            commune: string;
            communeName: string;
            /** @description The route's name, as its segments carry it in nom_loc. */
            name: string;
            /** Format: double */
            plannedKm: number;
            /**
             * Format: double
             * @description Share built, in % (built km capped at the planned length).
             */
            share: number;
        };
        /**
         * @description RFC9457 compatible problem details/ error response class. this can be used by configuring startup like so:
         *     app.UseFastEndpoints(c => c.Errors.UseProblemDetails())
         */
        ProblemDetails: {
            /** @description the details of the error */
            detail: string | null;
            errors: components["schemas"]["Error"][];
            /** @default /api/route */
            instance: string;
            /** @description The request's id, as in its X-Request-Id header and the server's logs: quote it when reporting a problem. */
            requestId: string;
            /**
             * Format: int32
             * @default 400
             */
            status: number;
            /** @default One or more validation errors occurred. */
            title: string;
            /** @default 0HMPNHL0JHL76:00000001 */
            traceId: string;
            /** @default https://www.rfc-editor.org/rfc/rfc7231#section-6.5.1 */
            type: string;
        };
        ProcedureFailures: {
            /** Format: double */
            failures: number | null;
            label: string;
            procedure: string;
            /**
             * Format: double
             * @description Share of the year's failures.
             */
            share: number | null;
        };
        ProductionAccounts: {
            /** @description Every source, the non-renewable thermal production included. */
            bySource: {
                [key: string]: number;
            };
            /**
             * Format: double
             * @description Heat produced from non-renewable energy: shown, not counted in the total.
             */
            nonRenewableThermalGwh: number;
            /**
             * Format: int32
             * @description Rooftop PV installations injecting on the grid, when counted.
             */
            rooftopPvInstallations: number | null;
            /**
             * Format: double
             * @description Renewable and recovered production (what the decarbonised balance counts).
             */
            totalGwh: number;
        };
        /** @description A programme's centralities together at one survey. */
        ProgrammeFigures: {
            /** Format: int64 */
            active: number;
            /** Format: int64 */
            cells: number;
            /**
             * Format: int32
             * @description Its centralities the survey covers.
             */
            centralities: number;
            /**
             * Format: double
             * @description Σ food outlets ÷ Σ active cells, in %; null without active cells.
             */
            foodShare: number | null;
            label: string;
            /** Format: int32 */
            survey: number;
            /** Format: date */
            surveyedTo: string;
            /**
             * Format: double
             * @description Σ vacant ÷ Σ cells of those centralities, in % (a ratio of sums, not a mean of their rates).
             */
            vacancyRate: number;
            /** Format: int64 */
            vacant: number;
            /** Format: int64 */
            works: number;
        };
        ProgrammeRef: {
            code: string;
            label: string;
        };
        ProjectedPoint: {
            /** Format: double */
            high: number;
            /**
             * Format: double
             * @description Bottom of the 95 % band.
             */
            low: number;
            period: string;
            /** Format: double */
            value: number;
        };
        /**
         * @example {
         *       "action": "add",
         *       "elementId": null,
         *       "network": "verte",
         *       "kind": "corridor",
         *       "name": "Haie de la rue des Écoles",
         *       "status": "a_creer",
         *       "source": null,
         *       "geometry": {
         *         "valueKind": 1
         *       },
         *       "comment": "Haie plantée en 2025 par la commune, relie le parc au cavalier."
         *     }
         */
        ProposeChangeRequest: {
            /**
             * @description add (a new element), modify (an element's geometry and/or attributes) or remove (an element).
             * @example add
             */
            action?: string;
            /**
             * @description Why the change is proposed, for the agency's review (1 to 2,000 characters).
             * @example Haie plantée en 2025 par la commune, relie le parc au cavalier.
             */
            comment: string;
            /**
             * Format: int32
             * @description The element to modify or remove (its id in the layers); absent for an addition.
             * @example null
             */
            elementId: number;
            /**
             * @description GeoJSON geometry in longitude/latitude, inside the caller's scope in the CALL (required for an addition; for a modification, absent when unchanged).
             * @example {
             *       "valueKind": 1
             *     }
             */
            geometry?: Record<string, never> | null;
            /**
             * @description The type of a new element: reservoir (a Polygon or MultiPolygon) or corridor (a LineString or MultiLineString).
             * @example corridor
             */
            kind: string;
            /**
             * @description The element's name (required for an addition; for a modification, absent when unchanged).
             * @example Haie de la rue des Écoles
             */
            name: string;
            /**
             * @description The network of a new element: verte, bleue, noire, agricole.
             * @example verte
             */
            network: string;
            /**
             * @description Where the geometry and attributes come from (a survey, a study); for an addition, the proposing partner by default.
             * @example null
             */
            source?: string | null;
            /**
             * @description The element's status: existant, a_preserver, a_restaurer, a_creer (required for an addition).
             * @example a_creer
             */
            status: string;
        };
        QpvIndicatorGaps: {
            code: string;
            /** Format: double */
            commune: number | null;
            /**
             * Format: double
             * @description Commune − EPCI at the latest year.
             */
            communeGapToEpci: number | null;
            /** Format: int32 */
            decimals: number;
            /** Format: double */
            epci: number | null;
            /**
             * Format: double
             * @description QPV − commune at the latest year (in points for a rate).
             */
            gapToCommune: number | null;
            /**
             * Format: double
             * @description QPV − EPCI at the latest year.
             */
            gapToEpci: number | null;
            /** @description points for a rate in %, else the indicator's unit. */
            gapUnit: string;
            higherIsBetter: boolean | null;
            label: string;
            /** @description The latest year with a figure for the QPV (null when it has none). */
            latest: string | null;
            /** Format: double */
            qpv: number | null;
            /** @description Every year, oldest first. */
            series: components["schemas"]["QpvYearFigures"][];
            theme: string;
            unit: string;
        };
        /** @description A territory as the observatory's answers name it. */
        QpvPlace: {
            /** @description level:code, e.g. qpv:QN06201M, commune:62119, epci:200072460. */
            id: string;
            name: string;
        };
        /** @description One year of an indicator: the QPV, its commune and its EPCI (null where there is no published figure). */
        QpvYearFigures: {
            /** Format: double */
            commune: number | null;
            /** Format: double */
            epci: number | null;
            period: string;
            /** Format: double */
            qpv: number | null;
        };
        RankedCommune: {
            commune: string;
            /** Format: double */
            consumedHa: number;
            /** Format: double */
            gain: number | null;
            name: string;
            /** Format: int32 */
            rank: number | null;
            /**
             * Format: double
             * @description Land take (m²) per new inhabitant or job; null when there was none (no gain, or a loss).
             */
            squareMetresPer: number | null;
        };
        Reference: {
            /**
             * @description For an aggregate: how many of its communes had a value, out of how many it has. The
             *                 département's or the région's figure of an indicator measured in the agency's perimeter only covers part of it.
             */
            coverage: components["schemas"]["Coverage"] | null;
            /**
             * Format: double
             * @description The territory's value minus the reference's, in the indicator's unit.
             */
            gap: number | null;
            /**
             * @description For a peer group: the EPCIs in it, each with its own figure (its value is computed from
             *                 theirs); null for any other reference.
             */
            members: components["schemas"]["PeerMember"][] | null;
            /**
             * Format: double
             * @description Gap relative to the reference's value (0.1 = 10 % above).
             */
            relativeGap: number | null;
            status: string | null;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: double */
            value: number | null;
        };
        ReferenceGap: {
            /**
             * @description For an aggregate: how many of the reference's communes had a value, out of how many it has.
             *                 The département's or the région's figure of an indicator measured in the agency's perimeter only covers part of it.
             */
            coverage: components["schemas"]["Coverage"] | null;
            /** Format: double */
            gap: number | null;
            status: string | null;
            territoryId: string;
            /** Format: double */
            value: number | null;
        };
        ReportLine: {
            /**
             * Format: int64
             * @description The file's line (or feature) the problem names; null for a problem of the whole file.
             */
            line: number | null;
            /** @description The problem, as the refusal listed it. */
            message: string;
        };
        /**
         * @example {
         *       "decision": "reject",
         *       "reason": "Ce tronçon figure déjà dans le corridor du cavalier minier."
         *     }
         */
        ReviewChangeRequestRequest: {
            /**
             * @description accept (the change is integrated into the layer at once) or reject.
             * @example reject
             */
            decision: string;
            /**
             * @description Why: required to reject (the partner reads it), optional note on an acceptance (up to 2,000 characters).
             * @example Ce tronçon figure déjà dans le corridor du cavalier minier.
             */
            reason: string | null;
        };
        /** @description What a score is read from: an indicator and the values its score runs between. */
        RiskBasis: {
            /** @description The indicator's code. */
            code: string;
            /**
             * Format: double
             * @description The value at which the score is 1 (0 when reversed).
             */
            high: number;
            /** @description The catalogue indicator; null when the caller may not see it. */
            indicator: components["schemas"]["TransitionsIndicator"] | null;
            /**
             * Format: double
             * @description The value at which the score is 0 (1 when reversed).
             */
            low: number;
            /** @description The year read, the indicator's latest; null without values or when the caller may not see the indicator. */
            period: string | null;
            /** @description A lower value means more exposure or vulnerability. */
            reversed: boolean;
        };
        /** @description A cell: a territory's exposure and vulnerability to a risk, and their product. */
        RiskCell: {
            /** @description faible (below 0.1), modéré (below 0.25), fort (below 0.5), très fort; null without a score. */
            class: string | null;
            /**
             * Format: double
             * @description Its score in [0, 1].
             */
            exposure: number | null;
            /**
             * Format: double
             * @description The exposure indicator's value; null without one or when withheld.
             */
            exposureValue: number | null;
            /** @description The risk's code. */
            risk: string;
            /**
             * Format: double
             * @description Exposure × vulnerability, in [0, 1]; null when either is missing or withheld.
             */
            score: number | null;
            /** @description scored, no_data, or restricted (réservé: a figure the caller may not see; the score is then not given). */
            status: string;
            /**
             * Format: double
             * @description Its score in [0, 1].
             */
            vulnerability: number | null;
            /**
             * Format: double
             * @description The vulnerability indicator's value; null without one or when withheld.
             */
            vulnerabilityValue: number | null;
        };
        /** @description A class of the score: from (included) to (excluded; the last includes 1). */
        RiskClass: {
            /** Format: double */
            from: number;
            label: string;
            /** Format: double */
            to: number;
        };
        /** @description A risk (a column of the matrix), how it is scored and why. */
        RiskColumn: {
            code: string;
            exposure: components["schemas"]["RiskBasis"];
            label: string;
            rationale: string;
            vulnerability: components["schemas"]["RiskBasis"];
        };
        /** @description A territory (a row of the matrix) and its cells, in the order of the risks. */
        RiskRow: {
            cells: components["schemas"]["RiskCell"][];
            territory: components["schemas"]["TerritoryRef"];
        };
        Score: {
            breakdown: components["schemas"]["ScoreLine"][];
            /** Format: double */
            value: number;
        };
        ScoreLine: {
            /**
             * Format: double
             * @description Points of the 0–100 score this criterion brings: weight × points / (5 × Σ weights) × 100.
             */
            contribution: number;
            criterion: string;
            label: string;
            /** Format: int32 */
            points: number;
            value: string;
            /** Format: double */
            weight: number;
        };
        /**
         * @example {
         *       "weights": {
         *         "pollution": 5,
         *         "station_access": 3
         *       }
         *     }
         */
        ScoreWhatIfRequest: {
            /**
             * @description Weights to try, by criterion (pollution, ownership, buildings, planning_zone, road_access, station_access, constraints, area); the others keep their current weight.
             * @example {
             *       "pollution": 5,
             *       "station_access": 3
             *     }
             */
            weights: {
                [key: string]: number;
            };
        };
        ScoreWhatIfResponse: {
            sites: components["schemas"]["SiteScore"][];
            weights: {
                [key: string]: number;
            };
        };
        SectorCompanies: {
            /** Format: double */
            companies: number | null;
            label: string;
            nafSections: string;
            sector: string;
            /**
             * Format: double
             * @description Share of the territory's companies (0.3 = 30 %).
             */
            share: number | null;
        };
        SectorFailures: {
            /**
             * Format: double
             * @description Relative change from the year before; null when it had none.
             */
            change: number | null;
            /** Format: double */
            failures: number | null;
            label: string;
            nafSections: string;
            /** Format: double */
            previous: number | null;
            /**
             * Format: int32
             * @description 1 for the sector with the most failures in the year (ties by the larger rise, then by name).
             */
            rank: number;
            sector: string;
            /**
             * Format: double
             * @description Share of the year's failures.
             */
            share: number | null;
        };
        SectorTension: {
            /** Format: int64 */
            difficult: number;
            label: string;
            /** Format: int64 */
            projects: number;
            sector: string;
            /**
             * Format: double
             * @description Difficult ÷ projects × 100: the share of recruitment projects judged difficult.
             */
            tensionIndex: number | null;
        };
        SemesterChange: {
            /**
             * Format: int32
             * @description This semester's count minus that one.
             */
            change: number;
            /**
             * Format: double
             * @description Relative change in percent (2 decimals); null when that count is 0.
             */
            changePercent: number | null;
            /** Format: int32 */
            failures: number;
            /** @description The semester compared with. */
            semester: string;
        };
        Series: {
            /**
             * Format: double
             * @description Compound annual growth rate between the first and last published values (0.012 = +1.2 %/year).
             */
            annualGrowth: number | null;
            /**
             * @description For an aggregate, at its latest period with a value: how many of its communes had one, out of
             *                 how many it has (the département's series of an indicator measured in the agency's perimeter only covers part of it).
             */
            coverage: components["schemas"]["Coverage"] | null;
            points: components["schemas"]["Point"][];
            territory: components["schemas"]["TerritoryRef"];
        };
        Server: {
            /** @description "primary", or a standby as ConnectionStrings:ObservatoiresRead lists it (host:port). */
            name: string;
            /**
             * @description What keeps the server from serving this instance's reads (unreachable, migrations pending, not in
             *                 recovery...); null when it can.
             */
            problem: string | null;
            /** @description A standby's replay position in the primary's WAL (e.g. "0/3A2B1C8"), when it answered. */
            replayed: string | null;
            /** @description "primary" or "standby". */
            role: string;
        };
        /**
         * @example {
         *       "text": "L'emploi salarié privé progresse encore ce trimestre.\n\nLes défaillances restent au-dessus de leur niveau d'avant la crise sanitaire."
         *     }
         */
        SetBriefRequest: {
            /**
             * @description The brief, in French: paragraphs separated by blank lines, 1 to 4,000 characters.
             * @example L'emploi salarié privé progresse encore ce trimestre.
             *
             *     Les défaillances restent au-dessus de leur niveau d'avant la crise sanitaire.
             */
            text: string;
        };
        /**
         * @example {
         *       "dimensions": [
         *         {
         *           "code": "logement-social",
         *           "label": "Accès au logement social",
         *           "ring": "social",
         *           "indicator": "habitat.part_logements_sociaux",
         *           "direction": "up",
         *           "bound": 20,
         *           "source": "Loi SRU (article 55) : 20 % de logements sociaux"
         *         },
         *         {
         *           "code": "climat",
         *           "label": "Changement climatique",
         *           "ring": "ecological",
         *           "indicator": "transitions.emissions_ges_par_habitant",
         *           "direction": "down",
         *           "bound": 2,
         *           "source": "Stratégie nationale bas-carbone"
         *         }
         *       ]
         *     }
         */
        SetDonutDimensionsRequest: {
            /**
             * @description The whole set, in the order of the chart (at least 1, at most 24 dimensions): it replaces the current one.
             * @example [
             *       {
             *         "code": "logement-social",
             *         "label": "Accès au logement social",
             *         "ring": "social",
             *         "indicator": "habitat.part_logements_sociaux",
             *         "direction": "up",
             *         "bound": 20,
             *         "source": "Loi SRU (article 55) : 20 % de logements sociaux"
             *       },
             *       {
             *         "code": "climat",
             *         "label": "Changement climatique",
             *         "ring": "ecological",
             *         "indicator": "transitions.emissions_ges_par_habitant",
             *         "direction": "down",
             *         "bound": 2,
             *         "source": "Stratégie nationale bas-carbone"
             *       }
             *     ]
             */
            dimensions: components["schemas"]["DonutDimensionInput"][];
        };
        /**
         * @example {
         *       "axis": "transition-ecologique",
         *       "title": "Développer les mobilités douces",
         *       "weight": 1
         *     }
         */
        SetEvaluationActionRequest: {
            /**
             * @description The code of the project's axis it belongs to (moving it there when it changes); required.
             * @example transition-ecologique
             */
            axis: string;
            /**
             * @description Its title, in French ("Développer le réseau cyclable"); required.
             * @example Développer les mobilités douces
             */
            title: string;
            /**
             * Format: double
             * @description Its weight in its axis' score, above 0 and at most 100 (default 1).
             * @example 1
             */
            weight?: number | null;
        };
        /**
         * @example {
         *       "title": "Transition écologique",
         *       "weight": 1
         *     }
         */
        SetEvaluationAxisRequest: {
            /**
             * @description Its title, in French ("Transition écologique"); required.
             * @example Transition écologique
             */
            title: string;
            /**
             * Format: double
             * @description Its weight in the project's score, above 0 and at most 100 (default 1).
             * @example 1
             */
            weight?: number | null;
        };
        /**
         * @example {
         *       "action": "sobriete-energetique",
         *       "label": "Consommation d'énergie finale",
         *       "catalogue": "energie.consommation",
         *       "unit": null,
         *       "decimals": null,
         *       "confidentiality": null,
         *       "t0Year": 2022,
         *       "t0Value": null,
         *       "targetValue": 5500,
         *       "horizonYear": 2030,
         *       "direction": "down",
         *       "weight": null
         *     }
         */
        SetEvaluationIndicatorRequest: {
            /**
             * @description The code of the project's action it measures (moving it there when it changes); required.
             * @example sobriete-energetique
             */
            action: string;
            /**
             * @description The catalogue indicator that measures it, with one value per year (emploi.salaries_prives); or unit, for a series the agency enters, not both.
             * @example energie.consommation
             */
            catalogue?: string | null;
            /**
             * @description Who may see an entered series' figures: public (default), partner (partners whose scope covers the project's territory) or agency. A catalogue indicator follows the catalogue's rule.
             * @example null
             */
            confidentiality?: string | null;
            /**
             * Format: int32
             * @description Decimals shown for an entered series, 0 to 3 (default 0).
             * @example null
             */
            decimals?: number | null;
            /**
             * @description up (higher is better) or down (lower is better); required.
             * @example down
             */
            direction: string;
            /**
             * Format: int32
             * @description The horizon year, after T0; required.
             * @example 2030
             */
            horizonYear: number;
            /**
             * @description What it measures, in French ("Emplois salariés privés"); required.
             * @example Consommation d'énergie finale
             */
            label: string;
            /**
             * Format: double
             * @description The value at T0 when known; absent: read from the series at T0.
             * @example null
             */
            t0Value?: number | null;
            /**
             * Format: int32
             * @description T0, the reference year; required.
             * @example 2022
             */
            t0Year: number;
            /**
             * Format: double
             * @description The value aimed at for the horizon, above T0 for direction up, below for down; required.
             * @example 5500
             */
            targetValue: number;
            /**
             * @description The unit of a series the agency enters (cantines, %, ha); or catalogue, not both.
             * @example null
             */
            unit?: string | null;
            /**
             * Format: double
             * @description Its weight in its action's score, above 0 and at most 100 (default 1).
             * @example null
             */
            weight?: number | null;
        };
        /**
         * @example {
         *       "title": "Projet de territoire de la CABBALR",
         *       "territory": "epci:200072460",
         *       "startYear": 2022,
         *       "endYear": 2030,
         *       "description": null
         *     }
         */
        SetEvaluationProjectRequest: {
            /**
             * @description What it is, in a few sentences (at most 2,000 characters).
             * @example null
             */
            description?: string | null;
            /**
             * Format: int32
             * @description The last year of its period, at or after startYear; required.
             * @example 2030
             */
            endYear: number;
            /**
             * Format: int32
             * @description The first year of its period; required.
             * @example 2022
             */
            startYear: number;
            /**
             * @description The territory it covers, whose figures its catalogue indicators read (epci:200072460); required.
             * @example epci:200072460
             */
            territory: string;
            /**
             * @description Its title, in French ("Projet de territoire de la CABBALR"); required.
             * @example Projet de territoire de la CABBALR
             */
            title: string;
        };
        /**
         * @example {
         *       "values": [
         *         {
         *           "year": 2019,
         *           "value": 4
         *         },
         *         {
         *           "year": 2024,
         *           "value": 11
         *         }
         *       ]
         *     }
         */
        SetEvaluationValuesRequest: {
            /**
             * @description The whole series, one value per year (at most 200): it replaces what was entered; an empty list clears it.
             * @example [
             *       {
             *         "year": 2019,
             *         "value": 4
             *       },
             *       {
             *         "year": 2024,
             *         "value": 11
             *       }
             *     ]
             */
            values: components["schemas"]["EnteredValue"][];
        };
        /**
         * @example {
         *       "axes": {
         *         "transition-ecologique": 2
         *       },
         *       "actions": null,
         *       "indicators": {
         *         "consommation-energie": 3
         *       }
         *     }
         */
        SetEvaluationWeightsRequest: {
            /**
             * @description New weights of actions in their axis' score, by action code.
             * @example null
             */
            actions: {
                [key: string]: number;
            } | null;
            /**
             * @description New weights of axes in the project's score, by axis code ({"transition-ecologique": 2}).
             * @example {
             *       "transition-ecologique": 2
             *     }
             */
            axes: {
                [key: string]: number;
            } | null;
            /**
             * @description New weights of indicators in their action's score, by indicator code.
             * @example {
             *       "consommation-energie": 3
             *     }
             */
            indicators: {
                [key: string]: number;
            } | null;
        };
        /**
         * @example {
         *       "name": "NPNRU de la CABBALR",
         *       "qpvs": [
         *         "qpv:QN06201M",
         *         "qpv:QN06203M"
         *       ],
         *       "t0Year": 2018
         *     }
         */
        SetNpnruProgrammeRequest: {
            /**
             * @description Its name, in French; required.
             * @example NPNRU de la CABBALR
             */
            name: string;
            /**
             * @description Its QPVs' ids (qpv:QN06201M), 1 to 20, all in one EPCI, which becomes the programme's; required.
             * @example [
             *       "qpv:QN06201M",
             *       "qpv:QN06203M"
             *     ]
             */
            qpvs: string[];
            /**
             * Format: int32
             * @description T0: the baseline year the programme is evaluated against (2000 to 2100); required.
             * @example 2018
             */
            t0Year: number;
        };
        /**
         * @example {
         *       "label": "Réduire de moitié les accidents impliquant un piéton ou un cycliste (cumul sur 5 ans)",
         *       "territory": "groupement:pma",
         *       "indicator": "mobilite.accidents_pieton_cycliste_5ans",
         *       "baselineYear": 2019,
         *       "baselineValue": null,
         *       "targetValue": null,
         *       "targetChange": -0.5,
         *       "horizonYear": 2030,
         *       "direction": "down"
         *     }
         */
        SetPduObjectiveRequest: {
            /**
             * Format: double
             * @description The value at T0 when the plan gives it; absent: read from the indicator for the territory.
             * @example null
             */
            baselineValue?: number | null;
            /**
             * Format: int32
             * @description T0, the baseline year; required.
             * @example 2019
             */
            baselineYear: number;
            /**
             * @description up or down: the way the indicator must move; required.
             * @example down
             */
            direction: string;
            /**
             * Format: int32
             * @description The horizon year, after T0; required.
             * @example 2030
             */
            horizonYear: number;
            /**
             * @description The catalogue's indicator that measures it, with one value per year (mobilite.cyclable_km); required.
             * @example mobilite.accidents_pieton_cycliste_5ans
             */
            indicator: string;
            /**
             * @description What the plan says, in French ("Réduire de moitié les accidents impliquant un piéton ou un cycliste"); required.
             * @example Réduire de moitié les accidents impliquant un piéton ou un cycliste (cumul sur 5 ans)
             */
            label: string;
            /**
             * Format: double
             * @description The change aimed at, relative to the baseline (-0.5 to halve it, 0.2 for +20 %); or targetValue, not both.
             * @example -0.5
             */
            targetChange?: number | null;
            /**
             * Format: double
             * @description The value aimed at for the horizon; or targetChange, not both.
             * @example null
             */
            targetValue?: number | null;
            /**
             * @description The territory it applies to (groupement:pma, the transport authority's perimeter; an EPCI or a commune); required.
             * @example groupement:pma
             */
            territory: string;
        };
        /**
         * @example {
         *       "label": "Produire 850 logements par an",
         *       "territory": "epci:246200364",
         *       "indicator": "habitat.logements_autorises",
         *       "kind": "yearly",
         *       "baselineYear": 2023,
         *       "baselineValue": null,
         *       "targetValue": 850,
         *       "horizonYear": 2028,
         *       "direction": "up"
         *     }
         */
        SetPlhObjectiveRequest: {
            /**
             * Format: double
             * @description trajectory only: the value at T0 when the programme gives it; absent: read from the indicator for the territory.
             * @example null
             */
            baselineValue?: number | null;
            /**
             * Format: int32
             * @description T0: the baseline's year (trajectory), the programme's first year (yearly); required.
             * @example 2023
             */
            baselineYear: number;
            /**
             * @description up or down: the way the indicator must move (yearly: up); required.
             * @example up
             */
            direction: string;
            /**
             * Format: int32
             * @description The horizon year, after T0 (the programme's last year); required.
             * @example 2028
             */
            horizonYear: number;
            /**
             * @description The catalogue's indicator that measures it, with one value per year (habitat.logements_autorises); required.
             * @example habitat.logements_autorises
             */
            indicator: string;
            /**
             * @description trajectory (from the baseline at T0 to the target at the horizon) or yearly (the target every year from T0 to the horizon); required.
             * @example yearly
             */
            kind: string;
            /**
             * @description What the programme says, in French ("Produire 850 logements par an"); required.
             * @example Produire 850 logements par an
             */
            label: string;
            /**
             * Format: double
             * @description The value aimed at for the horizon (trajectory), or the quantity aimed at each year (yearly, above 0); required.
             * @example 850
             */
            targetValue: number;
            /**
             * @description The territory of the programme: an EPCI (epci:246200364) or a commune; required.
             * @example epci:246200364
             */
            territory: string;
        };
        /**
         * @example {
         *       "name": "Itinéraire prioritaire Béthune",
         *       "plannedKm": 6.5
         *     }
         */
        SetPriorityRouteRequest: {
            /**
             * @description The route's name, as its segments carry it in nom_loc (1 to 200 characters); required.
             * @example Itinéraire prioritaire Béthune
             */
            name: string;
            /**
             * Format: double
             * @description The length the scheme plans, in km (more than 0, at most 1,000); required.
             * @example 6.5
             */
            plannedKm: number;
        };
        /** @description The commune's priority route as now stored, with what is built. */
        SetPriorityRouteResponse: {
            /** Format: double */
            builtKm: number;
            commune: string;
            communeName: string;
            name: string;
            /** Format: double */
            plannedKm: number;
            /**
             * Format: double
             * @description Share built, in % (built km capped at the planned length).
             */
            share: number;
        };
        SetReductionRequest: {
            /**
             * Format: double
             * @description The reduction of its 2021–2030 envelope against 2011–2020, from 0 to 1 (0.5 unless set); required.
             */
            reduction: number;
        };
        /**
         * @example {
         *       "targets": [
         *         {
         *           "year": 2030,
         *           "share": 0.2
         *         },
         *         {
         *           "year": 2050,
         *           "share": 0.5
         *         }
         *       ],
         *       "document": "PCAET de la CABBALR"
         *     }
         */
        SetTargetsRequest: {
            /**
             * @description The planning document that sets them ("PCAET de la CABBALR 2020–2026"); required with targets.
             * @example PCAET de la CABBALR
             */
            document?: string | null;
            /**
             * @description Every objective of the territory, replacing those stored; [] removes them all; required.
             * @example [
             *       {
             *         "year": 2030,
             *         "share": 0.2
             *       },
             *       {
             *         "year": 2050,
             *         "share": 0.5
             *       }
             *     ]
             */
            targets: components["schemas"]["TargetInput"][];
        };
        SetTargetsResponse: {
            /** @description Its objectives as now stored. */
            targets: components["schemas"]["BalanceTarget"][];
            /** @description The territory. */
            territory: string;
        };
        SetTrajectoryRequest: {
            /**
             * @description For each year 2031–2050, the yearly allowance as a share (0–1) of the 2021–2030 yearly envelope; all twenty
             *     years, or none ({}) to go back to the linear default (to zero in 2050); required.
             */
            shares: {
                [key: string]: number;
            };
        };
        /** @description A brownfield's characterisation sheet, as stored (the area comes from the geometry). */
        Site: {
            /** Format: double */
            areaHa: number;
            buildingState: string;
            /** Format: int32 */
            buildingSurfaceM2: number | null;
            communeId: string;
            communeName: string;
            /** Format: int32 */
            distanceRoadM: number | null;
            /** Format: int32 */
            distanceStationM: number | null;
            /** Format: int32 */
            distanceWaterwayM: number | null;
            epciId: string | null;
            /** Format: date */
            fieldCheckedOn: string | null;
            floodRisk: boolean;
            formerActivity: string;
            /** Format: int32 */
            id: number;
            /** Format: date */
            identifiedOn: string;
            name: string;
            ownership: string;
            planningZone: string;
            pollution: string;
            protectedArea: boolean;
            status: string;
            /** Format: date */
            statusChangedOn: string;
        };
        /** @description A GeoJSON FeatureCollection (RFC 7946) of the sites, with the caller's view and totals by kind. */
        SiteCollection: {
            features: components["schemas"]["SiteFeature"][];
            /** @description Every kind with its French label and capacity unit (for legends and filters). */
            kinds: components["schemas"]["SiteKind"][];
            /** Format: int32 */
            numberReturned: number;
            /** @description Every status with its French label. */
            statuses: components["schemas"]["SiteStatus"][];
            /** @description Per kind present in the answer, in the order of kinds: computed from the sites the caller sees, so a public figure never counts a hidden site. */
            totals: components["schemas"]["SiteKindTotal"][];
            /** @description Always FeatureCollection. */
            type: string;
            view: components["schemas"]["SitesView"];
        };
        SiteFeature: {
            geometry: components["schemas"]["SiteGeometry"];
            /** @description The site's id, also its id in the OGC collections energie-sites and energie-sites-partenaires. */
            id: string;
            properties: components["schemas"]["SiteProperties"];
            /** @description Always Feature. */
            type: string;
        };
        /** @description A site's position (RFC 7946), in WGS 84. */
        SiteGeometry: {
            /** @description [longitude, latitude]. */
            coordinates: number[];
            /** @description Always Point. */
            type: string;
        };
        SiteItem: {
            /** Format: double */
            areaHa: number;
            /** @description The vocation the site suits best. */
            bestVocation: string;
            commune: string;
            communeName: string;
            epci: string | null;
            /** Format: int32 */
            id: number;
            name: string;
            /**
             * Format: double
             * @description Mutability score, 0–100 (see the site's breakdown).
             */
            score: number;
            status: string;
        };
        SiteKind: {
            /** @description The unit of its capacity: MW, MWc for photovoltaics, MWth for heat; null when it has none. */
            capacityUnit: string | null;
            /** @description The code stored and filtered on. */
            kind: string;
            /** @description The French label, as a legend shows it. */
            label: string;
        };
        /** @description Number, capacity and production of the sites of one kind in the answer (the caller's view). */
        SiteKindTotal: {
            /**
             * Format: double
             * @description Sum of the capacities, in the kind's unit; null when none is known.
             */
            capacity: number | null;
            capacityUnit: string | null;
            /** Format: int32 */
            count: number;
            /**
             * Format: int32
             * @description Heat networks: sum of their delivery points.
             */
            deliveryPoints: number | null;
            kind: string;
            label: string;
            /**
             * Format: double
             * @description Sum of the annual productions; null when none is known.
             */
            productionGwh: number | null;
            /**
             * Format: double
             * @description Source substations: sum of their S3RENR capacities.
             */
            s3renrCapacityMw: number | null;
        };
        SiteProperties: {
            /**
             * Format: double
             * @description Installed capacity, in capacityUnit.
             */
            capacity: number | null;
            /** @description MW, MWc (photovoltaics) or MWth (heat networks); null for a source substation. */
            capacityUnit: string | null;
            /**
             * Format: int32
             * @description Year of commissioning (of creation for a heat network), where known.
             */
            commissionedYear: number | null;
            /** @description The commune (commune:INSEE code). */
            commune: string;
            communeName: string;
            /** @description A confidential project: only in the answers of partners of its territory and the agency. */
            confidential: boolean;
            /**
             * Format: int32
             * @description Heat networks: number of delivery points.
             */
            deliveryPoints: number | null;
            /** @description Its EPCI (epci:SIREN), if it has one. */
            epci: string | null;
            epciName: string | null;
            kind: string;
            /** @description The kind in French, as the legend names it. */
            kindLabel: string;
            name: string;
            note: string | null;
            /** @description The operator, where known. */
            operator: string | null;
            /**
             * Format: double
             * @description Annual production in GWh (heat delivered for a heat network).
             */
            productionGwh: number | null;
            /**
             * Format: double
             * @description Source substations: capacity reserved for renewables by the S3RENR, in MW.
             */
            s3renrCapacityMw: number | null;
            /** @description Where each field comes from: the agency's activity report, or demo values. */
            source: string;
            /** @description en_service, projet or modernisation. */
            status: string;
        };
        SiteScore: {
            commune: string;
            /**
             * Format: double
             * @description The score with the weights in force.
             */
            current: number;
            /** Format: int32 */
            id: number;
            name: string;
            /** Format: int32 */
            rankNow: number;
            /** Format: int32 */
            rankWhatIf: number;
            /**
             * Format: double
             * @description The score with the weights tried.
             */
            whatIf: number;
        };
        SiteStatus: {
            /** @description The French label. */
            label: string;
            /** @description The code stored and filtered on. */
            status: string;
        };
        /** @description Whose view this is. */
        SitesView: {
            /** @description public (no confidential site, anywhere), partner (the confidential sites of the key's territory) or agency (all). */
            audience: string;
            /** @description The territory filtered on, if any, with its name. */
            territory: string | null;
            territoryName: string | null;
        };
        SpatialExtent: {
            bbox: number[][];
            crs: string;
        };
        SplitLotRequest: {
            /**
             * @description Instead of drawn parts: a GeoJSON LineString crossing the lot from one edge to the other, which PostGIS
             *     splits it along (ST_Split) into exactly two parts, then checked like drawn ones. With a cut line, parts may
             *     be left out or give only each part's status (in the order of the preview).
             */
            cutLine: Record<string, never> | null;
            /** @description The two parts: together they must cover the original lot, without overlapping, inside the park. */
            parts: components["schemas"]["Part"][];
        };
        SplitLotResponse: {
            /** @description The new lots (empty for a dry run). */
            lots: components["schemas"]["Lot"][];
            /** @description The two parts as drawn or cut, with their area and status. */
            parts: components["schemas"]["PartPreview"][];
            /** Format: int32 */
            split: number;
        };
        /** @description The change ("évolution") from the previous period to the latest: signed differences, the passengers' also in %. */
        StationChange: {
            /**
             * Format: double
             * @description Bike parking occupancy, in percentage points.
             */
            bikeOccupancyPoints: number | null;
            /**
             * Format: int32
             * @description Bike places, latest − previous.
             */
            bikePlaces: number | null;
            /**
             * Format: double
             * @description Car-park occupancy, in percentage points.
             */
            parkingOccupancyPoints: number | null;
            /**
             * Format: int32
             * @description Car-park places, latest − previous.
             */
            parkingPlaces: number | null;
            /**
             * Format: int64
             * @description Passengers, latest − previous.
             */
            passengers: number | null;
            /**
             * Format: double
             * @description Passengers, change in % of the previous value.
             */
            passengersPercent: number | null;
            /** @description The latest period. */
            period: string;
            /** @description The period it is compared with (the previous survey). */
            previousPeriod: string;
            /**
             * Format: int32
             * @description Trains per weekday, latest − previous.
             */
            trainsPerWeekday: number | null;
        };
        /** @description The figures of a station, or of the stations of a territory added up, for one period. */
        StationFigures: {
            /**
             * Format: double
             * @description Occupancy of the bike parking, in %: Σ parked ÷ Σ places.
             */
            bikeOccupancy: number | null;
            /**
             * Format: int32
             * @description Bikes parked at the survey.
             */
            bikeOccupied: number | null;
            /**
             * Format: int32
             * @description Bike parking places.
             */
            bikePlaces: number | null;
            /**
             * Format: double
             * @description Occupancy of the car parks, in %: Σ parked ÷ Σ places over the stations surveyed (over 100: cars outside the bays).
             */
            parkingOccupancy: number | null;
            /**
             * Format: int32
             * @description Cars parked at the survey (a weekday, mid-morning).
             */
            parkingOccupied: number | null;
            /**
             * Format: int32
             * @description Car-park places.
             */
            parkingPlaces: number | null;
            /**
             * Format: int64
             * @description Passengers in the year (boarding and alighting); null when not counted.
             */
            passengers: number | null;
            /** @description The period (a year). */
            period: string;
            /**
             * Format: int32
             * @description Stations counted (1 for a station's own figures).
             */
            stations: number;
            /**
             * Format: int32
             * @description Trains stopping on a weekday, both directions (over a territory: stops, summed over its stations).
             */
            trainsPerWeekday: number | null;
        };
        /** @description A station with its series, its latest figures, the previous ones and the change between them. */
        StationItem: {
            /** @description Latest − previous; null without a previous period. */
            change: components["schemas"]["StationChange"] | null;
            /** @description commune:INSEE code. */
            commune: string;
            communeName: string;
            /** @description A demo station and demo figures. */
            demo: boolean;
            /** @description Its stable id (lowercase, hyphens): the OGC item id in the layer mobilite-gares. */
            id: string;
            /** @description Its latest figures; null without any. */
            latest: components["schemas"]["StationFigures"] | null;
            /**
             * Format: double
             * @description WGS 84.
             */
            latitude: number;
            /** @description The lines that serve it. */
            lines: string[];
            /**
             * Format: double
             * @description WGS 84.
             */
            longitude: number;
            name: string;
            /** @description False for a station without passenger trains today: no figures. */
            passengerService: boolean;
            /** @description Its figures of the period before the latest; null without. */
            previous: components["schemas"]["StationFigures"] | null;
            /** @description Its figures, period by period, oldest first. */
            series: components["schemas"]["StationFigures"][];
            /** @description The SNCF's UIC code, when known. */
            uic: string | null;
        };
        /** @description The km of one status, every type. */
        StatusLengths: {
            /** Format: double */
            km: number;
            label: string;
            /** @description EN SERVICE, EN TRAVAUX, PROVISOIRE or NON RENSEIGNE. */
            status: string;
        };
        StatusStep: {
            /**
             * @description Who made the change: for partners of the site's territory and the agency only (a key's name
             *                 is partner data, as a lot's author is).
             */
            actor: string | null;
            from: string | null;
            /** Format: date */
            on: string;
            to: string;
        };
        /** @description Number and area of the matching sites for one status. */
        StatusTotal: {
            /** Format: double */
            areaHa: number;
            /** Format: int32 */
            count: number;
            status: string;
        };
        /** @description One stream in the latest year, and since the first. */
        StreamFigures: {
            /**
             * Format: double
             * @description The same in the first year.
             */
            baseKgPerInhabitant: number | null;
            /**
             * Format: double
             * @description From the first year to the latest, in %.
             */
            changePercent: number | null;
            /** @description Rubble: outside the recovery rate's scope. */
            inert: boolean;
            /**
             * Format: double
             * @description Σ tonnes × 1,000 ÷ inhabitants in the latest year.
             */
            kgPerInhabitant: number | null;
            label: string;
            /**
             * Format: double
             * @description Σ recovered ÷ Σ collected × 100 in the latest year.
             */
            recoveryRate: number | null;
            /** @description kg per inhabitant, year by year. */
            series: components["schemas"]["YearValue"][];
            /** @description Its code: omr, collecte_selective, verre, dechets_verts, encombrants, gravats, autres_decheterie. */
            stream: string;
            /** Format: double */
            tonnesCollected: number;
            /** Format: double */
            tonnesRecovered: number;
            /** @description How it is collected (door to door, drop-off points, recycling centres). */
            where: string;
        };
        Subject: {
            /** @description For an aggregate: how many of its communes had a value, out of how many it has. */
            coverage: components["schemas"]["Coverage"] | null;
            status: string | null;
            territory: components["schemas"]["TerritoryRef"];
            /** Format: double */
            value: number | null;
        };
        /** @description A sensitive building in a hot spot. */
        SurchauffeBuilding: {
            address: string | null;
            commune: components["schemas"]["SurchauffeCommune"];
            id: string;
            /** Format: double */
            lat: number;
            /** Format: double */
            lon: number;
            name: string;
            type: string;
            typeLabel: string;
            /** @description The class of the hottest hot spot holding it: chaleur_forte or chaleur. */
            zoneClass: string;
            zoneClassLabel: string;
        };
        /** @description How many of one building type are in the zones. */
        SurchauffeBuildingCount: {
            /** Format: int32 */
            count: number;
            label: string;
            type: string;
        };
        /** @description The commune or territory named. */
        SurchauffeCommune: {
            id: string;
            name: string;
        };
        /** @description The exposure to one kind of zone (hot spots or cool islands). */
        SurchauffeExposure: {
            /**
             * Format: int32
             * @description Sensitive buildings in the zones, all types together.
             */
            buildings: number;
            /** @description The same by type, every type listed (zero included). */
            byType: components["schemas"]["SurchauffeBuildingCount"][];
            /**
             * Format: double
             * @description Inhabitants in the zones: each 200 m cell's population × the share of its area inside them, rounded to a tenth.
             */
            population: number;
            /**
             * Format: double
             * @description Population ÷ the territory's gridded population, in % (one decimal); null without population.
             */
            share: number | null;
        };
        /** @description A territory's contour as a GeoJSON geometry (RFC 7946), in WGS 84 longitude/latitude. */
        SurfaceGeometry: {
            /** @description Rings of [longitude, latitude] positions (one more level of arrays for a MultiPolygon). */
            coordinates: unknown;
            /** @description Polygon or MultiPolygon. */
            type: string;
        };
        Survival: {
            /**
             * Format: int32
             * @description The report's class of the rate (1–4), null without a rate.
             */
            class: number | null;
            classes: components["schemas"]["SurvivalClassItem"][];
            classLabel: string | null;
            /**
             * Format: double
             * @description Companies created in CohortYear.
             */
            cohort: number | null;
            /** Format: int32 */
            cohortYear: number;
            /**
             * Format: double
             * @description Survivors ÷ cohort × 100, from the territory's sums (or its stored real value).
             */
            rate: number | null;
            /**
             * Format: double
             * @description Companies of the cohort still active (null for a stored value without its parts).
             */
            survivors: number | null;
            vintage: string | null;
        };
        SurvivalClassItem: {
            label: string;
            /** Format: int32 */
            number: number;
            /**
             * Format: double
             * @description Upper bound in percent, inclusive, on the rate rounded to one decimal; null for the last class.
             */
            upTo: number | null;
        };
        /** @description A waste-heat source and a heat demand that could be linked. */
        SynergyCandidate: {
            demand: components["schemas"]["SynergyEnd"];
            /**
             * @description The distance's class (for everyone). When one of them is anonymised for the caller, the class of
             *                 the distance from the point it is shown at (its EPCI's), not from where it is: an indication, that reveals nothing.
             */
            distanceClass: components["schemas"]["ToileClass"];
            /**
             * Format: double
             * @description Distance between the two, km (null when one of them is anonymised for the caller).
             */
            distanceKm: number | null;
            /** @description That volume's class (for everyone). */
            exchangeableClass: components["schemas"]["ToileClass"];
            /**
             * Format: double
             * @description What could be exchanged a year: the smaller of the source's waste heat and the demand, GWh
             *                 (null when one of them is anonymised for the caller).
             */
            exchangeableGwh: number | null;
            /** @description existing or potential when the Toile already has a flow between them; null otherwise. */
            link: string | null;
            /**
             * Format: int32
             * @description 1 for the largest volume that could be exchanged.
             */
            rank: number;
            source: components["schemas"]["SynergyEnd"];
        };
        /** @description One end of a synergy candidate, as the caller sees it. */
        SynergyEnd: {
            anonymised: boolean;
            /** Format: int32 */
            id: number;
            kind: string;
            label: string;
        };
        /** @description A target and where the territory stands against it in the latest year. */
        TargetFigures: {
            /**
             * Format: double
             * @description The territory's value in that year.
             */
            baseValue: number | null;
            /**
             * Format: int32
             * @description The year the path starts from: the relative target's base year, else the series' first year.
             */
            baseYear: number;
            /** @description at_most (a ceiling) or at_least (a floor). */
            bound: string;
            document: string;
            /**
             * Format: int32
             * @description The year it is set for.
             */
            horizon: number;
            /** @description The indicator it bears on (dechets.dma_kg_hab, dechets.taux_valorisation_matiere). */
            indicator: string;
            label: string;
            /**
             * Format: double
             * @description The territory's value in the latest year.
             */
            latestValue: number | null;
            /** @description Whether the latest value meets the path value; null when the base year is missing. */
            onTrack: boolean | null;
            /**
             * Format: double
             * @description The straight path from the base value to the target, in the latest year (the target from its horizon on).
             */
            pathValue: number | null;
            /**
             * Format: double
             * @description The change in % from the base year, for a relative target; null for an absolute one.
             */
            relative: number | null;
            sourceUrl: string;
            /**
             * Format: double
             * @description The target in the indicator's unit (a relative target: the base year's value changed by its %).
             */
            value: number | null;
        };
        TargetInput: {
            /**
             * Format: double
             * @description The decarbonised balance aimed at: production ÷ consumption (0.2 for 20 %).
             */
            share: number | null;
            /**
             * Format: int32
             * @description The year the objective is set for.
             */
            year: number;
        };
        /** @description A target set for the indicator in the territory, read against the projection. */
        TargetReading: {
            /** @description at_most (a ceiling) or at_least (a floor). */
            bound: string;
            document: string;
            label: string;
            /** @description Whether the projected value meets the target: "at the current pace, reached or not". */
            onCourse: boolean | null;
            period: string;
            /**
             * Format: double
             * @description The projection at the target's period; null for a period the window already covers.
             */
            projected: number | null;
            /** Format: double */
            value: number;
        };
        /** @description The periods present in the data, as ISO 8601 dates: the first day of the first, the last day of the last. */
        TemporalCoverage: {
            end: string;
            start: string;
        };
        TemporalExtent: {
            interval: (string | null)[][];
            trs: string;
        };
        /** @description A territory's energy accounts, every year. */
        TerritoryAccounts: {
            coverage: components["schemas"]["AccountsCoverage"];
            headline: components["schemas"]["Headline"];
            id: string;
            level: string;
            name: string;
            /** @description The name after "de" ("de la CA de Béthune-Bruay…", "du Pas-de-Calais"). */
            nameOf: string;
            /** @description Where the lines added up come from (the demo seed, imported files). */
            origins: string[];
            targets: components["schemas"]["BalanceTarget"][];
            years: components["schemas"]["YearAccounts"][];
        };
        /** @description A territory as a GeoJSON Feature (RFC 7946). PostGIS builds it (Query.sql); these types document it. */
        TerritoryFeature: {
            /** @description [west, south, east, north] of the full contour; null if it has none. */
            bbox: number[] | null;
            /** @description Its contour at the resolution asked; null if it has none. */
            geometry: components["schemas"]["SurfaceGeometry"] | null;
            /** @description The territory's id (level:code). */
            id: string;
            properties: components["schemas"]["TerritoryFeatureProperties"];
            /** @description Always Feature. */
            type: string;
        };
        TerritoryFeatureProperties: {
            /**
             * Format: double
             * @description The full contour's area in km², to two decimals.
             */
            areaKm2: number | null;
            code: string;
            /** @description synthetic (generated until real contours are imported) or imported. */
            geometrySource: string | null;
            id: string;
            level: string;
            name: string;
            /** Format: int32 */
            population: number | null;
        };
        TerritoryLinks: {
            geometry: string;
            /** @description The member territories, when there are any. */
            members: string | null;
            self: string;
        };
        /**
         * @description A territory's name as a French sentence says it after a preposition, so that no client pastes a name after "de"
         *     or "à" ("de Périmètre de l'AULA", "Écart à Pas-de-Calais").
         */
        TerritoryNames: {
            /** @description Where: "à Lens" for a commune, "dans le Pas-de-Calais", "dans les Hauts-de-France", "dans la CA de Lens - Liévin". */
            in: string;
            /** @description After "de": "de Lens", "d’Arras", "du Pas-de-Calais", "de la CA de Lens - Liévin", "du périmètre de l’AULA". */
            of: string;
            /** @description After "à": "à Lens", "au Pas-de-Calais", "aux Attaques", "à la CA de Lens - Liévin". */
            to: string;
        };
        /** @description A territory as figures name it. */
        TerritoryRef: {
            id: string;
            level: string;
            name: string;
            /** @description The name after "de", "à" and where, as French says it: "du Pas-de-Calais", "au Pas-de-Calais". */
            names: components["schemas"]["TerritoryNames"];
        };
        TerritorySummary: {
            code: string;
            id: string;
            level: string;
            name: string;
            /** @description The name after "de", "à" and where, as French says it: "de Lens", "du Pas-de-Calais", "de la CA de Lens - Liévin". */
            names: components["schemas"]["TerritoryNames"];
            /**
             * Format: int32
             * @description Population municipale légale (INSEE), as the reference package gives it.
             */
            population: number | null;
        };
        Theme: {
            code: string;
            indicators: components["schemas"]["IndicatorSummary"][];
            name: string;
        };
        /** @description One level of a tile matrix set, as OGC TMS 2.0 encodes it in JSON. */
        TileMatrix: {
            /** Format: double */
            cellSize: number;
            cornerOfOrigin: string;
            id: string;
            /** Format: int32 */
            matrixHeight: number;
            /** Format: int32 */
            matrixWidth: number;
            pointOfOrigin: number[];
            /** Format: double */
            scaleDenominator: number;
            /** Format: int32 */
            tileHeight: number;
            /** Format: int32 */
            tileWidth: number;
        };
        /** @description The tiles of one level that hold data (rows from the north, columns from the west, inclusive). */
        TileMatrixLimits: {
            /** Format: int32 */
            maxTileCol: number;
            /** Format: int32 */
            maxTileRow: number;
            /** Format: int32 */
            minTileCol: number;
            /** Format: int32 */
            minTileRow: number;
            tileMatrix: string;
        };
        /** @description A tile matrix set (OGC TMS 2.0): the grid of every zoom level in a CRS. */
        TileMatrixSet: {
            crs: string;
            id: string;
            orderedAxes: string[];
            tileMatrices: components["schemas"]["TileMatrix"][];
            title: string;
            uri: string;
            wellKnownScaleSet: string;
        };
        TileMatrixSetItem: {
            crs: string;
            id: string;
            links: components["schemas"]["Link"][];
            title: string;
            uri: string;
        };
        TilesetItem: {
            crs: string;
            dataType: string;
            links: components["schemas"]["Link"][];
            tileMatrixSetURI: string;
            title: string;
        };
        /** @description The one source layer of a collection's tiles: its name in the tiles, what it holds and its properties. */
        TilesetLayer: {
            dataType: string;
            description: string;
            /** Format: int32 */
            geometryDimension: number;
            id: string;
            maxTileMatrix: string;
            minTileMatrix: string;
            propertiesSchema: {
                [key: string]: unknown;
            };
            title: string;
        };
        ToileCarrierVolume: {
            carrier: string;
            /** Format: double */
            gwh: number;
        };
        /** @description A range a hidden figure is shown as: from Min (included) to Max (excluded; none for the last class). */
        ToileClass: {
            /** @description How the client says it, in French ("25 à 50 GWh/an"). */
            label: string;
            /** Format: double */
            max: number | null;
            /** Format: double */
            min: number;
        };
        /** @description A flow of the Toile as the caller may see it. */
        ToileEdge: {
            /** @description electricite, gaz, chaleur, biogaz or vapeur. */
            carrier: string;
            /**
             * Format: int32
             * @description The node it leaves.
             */
            from: number;
            /**
             * Format: double
             * @description Its annual volume; null when it touches a site the caller sees anonymised.
             */
            gwh: number | null;
            /** Format: int32 */
            id: number;
            /** @description supply, exchange (between two sites) or waste_heat (recovered heat). */
            kind: string;
            /** @description existing, or potential (studied, not built). */
            status: string;
            /**
             * Format: int32
             * @description The node it reaches.
             */
            to: number;
            /** @description Its volume class (for everyone). */
            volumeClass: components["schemas"]["ToileClass"];
        };
        ToileEdgeFeature: {
            geometry: components["schemas"]["ToileEdgeLine"];
            /** Format: int32 */
            id: number;
            properties: components["schemas"]["ToileEdgeProperties"];
            /** @description Always Feature. */
            type: string;
        };
        /** @description The Toile's flows as a GeoJSON FeatureCollection (RFC 7946). */
        ToileEdgeFeatureCollection: {
            features: components["schemas"]["ToileEdgeFeature"][];
            /** @description Always FeatureCollection. */
            type: string;
        };
        /** @description A straight line from the flow's origin to its end, [longitude, latitude] in WGS 84. */
        ToileEdgeLine: {
            coordinates: number[][];
            /** @description Always LineString. */
            type: string;
        };
        ToileEdgeProperties: {
            carrier: string;
            /** Format: int32 */
            from: number;
            fromLabel: string;
            /**
             * @description site, or epci (departement) when the origin is an anonymised site drawn at its EPCI's
             *                 (département's) representative point.
             */
            fromPositionPrecision: string;
            /**
             * Format: double
             * @description Annual volume; null when the flow touches a site anonymised for the caller.
             */
            gwh: number | null;
            kind: string;
            status: string;
            /** Format: int32 */
            to: number;
            toLabel: string;
            toPositionPrecision: string;
            volumeLabel: string;
            /**
             * Format: double
             * @description Upper bound (excluded) of its volume class; null for the last class.
             */
            volumeMax: number | null;
            /**
             * Format: double
             * @description Lower bound of its volume class, GWh.
             */
            volumeMin: number;
        };
        /** @description A node of the Toile as the caller may see it. */
        ToileNode: {
            /** @description Whether the caller sees this site anonymised: no name, no exact volume, no exact position. */
            anonymised: boolean;
            /**
             * Format: double
             * @description A source substation's S3RENR capacity still available for renewables, MW.
             */
            capacityMw: number | null;
            /** @description An industrial site's consumption by energy carrier (null when anonymised). */
            consumptionByCarrier: components["schemas"]["ToileCarrierVolume"][] | null;
            /** @description An industrial site's consumption class (for everyone). */
            consumptionClass: components["schemas"]["ToileClass"] | null;
            /**
             * Format: double
             * @description An industrial site's consumption, GWh a year (null when anonymised).
             */
            consumptionGwh: number | null;
            /**
             * Format: int32
             * @description A heat network's year of creation.
             */
            createdYear: number | null;
            /**
             * Format: int32
             * @description A heat network's delivery points.
             */
            deliveryPoints: number | null;
            /**
             * Format: double
             * @description An industrial site's direct emissions, kt CO2e a year (null when anonymised).
             */
            emissionsKt: number | null;
            /**
             * Format: double
             * @description Low-temperature heat demand recovered heat could meet, GWh a year (null when anonymised or none).
             */
            heatDemandGwh: number | null;
            /** Format: int32 */
            id: number;
            /** @description consommateur (industrial site over 10 GWh/yr), producteur, poste_source or reseau_chaleur. */
            kind: string;
            /** @description Its name, or for an industrial site the caller may not see, its sector and size class. */
            label: string;
            /** Format: double */
            latitude: number;
            /** Format: double */
            longitude: number;
            /** @description Its name; null for an anonymised site. */
            name: string | null;
            /**
             * @description site (its own position), or when anonymised epci (the EPCI's representative point) or
             *                 departement (the département's, for a commune in no EPCI).
             */
            positionPrecision: string;
            /**
             * Format: double
             * @description A producer's annual production, GWh (including what goes to the public grids).
             */
            productionGwh: number | null;
            /** @description An industrial site's sector, a producer's source; null otherwise. */
            sector: string | null;
            /** @description Its commune, or when anonymised its EPCI (its département for a commune in no EPCI). */
            territory: string;
            territoryName: string;
            /**
             * Format: double
             * @description Recoverable waste heat it could give away, GWh a year (null when anonymised or none).
             */
            wasteHeatGwh: number | null;
        };
        /** @description The Toile's figures. */
        ToileTotals: {
            /**
             * Format: int32
             * @description Industrial sites (all the Toile's) the caller sees anonymised.
             */
            anonymisedSites: number;
            /**
             * Format: int32
             * @description The Toile's existing flows, including those withheld from the caller.
             */
            existingFlows: number;
            /**
             * Format: double
             * @description The perimeter's industrial consumption that year (energy accounts, sum of its communes).
             */
            industrialConsumptionGwh: number | null;
            /**
             * Format: int32
             * @description The energy accounts' latest year of industrial consumption in the perimeter.
             */
            industrialConsumptionYear: number | null;
            /**
             * Format: int32
             * @description Industrial sites over 10 GWh a year in the perimeter.
             */
            largeSites: number;
            /**
             * Format: double
             * @description Their consumption summed, GWh a year; null when withheld.
             */
            largeSitesGwh: number | null;
            /**
             * Format: double
             * @description The large sites' share of it, % (one decimal); null when withheld or without accounts.
             */
            largeSitesShare: number | null;
            /** @description The perimeter the large sites' share is taken in (groupement:aula). */
            perimeter: string;
            perimeterName: string;
            /**
             * Format: int32
             * @description Its potential flows, including those withheld from the caller.
             */
            potentialFlows: number;
            /** Format: int32 */
            producers: number;
            /**
             * Format: double
             * @description The producers' annual production summed, GWh.
             */
            productionGwh: number;
            /**
             * @description Whether their sum and share are withheld for the caller: when one or two of them are anonymised
             *                 for it, it could subtract the sites it sees from the sum and find theirs.
             */
            withheld: boolean;
            /**
             * Format: int32
             * @description Flows left out of the caller's edges: a source substation's supply of a site it sees anonymised
             *                 (every site takes its electricity from its nearest substation, which would place it finer than its EPCI).
             */
            withheldFlows: number;
        };
        Totals: {
            /**
             * Format: double
             * @description Developed land still free: disponible_amenage and en_commercialisation.
             */
            availableHa: number;
            /** Format: double */
            brownfieldHa: number;
            /** Format: int32 */
            establishments: number;
            /** Format: double */
            occupancyRate: number | null;
            /** Format: double */
            occupiedHa: number;
            /** Format: int32 */
            parks: number;
            /** Format: double */
            reserveHa: number;
            /** Format: double */
            totalHa: number;
        };
        /** @description The accommodation capacity of a territory at one inventory. */
        TourismeCapacity: {
            /**
             * Format: double
             * @description Tourist beds per 1,000 inhabitants: Σ tourist beds ÷ Σ inhabitants × 1,000, one decimal.
             */
            bedsPerThousand: number | null;
            /** @description Each type asked, in the nomenclature's order. */
            byType: components["schemas"]["TypeCapacity"][];
            /**
             * Format: int32
             * @description Its communes in the CC des 7 Vallées and the CABBALR, which the figures cover.
             */
            communes: number;
            /**
             * Format: int32
             * @description Establishments of the types asked.
             */
            establishments: number;
            /** @description The inventory counted. */
            inventory: components["schemas"]["TourismeInventory"];
            /**
             * Format: int64
             * @description Their population (the referential's).
             */
            population: number;
            /** @description The territory asked (id and name). */
            territory: components["schemas"]["CapacityTerritory"];
            /**
             * Format: int32
             * @description Their tourist beds.
             */
            touristBeds: number;
        };
        /** @description An inventory of the accommodation supply: one dated vintage of the establishments. */
        TourismeInventory: {
            /**
             * Format: date
             * @description The date it describes; its year is the period of its indicators.
             */
            asOf: string;
            /**
             * Format: int32
             * @description Establishments it holds.
             */
            establishments: number;
            /**
             * Format: int32
             * @description Inventory id.
             */
            id: number;
            /**
             * Format: date-time
             * @description When it was loaded.
             */
            importedAt: string;
            /** @description Its name ("Inventaire des hébergements au 1er janvier 2025"). */
            label: string;
            /** @description Where its establishments come from. */
            source: string;
            /**
             * Format: int32
             * @description Their tourist beds.
             */
            touristBeds: number;
        };
        /** @description An EPCI's occupancy over a year. */
        TourismeOccupancy: {
            /** @description The year's months with figures, in order. */
            months: components["schemas"]["MonthOccupancy"][];
            /** @description Its name. */
            name: string;
            /** @description The year before, Σ over its months; null without figures. */
            previousYear: components["schemas"]["Nights"] | null;
            /** @description The high season, June to September: Σ over those months; null when one is missing. */
            summer: components["schemas"]["Nights"] | null;
            /** @description The EPCI's id. */
            territory: string;
            /** @description The year: Σ over its months (never a mean of the monthly rates). */
            total: components["schemas"]["Nights"];
            /**
             * Format: int32
             * @description The year.
             */
            year: number;
            /** @description Every year with figures for this EPCI, oldest first. */
            years: number[];
        };
        /** @description The Donut of a territory. */
        TransitionsDonut: {
            dimensions: components["schemas"]["DonutReading"][];
            /** @description The dimension set's version (GET /api/v1/transitions/donut-dimensions). */
            setEtag: string;
            summary: components["schemas"]["DonutSummary"];
            territory: components["schemas"]["TerritoryRef"];
        };
        /** @description A catalogue indicator as the Donut and the matrix show it. */
        TransitionsIndicator: {
            code: string;
            /** Format: int32 */
            decimals: number;
            label: string;
            source: string;
            unit: string;
        };
        /** @description The risk matrix: risks × territories. */
        TransitionsRiskMatrix: {
            classes: components["schemas"]["RiskClass"][];
            level: string;
            risks: components["schemas"]["RiskColumn"][];
            rows: components["schemas"]["RiskRow"][];
            within: components["schemas"]["TerritoryRef"] | null;
        };
        /** @description The capacity of one type of accommodation. */
        TypeCapacity: {
            /**
             * Format: int32
             * @description Beds or persons (gîtes, collective accommodation, residences).
             */
            beds: number;
            /** @description What its capacity is counted in: chambres, emplacements or lits. */
            capacity: string;
            /**
             * Format: int32
             * @description Establishments.
             */
            establishments: number;
            /** @description Type in French. */
            label: string;
            /**
             * Format: int32
             * @description Pitches (campings).
             */
            pitches: number;
            /**
             * Format: int32
             * @description Rooms (hotels, chambres d'hôtes).
             */
            rooms: number;
            /**
             * Format: double
             * @description Its share of the territory's tourist beds, in % (its beds ÷ all the beds counted); null when there are none.
             */
            share: number | null;
            /**
             * Format: int32
             * @description Tourist beds (room = 2, pitch = 3, else the beds).
             */
            touristBeds: number;
            /** @description Type code. */
            type: string;
        };
        /** @description The km of one facility type of the schema, by status. */
        TypeLengths: {
            /**
             * Format: double
             * @description km in service.
             */
            enService: number;
            /**
             * Format: double
             * @description km under works.
             */
            enTravaux: number;
            /** @description The family the indicators count it in: piste, bande, voie_verte, double_sens, partage, autre. */
            family: string;
            /** @description Its French label. */
            label: string;
            /**
             * Format: double
             * @description km whose status the data does not give.
             */
            nonRenseigne: number;
            /**
             * Format: double
             * @description km of temporary facility.
             */
            provisoire: number;
            /**
             * Format: double
             * @description km, every status.
             */
            total: number;
            /** @description The schema's value (ame_d / ame_g), such as PISTE CYCLABLE. */
            type: string;
        };
        /**
         * @example {
         *       "status": "occupe",
         *       "occupantName": "Transports Leclercq",
         *       "occupantSiret": "81234567800012"
         *     }
         */
        UpdateLotRequest: {
            /**
             * @description The occupant's name; required for an occupied lot, removed otherwise.
             * @example Transports Leclercq
             */
            occupantName: string | null;
            /**
             * @description The occupant's SIRET (14 digits).
             * @example 81234567800012
             */
            occupantSiret: string | null;
            /**
             * @description The new status (occupe, disponible_amenage, reserve_non_amenagee, friche, en_commercialisation); unchanged when absent.
             * @example occupe
             */
            status: string | null;
        };
        /**
         * @example {
         *       "members": [
         *         "epci:245901160",
         *         "epci:200044618",
         *         "epci:200033579",
         *         "epci:200042190"
         *       ]
         *     }
         */
        UpdatePeerGroupRequest: {
            /**
             * @description Its member EPCIs, all of them (this replaces the list): epci:SIREN, reference EPCIs or the perimeter's.
             * @example [
             *       "epci:245901160",
             *       "epci:200044618",
             *       "epci:200033579",
             *       "epci:200042190"
             *     ]
             */
            members: string[];
        };
        UploadContoursRequest: {
            /** @description The property holding the INSEE code (default code). */
            codeProperty: string | null;
            /**
             * Format: binary
             * @description Commune contours: GeoJSON (.geojson, .json), GeoPackage (.gpkg) or a zipped shapefile (.zip).
             */
            file: string | null;
            /** @description Skip communes outside the referential (a whole-département file). */
            ignoreUnknown: boolean;
            /** @description Repair invalid polygons instead of refusing them. */
            repair: boolean;
            /**
             * Format: int32
             * @description EPSG code of the coordinates when the file does not say (e.g. 2154).
             */
            srid: number | null;
        };
        UploadContoursResponse: {
            /** Format: int32 */
            communesUpdated: number;
            file: string;
            /** Format: int32 */
            ignoredUnknown: number;
            /** @description The ingestion log's entry: identical when the file is the last one imported (nothing changed). */
            import: components["schemas"]["ImportReceipt"];
            /** Format: int32 */
            repaired: number;
            /** Format: int32 */
            srid: number;
        };
        UploadQpvRequest: {
            /**
             * Format: binary
             * @description The ANCT's QPV file (géographie prioritaire 2024), GeoJSON with the properties code_qp, lib_qp and insee_com.
             */
            file: string | null;
        };
        UploadQpvResponse: {
            file: string;
            /**
             * Format: int32
             * @description QPVs of the file none of whose communes is in the referential (a national file).
             */
            ignoredOutside: number;
            /** @description The ingestion log's entry: identical when the file is the last one imported (nothing changed). */
            import: components["schemas"]["ImportReceipt"];
            /**
             * Format: int32
             * @description QPVs created or updated (their communes in the referential).
             */
            imported: number;
        };
        UploadValuesRequest: {
            /**
             * Format: binary
             * @description CSV with columns indicator, territory, period, value and optionally numerator, denominator, status, vintage.
             */
            file: string | null;
        };
        UploadValuesResponse: {
            file: string;
            /** @description The ingestion log's entry: identical when the file is the last one imported (nothing changed). */
            import: components["schemas"]["ImportReceipt"];
            /**
             * Format: int64
             * @description New values (no value before for that indicator, territory and period).
             */
            inserted: number;
            /**
             * Format: int64
             * @description Changed values: the previous version is kept (asOf).
             */
            revised: number;
            /** Format: int64 */
            rows: number;
            /** Format: double */
            seconds: number;
            /**
             * Format: int64
             * @description Values already stored as given.
             */
            unchanged: number;
        };
        ValueItem: {
            /** @description For aggregates: how many of the territory's communes had a value, out of how many it has. */
            coverage: components["schemas"]["Coverage"] | null;
            /** Format: double */
            denominator: number | null;
            /**
             * Format: double
             * @description value − the parent's value, in the indicator's unit.
             */
            gapToParent: number | null;
            /** Format: double */
            numerator: number | null;
            parentId: string | null;
            /**
             * Format: int32
             * @description 1 = best (highest, or lowest when lower is better; highest for neutral indicators).
             */
            rank: number | null;
            /** @description definitive, provisional, estimated, secret, or null when there is no data. */
            status: string | null;
            territory: components["schemas"]["TerritoryRef"];
            /**
             * Format: double
             * @description null when secret (status "secret") or when there is no data (status null).
             */
            value: number | null;
        };
        VocationFit: {
            label: string;
            /** Format: double */
            suitability: number;
            vocation: string;
        };
        Window: {
            from: string;
            /** @description Periods of the window without a published value (missing, secret or restricted): not fitted. */
            leftOut: string[];
            /** Format: int32 */
            points: number;
            to: string;
        };
        YearAccounts: {
            consumption: components["schemas"]["ConsumptionAccounts"] | null;
            decarbonisedBalance: components["schemas"]["DecarbonisedBalance"] | null;
            emissions: components["schemas"]["EmissionsAccounts"] | null;
            production: components["schemas"]["ProductionAccounts"] | null;
            /** Format: int32 */
            year: number;
        };
        YearConsumption: {
            byDestination: {
                [key: string]: number;
            };
            /** Format: double */
            totalHa: number;
            /** Format: int32 */
            year: number;
        };
        YearFigure: {
            /**
             * Format: double
             * @description Relative change from the year before (0.05 = +5 %); null without a previous figure above 0.
             */
            change: number | null;
            /**
             * Format: double
             * @description The year before's.
             */
            previous: number | null;
            /** @description definitive, provisional or estimated. */
            status: string | null;
            /**
             * Format: double
             * @description The year's figure (null when there is none).
             */
            value: number | null;
            /** @description Where a figure stored for the territory itself comes from (the activity report for the CABBALR's real figures); null for a sum of communes. */
            vintage: string | null;
        };
        /** @description A value in a year. */
        YearValue: {
            /** Format: double */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
    };
    responses: {
        /** @description Too many requests for this API key or address in the window; retry after Retry-After seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The coordinate reference system of the geometries, as an URI in angle brackets. */
        "Content-Crs": string;
        /** @description The version of this answer (of the data it reads, or of the object): send it back as If-None-Match to revalidate (304), or as If-Match to write the object. */
        ETag: string;
        /** @description The next page (rel="next"), as in RFC 8288. */
        Link: string;
        /** @description Seconds to wait before the next request. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuditLog: {
        parameters: {
            query: {
                /** @description Only this action (import_values, import_territories...). */
                action?: string | null;
                /** @description Entries older than this id (the next page: the last id seen). */
                before?: number | null;
                /** @description Only the entries of this key. */
                keyId?: number | null;
                /** @description Entries per page, newest first (1–1000, default 100). */
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAuditLogResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetKeysResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getBarometer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quarter, as the platform writes periods: 2024-Q3.
                 * @example 2024-Q3
                 */
                quarter: string;
                /**
                 * @description groupement:pma (Pôle Métropolitain de l'Artois), groupement:petr-ternois-7-vallees, an EPCI (epci:200072460) or a commune of the perimeter.
                 * @example groupement:pma
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BarometerReport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublicationPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quarter, as the platform writes periods: 2024-Q3 (the URL ends in .pdf: /2024-Q3.pdf).
                 * @example 2024-Q3
                 */
                quarter: string;
                /**
                 * @description groupement:pma (Pôle Métropolitain de l'Artois), groupement:petr-ternois-7-vallees or an EPCI (epci:200072460).
                 * @example groupement:pma
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quarter: 2024-Q3.
                 * @example 2024-Q3
                 */
                quarter: string;
                /**
                 * @description The barometer's territory: groupement:pma, groupement:petr-ternois-7-vallees, an EPCI (epci:200072460)...
                 * @example groupement:pma
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BarometerBrief"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quarter: 2024-Q3.
                 * @example 2024-Q3
                 */
                quarter: string;
                /**
                 * @description The barometer's territory: groupement:pma, groupement:petr-ternois-7-vallees, an EPCI (epci:200072460)...
                 * @example groupement:pma
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBriefRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BarometerBrief"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getBriefHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quarter: 2024-Q3.
                 * @example 2024-Q3
                 */
                quarter: string;
                /**
                 * @description The barometer's territory: groupement:pma, groupement:petr-ternois-7-vallees, an EPCI (epci:200072460)...
                 * @example groupement:pma
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBriefHistoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getFailuresBarometer: {
        parameters: {
            query?: {
                /**
                 * @description json (default), csv (one row per figure), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description The semester: 2024-S2 (default: the latest with data).
                 * @example 2024-S2
                 */
                semester?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description groupement:aula (the AULA's scale), groupement:pma, an EPCI (epci:200072460) or a commune of the perimeter.
                 * @example groupement:aula
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetFailuresBarometerResponse"];
                    "application/json": components["schemas"]["GetFailuresBarometerResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetFailuresBarometerResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetFailuresBarometerResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCentralities: {
        parameters: {
            query?: {
                /**
                 * @description Only the centralities of this programme: acv (Action Cœur de Ville), pvd (Petites Villes de Demain), villages_avenir.
                 * @example acv
                 */
                programme?: string | null;
                /**
                 * @description Only the centralities in the communes of this territory (commune:62119, epci:200072460, groupement:aula, custom:62119+62498).
                 * @example null
                 */
                territory?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommerceCentrality"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCentrality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Centrality id (bethune-centre).
                 * @example bethune-centre
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCentralityResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommerceProgramme"][];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommerceSurvey"][];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportSurveyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommerceSurvey"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    compareSurveys: {
        parameters: {
            query: {
                /**
                 * @description The first survey (its id, GET /api/v1/commerce/surveys).
                 * @example 1
                 */
                from: number;
                /**
                 * @description Only the cells of this territory's communes (commune:62119, epci:200072460, custom:62119+62498) or of this centrality (bethune-centre); default: every cell.
                 * @example bethune-centre
                 */
                territory?: string | null;
                /**
                 * @description The second survey.
                 * @example 2
                 */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompareSurveysResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDatasets: {
        parameters: {
            query?: {
                /**
                 * @description Only the datasets of this access right: public, partner or agency (you see only those you may).
                 * @example null
                 */
                access?: string | null;
                /**
                 * @description Only the datasets with values at this territory level (commune, epci, qpv...).
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description Only the datasets under this licence (as the licence facet gives it).
                 * @example null
                 */
                licence?: string | null;
                /**
                 * @description At most this many items (1 to 500, default 50).
                 * @example null
                 */
                limit?: number | null;
                /**
                 * @description Only the datasets of this observatory (slug; territoires for the referential's layers).
                 * @example null
                 */
                observatory?: string | null;
                /**
                 * @description Items to skip (default 0).
                 * @example null
                 */
                offset?: number | null;
                /**
                 * @description Only the datasets updated at this frequency: year, semester, quarter, month or irregular.
                 * @example null
                 */
                periodicity?: string | null;
                /**
                 * @description Words to find in the title, description, keywords, themes, source or indicators (accents and case ignored).
                 * @example emploi
                 */
                q?: string | null;
                /**
                 * @description Only the datasets of this source (as the source facet gives it).
                 * @example null
                 */
                source?: string | null;
                /**
                 * @description Only the datasets of this theme (its name, as the theme facet gives it).
                 * @example null
                 */
                theme?: string | null;
                /**
                 * @description Only the datasets whose data changed on or after this date (2025-06-30) or instant (ISO 8601).
                 * @example null
                 */
                updatedSince?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDatasetsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Dataset id, as the list gives it: an observatory's slug and a source's (observatory.source), or a layer's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStreams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An EPCI (epci:200069672, the CC du Ternois) or a groupement of EPCIs: the tonnages are known per EPCI, not per commune.
                 * @example epci:200069672
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStreamsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importTonnages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportTonnagesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTonnagesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDemography: {
        parameters: {
            query?: {
                /**
                 * @description The year (default: the latest with failures); compared with the year before.
                 * @example 2023
                 */
                year?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description A commune, EPCI, groupement, département or custom zone (custom:62119+62193).
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDemographyResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTension: {
        parameters: {
            query?: {
                /**
                 * @description The survey's year (default: the latest).
                 * @example 2024
                 */
                year?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description An EPCI (epci:200072460) or a groupement of EPCIs (groupement:aula): the survey is published per employment area, not per commune.
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTensionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importTension: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportTensionRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTensionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAccounts: {
        parameters: {
            query: {
                /**
                 * @description The territory to compare with (default: the territory's département; the région for a département); none for no comparison.
                 * @example departement:62
                 */
                compare?: string | null;
                /**
                 * @description json (the accounts, headline, balance, targets and the comparison), csv (the territory's summed lines, in the import's long format), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description First year (default 1990: every year stored).
                 * @example 1990
                 */
                from: number;
                /**
                 * @description A commune, EPCI, groupement, département, région or custom zone (custom:62119+62193).
                 * @example groupement:aula
                 */
                territory: string;
                /**
                 * @description Last year (default 2100: every year stored).
                 * @example 2100
                 */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetAccountsResponse"];
                    "application/json": components["schemas"]["GetAccountsResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetAccountsResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetAccountsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportAccountsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAccountsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProductionSites: {
        parameters: {
            query?: {
                /**
                 * @description geojson (the default), csv (one row per site, with its longitude and latitude), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description Only sites of this kind: eolien, pv_sol, methanisation, hydraulique, valorisation_dechets, reseau_chaleur, gaz_de_mine, poste_source.
                 * @example methanisation
                 */
                kind?: string | null;
                /**
                 * @description Only sites of this status: en_service, projet, modernisation.
                 * @example null
                 */
                status?: string | null;
                /**
                 * @description Only sites in this territory: a commune, EPCI, groupement, département or custom zone (custom:62119+62193).
                 * @example epci:200069672
                 */
                territory?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["SiteCollection"];
                    "application/geo+json": components["schemas"]["SiteCollection"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["SiteCollection"];
                    "text/csv; charset=utf-8": components["schemas"]["SiteCollection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The territory whose objectives these are (a commune, EPCI, groupement, département or région).
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetTargetsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getToile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetToileResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getToileEdges: {
        parameters: {
            query?: {
                /**
                 * @description Only the flows of this carrier (electricite, gaz, chaleur, biogaz, vapeur).
                 * @example chaleur
                 */
                carrier?: string | null;
                /**
                 * @description Only existing or only potential flows.
                 * @example existing
                 */
                status?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["ToileEdgeFeatureCollection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getToileNeighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The node's id (as in the Toile's nodes).
                 * @example 101
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetToileNeighbourhoodResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getToileSynergies: {
        parameters: {
            query: {
                /**
                 * @description Largest distance between the waste-heat source and the heat demand, km (more than 0, at most 100; default 10).
                 * @example 10
                 */
                maxDistanceKm: number;
                /**
                 * @description Smallest volume that could be exchanged, GWh a year (0 to 10,000; default 0).
                 * @example 5
                 */
                minGwh: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetToileSynergiesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importSensitiveBuildings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportSensitiveBuildingsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironnementImport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importPopulationCells: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportPopulationCellsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironnementImport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importHeatZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportHeatZonesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironnementImport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSurchauffe: {
        parameters: {
            query?: {
                /**
                 * @description The year of the image whose zones count (2022); the newest image when absent.
                 * @example null
                 */
                year?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description The territory: a commune (commune:62498), an EPCI (epci:200072460), a groupement (groupement:aula) or a custom zone (custom:62119+62498).
                 * @example commune:62498
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSurchauffeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getEvaluationProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEvaluationProjectsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getEvaluationProject: {
        parameters: {
            query?: {
                /**
                 * @description json (the tree with every score, status and series), csv (one row per indicator with its axis and action), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description The project's id (cabbalr-projet-de-territoire).
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["EvaluationProject"];
                    "application/json": components["schemas"]["EvaluationProject"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["EvaluationProject"];
                    "text/csv; charset=utf-8": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id: lowercase letters and digits in words joined by hyphens, at most 60 characters (cabbalr-projet-de-territoire).
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationProjectRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteEvaluationProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id (cabbalr-projet-de-territoire). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The action's code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (reseau-cyclable).
                 * @example mobilites-douces
                 */
                action: string;
                /**
                 * @description The project's id.
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationActionRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteEvaluationAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The action's code in the project. */
                action: string;
                /** @description The project's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationAxis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The axis' code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (transition-ecologique).
                 * @example transition-ecologique
                 */
                axis: string;
                /**
                 * @description The project's id.
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationAxisRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteEvaluationAxis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The axis' code in the project. */
                axis: string;
                /** @description The project's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
                /**
                 * @description The indicator's code in the project: lowercase letters and digits in words joined by hyphens, at most 40 characters (emplois-salaries).
                 * @example consommation-energie
                 */
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationIndicatorRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteEvaluationIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id. */
                id: string;
                /** @description The indicator's code in the project. */
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example cabbalr-pat
                 */
                id: string;
                /**
                 * @description The indicator's code in the project: one whose series the agency enters (unit, not catalogue).
                 * @example cantines-locales
                 */
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationValuesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setEvaluationWeights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project's id.
                 * @example cabbalr-projet-de-territoire
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEvaluationWeightsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationProject"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importOutlets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportOutletsRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportOutletsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Lot id.
                 * @example 101
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lot"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    retireLot: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the lot as you read it: if it changed meanwhile, the answer is 412 with the current version. */
                "If-Match": string;
            };
            path: {
                /** @description Lot id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateLot: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the lot as you read it: if it changed meanwhile, the answer is 412 with the current version. */
                "If-Match": string;
            };
            path: {
                /**
                 * @description Lot id.
                 * @example 101
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLotRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lot"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    splitLot: {
        parameters: {
            query: {
                /** @description true: check everything and answer the two parts (geometry, area, status) without changing anything. */
                dryRun: boolean;
            };
            header: {
                /** @description The ETag of the lot as you read it: if it changed meanwhile, the answer is 412 with the current version. */
                "If-Match": string;
            };
            path: {
                /** @description Lot id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitLotRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitLotResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getParks: {
        parameters: {
            query?: {
                /**
                 * @description Only the parks of this EPCI (epci:200072460).
                 * @example epci:200072460
                 */
                epci?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetParksResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLots: {
        parameters: {
            query?: {
                /**
                 * @description The lots as they stood on this day (yyyy-mm-dd, end of day UTC) or instant: "what was available on date D".
                 * @example 2025-06-30
                 */
                asOf?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Park id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetLotsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createLot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Park id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLotRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lot"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    scoreWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreWhatIfRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreWhatIfResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSites: {
        parameters: {
            query: {
                /**
                 * @description Only sites of this commune (commune:62119).
                 * @example null
                 */
                commune?: string | null;
                /**
                 * @description Only sites of this EPCI (epci:200072460).
                 * @example epci:200072460
                 */
                epci?: string | null;
                /**
                 * @description Sites per page (1–1000, default 100), best score first.
                 * @example 100
                 */
                limit: number;
                /**
                 * @description Only sites of at least this area, in hectares.
                 * @example 1
                 */
                minArea?: number | null;
                /**
                 * @description Only sites whose mutability score is at least this (0–100).
                 * @example null
                 */
                minScore?: number | null;
                /**
                 * @description Number of sites to skip (with limit, for pages).
                 * @example 0
                 */
                offset: number;
                /**
                 * @description Only sites of this status (identifiee, verifiee_terrain, caracterisee, en_projet, reconvertie, abandonnee).
                 * @example null
                 */
                status?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSitesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Site id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSiteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSiteScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Site id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSiteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Site id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeStatusResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importDvfSales: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportDvfSalesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDvfSalesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPlh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The territory whose programme is followed: an EPCI (epci:246200364, the CALL) or a commune.
                 * @example epci:246200364
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPlhResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setPlhObjective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The objective's code: lowercase letters and digits in words joined by hyphens, at most 40 characters (logements-autorises).
                 * @example logements-autorises
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPlhObjectiveRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlhObjectiveStanding"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPrices: {
        parameters: {
            query?: {
                /**
                 * @description json (default), csv (one row per type and year, then per type over the period), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description First year (2014 or later; default: five years before the last).
                 * @example 2019
                 */
                from?: number | null;
                /**
                 * @description Last year (default: the latest year with sales).
                 * @example 2024
                 */
                to?: number | null;
                /**
                 * @description maison or appartement (default: both, each its own series).
                 * @example null
                 */
                type?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description The zone: a commune, EPCI, groupement, département (commune:62119, epci:246200364) or a custom zone (custom:62119+62498).
                 * @example epci:246200364
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetPricesResponse"];
                    "application/json": components["schemas"]["GetPricesResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetPricesResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetPricesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPriceDistribution: {
        parameters: {
            query: {
                /**
                 * @description maison (default) or appartement.
                 * @example maison
                 */
                type: string;
                /**
                 * @description The year of the sales (default: the latest year with sales).
                 * @example 2024
                 */
                year?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description The zone: a commune, EPCI, groupement or département (commune:62119); not a custom zone.
                 * @example epci:246200364
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPriceDistributionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getImports: {
        parameters: {
            query: {
                /**
                 * @description Only the imports that wrote values of one of these indicators (codes, comma-separated: an indicators dataset's
                 *     lineage). The values imports record the indicators of their file; the observatories' own importers name their
                 *     target table instead.
                 */
                indicator?: string | null;
                /** @description Entries per page, newest first (1–1000, default 100). */
                limit: number;
                /** @description Only the imports of this module: an observatory's slug (dechets, habitat…) or platform (values, contours, QPV). */
                module?: string | null;
                /** @description Entries to skip. */
                offset: number;
                /** @description Only this outcome: imported, identical (the file of the target's last import: nothing changed) or refused. */
                outcome?: string | null;
                /** @description Only the imports at or after this instant (ISO 8601, e.g. 2025-01-31 or 2025-01-31T08:00:00Z). */
                since?: string | null;
                /** @description Only the imports into this target, as docs/api.md lists them (values, territories, an observatory's schema.table…). */
                target?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetImportsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry's id, as GET /api/v1/imports and every importer's answer (`import.id`) give it. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetImportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    uploadQpv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadQpvRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadQpvResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    uploadContours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadContoursRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadContoursResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    uploadValues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadValuesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadValuesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIndicators: {
        parameters: {
            query?: {
                /**
                 * @description json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description Only the indicators of this observatory (slug).
                 * @example emploi
                 */
                observatory?: string | null;
                /**
                 * @description Words to find in the code, label, definition or source (accents and case ignored).
                 * @example salariés
                 */
                q?: string | null;
                /**
                 * @description Only this theme (code) of the observatory.
                 * @example null
                 */
                theme?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "code": "emploi.salaries_prives",
                     *           "label": "Salariés du secteur privé",
                     *           "unit": "salariés",
                     *           "decimals": 0,
                     *           "observatory": "emploi",
                     *           "theme": "emploi",
                     *           "periodicity": "year",
                     *           "aggregation": "sum",
                     *           "higherIsBetter": true,
                     *           "source": "URSSAF, effectifs salariés du secteur privé",
                     *           "sourceUrl": "https://open.urssaf.fr",
                     *           "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *           "confidentiality": "public",
                     *           "fixedClasses": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/csvm+json": components["schemas"]["GetIndicatorsResponse"];
                    /**
                     * @example {
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "code": "emploi.salaries_prives",
                     *           "label": "Salariés du secteur privé",
                     *           "unit": "salariés",
                     *           "decimals": 0,
                     *           "observatory": "emploi",
                     *           "theme": "emploi",
                     *           "periodicity": "year",
                     *           "aggregation": "sum",
                     *           "higherIsBetter": true,
                     *           "source": "URSSAF, effectifs salariés du secteur privé",
                     *           "sourceUrl": "https://open.urssaf.fr",
                     *           "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *           "confidentiality": "public",
                     *           "fixedClasses": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetIndicatorsResponse"];
                    /**
                     * @example {
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "code": "emploi.salaries_prives",
                     *           "label": "Salariés du secteur privé",
                     *           "unit": "salariés",
                     *           "decimals": 0,
                     *           "observatory": "emploi",
                     *           "theme": "emploi",
                     *           "periodicity": "year",
                     *           "aggregation": "sum",
                     *           "higherIsBetter": true,
                     *           "source": "URSSAF, effectifs salariés du secteur privé",
                     *           "sourceUrl": "https://open.urssaf.fr",
                     *           "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *           "confidentiality": "public",
                     *           "fixedClasses": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetIndicatorsResponse"];
                    /**
                     * @example {
                     *       "total": 1,
                     *       "items": [
                     *         {
                     *           "code": "emploi.salaries_prives",
                     *           "label": "Salariés du secteur privé",
                     *           "unit": "salariés",
                     *           "decimals": 0,
                     *           "observatory": "emploi",
                     *           "theme": "emploi",
                     *           "periodicity": "year",
                     *           "aggregation": "sum",
                     *           "higherIsBetter": true,
                     *           "source": "URSSAF, effectifs salariés du secteur privé",
                     *           "sourceUrl": "https://open.urssaf.fr",
                     *           "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *           "confidentiality": "public",
                     *           "fixedClasses": null
                     *         }
                     *       ]
                     *     }
                     */
                    "text/csv; charset=utf-8": components["schemas"]["GetIndicatorsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Indicator code, e.g. emploi.salaries_prives.
                 * @example emploi.salaries_prives
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIndicatorResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getBreaks: {
        parameters: {
            query: {
                /**
                 * @description As the data stood at this date or instant. A figure masked by statistical secrecy in any version of a period's
                 *     data stays masked, today and as of any date.
                 * @example null
                 */
                asOf?: string | null;
                /**
                 * @description Number of classes, 2 to 9 (default 5); a fixed scheme has its own.
                 * @example 5
                 */
                classes: number;
                /**
                 * @description Level of the territories classified (default commune).
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description quantile (default), jenks (natural breaks), equal (equal intervals), or fixed: the indicator's own class scheme
                 *     (indicator.fixedClasses, e.g. the activity report's classes of the job-concentration index), which sets the classes.
                 * @example jenks
                 */
                method?: string | null;
                /**
                 * @description Period; default the latest.
                 * @example 2023
                 */
                period?: string | null;
                /**
                 * @description Only the members of this territory.
                 * @example null
                 */
                within?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code.
                 * @example emploi.salaries_prives
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBreaksResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getComparison: {
        parameters: {
            query: {
                /**
                 * @description Period; default the latest.
                 * @example null
                 */
                period?: string | null;
                /**
                 * @description Comma-separated reference territories, default its département and région. A peer group
                 *     (groupement:pairs-cabbalr, GET /api/v1/peer-groups) counts as one reference: its figure is recomputed from its
                 *     member EPCIs' (a ratio as Σ numerators ÷ Σ denominators, never an average of their ratios), and they are listed.
                 * @example departement:62,region:32
                 */
                references?: string | null;
                /**
                 * @description The territory to compare (a custom zone works too).
                 * @example epci:200072460
                 */
                territory: string;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code.
                 * @example portrait.part_plus_65_ans
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetComparisonResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMap: {
        parameters: {
            query: {
                /**
                 * @description Answer as the data stood at this date (2025-06-30: the end of that day) or instant (ISO 8601). A figure masked by
                 *     statistical secrecy in any version of a period's data stays masked, today and as of any date.
                 * @example null
                 */
                asOf?: string | null;
                /**
                 * @description Number of classes, 2 to 9 (default 5); a fixed scheme has its own.
                 * @example 5
                 */
                classes: number;
                /**
                 * @description One row per territory of this level (default commune): commune, epci, groupement, departement, region.
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description linear, compound or bounded (a share between two bounds); default bounded for an indicator in %, linear otherwise.
                 * @example jenks
                 */
                method?: string | null;
                /**
                 * @description Period (2023, 2023-Q4, 2024-S1, 2024-03) matching the indicator's periodicity; default the latest.
                 * @example null
                 */
                period?: string | null;
                /**
                 * @description Contour detail: low (simplified at 500 m), medium (100 m, default) or full.
                 * @example null
                 */
                resolution?: string | null;
                /**
                 * @description Only the members of this territory (e.g. epci:200072460); it is also the parent the gaps refer to.
                 * @example groupement:aula
                 */
                within?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code, e.g. emploi.salaries_prives.
                 * @example portrait.part_plus_65_ans
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["ChoroplethMap"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProjection: {
        parameters: {
            query: {
                /**
                 * @description json (default), csv (the observed values, then the projection), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description First period of the fitting window (default: the first with data).
                 * @example 2015
                 */
                from?: string | null;
                /**
                 * @description The year projected to (default 2050; at most 2100).
                 * @example 2050
                 */
                horizon?: number | null;
                /**
                 * @description A bounded projection's bounds (default 0 and 100 for an indicator in %).
                 * @example null
                 */
                lower?: number | null;
                /**
                 * @description linear, compound or bounded (a share between two bounds); default bounded for an indicator in %, linear otherwise.
                 * @example linear
                 */
                method?: string | null;
                /**
                 * @description The territory (a custom zone works too).
                 * @example epci:200072460
                 */
                territory: string;
                /**
                 * @description Last period of the fitting window (default: the latest with data).
                 * @example null
                 */
                to?: string | null;
                /**
                 * @description Upper bound of a bounded projection.
                 * @example null
                 */
                upper?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code.
                 * @example emploi.salaries_prives
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetProjectionResponse"];
                    "application/json": components["schemas"]["GetProjectionResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetProjectionResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetProjectionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSeries: {
        parameters: {
            query: {
                /**
                 * @description As the data stood at this date or instant. A figure masked by statistical secrecy in any version of a period's
                 *     data stays masked, today and as of any date.
                 * @example null
                 */
                asOf?: string | null;
                /**
                 * @description json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description First period (default: the first with data).
                 * @example 2013
                 */
                from?: string | null;
                /**
                 * @description Base period of a base-100 index (each series = 100 at that period).
                 * @example 2013
                 */
                index?: string | null;
                /**
                 * @description Comma-separated territories, custom zones included, e.g. epci:200072460,departement:62.
                 * @example epci:200072460,departement:62
                 */
                territories: string;
                /**
                 * @description Last period (default: the latest with data).
                 * @example 2023
                 */
                to?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code.
                 * @example emploi.salaries_prives
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "indexPeriod": "2018",
                     *       "asOf": null,
                     *       "series": [
                     *         {
                     *           "territory": {
                     *             "id": "epci:200072460",
                     *             "level": "epci",
                     *             "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "names": {
                     *               "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *             }
                     *           },
                     *           "annualGrowth": 0.0153,
                     *           "coverage": {
                     *             "communes": 100,
                     *             "communesWithValue": 100,
                     *             "territoryCommunes": 100
                     *           },
                     *           "points": [
                     *             {
                     *               "period": "2018",
                     *               "value": 45928,
                     *               "status": "definitive",
                     *               "index": 100,
                     *               "yearOnYear": null
                     *             },
                     *             {
                     *               "period": "2022",
                     *               "value": 49210,
                     *               "status": "definitive",
                     *               "index": 107.1,
                     *               "yearOnYear": 0.021
                     *             },
                     *             {
                     *               "period": "2023",
                     *               "value": 49556,
                     *               "status": "definitive",
                     *               "index": 107.9,
                     *               "yearOnYear": 0.007
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/csvm+json": components["schemas"]["GetSeriesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "indexPeriod": "2018",
                     *       "asOf": null,
                     *       "series": [
                     *         {
                     *           "territory": {
                     *             "id": "epci:200072460",
                     *             "level": "epci",
                     *             "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "names": {
                     *               "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *             }
                     *           },
                     *           "annualGrowth": 0.0153,
                     *           "coverage": {
                     *             "communes": 100,
                     *             "communesWithValue": 100,
                     *             "territoryCommunes": 100
                     *           },
                     *           "points": [
                     *             {
                     *               "period": "2018",
                     *               "value": 45928,
                     *               "status": "definitive",
                     *               "index": 100,
                     *               "yearOnYear": null
                     *             },
                     *             {
                     *               "period": "2022",
                     *               "value": 49210,
                     *               "status": "definitive",
                     *               "index": 107.1,
                     *               "yearOnYear": 0.021
                     *             },
                     *             {
                     *               "period": "2023",
                     *               "value": 49556,
                     *               "status": "definitive",
                     *               "index": 107.9,
                     *               "yearOnYear": 0.007
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetSeriesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "indexPeriod": "2018",
                     *       "asOf": null,
                     *       "series": [
                     *         {
                     *           "territory": {
                     *             "id": "epci:200072460",
                     *             "level": "epci",
                     *             "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "names": {
                     *               "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *             }
                     *           },
                     *           "annualGrowth": 0.0153,
                     *           "coverage": {
                     *             "communes": 100,
                     *             "communesWithValue": 100,
                     *             "territoryCommunes": 100
                     *           },
                     *           "points": [
                     *             {
                     *               "period": "2018",
                     *               "value": 45928,
                     *               "status": "definitive",
                     *               "index": 100,
                     *               "yearOnYear": null
                     *             },
                     *             {
                     *               "period": "2022",
                     *               "value": 49210,
                     *               "status": "definitive",
                     *               "index": 107.1,
                     *               "yearOnYear": 0.021
                     *             },
                     *             {
                     *               "period": "2023",
                     *               "value": 49556,
                     *               "status": "definitive",
                     *               "index": 107.9,
                     *               "yearOnYear": 0.007
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetSeriesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "indexPeriod": "2018",
                     *       "asOf": null,
                     *       "series": [
                     *         {
                     *           "territory": {
                     *             "id": "epci:200072460",
                     *             "level": "epci",
                     *             "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "names": {
                     *               "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *               "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *             }
                     *           },
                     *           "annualGrowth": 0.0153,
                     *           "coverage": {
                     *             "communes": 100,
                     *             "communesWithValue": 100,
                     *             "territoryCommunes": 100
                     *           },
                     *           "points": [
                     *             {
                     *               "period": "2018",
                     *               "value": 45928,
                     *               "status": "definitive",
                     *               "index": 100,
                     *               "yearOnYear": null
                     *             },
                     *             {
                     *               "period": "2022",
                     *               "value": 49210,
                     *               "status": "definitive",
                     *               "index": 107.1,
                     *               "yearOnYear": 0.021
                     *             },
                     *             {
                     *               "period": "2023",
                     *               "value": 49556,
                     *               "status": "definitive",
                     *               "index": 107.9,
                     *               "yearOnYear": 0.007
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "text/csv; charset=utf-8": components["schemas"]["GetSeriesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getValues: {
        parameters: {
            query?: {
                /**
                 * @description Answer as the data stood at this date (2025-06-30: the end of that day) or instant (ISO 8601). A figure masked by
                 *     statistical secrecy in any version of a period's data stays masked, today and as of any date.
                 * @example null
                 */
                asOf?: string | null;
                /**
                 * @description json (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook).
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description One row per territory of this level (default commune): commune, epci, groupement, departement, region.
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description Period (2023, 2023-Q4, 2024-S1, 2024-03) matching the indicator's periodicity; default the latest.
                 * @example 2023
                 */
                period?: string | null;
                /**
                 * @description Instead of a level: a comma-separated list of territories, custom zones included (custom:62119+62178).
                 * @example null
                 */
                territories?: string | null;
                /**
                 * @description Only the members of this territory (e.g. epci:200072460); it is also the parent the gaps refer to.
                 * @example epci:200072460
                 */
                within?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Indicator code, e.g. emploi.salaries_prives.
                 * @example emploi.salaries_prives
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "period": "2023",
                     *       "asOf": null,
                     *       "parent": {
                     *         "territory": {
                     *           "id": "epci:200072460",
                     *           "level": "epci",
                     *           "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *           "names": {
                     *             "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *           }
                     *         },
                     *         "value": 49556,
                     *         "status": "definitive",
                     *         "coverage": {
                     *           "communes": 100,
                     *           "communesWithValue": 100,
                     *           "territoryCommunes": 100
                     *         }
                     *       },
                     *       "total": 2,
                     *       "items": [
                     *         {
                     *           "territory": {
                     *             "id": "commune:62119",
                     *             "level": "commune",
                     *             "name": "Béthune",
                     *             "names": {
                     *               "of": "de Béthune",
                     *               "to": "à Béthune",
                     *               "in": "à Béthune"
                     *             }
                     *           },
                     *           "value": 11874,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "definitive",
                     *           "rank": 1,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": -37682,
                     *           "coverage": null
                     *         },
                     *         {
                     *           "territory": {
                     *             "id": "commune:62676",
                     *             "level": "commune",
                     *             "name": "Quernes",
                     *             "names": {
                     *               "of": "de Quernes",
                     *               "to": "à Quernes",
                     *               "in": "à Quernes"
                     *             }
                     *           },
                     *           "value": null,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "secret",
                     *           "rank": null,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": null,
                     *           "coverage": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/csvm+json": components["schemas"]["GetValuesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "period": "2023",
                     *       "asOf": null,
                     *       "parent": {
                     *         "territory": {
                     *           "id": "epci:200072460",
                     *           "level": "epci",
                     *           "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *           "names": {
                     *             "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *           }
                     *         },
                     *         "value": 49556,
                     *         "status": "definitive",
                     *         "coverage": {
                     *           "communes": 100,
                     *           "communesWithValue": 100,
                     *           "territoryCommunes": 100
                     *         }
                     *       },
                     *       "total": 2,
                     *       "items": [
                     *         {
                     *           "territory": {
                     *             "id": "commune:62119",
                     *             "level": "commune",
                     *             "name": "Béthune",
                     *             "names": {
                     *               "of": "de Béthune",
                     *               "to": "à Béthune",
                     *               "in": "à Béthune"
                     *             }
                     *           },
                     *           "value": 11874,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "definitive",
                     *           "rank": 1,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": -37682,
                     *           "coverage": null
                     *         },
                     *         {
                     *           "territory": {
                     *             "id": "commune:62676",
                     *             "level": "commune",
                     *             "name": "Quernes",
                     *             "names": {
                     *               "of": "de Quernes",
                     *               "to": "à Quernes",
                     *               "in": "à Quernes"
                     *             }
                     *           },
                     *           "value": null,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "secret",
                     *           "rank": null,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": null,
                     *           "coverage": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetValuesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "period": "2023",
                     *       "asOf": null,
                     *       "parent": {
                     *         "territory": {
                     *           "id": "epci:200072460",
                     *           "level": "epci",
                     *           "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *           "names": {
                     *             "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *           }
                     *         },
                     *         "value": 49556,
                     *         "status": "definitive",
                     *         "coverage": {
                     *           "communes": 100,
                     *           "communesWithValue": 100,
                     *           "territoryCommunes": 100
                     *         }
                     *       },
                     *       "total": 2,
                     *       "items": [
                     *         {
                     *           "territory": {
                     *             "id": "commune:62119",
                     *             "level": "commune",
                     *             "name": "Béthune",
                     *             "names": {
                     *               "of": "de Béthune",
                     *               "to": "à Béthune",
                     *               "in": "à Béthune"
                     *             }
                     *           },
                     *           "value": 11874,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "definitive",
                     *           "rank": 1,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": -37682,
                     *           "coverage": null
                     *         },
                     *         {
                     *           "territory": {
                     *             "id": "commune:62676",
                     *             "level": "commune",
                     *             "name": "Quernes",
                     *             "names": {
                     *               "of": "de Quernes",
                     *               "to": "à Quernes",
                     *               "in": "à Quernes"
                     *             }
                     *           },
                     *           "value": null,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "secret",
                     *           "rank": null,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": null,
                     *           "coverage": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetValuesResponse"];
                    /**
                     * @example {
                     *       "indicator": {
                     *         "code": "emploi.salaries_prives",
                     *         "label": "Salariés du secteur privé",
                     *         "unit": "salariés",
                     *         "decimals": 0,
                     *         "observatory": "emploi",
                     *         "theme": "emploi",
                     *         "periodicity": "year",
                     *         "aggregation": "sum",
                     *         "higherIsBetter": true,
                     *         "source": "URSSAF, effectifs salariés du secteur privé",
                     *         "sourceUrl": "https://open.urssaf.fr",
                     *         "licence": "Licence Ouverte / Open Licence 2.0 (Etalab)",
                     *         "confidentiality": "public",
                     *         "fixedClasses": null
                     *       },
                     *       "period": "2023",
                     *       "asOf": null,
                     *       "parent": {
                     *         "territory": {
                     *           "id": "epci:200072460",
                     *           "level": "epci",
                     *           "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *           "names": {
                     *             "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *             "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *           }
                     *         },
                     *         "value": 49556,
                     *         "status": "definitive",
                     *         "coverage": {
                     *           "communes": 100,
                     *           "communesWithValue": 100,
                     *           "territoryCommunes": 100
                     *         }
                     *       },
                     *       "total": 2,
                     *       "items": [
                     *         {
                     *           "territory": {
                     *             "id": "commune:62119",
                     *             "level": "commune",
                     *             "name": "Béthune",
                     *             "names": {
                     *               "of": "de Béthune",
                     *               "to": "à Béthune",
                     *               "in": "à Béthune"
                     *             }
                     *           },
                     *           "value": 11874,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "definitive",
                     *           "rank": 1,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": -37682,
                     *           "coverage": null
                     *         },
                     *         {
                     *           "territory": {
                     *             "id": "commune:62676",
                     *             "level": "commune",
                     *             "name": "Quernes",
                     *             "names": {
                     *               "of": "de Quernes",
                     *               "to": "à Quernes",
                     *               "in": "à Quernes"
                     *             }
                     *           },
                     *           "value": null,
                     *           "numerator": null,
                     *           "denominator": null,
                     *           "status": "secret",
                     *           "rank": null,
                     *           "parentId": "epci:200072460",
                     *           "gapToParent": null,
                     *           "coverage": null
                     *         }
                     *       ]
                     *     }
                     */
                    "text/csv; charset=utf-8": components["schemas"]["GetValuesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAccidents: {
        parameters: {
            query?: {
                /**
                 * @description true: in built-up areas only; false: outside them only.
                 * @example null
                 */
                agglomeration?: boolean | null;
                /**
                 * @description geojson (default), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); the Accept header works too (application/geo+json, text/csv...).
                 * @example null
                 */
                f?: string | null;
                /**
                 * @description From this year (inclusive), e.g. 2020.
                 * @example 2020
                 */
                from?: number | null;
                /**
                 * @description Only this hour band: 00-06, 07-09, 10-15, 16-19, 20-23.
                 * @example null
                 */
                hourBand?: string | null;
                /**
                 * @description pieton-cycliste: only the accidents involving at least one pedestrian or cyclist (Code des transports, art. L1214-2).
                 * @example null
                 */
                loi?: string | null;
                /**
                 * @description Only accidents involving one of these modes (comma-separated): pieton, velo, edp, deux_roues_motorise, voiture, utilitaire, poids_lourd, bus_car, autre.
                 * @example velo
                 */
                mode?: string | null;
                /**
                 * @description Only this month (1–12), every year.
                 * @example null
                 */
                month?: number | null;
                /**
                 * @description Only accidents of one of these severities (comma-separated; the worst-hurt user's): tue, hospitalise, blesse_leger, indemne.
                 * @example tue,hospitalise
                 */
                severity?: string | null;
                /**
                 * @description Only accidents in this territory: a commune, an EPCI, a groupement (epci:200072460).
                 * @example epci:200072460
                 */
                territory?: string | null;
                /**
                 * @description To this year (inclusive), e.g. 2024.
                 * @example 2024
                 */
                to?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["AccidentCollection"];
                    "application/geo+json": components["schemas"]["AccidentCollection"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["AccidentCollection"];
                    "text/csv; charset=utf-8": components["schemas"]["AccidentCollection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHotSpots: {
        parameters: {
            query: {
                /**
                 * @description From this year (inclusive).
                 * @example 2020
                 */
                from?: number | null;
                /**
                 * @description The most hot spots returned (1–500, default 50), best ranked first.
                 * @example 50
                 */
                limit: number;
                /**
                 * @description pieton-cycliste: only the accidents involving at least one pedestrian or cyclist.
                 * @example null
                 */
                loi?: string | null;
                /**
                 * @description The fewest accidents a hot spot has (2–100, default 3).
                 * @example 3
                 */
                minAccidents: number;
                /**
                 * @description Only accidents involving one of these modes (comma-separated, as for the accidents).
                 * @example null
                 */
                mode?: string | null;
                /**
                 * @description The clustering distance in metres (10–2000, default 50: a junction): an accident within it of another of a hot spot joins it.
                 * @example 50
                 */
                radiusM: number;
                /**
                 * @description Only accidents of one of these severities (comma-separated, as for the accidents).
                 * @example null
                 */
                severity?: string | null;
                /**
                 * @description Only accidents in this territory: a commune, an EPCI, a groupement (epci:200072460).
                 * @example epci:246200364
                 */
                territory?: string | null;
                /**
                 * @description To this year (inclusive).
                 * @example 2024
                 */
                to?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHotSpotsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCycleFacilities: {
        parameters: {
            query?: {
                /**
                 * @description geojson (the default: the national schema's format), csv (one row per segment, geometry as WKT), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); else chosen by Accept.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description Only the segments with a side in this territory: a commune, EPCI, groupement, département or custom zone (custom:62119+62193).
                 * @example epci:246200364
                 */
                territory?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["CycleFacilityCollection"];
                    "application/geo+json": components["schemas"]["CycleFacilityCollection"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["CycleFacilityCollection"];
                    "text/csv; charset=utf-8": components["schemas"]["CycleFacilityCollection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importCycleFacilities: {
        parameters: {
            query: {
                /** @description true: the segments of the communes the file covers (both sides in them) that the file does not list are deleted; false (the default): they are kept. */
                replace: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportCycleFacilitiesRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCycleFacilitiesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCycleNetwork: {
        parameters: {
            query: {
                /**
                 * @description The territory (a commune, EPCI, groupement, département or custom zone such as custom:62119+62193); default groupement:aula.
                 * @example epci:246200364
                 */
                territory: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCycleNetworkResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importAccidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportAccidentsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAccidentsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importStationFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportStationFiguresRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStationFiguresResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPdu: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPduResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setPduObjective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The objective's code: lowercase letters and digits in words joined by hyphens, at most 40 characters (securite-pietons-cyclistes).
                 * @example securite-pietons-cyclistes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPduObjectiveRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PduObjectiveStanding"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deletePduObjective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The objective's code (securite-pietons-cyclistes). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setPriorityRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The commune (commune:62119).
                 * @example commune:62119
                 */
                commune: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPriorityRouteRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetPriorityRouteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStations: {
        parameters: {
            query: {
                /**
                 * @description The territory (a commune, EPCI, groupement, département or custom zone such as custom:62119+62498); default groupement:aula.
                 * @example epci:246200364
                 */
                territory: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStationsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getObservatories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "slug": "emploi",
                     *           "name": "Emploi et entrepreneuriat",
                     *           "description": "Emploi salarié privé, établissements employeurs, salaires et demandeurs d'emploi.",
                     *           "indicatorCount": 4,
                     *           "href": "http://127.0.0.1:8080/api/v1/observatories/emploi"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetObservatoriesResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getObservatory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Observatory slug, e.g. emploi.
                 * @example emploi
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetObservatoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPeerGroups: {
        parameters: {
            query?: {
                /**
                 * @description Only the groups of this territory (its similar territories), e.g. epci:200072460.
                 * @example epci:200072460
                 */
                subject?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPeerGroupsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPeerGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's territory id, e.g. groupement:pairs-cabbalr.
                 * @example groupement:pairs-cabbalr
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerGroup"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updatePeerGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's territory id, e.g. groupement:pairs-cabbalr.
                 * @example groupement:pairs-cabbalr
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePeerGroupRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerGroup"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getNpnruProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetNpnruProgrammesResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getNpnruProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The programme's id, e.g. npnru-cabbalr.
                 * @example npnru-cabbalr
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpnruProgrammeEvaluation"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setNpnruProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The programme's id: lowercase letters and digits in words joined by hyphens, at most 60 characters (npnru-cabbalr).
                 * @example npnru-cabbalr
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetNpnruProgrammeRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NpnruProgrammeEvaluation"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getQpvGaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The QPV's code (géographie prioritaire 2024), e.g. QN06201M.
                 * @example QN06201M
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetQpvGapsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importFiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportFinessRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportFinessResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getKeyFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The territory: a CLS perimeter (each CLS covers its whole EPCI: epci:200072460 for the CABBALR's, epci:246200364 for
                 *     the CALL's), a commune (commune:62119), a groupement or a custom zone (custom:62119+62126).
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetKeyFiguresResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDeciles: {
        parameters: {
            query?: {
                /**
                 * @description json (default), csv (one row per territory), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description The Filosofi vintage (default: the latest).
                 * @example 2021
                 */
                year?: number | null;
            };
            header?: never;
            path: {
                /**
                 * @description A commune, EPCI, groupement, département or région (commune:62119, epci:200072460), or a custom zone (custom:62119+62498).
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetDecilesResponse"];
                    "application/json": components["schemas"]["GetDecilesResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetDecilesResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetDecilesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importFilosofi: {
        parameters: {
            query?: {
                /** @description The level of the file's CODGEO: commune (default), epci, departement or region (INSEE publishes one file per level). */
                level?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportFilosofiRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportFilosofiResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTerritories: {
        parameters: {
            query: {
                /**
                 * @description json (default), geojson (a FeatureCollection with contours), csv, csvw (the CSV's metadata, W3C CSVW) or xlsx.
                 *                 The Accept header works too.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description Only territories of this level: qpv, commune, epci, groupement, departement, region. QPVs (quartiers prioritaires)
                 *     are listed only when asked by this level.
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description Page size, 1 to 1000 (default 100). A CSV is the whole list unless a limit is given.
                 * @example 20
                 */
                limit?: number | null;
                /**
                 * @description Number of territories to skip.
                 * @example 0
                 */
                offset: number;
                /**
                 * @description Search in names (accents and case ignored) or an exact code.
                 * @example null
                 */
                q?: string | null;
                /**
                 * @description For geojson: full (default), medium (simplified at 100 m) or low (500 m) contours; neighbours keep a
                 *     common border at every resolution.
                 * @example null
                 */
                resolution?: string | null;
                /**
                 * @description perimeter: the agency's territories (with its département and région); reference: the EPCIs outside it loaded
                 *     for comparisons and the peer groups; all. Default perimeter, or all with within (a peer group's members are
                 *     reference EPCIs).
                 * @example null
                 */
                scope?: string | null;
                /**
                 * @description Only members of this territory, e.g. epci:200072460 (communes of an EPCI) or groupement:aula.
                 * @example epci:200072460
                 */
                within?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "commune:62119",
                     *           "level": "commune",
                     *           "code": "62119",
                     *           "name": "Béthune",
                     *           "population": 25342,
                     *           "names": {
                     *             "of": "de Béthune",
                     *             "to": "à Béthune",
                     *             "in": "à Béthune"
                     *           }
                     *         }
                     *       ],
                     *       "total": 100,
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                     *         "next": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20",
                     *         "prev": null
                     *       }
                     *     }
                     */
                    "application/csvm+json": components["schemas"]["GetTerritoriesResponse"];
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "commune:62119",
                     *           "level": "commune",
                     *           "code": "62119",
                     *           "name": "Béthune",
                     *           "population": 25342,
                     *           "names": {
                     *             "of": "de Béthune",
                     *             "to": "à Béthune",
                     *             "in": "à Béthune"
                     *           }
                     *         }
                     *       ],
                     *       "total": 100,
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                     *         "next": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20",
                     *         "prev": null
                     *       }
                     *     }
                     */
                    "application/geo+json": components["schemas"]["GetTerritoriesResponse"];
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "commune:62119",
                     *           "level": "commune",
                     *           "code": "62119",
                     *           "name": "Béthune",
                     *           "population": 25342,
                     *           "names": {
                     *             "of": "de Béthune",
                     *             "to": "à Béthune",
                     *             "in": "à Béthune"
                     *           }
                     *         }
                     *       ],
                     *       "total": 100,
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                     *         "next": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20",
                     *         "prev": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetTerritoriesResponse"];
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "commune:62119",
                     *           "level": "commune",
                     *           "code": "62119",
                     *           "name": "Béthune",
                     *           "population": 25342,
                     *           "names": {
                     *             "of": "de Béthune",
                     *             "to": "à Béthune",
                     *             "in": "à Béthune"
                     *           }
                     *         }
                     *       ],
                     *       "total": 100,
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                     *         "next": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20",
                     *         "prev": null
                     *       }
                     *     }
                     */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetTerritoriesResponse"];
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "commune:62119",
                     *           "level": "commune",
                     *           "code": "62119",
                     *           "name": "Béthune",
                     *           "population": 25342,
                     *           "names": {
                     *             "of": "de Béthune",
                     *             "to": "à Béthune",
                     *             "in": "à Béthune"
                     *           }
                     *         }
                     *       ],
                     *       "total": 100,
                     *       "limit": 20,
                     *       "offset": 0,
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=0",
                     *         "next": "http://127.0.0.1:8080/api/v1/territories?level=commune&within=epci:200072460&limit=20&offset=20",
                     *         "prev": null
                     *       }
                     *     }
                     */
                    "text/csv; charset=utf-8": components["schemas"]["GetTerritoriesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Territory id, level:code (commune:62119, epci:200072460, groupement:aula, departement:62, region:32).
                 * @example epci:200072460
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "epci:200072460",
                     *       "level": "epci",
                     *       "code": "200072460",
                     *       "name": "CA de Béthune-Bruay, Artois-Lys Romane",
                     *       "names": {
                     *         "of": "de la CA de Béthune-Bruay, Artois-Lys Romane",
                     *         "to": "à la CA de Béthune-Bruay, Artois-Lys Romane",
                     *         "in": "dans la CA de Béthune-Bruay, Artois-Lys Romane"
                     *       },
                     *       "population": 275736,
                     *       "communeCount": 100,
                     *       "sourceVintage": "INSEE COG via @etalab/decoupage-administratif 6.0.0",
                     *       "geometrySource": "synthetic",
                     *       "geometryUpdatedAt": "2026-11-25T10:00:00+00:00",
                     *       "bbox": [
                     *         2.29,
                     *         50.38,
                     *         2.89,
                     *         50.64
                     *       ],
                     *       "parents": [
                     *         {
                     *           "id": "groupement:aula",
                     *           "level": "groupement",
                     *           "code": "aula",
                     *           "name": "Périmètre de l'AULA",
                     *           "names": {
                     *             "of": "du périmètre de l'AULA",
                     *             "to": "au périmètre de l'AULA",
                     *             "in": "dans le périmètre de l'AULA"
                     *           }
                     *         }
                     *       ],
                     *       "childrenCounts": {
                     *         "commune": 100
                     *       },
                     *       "links": {
                     *         "self": "http://127.0.0.1:8080/api/v1/territories/epci:200072460",
                     *         "geometry": "http://127.0.0.1:8080/api/v1/territories/epci:200072460/geometry",
                     *         "members": "http://127.0.0.1:8080/api/v1/territories?within=epci:200072460"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetTerritoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTerritoryGeometry: {
        parameters: {
            query?: {
                /**
                 * @description full (default), medium (simplified at 100 m) or low (500 m).
                 * @example medium
                 */
                resolution?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Territory id, level:code.
                 * @example commune:62119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "Feature",
                     *       "id": "commune:62119",
                     *       "geometry": {
                     *         "type": "MultiPolygon",
                     *         "coordinates": [
                     *           [
                     *             [
                     *               [
                     *                 2.62,
                     *                 50.51
                     *               ],
                     *               [
                     *                 2.66,
                     *                 50.51
                     *               ],
                     *               [
                     *                 2.66,
                     *                 50.54
                     *               ],
                     *               [
                     *                 2.62,
                     *                 50.51
                     *               ]
                     *             ]
                     *           ]
                     *         ]
                     *       },
                     *       "bbox": [
                     *         2.62,
                     *         50.51,
                     *         2.66,
                     *         50.54
                     *       ],
                     *       "properties": {
                     *         "id": "commune:62119",
                     *         "level": "commune",
                     *         "code": "62119",
                     *         "name": "Béthune",
                     *         "population": 25342,
                     *         "geometrySource": "imported",
                     *         "areaKm2": 9.46
                     *       }
                     *     }
                     */
                    "application/geo+json": components["schemas"]["TerritoryFeature"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated references; default: the territory's département and région.
                 * @example null
                 */
                references?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Territory id (commune, EPCI, groupement...; a custom zone works too).
                 * @example epci:200072460
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProfileResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCapacity: {
        parameters: {
            query?: {
                /**
                 * @description The inventory (its id, GET /api/v1/tourisme/inventories). Default: the newest.
                 * @example null
                 */
                inventory?: number | null;
                /**
                 * @description The territory (commune:62447, epci:200044030, custom:62447+62204); its communes of the CC des 7 Vallées and the CABBALR are counted. Default: the CC des 7 Vallées.
                 * @example epci:200044030
                 */
                territory?: string | null;
                /**
                 * @description Only the establishments of these types, comma-separated (hotel,camping,gite,chambre_hotes,collectif,residence). Default: all.
                 * @example null
                 */
                types?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourismeCapacity"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getInventories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourismeInventory"][];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importInventory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportInventoryRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportInventoryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOccupancy: {
        parameters: {
            query?: {
                /**
                 * @description The EPCI whose occupancy the agency has: epci:200044030 (CC des 7 Vallées, the default) or epci:200072460 (CABBALR).
                 * @example epci:200044030
                 */
                territory?: string | null;
                /**
                 * @description The year (2024). Default: the latest year with figures.
                 * @example 2024
                 */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TourismeOccupancy"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getChangeRequests: {
        parameters: {
            query?: {
                /**
                 * @description Only the requests on this network: verte, bleue, noire, agricole.
                 * @example verte
                 */
                network?: string | null;
                /**
                 * @description Only the requests of this partner's key (its key id; agency editors only — a partner always sees its own requests only).
                 * @example null
                 */
                partner?: number | null;
                /**
                 * @description Only the requests in this state: pending, accepted, rejected.
                 * @example pending
                 */
                state?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    proposeChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeChangeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Change request id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviewChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Change request id.
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewChangeRequestRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getElementHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Element id (the id of its feature in the layers).
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElementHistory"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The network the file holds: verte, bleue, noire, agricole. */
                network: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportNetworkRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkImport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDonutDimensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonutSet"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setDonutDimensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDonutDimensionsRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonutSet"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDonut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The territory: a commune, EPCI, groupement, département or région id (epci:200072460), or a custom zone (custom:62119+62178).
                 * @example epci:200072460
                 */
                territory: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionsDonut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRiskMatrix: {
        parameters: {
            query?: {
                /**
                 * @description The level of the rows: commune (default), epci, groupement, departement or region.
                 * @example commune
                 */
                level?: string | null;
                /**
                 * @description The territory whose members form the rows (groupement:aula by default).
                 * @example epci:200072460
                 */
                within?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionsRiskMatrix"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getConsumption: {
        parameters: {
            query: {
                /**
                 * @description json (yearly totals by destination), csv (the counter's inputs: one row per commune, year and destination), csvw (the CSV's metadata, W3C CSVW) or xlsx (the table and its metadata as a workbook); without it, the Accept header chooses.
                 * @example null
                 */
                format?: string | null;
                /**
                 * @description First year (default 2011, the start of the ZAN reference period).
                 * @example 2011
                 */
                from: number;
                /**
                 * @description A commune, EPCI, groupement, département or custom zone.
                 * @example epci:200072460
                 */
                territory: string;
                /**
                 * @description Last year (default: the latest year measured).
                 * @example 2024
                 */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": components["schemas"]["GetConsumptionResponse"];
                    "application/json": components["schemas"]["GetConsumptionResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["GetConsumptionResponse"];
                    "text/csv; charset=utf-8": components["schemas"]["GetConsumptionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCounter: {
        parameters: {
            query: {
                /**
                 * @description A commune, EPCI, groupement (SCoT-like), département or custom zone (custom:62119+62193).
                 * @example epci:200072460
                 */
                territory: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Counter"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRanking: {
        parameters: {
            query: {
                /**
                 * @description Start year of the period (default 2011): its land take and its gain of inhabitants or jobs.
                 * @example 2011
                 */
                from: number;
                /**
                 * @description inhabitant (land take per new inhabitant, portrait.population) or job (per new private job, emploi.salaries_prives).
                 * @example inhabitant
                 */
                per: string;
                /**
                 * @description End year of the period (default 2020, the end of the ZAN reference period).
                 * @example 2020
                 */
                to: number;
                /**
                 * @description The communes of this territory are ranked (epci:200072460, groupement:aula...).
                 * @example epci:200072460
                 */
                within: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRankingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setReduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The territory (a SCoT-like groupement, an EPCI, a commune). */
                territory: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReductionRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setTrajectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTrajectoryRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCatalog: {
        parameters: {
            query?: {
                /** @description jsonld or ttl; without it the Accept header decides (text/turtle, else JSON-LD). */
                format?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": unknown;
                    "text/turtle": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "database": "reachable",
                     *       "schemaVersion": "0002_territories.sql",
                     *       "counts": {
                     *         "commune": 319,
                     *         "epci": 5,
                     *         "groupement": 3,
                     *         "departement": 1,
                     *         "region": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetHealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHealthResponse"];
                };
            };
        };
    };
    getLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "live"
                     *     }
                     */
                    "application/json": components["schemas"]["GetLiveResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "schemaVersion": "0018_secret_with.sql",
                     *       "migrations": 19,
                     *       "reads": "standby 127.0.0.1:54361",
                     *       "servers": [
                     *         {
                     *           "name": "primary",
                     *           "role": "primary",
                     *           "replayed": null,
                     *           "problem": null
                     *         },
                     *         {
                     *           "name": "127.0.0.1:54361",
                     *           "role": "standby",
                     *           "replayed": "0/3A2B1C8",
                     *           "problem": null
                     *         },
                     *         {
                     *           "name": "127.0.0.1:54362",
                     *           "role": "standby",
                     *           "replayed": null,
                     *           "problem": "does not answer (Failed to connect to 127.0.0.1:54362)"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetReadyResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLanding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetLandingResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.oai.openapi+json;version=3.0": unknown;
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCollections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCollectionsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. communes.
                 * @example communes
                 */
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionDescription"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getItems: {
        parameters: {
            query?: {
                /**
                 * @description minx,miny,maxx,maxy (CRS84 longitude/latitude unless bbox-crs says otherwise).
                 * @example 2.7,50.3,3.0,50.5
                 */
                bbox?: string | null;
                /**
                 * @description CRS of bbox: http://www.opengis.net/def/crs/OGC/1.3/CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154.
                 * @example null
                 */
                "bbox-crs"?: string | null;
                /**
                 * @description CRS of the response: CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154 (Lambert-93, metres).
                 * @example null
                 */
                crs?: string | null;
                /**
                 * @description An RFC 3339 instant (2024-03-01) or interval (2020-01-01/.., ../2019-12-31) on the layer's temporal property.
                 * @example null
                 */
                datetime?: string | null;
                /**
                 * @description json or geojson (GeoJSON, the default), csv (properties and WKT geometry), csvw (the CSV's metadata, W3C CSVW) or xlsx (properties and one point's coordinates, with a metadata sheet).
                 * @example null
                 */
                f?: string | null;
                /**
                 * @description Features per page, 1 to 10,000 (default 100).
                 * @example 50
                 */
                limit?: string | null;
                /**
                 * @description Features to skip (paging; follow the next link rather than computing it).
                 * @example null
                 */
                offset?: string | null;
                /**
                 * @description Comma-separated properties to return (default: all).
                 * @example null
                 */
                properties?: string | null;
                /**
                 * @description full, medium (borders within ~50 m) or low (~350 m): the polygon precision, when no zoom, scale or bbox chooses it.
                 * @example null
                 */
                resolution?: string | null;
                /**
                 * @description Map scale denominator the features are drawn at (e.g. 250000): polygons are generalised to suit it.
                 * @example null
                 */
                scale?: string | null;
                /**
                 * @description Map zoom level the features are drawn at (0–22): polygons are generalised to suit it.
                 * @example null
                 */
                zoom?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. communes.
                 * @example communes
                 */
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/csvm+json": unknown;
                    "application/geo+json": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getItem: {
        parameters: {
            query?: {
                /**
                 * @description CRS of the response: CRS84 (default) or http://www.opengis.net/def/crs/EPSG/0/2154.
                 * @example null
                 */
                crs?: string | null;
            };
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. communes.
                 * @example communes
                 */
                collectionId: string;
                /**
                 * @description Feature id, e.g. commune:62119.
                 * @example commune:62119
                 */
                featureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "Content-Crs": components["headers"]["Content-Crs"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getQueryables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. emploi-etablissements.
                 * @example emploi-etablissements
                 */
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": unknown;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTilesets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. emploi-etablissements.
                 * @example emploi-etablissements
                 */
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTilesetsResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTileset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. emploi-etablissements.
                 * @example emploi-etablissements
                 */
                collectionId: string;
                /**
                 * @description Tile matrix set id: WebMercatorQuad.
                 * @example WebMercatorQuad
                 */
                tileMatrixSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTilesetResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Collection id, e.g. emploi-etablissements.
                 * @example emploi-etablissements
                 */
                collectionId: string;
                /**
                 * @description Tile column, from the west.
                 * @example 2080
                 */
                x: number;
                /**
                 * @description Tile row, from the north.
                 * @example 1381
                 */
                y: number;
                /**
                 * @description Zoom level (tile matrix), 0 to 22.
                 * @example 12
                 */
                z: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mapbox-vector-tile": string;
                };
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getConformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetConformanceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTileMatrixSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTileMatrixSetsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTileMatrixSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tile matrix set id: WebMercatorQuad.
                 * @example WebMercatorQuad
                 */
                tileMatrixSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TileMatrixSet"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
