-- A QPV's memberships: its communes, then, stored flat, every parent of those communes (EPCI, groupements,
-- département, région). A QPV is never a parent, so the communes' hierarchy and their aggregates do not change.
delete from platform.territory_membership where member_id = any(@Qpvs);
insert into platform.territory_membership (member_id, parent_id)
select distinct g.qpv, g.commune from unnest(@QpvIds, @CommuneIds) as g(qpv, commune)
union
select distinct g.qpv, m.parent_id
from unnest(@QpvIds, @CommuneIds) as g(qpv, commune)
join platform.territory_membership m on m.member_id = g.commune
on conflict do nothing;
