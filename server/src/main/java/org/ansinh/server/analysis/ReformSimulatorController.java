package org.ansinh.server.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.policy.vn.reforms.ReformDefinition;
import org.ansinh.policy.vn.reforms.ReformSetting;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reform simulator: pick one of the seeds' reforms, adjust its settings within their ranges,
 * run it over the registry as a job, follow its progress, then see the persons newly reachable, the
 * gap closed and the budget cost as charts and a table, and download them.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
class ReformSimulatorController {

  private static final String SETTING = "setting."; // form fields of the reform's settings

  private final AnalysisPages pages;

  ReformSimulatorController(AnalysisPages pages) {
    this.pages = pages;
  }

  @GetMapping("/reforms/simulate")
  String page(
      @RequestParam(required = false) String reform,
      @RequestParam(required = false) Long job,
      Model model,
      Locale locale) {
    pages.analyst();
    form(model, reform);
    if (job != null) {
      Job j = pages.job(job);
      model.addAttribute("job", j);
      model.addAttribute("cancellable", pages.cancellable(j));
      if (j.status() == Job.Status.DONE) {
        result(j, model, locale);
      }
    }
    return "analysis/simulate";
  }

  private void form(Model model, String reform) {
    // built with their defaults, so the titles read "at least 50%", not "{rate%}"
    model.addAttribute("reforms", VietnamReforms.all());
    model.addAttribute("reform", definition(reform));
    model.addAttribute("period", pages.currentMonth().toString());
  }

  /** The settings of the reform chosen, with their ranges (htmx swaps them in on a change). */
  @GetMapping("/reforms/simulate/settings")
  String settings(@RequestParam(required = false) String reform, Model model) {
    pages.analyst();
    model.addAttribute("reform", definition(reform));
    return "analysis/fragments :: settings";
  }

  @PostMapping("/reforms/simulate/run")
  String run(
      @RequestParam MultiValueMap<String, String> form,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    pages.analyst();
    Map<String, Object> settings = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith(SETTING) && !v.isEmpty() && !v.get(0).isBlank()) {
            settings.put(k.substring(SETTING.length()), v.get(0).trim());
          }
        });
    String period = form.getFirst("period");
    long id;
    try {
      id =
          pages.submit(
              new JobRequest(
                  "reform",
                  period == null || period.isBlank() ? null : period,
                  List.of("sector", "residence"),
                  form.getFirst("reform"),
                  settings,
                  null));
    } catch (InvalidFieldException e) {
      response.setStatus(htmx == null ? 400 : 200); // htmx swaps only what it is given with 2xx
      model.addAttribute("error", e);
      if (htmx == null) {
        form(
            model,
            form.getFirst("reform") != null
                    && VietnamReforms.names().contains(form.getFirst("reform"))
                ? form.getFirst("reform")
                : null);
      }
      return htmx == null ? "analysis/simulate" : "analysis/fragments :: error";
    }
    if (htmx == null) {
      return "redirect:/reforms/simulate?job=" + id;
    }
    return pages.progress(pages.job(id), model, "/reforms/simulate/jobs/" + id);
  }

  /** The job's progress while it runs; its results once it is done. */
  @GetMapping("/reforms/simulate/jobs/{id}")
  String job(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
    pages.analyst();
    Job j = pages.job(id);
    if (j.status() != Job.Status.DONE) {
      return pages.progress(j, model, "/reforms/simulate/jobs/" + id);
    }
    result(j, model, locale);
    return "analysis/fragments :: result";
  }

  private void result(Job j, Model model, Locale locale) {
    ReformResult r = pages.result(j, ReformResult.JSON_FILE, ReformResult.class);
    List<ReformFigure> touched = r.rows().stream().filter(ReformFigure::touched).toList();
    model.addAttribute("job", j);
    model.addAttribute("result", r);
    model.addAttribute("touched", touched);
    model.addAttribute("totals", r.totals());
    ResultCharts charts = new ResultCharts(locale, pages.wardNames(locale));
    model.addAttribute("labels", charts.labels());
    model.addAttribute("newlyChart", Charts.inline(charts.newlyReachable(r.rows())));
    model.addAttribute("costChart", Charts.inline(charts.annualCost(r.rows())));
  }

  private static ReformDefinition definition(String name) {
    List<ReformDefinition> all = VietnamReforms.definitions();
    if (name == null || name.isBlank()) {
      return all.get(0);
    }
    return all.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "reform",
                    "unknown reform '" + name + "'",
                    String.join(", ", VietnamReforms.names())));
  }

  /** The input type and step of a setting, for the form. */
  static String step(ReformSetting s) {
    return s.whole() ? "1" : "any";
  }
}
