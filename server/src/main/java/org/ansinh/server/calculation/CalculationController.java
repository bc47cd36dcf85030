package org.ansinh.server.calculation;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.server.calculation.CalculationRequest.Requested;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/calculate} and {@code POST /api/v1/trace}. */
@RestController
@RequestMapping("/api/v1")
class CalculationController {

  private final Legislation legislation;
  private final Calculator calculator;

  CalculationController(Legislation legislation, Calculator calculator) {
    this.legislation = legislation;
    this.calculator = calculator;
  }

  @Operation(
      summary = "Compute variables for persons and households",
      description =
          "OpenFisca style: give persons and households by id with variables as {period: value};"
              + " a null value is computed. Answers the same document with the nulls filled in.")
  @PostMapping("/calculate")
  Map<String, Object> calculate(@WorkerExample @RequestBody Map<String, Object> body) {
    CalculationRequest request = CalculationRequest.parse(body, legislation);
    List<Object> values = calculator.calculate(request);
    Map<String, Object> answer = deepCopy(body);
    for (int i = 0; i < values.size(); i++) {
      Requested r = request.requested().get(i);
      period(answer, r).put(periodKey(body, r), values.get(i));
    }
    return answer;
  }

  @Operation(
      summary = "Compute and explain, with the article of law behind every number",
      description =
          "The same input as /calculate. Each requested value comes with its explanation: the"
              + " variables it was computed from and the parameters read, each with its legal"
              + " reference. lang: vi (default) or en.")
  @PostMapping("/trace")
  Map<String, Object> trace(
      @WorkerExample @RequestBody Map<String, Object> body,
      @RequestParam(defaultValue = "vi") String lang) {
    if (!lang.equals("vi") && !lang.equals("en")) {
      throw new InvalidFieldException("lang", "unknown language '" + lang + "'", "vi or en");
    }
    CalculationRequest request = CalculationRequest.parse(body, legislation);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(
        "requested_calculations",
        request.requested().stream()
            .map(r -> r.variable().name() + "<" + r.period() + ">")
            .toList());
    answer.put("trace", calculator.trace(request, lang));
    return answer;
  }

  /** The map of period → value in {@code answer} where {@code r} was asked. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> period(Map<String, Object> answer, Requested r) {
    Map<String, Object> entities = (Map<String, Object>) answer.get(r.entityKey());
    Map<String, Object> entity = (Map<String, Object>) entities.get(r.id());
    return (Map<String, Object>) entity.get(r.variable().name());
  }

  /** The period key as the client wrote it (an eternity variable may use any key). */
  @SuppressWarnings("unchecked")
  private static String periodKey(Map<String, Object> body, Requested r) {
    Map<String, Object> byPeriod = period(body, r);
    for (var e : byPeriod.entrySet()) {
      if (e.getValue() == null
          && (r.period().toString().equals(e.getKey())
              || r.variable().period() == PeriodUnit.ETERNITY)) {
        return e.getKey();
      }
    }
    return r.period().toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    Map<String, Object> copy = new LinkedHashMap<>();
    m.forEach(
        (k, v) ->
            copy.put(k, v instanceof Map<?, ?> inner ? deepCopy((Map<String, Object>) inner) : v));
    return copy;
  }
}
