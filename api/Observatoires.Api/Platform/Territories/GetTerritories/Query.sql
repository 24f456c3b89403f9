select t.id, t.level, t.code, t.name, t.population
{filter}
order by l.rank desc, platform.search_key(t.name), t.code
limit @Limit offset @Offset
