package org.ansinh.server.screening;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ansinh.engine.parameter.ParameterException;
import org.ansinh.engine.simulation.CalculationException;
import org.ansinh.engine.yamltest.SituationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /screener}: the form, and the answer under it. A plain form post renders the whole page;
 * an htmx request ({@code HX-Request}) only the screener's part, so the answer updates in place. A
 * GET with the form's fields answers too, so an answer can be linked and printed.
 */
@Controller
@RequestMapping("/screener")
class ScreenerController {

  private static final Logger log = LoggerFactory.getLogger(ScreenerController.class);
  private static final String PAGE = "screening/screener";

  private final Screening screening;
  private final Clock clock;

  ScreenerController(Screening screening, ObjectProvider<Clock> clock) {
    this.screening = screening;
    // "This month" in Vietnam unless the application provides its own clock.
    this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  @GetMapping
  String form(
      @ModelAttribute ScreeningForm form,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Locale locale,
      Model model) {
    if (form.work() == null) {
      model.addAttribute("form", ScreeningForm.blank(YearMonth.now(clock)));
      model.addAttribute("problems", List.of());
      model.addAttribute("problemOf", Map.of());
      return PAGE;
    }
    return screen(form, htmx, locale, model);
  }

  @PostMapping
  String screen(
      @ModelAttribute ScreeningForm form,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Locale locale,
      Model model) {
    ScreeningForm filled = form.withDefaults(YearMonth.now(clock));
    List<FieldProblem> problems = new ArrayList<>();
    ScreeningInput input = ScreeningInput.check(filled, problems);
    if (input != null) {
      try {
        model.addAttribute("result", screening.screen(input, language(locale)));
      } catch (CalculationException | ParameterException | SituationException e) {
        // The law has no value for that month (a parameter not yet in force, say).
        log.info("screening for {} not answered: {}", input.period(), e.getMessage());
        problems.add(FieldProblem.of("period", "screening.error.law", input.period().toString()));
      }
    }
    Map<String, FieldProblem> problemOf = new LinkedHashMap<>();
    problems.forEach(p -> problemOf.putIfAbsent(p.field(), p));
    model.addAttribute("form", filled);
    model.addAttribute("problems", problems);
    model.addAttribute("problemOf", problemOf);
    return htmx != null ? PAGE + " :: screener" : PAGE;
  }

  private static String language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "vi";
  }
}
