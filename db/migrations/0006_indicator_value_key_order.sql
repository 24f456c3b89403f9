-- Imports mostly bring a new period for many territories: with the period before the territory in the key,
-- such rows land next to each other in the index instead of all over it.
alter table platform.indicator_value drop constraint indicator_value_version_key;
alter table platform.indicator_value
    add constraint indicator_value_version_key primary key (indicator_code, period, territory_id, valid_from);
