package org.ansinh.server.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ansinh.simulation.access.AccessCharts;
import org.ansinh.simulation.access.Programme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: coverage and access gaps by sector and residence status (a table and a chart),
 * wards ranked by gap, new enrolments by month; one programme at a time, from the newest access job
 * over the whole registry, with a button that runs a new one and follows its progress.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
class DashboardController {

  private final AnalysisPages pages;
  private final EnrolmentTrends trends;

  DashboardController(AnalysisPages pages, EnrolmentTrends trends) {
    this.pages = pages;
    this.trends = trends;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) Long job,
      Model model,
      Locale locale) {
    pages.analyst();
    Programme shown = programme(programme);
    boolean english = "en".equals(locale.getLanguage());
    Map<Integer, String> wardNames = pages.wardNames(locale);
    GroupLabels labels = new GroupLabels(locale.getLanguage(), wardNames);
    model.addAttribute("programmes", Arrays.asList(Programme.values()));
    model.addAttribute("programme", shown);
    model.addAttribute("labels", labels);
    if (job != null) {
      model.addAttribute("running", pages.job(job));
    }
    Optional<Job> latest = pages.latestDone("access");
    latest.ifPresent(
        j -> {
          AccessResult r = pages.result(j, AccessResult.JSON_FILE, AccessResult.class);
          List<AccessFigure> rows =
              r.rows().stream().filter(f -> f.programmeConstant() == shown).toList();
          model.addAttribute("latest", j);
          model.addAttribute("latestDay", j.finishedAt().atZone(pages.zone()).toLocalDate());
          model.addAttribute("result", r);
          model.addAttribute("rows", rows);
          model.addAttribute(
              "groupChart",
              Charts.inline(AccessCharts.eligibleAndReached(AccessFigure.rows(rows))));
          model.addAttribute(
              "barrierChart", Charts.inline(AccessCharts.barriers(AccessFigure.rows(rows))));
          List<AccessFigure> ranked = WardRanking.ranked(r.byWard(), shown);
          model.addAttribute("wards", ranked);
          model.addAttribute(
              "wardChart", Charts.inline(WardRanking.chart(r.byWard(), shown, wardNames)));
        });
    List<EnrolmentTrends.Month> months = trends.months(pages.today(), null);
    model.addAttribute("months", months);
    model.addAttribute("schemes", EnrolmentTrends.SCHEMES.keySet());
    model.addAttribute("schemeLabels", EnrolmentTrends.labels(english));
    if (!months.isEmpty()) {
      model.addAttribute("trendChart", Charts.inline(EnrolmentTrends.chart(months)));
    }
    return "analysis/dashboard";
  }

  /** Runs a new access analysis of the whole registry for the current month. */
  @PostMapping("/dashboard/refresh")
  String refresh(
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    long id = pages.submit(new JobRequest("access", null, null, null, null, null));
    if (htmx == null) {
      return "redirect:/dashboard?job=" + id;
    }
    return pages.progress(pages.job(id), model, "/dashboard/jobs/" + id);
  }

  /** The job's progress; once it is done, the dashboard reloads with its figures. */
  @GetMapping("/dashboard/jobs/{id}")
  String progress(@PathVariable long id, Model model, HttpServletResponse response) {
    pages.analyst();
    Job job = pages.job(id);
    if (job.status() == Job.Status.DONE) {
      response.setHeader("HX-Redirect", "/dashboard");
    }
    return pages.progress(job, model, "/dashboard/jobs/" + id);
  }

  static Programme programme(String name) {
    if (name == null || name.isBlank()) {
      return WardRanking.DEFAULT_PROGRAMME;
    }
    for (Programme p : Programme.values()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new org.ansinh.server.platform.InvalidFieldException(
        "programme", "unknown programme '" + name + "'");
  }
}
