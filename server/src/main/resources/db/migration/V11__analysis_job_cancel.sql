-- Analysis jobs can be cancelled (server module analysis): a queued job never starts, a running one
-- stops at its next stage or chunk of persons. Finished jobs (done, failed, cancelled) are deleted
-- with their results once older than the retention (setting ansinh.jobs.retention), so the
-- retention task looks them up by when they finished.

alter table analysis_job drop constraint analysis_job_status_check;
alter table analysis_job add constraint analysis_job_status_check
  check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'));

create index analysis_job_finished_at on analysis_job (finished_at) where finished_at is not null;
