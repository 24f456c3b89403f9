-- Every bump of a data version is announced (delivered at commit), so that API instances keep the versions in
-- memory and revalidate requests (ETag, 304, response cache) without a query each.
create or replace function platform.bump_data_version(p_domain text) returns bigint
    language plpgsql volatile
as $$
declare
    v_version bigint;
begin
    insert into platform.data_version as v (domain) values (p_domain)
    on conflict (domain) do update set version = v.version + 1, updated_at = now()
    returning version into v_version;
    perform pg_notify('data_version', p_domain || ':' || v_version);
    return v_version;
end
$$;
