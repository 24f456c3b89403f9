-- What the filter keeps, counted: accidents, victims by severity, KSI, accidents under the law's rule.
select count(*)::integer as Accidents, coalesce(sum(s.killed), 0)::integer as Killed,
       coalesce(sum(s.hospitalised), 0)::integer as Hospitalised, coalesce(sum(s.lightly_injured), 0)::integer as LightlyInjured,
       coalesce(sum(s.ksi), 0)::integer as Ksi, (count(*) filter (where s.pieton_ou_cycliste))::integer as PietonOuCycliste
{filter}
