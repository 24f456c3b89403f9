-- Observatoire de la mobilité: its schema; each part (accidents, cycling network) adds its tables in its own file.
create schema if not exists mobilite;
