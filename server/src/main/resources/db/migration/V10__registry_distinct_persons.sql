-- Decisions that two persons the matching finds alike (same household, same name without
-- diacritics, same birth date: registry Duplicates) are two different people, so the pair stops
-- being listed as a probable duplicate. The decision itself is also written to change_history on
-- both persons (field not_duplicate_of), with who, when and on what evidence.
create table distinct_persons (
  first_id   bigint not null references person (id) on delete cascade,
  second_id  bigint not null references person (id) on delete cascade,
  decided_at timestamptz not null default now(),
  decided_by text not null,
  evidence   text not null,
  reason     text,
  primary key (first_id, second_id),
  check (first_id < second_id)
);
