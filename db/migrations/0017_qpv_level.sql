-- QPV (quartiers prioritaires de la politique de la ville, 2024 codes such as QN06201M) as a territory level below
-- the commune. A QPV is a member of the commune(s) it lies in (a QPV may straddle two) and, stored flat like the
-- communes' memberships, of their EPCI, groupements, département and région, so that `within=epci:…&level=qpv`
-- lists the QPVs of an EPCI. It is never a parent: no commune is its member, and the hierarchy the value engine
-- aggregates (TerritoryHierarchy) reads the communes' memberships only, so a commune's or an EPCI's figure never
-- includes QPV values. QPV values are stored at their level; geometry_source says whether the polygon is a demo one
-- ('synthetic', drawn inside its communes and placed again when their contours change) or the ANCT's ('imported').
insert into platform.territory_level (level, label, rank) values ('qpv', 'Quartier prioritaire (QPV)', 0);
