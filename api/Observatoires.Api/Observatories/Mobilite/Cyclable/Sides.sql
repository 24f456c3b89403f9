-- The sides of the segments that have a facility, each with its commune, type, status (NON RENSEIGNE when the file
-- gave none) and the segment's length in km on the ellipsoid; only the sides in the given communes, if any.
select f.id as facilityid, 'commune:' || s.code as communeid, s.ame, coalesce(s.statut, @NotGiven) as statut,
       st_length(f.geom::geography) / 1000 as km
from mobilite.cycle_facility f
cross join lateral (values (f.code_com_d, f.ame_d, f.statut_d), (f.code_com_g, f.ame_g, f.statut_g)) as s (code, ame, statut)
where s.ame <> 'AUCUN'
  and (@Communes::text[] is null or 'commune:' || s.code = any (@Communes))
order by f.id, s.code
