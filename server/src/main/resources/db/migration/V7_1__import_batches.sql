-- Imports of CSV and XLSX files into the registry (module registry: RegistryImport). An upload is
-- checked into a staging table of its own (import_rows_<id>, unlogged, dropped on commit or
-- discard) and previewed; a commit writes every row in one transaction or none. This table keeps
-- who imported which file, when, and what came of it.
create table import_batch (
  id                 bigint generated always as identity primary key,
  username           text not null,
  file_name          text not null,
  created_at         timestamptz not null default now(),
  status             text not null default 'PREVIEW'
                       check (status in ('PREVIEW', 'COMMITTED', 'DISCARDED')),
  row_count          integer,
  error_count        integer,
  households_created integer,
  households_updated integer,
  persons_created    integer,
  persons_updated    integer,
  finished_at        timestamptz
);
