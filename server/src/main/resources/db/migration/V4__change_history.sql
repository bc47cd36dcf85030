-- Every change to the registry: what changed (table, row, field, old and new value), when, by
-- whom and on what evidence. Rows are only ever inserted; the trigger below refuses the rest,
-- so the trail cannot be quietly rewritten through the application's connection.

create table change_history (
  id          bigint generated always as identity primary key,
  entity      text not null check (entity in ('household', 'person', 'enrolment')),
  entity_id   bigint not null,
  field       text not null,
  old_value   text,
  new_value   text,
  changed_at  timestamptz not null default now(),
  changed_by  text not null,
  evidence    text,  -- document or file the change rests on (e.g. "CT01 form no. 123")
  reason      text
);

create index change_history_entity on change_history (entity, entity_id);

create function change_history_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'change_history is append-only';
end $$;

create trigger change_history_no_update before update or delete on change_history
  for each row execute function change_history_append_only();
