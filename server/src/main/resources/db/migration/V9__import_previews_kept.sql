-- Registry bulk import, second pass (module registry: ImportBatches, ImportStaging).
--
-- 1. An import's preview is kept with its batch, so it survives a restart of the server. Its rows
--    stay in the unlogged staging table import_rows_<id>: PostgreSQL keeps an unlogged table
--    across a clean shutdown but empties it after a crash. staged_rows (the rows COPY wrote) lets
--    the next start tell the two apart: a table with fewer rows is marked EXPIRED, and the
--    officer is asked to upload the file again rather than commit part of it.
alter table import_batch
  add column preview     jsonb,    -- ImportPreview as the API returns it
  add column present     text[],   -- the fields the file has columns for (only those change)
  add column staged_rows integer;  -- valid rows written to the staging table

alter table import_batch drop constraint import_batch_status_check;
alter table import_batch add constraint import_batch_status_check
  check (status in ('PREVIEW', 'COMMITTED', 'DISCARDED', 'EXPIRED'));

-- 2. The folded-name trigger (V7) runs only when it has work: the application writes name_folded
--    itself, and calling PL/pgSQL for each of a million imported rows only to find that cost
--    about a tenth of the insert. A WHEN condition is evaluated without entering the function.
drop trigger person_name_folded on person;

create trigger person_name_folded_insert before insert on person
  for each row when (new.name_folded is null)
  execute function person_name_folded();

create trigger person_name_folded_update before update on person
  for each row when (new.name_folded is null
                     or (new.full_name is distinct from old.full_name
                         and new.name_folded is not distinct from old.name_folded))
  execute function person_name_folded();
