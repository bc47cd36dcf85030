package org.ansinh.server.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.NotFoundException;
import org.ansinh.server.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access analyses and reform simulations over the registry as background jobs: submit one, follow
 * its progress, download its results. For leaders, analysts and administrators; results are
 * aggregates, so any of them may read any job, and each lists their own (an administrator all).
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Access analyses and reforms over the registry")
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
class JobController {

  static final String BASE = "/api/v1/jobs";
  private static final int LISTED = 100; // not law: a page of jobs

  private final JobRunner runner;
  private final Jobs jobs;
  private final CurrentActor actor;
  private final JsonMapper json;
  private final ResultDownloads downloads;

  JobController(
      JobRunner runner, Jobs jobs, CurrentActor actor, JsonMapper json, ResultDownloads downloads) {
    this.runner = runner;
    this.jobs = jobs;
    this.actor = actor;
    this.json = json;
    this.downloads = downloads;
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

  @Operation(summary = "The caller's jobs, newest first (an administrator's: everyone's)")
  @GetMapping
  List<JobView> list() {
    Actor a = analyst();
    String whose = a.role() == Role.ADMIN ? null : a.username();
    return jobs.list(whose, LISTED).stream().map(this::view).toList();
  }

  @Operation(summary = "A job: status, progress, timings and links to its results")
  @GetMapping("/{id}")
  JobView get(@PathVariable long id) {
    analyst();
    return view(find(id));
  }

  @Operation(summary = "A result of a finished job: CSV, XLSX, JSON or SVG")
  @GetMapping("/{id}/results/{name}")
  ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable String name) {
    analyst();
    return downloads.answer(find(id), name);
  }

  private Job find(long id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("id", "no job " + id));
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
