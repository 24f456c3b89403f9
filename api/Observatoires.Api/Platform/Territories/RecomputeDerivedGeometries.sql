-- Every aggregate (EPCI, groupement, département, région) is the union of its member communes, at every
-- resolution, so that imported commune contours propagate upwards and the levels always agree. The medium and
-- low communes share their borders exactly (CommuneGeneralisation), so an EPCI's border is its communes' border.
update platform.territory t
set geom = agg.geom,
    geom_medium = agg.geom_medium,
    geom_low = agg.geom_low,
    geometry_source = agg.geometry_source,
    geometry_updated_at = now()
from (
    select m.parent_id,
           st_multi(st_collectionextract(st_union(c.geom order by c.id), 3)) as geom,
           st_multi(st_collectionextract(st_union(c.geom_medium order by c.id), 3)) as geom_medium,
           st_multi(st_collectionextract(st_union(c.geom_low order by c.id), 3)) as geom_low,
           case when bool_and(c.geometry_source = 'imported') then 'imported' else 'synthetic' end as geometry_source
    from platform.territory_membership m
    join platform.territory c on c.id = m.member_id and c.level = 'commune'
    where c.geom is not null
    group by m.parent_id
) agg
where t.id = agg.parent_id;
