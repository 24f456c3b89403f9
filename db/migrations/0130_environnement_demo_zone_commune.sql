-- A demo zone is drawn for one commune (DemoZones.sql): it says which, so that it can be drawn again inside that
-- commune's new contour after a contour import (ICommuneContourFollower). Null for an imported zone, which never moves.
alter table environnement.zone add column demo_commune_id text references platform.territory (id) on delete cascade;
alter table environnement.zone add constraint zone_demo_commune check (demo_commune_id is null or demo);
create index zone_demo_commune on environnement.zone (demo_commune_id) where demo_commune_id is not null;

-- The demo zones seeded until now were cut to their commune's contour: the commune holding a point of each is its own.
update environnement.zone z
set demo_commune_id = (select t.id from platform.territory t
                       where t.level = 'commune' and st_contains(t.geom, st_pointonsurface(z.geom)) order by t.id limit 1)
where z.demo;
