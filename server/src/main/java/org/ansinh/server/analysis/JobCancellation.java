package org.ansinh.server.analysis;

import org.ansinh.server.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Cancelling a job the signed-in actor may read, for the API and the pages: refused (403) unless
 * {@link JobScope#mayCancel}, and answered 409 naming {@code status} when the job has already
 * ended.
 */
@Component
class JobCancellation {

  private final JobRunner runner;
  private final Jobs jobs;
  private final CurrentActor actor;

  JobCancellation(JobRunner runner, Jobs jobs, CurrentActor actor) {
    this.runner = runner;
    this.jobs = jobs;
    this.actor = actor;
  }

  /** Cancels the job; the job as it stands afterwards. */
  Job cancel(Job job) {
    if (!JobScope.mayCancel(actor.get(), job)) {
      throw new AccessDeniedException("may not cancel job " + job.id());
    }
    if (!runner.cancel(job.id())) {
      Job now = jobs.find(job.id()).orElse(job);
      ProblemDetail p =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT, "job " + job.id() + " has already ended: it is " + now.status());
      p.setTitle("Công việc đã kết thúc / The job has already ended");
      p.setProperty("field", "status");
      throw new ErrorResponseException(HttpStatus.CONFLICT, p, null);
    }
    return jobs.find(job.id()).orElseThrow();
  }
}
