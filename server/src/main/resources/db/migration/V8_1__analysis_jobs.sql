-- Access analyses and reform simulations run over a snapshot of the registry as background jobs
-- (server module analysis). A job keeps what was asked (request), how far it got, and its results
-- as files (CSV, XLSX, JSON, SVG), so they survive a restart; a job that was queued or running when
-- the server stopped is marked FAILED on the next start. Results are aggregates: no person's data.

create table analysis_job (
  id           bigint generated always as identity primary key,
  kind         text not null check (kind in ('access', 'reform')),
  status       text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  requested_by text not null,                  -- account username
  request      text not null,                  -- the checked request, JSON
  ward_code    integer references area (code), -- only this ward's households; null: the registry
  progress     integer not null default 0 check (progress between 0 and 100),
  stage        text,                           -- what it is doing (a code, see JobStage)
  persons      integer,                        -- persons in the snapshot
  households   integer,
  error        text,
  created_at   timestamptz not null,
  started_at   timestamptz,
  finished_at  timestamptz
);

create index analysis_job_requested_by on analysis_job (requested_by, id desc);
create index analysis_job_kind on analysis_job (kind, status, id desc);

create table analysis_result (
  job_id     bigint not null references analysis_job (id) on delete cascade,
  name       text not null check (name ~ '^[a-z0-9-]+\.(csv|xlsx|json|svg)$'),
  media_type text not null,
  content    bytea not null,
  primary key (job_id, name)
);
