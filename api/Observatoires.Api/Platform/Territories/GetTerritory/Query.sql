select t.id, t.level, t.code, t.name, t.name_of as "NameOf", t.name_to as "NameTo", t.name_in as "NameIn",
       t.commune_count as "CommuneCount", t.population, t.source_vintage as "SourceVintage", t.geometry_source as "GeometrySource",
       t.geometry_updated_at as "GeometryUpdatedAt", st_xmin(t.geom) as west, st_ymin(t.geom) as south, st_xmax(t.geom) as east, st_ymax(t.geom) as north
from platform.territory t
where t.id = @Id;

select p.id, p.level, p.code, p.name, p.name_of as "NameOf", p.name_to as "NameTo", p.name_in as "NameIn"
from platform.territory_membership m
join platform.territory p on p.id = m.parent_id
join platform.territory_level l on l.level = p.level
where m.member_id = @Id
order by l.rank, p.name;

select c.level, count(*)::int as count
from platform.territory_membership m
join platform.territory c on c.id = m.member_id
join platform.territory_level l on l.level = c.level
where m.parent_id = @Id
group by c.level, l.rank
order by l.rank;
