package org.ansinh.server.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ansinh.server.platform.Actor;
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
 * over the whole registry, with a button that runs a new one and follows its progress. A ward
 * officer sees their own ward: every programme's gap there, from the same job, and the ward's
 * enrolments; they cannot run jobs.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN','WARD_OFFICER')")
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
    Actor actor = pages.actor();
    if (!actor.mayAnalyse()) {
      return ward(actor, model, locale);
    }
    Programme shown = programme(programme);
    boolean english = "en".equals(locale.getLanguage());
    Map<Integer, String> wardNames = pages.wardNames(locale);
    ResultCharts charts = new ResultCharts(locale, wardNames);
    GroupLabels labels = charts.labels();
    model.addAttribute("programmes", Arrays.asList(Programme.values()));
    model.addAttribute("programme", shown);
    model.addAttribute("labels", labels);
    if (job != null) {
      Job running = pages.job(job);
      model.addAttribute("running", running);
      model.addAttribute("cancellable", pages.cancellable(running));
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
          model.addAttribute("groupChart", Charts.inline(charts.eligibleAndReached(rows)));
          model.addAttribute("barrierChart", Charts.inline(charts.barriers(rows)));
          List<AccessFigure> ranked = WardRanking.ranked(r.byWard(), shown);
          model.addAttribute("wards", ranked);
          model.addAttribute("wardChart", Charts.inline(charts.wards(r.byWard(), shown)));
        });
    trends(model, pages.today(), null, english);
    return "analysis/dashboard";
  }

  /** A ward officer's dashboard: their ward's row of every programme, and its enrolments. */
  private String ward(Actor actor, Model model, Locale locale) {
    if (actor.wardCode() == null) {
      throw new org.springframework.security.access.AccessDeniedException("no ward");
    }
    int ward = actor.wardCode();
    Map<Integer, String> wardNames = pages.wardNames(locale);
    model.addAttribute("wardName", WardRanking.label(Integer.toString(ward), wardNames));
    model.addAttribute("labels", new GroupLabels(locale.getLanguage(), wardNames));
    pages
        .latestDone("access")
        .ifPresent(
            j -> {
              AccessResult r = pages.result(j, AccessResult.JSON_FILE, AccessResult.class);
              model.addAttribute("latest", j);
              model.addAttribute("latestDay", j.finishedAt().atZone(pages.zone()).toLocalDate());
              model.addAttribute("result", r);
              model.addAttribute(
                  "rows",
                  r.byWard().stream()
                      .filter(f -> f.group().equals(Integer.toString(ward)) && f.eligible() > 0)
                      .toList());
            });
    trends(model, pages.today(), ward, "en".equals(locale.getLanguage()));
    return "analysis/ward-dashboard";
  }

  private void trends(Model model, java.time.LocalDate today, Integer ward, boolean english) {
    List<EnrolmentTrends.Month> months = trends.months(today, ward);
    model.addAttribute("months", months);
    model.addAttribute("schemes", EnrolmentTrends.SCHEMES.keySet());
    model.addAttribute("schemeLabels", EnrolmentTrends.labels(english));
    if (!months.isEmpty()) {
      model.addAttribute("trendChart", Charts.inline(EnrolmentTrends.chart(months)));
    }
  }

  /** Runs a new access analysis of the whole registry for the current month. */
  @PostMapping("/dashboard/refresh")
  @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
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
  @PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
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
