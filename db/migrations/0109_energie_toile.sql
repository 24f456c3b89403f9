-- Observatoire de l'énergie: the Toile énergétique®, the graph of the industrial energy system. Nodes are the
-- industrial consumers over 10 GWh a year (partner data: names, volumes and positions), the producers, the source
-- substations and the heat networks; edges are the flows between them, existing or potential.
create table energie.toile_node (
    id              integer primary key,
    kind            text not null check (kind in ('consommateur', 'producteur', 'poste_source', 'reseau_chaleur')),
    name            text not null check (name <> ''),
    commune_id      text not null references platform.territory on delete cascade,
    -- consumers: their industrial sector (metallurgie, agroalimentaire, chimie...); producers: their source (eolien,
    -- pv_sol, biogaz, valorisation_dechets, gaz_de_mine...); null for substations and heat networks
    sector          text,
    -- consumers: direct greenhouse-gas emissions, kt CO2e a year
    emissions_kt    double precision check (emissions_kt >= 0),
    -- producers: annual production, GWh (it includes what goes to the public grids, which are not edges)
    production_gwh  double precision check (production_gwh >= 0),
    -- source substations: S3RENR capacity still available for renewables, MW
    capacity_mw     double precision check (capacity_mw >= 0),
    -- heat networks: year of creation and delivery points
    created_year    integer check (created_year between 1900 and 2100),
    delivery_points integer check (delivery_points >= 0),
    -- the synergies' two sides, GWh a year: recoverable waste heat the node could give away, and the low-temperature
    -- heat demand that recovered heat could meet
    waste_heat_gwh  double precision check (waste_heat_gwh >= 0),
    heat_demand_gwh double precision check (heat_demand_gwh >= 0),
    -- demo nodes are placed inside their commune from its contour; real ones keep their surveyed position
    demo            boolean not null default false,
    geom            geometry(Point, 4326) not null
);

create index toile_node_geom_idx on energie.toile_node using gist (geom);

-- What a consumer uses of each energy carrier, GWh a year (electricite, gaz, chaleur, petrole, bois, autres).
create table energie.toile_consumption (
    node_id integer not null references energie.toile_node on delete cascade,
    carrier text not null,
    gwh     double precision not null check (gwh >= 0),
    primary key (node_id, carrier)
);

-- A flow from one node to another: what it carries, how much a year, whether it exists or could, and what it is.
create table energie.toile_edge (
    id        integer primary key,
    from_node integer not null references energie.toile_node on delete cascade,
    to_node   integer not null references energie.toile_node on delete cascade,
    carrier   text not null check (carrier in ('electricite', 'gaz', 'chaleur', 'biogaz', 'vapeur')),
    gwh       double precision not null check (gwh >= 0),
    status    text not null check (status in ('existing', 'potential')),
    kind      text not null check (kind in ('supply', 'exchange', 'waste_heat')),
    constraint toile_edge_not_a_loop check (from_node <> to_node)
);

create index toile_edge_from_idx on energie.toile_edge (from_node);
create index toile_edge_to_idx on energie.toile_edge (to_node);
