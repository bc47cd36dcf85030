package org.ansinh.server.lawbrowser;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.variable.Variable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /law}: the tree of parameters, the variables and the reforms, or what a search finds; and
 * one page per parameter, variable and reform, each with a stable address to link to.
 */
@Controller
@RequestMapping("/law")
class LawBrowserController {

  private final Legislation legislation;
  private final ParameterFolder root;
  private final List<ReformEntry> reforms;

  LawBrowserController(Legislation legislation) {
    this.legislation = legislation;
    this.root = ParameterFolder.root(legislation.parameters());
    this.reforms = ReformEntry.all();
  }

  @GetMapping
  String index(@RequestParam(required = false) String q, Locale locale, Model model) {
    model.addAttribute("lang", language(locale));
    model.addAttribute("q", q == null ? "" : q.strip());
    if (q != null && !q.isBlank()) {
      model.addAttribute("found", LawSearch.find(q, legislation, reforms));
    } else {
      model.addAttribute("root", root);
      model.addAttribute("variables", legislation.variables());
      model.addAttribute("reforms", reforms);
    }
    return "lawbrowser/index";
  }

  @GetMapping("/parameters/{path}")
  String parameter(
      @PathVariable String path, Locale locale, Model model, HttpServletResponse response) {
    if (!legislation.parameters().contains(path)) {
      return notFound(response, model);
    }
    Parameter p = legislation.parameters().get(path);
    model.addAttribute("lang", language(locale));
    model.addAttribute("parameter", p);
    model.addAttribute("history", ParameterHistory.of(p));
    model.addAttribute("folders", ParameterHistory.folders(p, legislation.parameters()));
    return "lawbrowser/parameter";
  }

  @GetMapping("/variables/{name}")
  String variable(
      @PathVariable String name, Locale locale, Model model, HttpServletResponse response) {
    if (!legislation.hasVariable(name)) {
      return notFound(response, model);
    }
    Variable<?> v = legislation.variable(name);
    model.addAttribute("lang", language(locale));
    model.addAttribute("variable", v);
    model.addAttribute("choices", VariableChoices.of(v, language(locale)));
    return "lawbrowser/variable";
  }

  @GetMapping("/reforms/{name}")
  String reform(
      @PathVariable String name, Locale locale, Model model, HttpServletResponse response) {
    ReformEntry r = reforms.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    if (r == null) {
      return notFound(response, model);
    }
    model.addAttribute("lang", language(locale));
    model.addAttribute("reform", r);
    return "lawbrowser/reform";
  }

  /** The site's own "not found" page: a person followed a link, not a program. */
  private static String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
    return "error";
  }

  private static String language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "vi";
  }
}
