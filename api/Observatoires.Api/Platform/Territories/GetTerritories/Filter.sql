from platform.territory t
join platform.territory_level l on l.level = t.level
-- QPVs are listed when their level is asked: a listing or a search without level keeps to the referential's levels.
where (t.level = @Level or (@Level::text is null and t.level <> 'qpv'))
  and (@Scope = 'all' or t.in_perimeter = (@Scope = 'perimeter'))
  and (@Within::text is null or exists (
        select 1 from platform.territory_membership m where m.member_id = t.id and m.parent_id = @Within))
  and (@Q::text is null or t.code = @Q
       or platform.search_key(t.name) like '%' || platform.search_key(@QPattern) || '%' escape '\')
