-- The platform schema: what every observatory shares.
create extension if not exists postgis;
create extension if not exists unaccent;

create schema if not exists platform;

-- Accent- and case-insensitive search key ("bethune" finds "Béthune"). unaccent() is only STABLE
-- because its dictionary could change; pinning the dictionary makes this wrapper safe to index.
create function platform.search_key(text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- One counter per data domain, bumped by every write, so HTTP caches (ETag) are keyed by data version.
create table platform.data_version (
    domain     text primary key,
    version    bigint not null default 1,
    updated_at timestamptz not null default now()
);

create function platform.bump_data_version(p_domain text) returns bigint
    language sql volatile
as $$
    insert into platform.data_version as v (domain) values (p_domain)
    on conflict (domain) do update set version = v.version + 1, updated_at = now()
    returning version
$$;
