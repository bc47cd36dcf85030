package org.ansinh.server.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ansinh.server.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The jobs for the signed-in web app (the API answers the same under /api/v1/jobs): the list of the
 * jobs the actor may read, with when their results expire; a job's result files; cancelling a job.
 * Who reads and cancels which: {@link JobScope}.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN','INSPECTOR')")
class ResultPagesController {

  private static final int LISTED = 100; // not law: a page of jobs

  private final AnalysisPages pages;
  private final Jobs jobs;
  private final ResultDownloads downloads;
  private final JobCancellation cancellation;
  private final JobRetention retention;

  ResultPagesController(
      AnalysisPages pages,
      Jobs jobs,
      ResultDownloads downloads,
      JobCancellation cancellation,
      JobRetention retention) {
    this.pages = pages;
    this.jobs = jobs;
    this.downloads = downloads;
    this.cancellation = cancellation;
    this.retention = retention;
  }

  /** One line of the list: the job, its dates as in Vietnam, and what the actor may do. */
  record Listed(Job job, LocalDate created, LocalDate expires, boolean cancellable) {}

  @GetMapping("/analysis/jobs")
  String list(Model model) {
    Actor actor = pages.actor();
    List<Listed> listed =
        jobs.list(JobScope.listed(actor), LISTED).stream()
            .map(
                j ->
                    new Listed(
                        j,
                        day(j.createdAt()),
                        j.finishedAt() == null ? null : day(j.expiresAt(retention.retention())),
                        pages.cancellable(j)))
            .toList();
    model.addAttribute("jobs", listed);
    model.addAttribute("retentionDays", retention.retention().toDays());
    model.addAttribute("everyone", JobScope.listed(actor) == null);
    return "analysis/jobs";
  }

  @GetMapping("/analysis/jobs/{id}/results/{name}")
  ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable String name, Locale locale) {
    return downloads.answer(pages.job(id), name, locale);
  }

  /** Cancels the job; htmx swaps in its (now ended) progress, a plain form returns to the list. */
  @PostMapping("/analysis/jobs/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    Job cancelled = cancellation.cancel(pages.job(id));
    if (htmx == null) {
      return "redirect:/analysis/jobs";
    }
    return pages.progress(cancelled, model, null);
  }

  private LocalDate day(java.time.Instant t) {
    return t.atZone(pages.zone()).toLocalDate();
  }
}
