select t.id, t.level, t.code, t.name, t.population, t.name_of as "NameOf", t.name_to as "NameTo", t.name_in as "NameIn"
{filter}
order by l.rank desc, platform.search_key(t.name), t.code
limit @Limit offset @Offset
