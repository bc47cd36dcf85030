package org.ansinh.server.analysis;

import java.util.Optional;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.NotFoundException;

/**
 * Who may read and who may cancel a job, for the API and the pages alike. A job's results are read
 * by whoever started it and by those who read every analysis (leaders, inspectors, administrators:
 * {@link Actor#readsEveryAnalysis()}); an analyst does not read another analyst's jobs, and a ward
 * officer reads none they did not start (every job runs over the whole city or a ward chosen by
 * whoever started it). A job out of scope is answered as if it did not exist (404), so its id tells
 * nothing. Cancelling is for whoever started the job, or an administrator.
 */
final class JobScope {

  private JobScope() {}

  static boolean mayRead(Actor actor, Job job) {
    return startedBy(actor, job) || actor.readsEveryAnalysis();
  }

  static boolean mayCancel(Actor actor, Job job) {
    return mayRead(actor, job) && (startedBy(actor, job) || actor.cancelsEveryAnalysis());
  }

  /** Whose jobs a list shows: the actor's own, or everyone's (null) for who reads them all. */
  static String listed(Actor actor) {
    return actor.readsEveryAnalysis() ? null : actor.username();
  }

  /** The job if the actor may read it; else "no job", as for an id that does not exist. */
  static Job readable(Actor actor, long id, Optional<Job> job) {
    return job.filter(j -> mayRead(actor, j))
        .orElseThrow(() -> new NotFoundException("id", "no job " + id));
  }

  private static boolean startedBy(Actor actor, Job job) {
    return actor.username().equals(job.requestedBy());
  }
}
