package org.ansinh.server.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access analyses and reform simulations over the registry as background jobs: submit one, follow
 * its progress, download its results, cancel it. Leaders, analysts and administrators run jobs; who
 * reads and cancels which is {@link JobScope}'s rule (inspectors read every job, for audit).
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Access analyses and reforms over the registry")
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN','INSPECTOR')")
class JobController {

  static final String BASE = "/api/v1/jobs";
  private static final int LISTED = 100; // not law: a page of jobs

  private final JobRunner runner;
  private final Jobs jobs;
  private final CurrentActor actor;
  private final JsonMapper json;
  private final ResultDownloads downloads;
  private final JobCancellation cancellation;

  JobController(
      JobRunner runner,
      Jobs jobs,
      CurrentActor actor,
      JsonMapper json,
      ResultDownloads downloads,
      JobCancellation cancellation) {
    this.runner = runner;
    this.jobs = jobs;
    this.actor = actor;
    this.json = json;
    this.downloads = downloads;
    this.cancellation = cancellation;
  }

  @Operation(
      summary = "Queue an access analysis or a reform over the registry",
      description =
          "{\"kind\": \"access\"|\"reform\", \"period\": \"2026-01\", \"by\": [\"sector\","
              + " \"residence\"], \"reform\": NAME, \"settings\": {...}, \"ward\": CODE}; 202 with"
              + " the job's address in Location")
  @PostMapping
  ResponseEntity<JobView> submit(@RequestBody(required = false) JobRequest request) {
    Actor a = analyst();
    JobSpec spec =
        JobSpec.check(request, YearMonth.now(jobs.clock()), code -> jobs.knownWard(code));
    long id = runner.submit(spec, a.username());
    return ResponseEntity.accepted()
        .location(URI.create(BASE + "/" + id))
        .body(view(jobs.find(id).orElseThrow()));
  }

  @Operation(
      summary =
          "The caller's jobs, newest first (everyone's for leaders, inspectors and administrators)")
  @GetMapping
  List<JobView> list() {
    return jobs.list(JobScope.listed(actor.get()), LISTED).stream().map(this::view).toList();
  }

  @Operation(summary = "A job: status, progress, timings and links to its results")
  @GetMapping("/{id}")
  JobView get(@PathVariable long id) {
    return view(find(id));
  }

  @Operation(
      summary = "A result of a finished job: CSV, XLSX, JSON or SVG",
      description = "Charts (SVG) are drawn in the language asked: Vietnamese unless ?lang=en")
  @GetMapping("/{id}/results/{name}")
  ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable String name, Locale locale) {
    return downloads.answer(find(id), name, locale);
  }

  @Operation(
      summary = "Cancel a queued or running job",
      description =
          "By whoever started it, or an administrator; a running job stops at its next stage or"
              + " chunk of persons and keeps no result. 409 when the job has already ended.")
  @DeleteMapping("/{id}")
  JobView cancel(@PathVariable long id) {
    return view(cancellation.cancel(find(id)));
  }

  @Operation(summary = "Cancel a queued or running job (the same as DELETE)")
  @PostMapping("/{id}/cancel")
  JobView cancelByPost(@PathVariable long id) {
    return cancel(id);
  }

  private Job find(long id) {
    return JobScope.readable(actor.get(), id, jobs.find(id));
  }

  private JobView view(Job j) {
    return JobView.of(j, BASE, json);
  }

  private Actor analyst() {
    Actor a = actor.get();
    if (!a.mayAnalyse()) {
      throw new org.springframework.security.access.AccessDeniedException("may not analyse");
    }
    return a;
  }
}
