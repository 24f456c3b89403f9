-- The accidents a filter keeps, shared by the accident list (GeoJSON, CSV) and the hot spots: years from–to, month,
-- hour band, modes (any of), severities (any of), in or out of built-up areas, territory (a commune or any territory
-- its communes belong to), and the law's rule. A null parameter does not filter.
from mobilite.accident a
join mobilite.accident_summary s on s.num_acc = a.num_acc
join platform.territory c on c.id = a.commune_id
where (@From::integer is null or a.year >= @From)
  and (@To::integer is null or a.year <= @To)
  and (@Month::integer is null or extract(month from a.occurred_at) = @Month)
  and (@HourBand::text is null or mobilite.hour_band(a.occurred_at) = @HourBand)
  and (@Modes::text[] is null or s.modes && @Modes)
  and (@Severities::text[] is null or s.severity = any(@Severities))
  and (@Agglomeration::boolean is null or a.agglomeration = @Agglomeration)
  and (@Territory::text is null or a.commune_id = @Territory
       or exists (select from platform.territory_membership m where m.member_id = a.commune_id and m.parent_id = @Territory))
  and (not @PedestrianOrCyclist or s.pieton_ou_cycliste)
