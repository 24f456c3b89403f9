-- Integrity of indicator_value's references, checked once per statement instead of once per row.
-- Imports write a million values at a time: the foreign keys' per-row checks took longer than the insert itself.
-- The same rules as the foreign keys they replace: a value refers to an existing indicator and territory; deleting
-- either deletes its values; their keys cannot change while values refer to them.
alter table platform.indicator_value
    drop constraint indicator_value_indicator_code_fkey,
    drop constraint indicator_value_territory_id_fkey;

create function platform.check_value_references() returns trigger language plpgsql as $$
declare
    unknown text;
begin
    select n.indicator_code into unknown from inserted_values n
    where not exists (select from platform.indicator i where i.code = n.indicator_code) limit 1;
    if found then
        raise foreign_key_violation using message = format('indicator_value refers to an unknown indicator: %s', unknown);
    end if;
    select n.territory_id into unknown from inserted_values n
    where not exists (select from platform.territory t where t.id = n.territory_id) limit 1;
    if found then
        raise foreign_key_violation using message = format('indicator_value refers to an unknown territory: %s', unknown);
    end if;
    return null;
end $$;

create trigger indicator_value_references after insert on platform.indicator_value
    referencing new table as inserted_values for each statement execute function platform.check_value_references();

create function platform.refuse_value_key_change() returns trigger language plpgsql as $$
begin
    raise integrity_constraint_violation using message = 'the indicator, territory and period of a stored value cannot change';
end $$;

create trigger indicator_value_fixed_key before update on platform.indicator_value for each row
    when (old.indicator_code is distinct from new.indicator_code or old.territory_id is distinct from new.territory_id
          or old.period is distinct from new.period)
    execute function platform.refuse_value_key_change();

-- The parents' side: deleting an indicator or a territory deletes its values; their key cannot change under values.
-- Arguments: the column of indicator_value that refers to the parent, the parent's key column.
create function platform.delete_values_of_deleted() returns trigger language plpgsql as $$
begin
    execute format('delete from platform.indicator_value where %I in (select %I from deleted_rows)', tg_argv[0], tg_argv[1]);
    return null;
end $$;

create function platform.refuse_referenced_key_change() returns trigger language plpgsql as $$
declare
    old_key text := to_jsonb(old) ->> tg_argv[1];
    referenced boolean;
begin
    execute format('select exists (select from platform.indicator_value where %I = $1)', tg_argv[0]) into referenced using old_key;
    if referenced then
        raise foreign_key_violation using message = format('%s %s has values: its key cannot change', tg_table_name, old_key);
    end if;
    return new;
end $$;

create trigger indicator_values_deleted after delete on platform.indicator referencing old table as deleted_rows
    for each statement execute function platform.delete_values_of_deleted('indicator_code', 'code');
create trigger territory_values_deleted after delete on platform.territory referencing old table as deleted_rows
    for each statement execute function platform.delete_values_of_deleted('territory_id', 'id');
create trigger indicator_key_fixed before update of code on platform.indicator for each row
    when (old.code is distinct from new.code) execute function platform.refuse_referenced_key_change('indicator_code', 'code');
create trigger territory_key_fixed before update of id on platform.territory for each row
    when (old.id is distinct from new.id) execute function platform.refuse_referenced_key_change('territory_id', 'id');
