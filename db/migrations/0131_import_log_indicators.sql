-- The indicators an import wrote values of (a values import: the codes of its file), so that an indicators dataset's
-- lineage lists exactly the imports that wrote its indicators, not every values import of the platform. Null where
-- the importer records none (its target names what it wrote). The target stays 'values': an identical file is still
-- compared with the last values import.
alter table platform.import_log add column indicators text[];

create index import_log_indicators_idx on platform.import_log using gin (indicators) where indicators is not null;
