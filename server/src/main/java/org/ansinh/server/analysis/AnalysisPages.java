package org.ansinh.server.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboard and the reform simulator share: the signed-in analyst, submitting a job from a
 * form, a job's progress as a fragment that polls itself, and a finished job's JSON read back.
 */
@Component
class AnalysisPages {

  private final Jobs jobs;
  private final JobRunner runner;
  private final CurrentActor actor;
  private final JsonMapper json;

  AnalysisPages(Jobs jobs, JobRunner runner, CurrentActor actor, JsonMapper json) {
    this.jobs = jobs;
    this.runner = runner;
    this.actor = actor;
    this.json = json;
  }

  /** The signed-in actor, whatever they may do. */
  Actor actor() {
    return actor.get();
  }

  Actor analyst() {
    Actor a = actor.get();
    if (!a.mayAnalyse()) {
      throw new org.springframework.security.access.AccessDeniedException("may not analyse");
    }
    return a;
  }

  /** Checks and queues a job asked for on a page; its id. */
  long submit(JobRequest request) {
    Actor a = analyst();
    JobSpec spec = JobSpec.check(request, currentMonth(), jobs::knownWard);
    return runner.submit(spec, a.username());
  }

  YearMonth currentMonth() {
    return YearMonth.now(jobs.clock().withZone(zone()));
  }

  LocalDate today() {
    return LocalDate.now(jobs.clock().withZone(zone()));
  }

  /** Dates are shown as in Vietnam. */
  java.time.ZoneId zone() {
    return VIETNAM;
  }

  private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

  /** The job if the signed-in actor may read it ({@link JobScope}); else "no job". */
  Job job(long id) {
    return JobScope.readable(actor.get(), id, jobs.find(id));
  }

  /** Whether the signed-in actor may cancel the job now (the progress fragment's button). */
  boolean cancellable(Job job) {
    return !job.status().finished() && JobScope.mayCancel(actor.get(), job);
  }

  Optional<Job> latestDone(String kind) {
    return jobs.latestDone(kind);
  }

  /** The result a finished job keeps as JSON, read back as its record. */
  <T> T result(Job job, String file, Class<T> type) {
    return jobs.result(job.id(), file)
        .map(f -> json.readValue(f.content(), type))
        .orElseThrow(() -> new NotFoundException("id", "job " + job.id() + " has no " + file));
  }

  /** The progress fragment of {@code job}: it polls {@code poll} until the job ends. */
  String progress(Job job, Model model, String poll) {
    model.addAttribute("job", job);
    model.addAttribute("poll", poll);
    model.addAttribute("cancellable", cancellable(job));
    return "analysis/fragments :: progress";
  }

  java.util.Map<Integer, String> wardNames(Locale locale) {
    return jobs.wardNames(locale.getLanguage());
  }
}
