package org.ansinh.server.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.catalogue.Catalogue;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parameters, variables and reforms, as the engine's catalogue describes them. */
@RestController
@RequestMapping("/api/v1")
class CatalogueController {

  private final Catalogue catalogue;
  private final List<Map<String, Object>> variables;

  CatalogueController(Legislation legislation) {
    this.catalogue = new Catalogue(legislation);
    this.variables = catalogue.variables();
  }

  @Operation(
      summary = "Legal parameters with their value history and references",
      description =
          "at=YYYY-MM-DD keeps the parameters in force on that day, each with that value.")
  @GetMapping("/parameters")
  List<Map<String, Object>> parameters(@RequestParam(required = false) String at) {
    return catalogue.parameters(at == null ? null : date(at, "at"));
  }

  @Operation(summary = "One parameter by path, e.g. social_insurance.compulsory.employee_rate")
  @GetMapping("/parameters/{path}")
  Map<String, Object> parameter(@PathVariable String path) {
    return catalogue.parameters(null).stream()
        .filter(p -> path.equals(p.get("parameter")))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("path", "no parameter '" + path + "'"));
  }

  @Operation(summary = "Variables: inputs and formulas, with labels (vi, en) and legal basis")
  @GetMapping("/variables")
  List<Map<String, Object>> variables() {
    return variables;
  }

  @GetMapping("/variables/{name}")
  Map<String, Object> variable(@PathVariable String name) {
    return variables.stream()
        .filter(v -> name.equals(v.get("name")))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("name", "no variable '" + name + "'"));
  }

  @Operation(summary = "The named reforms, with the parameters and formulas each changes")
  @GetMapping("/reforms")
  List<Map<String, Object>> reforms() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Reform r : VietnamReforms.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("title", Map.of("vi", r.titleVi(), "en", r.titleEn()));
      m.put("description", r.description());
      m.put("parameters", List.copyOf(r.parameters()));
      m.put("variables", List.copyOf(r.variables()));
      out.add(m);
    }
    return out;
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "'" + text + "' is not a date", "YYYY-MM-DD");
    }
  }
}
