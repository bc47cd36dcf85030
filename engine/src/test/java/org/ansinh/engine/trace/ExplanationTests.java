package org.ansinh.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.simulation.Simulation;
import org.junit.jupiter.api.Test;

class ExplanationTests {

  private static final Period JULY = Period.month(2025, 7);

  private static TraceNode traceAllowance(Population[] out) {
    Population p =
        new Population(
            ToyLaw.MODEL, 1, new int[] {0, 0}, new byte[] {0, 2}, new String[] {"mai", "be"}, null);
    p.setInput(ToyLaw.WAGE, JULY, new long[] {1_000_000, 0}, null);
    out[0] = p;
    Simulation sim = new Simulation(ToyLaw.legislation(), p);
    Tracer tracer = new Tracer();
    sim.listen(tracer);
    sim.calculate(ToyLaw.ALLOWANCE, JULY);
    return tracer.lastRoot();
  }

  @Test
  void textNamesEachStepItsFormulaVersionAndTheArticleBehindEachNumber() {
    Population[] p = new Population[1];
    TraceNode root = traceAllowance(p);
    String en = new Explanation(p[0], false, 1, "en").text(root);
    assertThat(en)
        .startsWith(
            "allowance[2025-07] = 1,000,000 VND  — Allowance  {formula since 2025-07-01; Toy Amendment, Art. 4}")
        .contains(
            "◦ allowance.amount = 500000 VND/month (from 2024-01-01) — Allowance amount [Toy Act, Art. 4 (2024-01-01)]")
        .contains("status[2025-07] = POOR")
        .contains("wage[2025-07] = {mai: 1,000,000 VND, be: 0 VND}  — Wage  {input}");
    String vi = new Explanation(p[0], false, 1, "vi").text(root);
    assertThat(vi)
        .startsWith("allowance[2025-07] = 1.000.000 ₫  — Trợ cấp  {công thức từ 2025-07-01");
  }

  @Test
  void jsonCarriesValuesReferencesAndInputs() {
    Population[] p = new Population[1];
    TraceNode root = traceAllowance(p);
    Map<String, Object> json = new Explanation(p[0], false, 0, "en").json(root);
    String text = Json.write(json);
    assertThat(text)
        .contains("\"variable\": \"allowance\"")
        .contains("\"value\": 500000")
        .contains("\"document\": \"Toy Act\"")
        .contains("\"inputs\": [");
    assertThat(json).containsKeys("variable", "period", "value", "label", "source");
    assertThat((List<?>) json.get("inputs")).isNotEmpty();
  }
}
