package org.ansinh.engine.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.DependencyGraph;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.simulation.Simulation;
import org.junit.jupiter.api.Test;

class ReformTests {

  private static final Period JULY = Period.month(2025, 7);

  private static Population household() {
    Population p = new Population(ToyLaw.MODEL, 1, new int[] {0, 0}, new byte[] {0, 2}, null, null);
    p.setInput(ToyLaw.WAGE, JULY, new long[] {3_000_000, 0}, null);
    return p;
  }

  /** A YAML patch in the parameter file format: the line falls to 1.4 M from July 2025. */
  private static final Reform LOWER_LINE =
      Reform.named("lower_line")
          .title("Hạ chuẩn nghèo", "Lower poverty line")
          .patch(
              """
              allowance.line:
                2025-07-01: {value: 1400000, reference: {document: Proposal 1, effective: 2025-07-01}}
              """)
          .build();

  @Test
  void aParameterPatchAppliesFromItsDateAndLeavesTheBaselineAlone() {
    // Income per head (3 M + 0) / 2 = 1.5 M: poor under the 2 M line, not under 1.4 M.
    Legislation base = ToyLaw.legislation();
    Legislation reformed = LOWER_LINE.apply(base);
    assertThat(new Simulation(base, household()).calculate(ToyLaw.ALLOWANCE, JULY))
        .containsExactly(500_000, 1_000_000);
    assertThat(new Simulation(reformed, household()).calculate(ToyLaw.ALLOWANCE, JULY))
        .containsExactly(0, 0);
    assertThat(
            new Simulation(reformed, household())
                .calculate(ToyLaw.ALLOWANCE, Period.month(2025, 6)))
        .containsExactly(500_000, 500_000);
    assertThat(base.parameters().get("allowance.line").values()).hasSize(1);
  }

  @Test
  void neutralisingAFormulaLeavesTheDefault() {
    Legislation noTax =
        Reform.named("no_tax").neutralise(ToyLaw.TAX).build().apply(ToyLaw.legislation());
    assertThat(new Simulation(noTax, household()).calculate(ToyLaw.TAX, JULY)).containsOnly(0L);
  }

  @Test
  void aReformSimulationRecomputesOnlyWhatTheReformTouches() {
    Legislation base = ToyLaw.legislation();
    Reform lower =
        Reform.named("lower").set("allowance.line", JULY.start(), 1_400_000, null).build();
    Legislation reformed = lower.apply(base);
    Set<String> affected =
        DependencyGraph.discover(reformed, JULY).affectedBy(lower.parameters(), lower.variables());
    assertThat(affected).containsExactlyInAnyOrder("status", "allowance");

    Simulation baseline = new Simulation(base, household());
    long[] tax = baseline.calculate(ToyLaw.TAX, JULY);
    Simulation reform = Simulation.reformOf(baseline, reformed, affected);
    assertThat(reform.calculate(ToyLaw.TAX, JULY)).isSameAs(tax);
    assertThat(reform.calculate(ToyLaw.ALLOWANCE, JULY)).containsExactly(0, 0);
  }

  @Test
  void reformsComposeAndTheLaterWins() {
    Reform a = Reform.named("a").set("tax.rate", JULY.start(), 0.2, null).build();
    Reform b = Reform.named("b").set("tax.rate", JULY.start(), 0.3, null).build();
    Legislation both = a.andThen(b).apply(ToyLaw.legislation());
    assertThat(new Simulation(both, household()).calculate(ToyLaw.TAX, JULY))
        .containsExactly(900_000, 0);
    assertThat(a.andThen(b).name()).isEqualTo("a+b");
  }

  @Test
  void patchingAnUnknownParameterFails() {
    Reform bad = Reform.named("bad").set("tax.rat", JULY.start(), 0.2, null).build();
    assertThatThrownBy(() -> bad.apply(ToyLaw.legislation()))
        .hasMessageContaining("no parameter 'tax.rat'");
  }

  @Test
  void theDependencyGraphAnswersWhatAParameterChanges() {
    DependencyGraph graph = DependencyGraph.discover(ToyLaw.legislation(), JULY);
    assertThat(graph.affectedByParameter("tax.rate")).containsExactly("tax");
    assertThat(graph.affectedByParameter("allowance.line")).containsExactly("allowance", "status");
    assertThat(graph.variablesReadBy("status")).containsExactly("income_per_head");
    assertThat(List.copyOf(graph.parametersReadBy("allowance")))
        .containsExactly("allowance.amount");
  }
}
