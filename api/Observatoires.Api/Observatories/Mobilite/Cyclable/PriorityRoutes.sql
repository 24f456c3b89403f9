-- The priority routes of the scheme (one per commune) with the km built: the segments in service that carry the
-- route's name in nom_loc, on a side of the commune (a segment counts once, whatever its sides).
select r.commune_id as communeid, c.name as communename, r.name, r.planned_km as plannedkm,
       coalesce((select sum(st_length(f.geom::geography)) / 1000
                 from mobilite.cycle_facility f
                 where r.name = any (f.nom_loc)
                   and ((f.code_com_d = c.code and f.ame_d <> 'AUCUN' and f.statut_d = 'EN SERVICE')
                        or (f.code_com_g = c.code and f.ame_g <> 'AUCUN' and f.statut_g = 'EN SERVICE'))), 0) as builtkm,
       r.updated_at as updatedat, r.updated_by as updatedby
from mobilite.priority_route r
join platform.territory c on c.id = r.commune_id
where @Communes::text[] is null or r.commune_id = any (@Communes)
order by c.name, r.commune_id
