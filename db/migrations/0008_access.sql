-- Partner access: API keys and the audit log of every write.

-- A key is shown once at creation; only its look-up prefix and a SHA-256 of the whole key are kept (keys are 160
-- random bits: a fast hash is enough, nothing to brute-force).
create table platform.api_key (
    id           integer generated always as identity primary key,
    prefix       text not null unique check (prefix ~ '^[A-Za-z0-9]{8}$'),
    hash         bytea not null check (length(hash) = 32),
    name         text not null check (length(name) between 1 and 200),
    role         text not null check (role in ('partner_reader', 'partner_editor', 'agency_editor', 'admin')),
    -- Territories the key is limited to (an EPCI, a groupement...); empty: the whole territory.
    scope        text[] not null default '{}',
    expires_on   date,
    revoked_at   timestamptz,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);

-- Who changed what, when, before and after. Rows are only ever added.
create table platform.audit_log (
    id         bigint generated always as identity primary key,
    at         timestamptz not null default now(),
    key_id     integer references platform.api_key,
    actor      text not null, -- "key 12 (EPCI Béthune-Bruay)", or "cli (user)" for the command line
    action     text not null, -- import_values, import_territories, lot_status...
    entity     text not null,
    entity_id  text,
    before     jsonb,
    after      jsonb
);

create index audit_log_at_idx on platform.audit_log (at desc);
create index audit_log_key_idx on platform.audit_log (key_id, at desc);

create function platform.audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise insufficient_privilege using message = 'the audit log is append-only';
end $$;

create trigger audit_log_append_only before update or delete or truncate on platform.audit_log
    for each statement execute function platform.audit_log_is_append_only();
