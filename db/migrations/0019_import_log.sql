-- The ingestion log: every import, by the command line or by HTTP, whatever came of it. A refused import is logged
-- too (after its own transaction rolled back), so that the log says what was tried, not only what was written.
create table platform.import_log (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    by_kind       text not null check (by_kind in ('key', 'cli')),
    key_id        integer references platform.api_key,
    by_name       text not null,            -- the key's name, or the OS user who ran ./observatoires import
    file_name     text not null,
    file_bytes    bigint not null check (file_bytes >= 0),
    file_sha256   text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    module        text not null,            -- an observatory's slug, or platform
    target        text not null,            -- what the import writes: dechets.tonnage, values, territories...
    outcome       text not null check (outcome in ('imported', 'identical', 'refused')),
    rows_new      bigint,                   -- null where the importer has no such count: never invented
    rows_revised  bigint,
    rows_unchanged bigint,
    rows_refused  bigint,
    rows_written  bigint,                   -- rows the import wrote, for importers that replace a whole set (new and revised unknown)
    rows_replaced bigint,                   -- stored rows such an import deleted and replaced
    problems      integer not null default 0,
    report        jsonb not null default '[]', -- the listed problems: [{line, message}], capped
    duration_ms   integer not null,
    previous_id   bigint references platform.import_log, -- for an identical import: the import it repeats
    check ((by_kind = 'key') = (key_id is not null))
);

create index import_log_at_idx on platform.import_log (id desc);
-- The last successful import of a target, which an identical file is compared with.
create index import_log_target_idx on platform.import_log (target, id desc) where outcome = 'imported';

create function platform.import_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise insufficient_privilege using message = 'the import log is append-only';
end $$;

create trigger import_log_append_only before update or delete or truncate on platform.import_log
    for each statement execute function platform.import_log_is_append_only();
