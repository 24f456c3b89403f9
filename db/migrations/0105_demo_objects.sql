-- Demo objects are marked as such, so that they can follow their commune's contour when real contours are imported
-- (ICommuneContourFollower): only these move; imported, drawn or edited objects never do.

-- A generated brownfield: the area it is grown to around a seeded point of its commune (the shape is clipped to the
-- commune, so its area is not enough to grow it again). Null for a real site.
alter table friches.site add column demo_area_m2 double precision check (demo_area_m2 > 0);

-- A generated park whose lots no editor has written: the area it is grown to. Null for a real park, and set to null
-- as soon as an editor writes one of its lots (the park and its lots then stay where they are).
alter table foncier_eco.zae add column demo_area_ha double precision check (demo_area_ha > 0);

-- A generated establishment (SIREN of the 9xx range), placed at random inside its commune.
alter table emploi.etablissement add column demo boolean not null default false;

-- Until now every row came from the demo generators (there is no other way in); parks stay demo unless edited.
update friches.site set demo_area_m2 = st_area(geom::geography);
update foncier_eco.zae z set demo_area_ha = st_area(z.geom::geography) / 10000
where not exists (select from foncier_eco.lot_version l where l.zae_id = z.id and (l.version > 1 or l.changed_by <> 'démonstration'));
update emploi.etablissement set demo = true where siret like '9%';
