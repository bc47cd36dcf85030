package org.ansinh.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.junit.jupiter.api.Test;

class SimulationTests {

  private static final Period JUNE = Period.month(2025, 6);
  private static final Period JULY = Period.month(2025, 7);

  /** Two households: {a: 1.0 M, b: 1.4 M, c: child 0} and {d: 9 M}. */
  static Population twoHouseholds() {
    Population p =
        new Population(
            ToyLaw.MODEL,
            2,
            new int[] {0, 0, 0, 1},
            new byte[] {0, 1, 2, 0},
            new String[] {"a", "b", "c", "d"},
            null);
    p.setInput(ToyLaw.WAGE, JUNE, new long[] {1_000_000, 1_400_000, 0, 9_000_000}, null);
    p.setInput(ToyLaw.WAGE, JULY, new long[] {1_000_000, 1_400_000, 0, 9_000_000}, null);
    return p;
  }

  @Test
  void theParameterInForceOnTheFirstDayOfThePeriodApplies() {
    Simulation sim = new Simulation(ToyLaw.legislation(), twoHouseholds());
    assertThat(sim.calculate(ToyLaw.TAX, JUNE)).containsExactly(100_000, 140_000, 0, 900_000);
    assertThat(sim.calculate(ToyLaw.TAX, JULY)).containsExactly(80_000, 112_000, 0, 720_000);
  }

  @Test
  void theFormulaInForceOnTheFirstDayOfThePeriodApplies() {
    Simulation sim = new Simulation(ToyLaw.legislation(), twoHouseholds());
    // Household 1: (1.0 + 1.4 + 0) / 3 = 0.8 M ≤ 2 M line → poor; household 2 is not.
    assertThat(sim.calculate(ToyLaw.ALLOWANCE, JUNE)).containsExactly(500_000, 500_000, 500_000, 0);
    assertThat(sim.calculate(ToyLaw.ALLOWANCE, JULY))
        .containsExactly(500_000, 500_000, 1_000_000, 0);
  }

  @Test
  void aGivenValueWinsOverTheFormulaOnlyWhereGiven() {
    Population p = twoHouseholds();
    p.setInput(ToyLaw.TAX, JUNE, new long[] {1, 0, 0, 4}, new boolean[] {true, false, false, true});
    Simulation sim = new Simulation(ToyLaw.legislation(), p);
    assertThat(sim.calculate(ToyLaw.TAX, JUNE)).containsExactly(1, 140_000, 0, 4);
  }

  @Test
  void aVariableWithoutInputOrFormulaTakesItsDefault() {
    Simulation sim = new Simulation(ToyLaw.legislation(), twoHouseholds());
    assertThat(sim.calculate(ToyLaw.AGE, JUNE)).containsOnly(0);
    assertThat(sim.calculate(ToyLaw.WAGE, Period.month(2025, 1))).containsOnly(0L);
  }

  @Test
  void askingAMonthlyVariableForAYearIsAnError() {
    Simulation sim = new Simulation(ToyLaw.legislation(), twoHouseholds());
    assertThatThrownBy(() -> sim.calculate(ToyLaw.TAX, Period.year(2025)))
        .isInstanceOf(CalculationException.class)
        .hasMessageContaining("tax is defined per month, not for the year 2025");
  }

  @Test
  void aCycleIsReportedWithItsChain() {
    Variable<long[]>[] holder = new Variable[1];
    Variable<long[]> a =
        Variable.money("a")
            .of(ToyLaw.PERSON, PeriodUnit.MONTH)
            .label("a", "a")
            .formula("2024-01-01", "x", (c, out) -> c.get(holder[0]))
            .build();
    Variable<long[]> b =
        Variable.money("b")
            .of(ToyLaw.PERSON, PeriodUnit.MONTH)
            .label("b", "b")
            .formula("2024-01-01", "x", (c, out) -> c.get(a))
            .build();
    holder[0] = b;
    Legislation l = Legislation.of("cycle", ToyLaw.MODEL, ToyLaw.parameters(), List.of(a, b));
    assertThatThrownBy(() -> new Simulation(l, twoHouseholds()).calculate(a, JUNE))
        .isInstanceOf(CalculationException.class)
        .hasMessageContaining("cycle: a[2025-06] → b[2025-06] → a[2025-06]");
  }

  @Test
  void aPersonFormulaCannotReadAHouseholdVariableWithoutAProjection() {
    Variable<long[]> wrong =
        Variable.money("wrong")
            .of(ToyLaw.PERSON, PeriodUnit.MONTH)
            .label("w", "w")
            .formula("2024-01-01", "x", (c, out) -> c.get(ToyLaw.INCOME_PER_HEAD))
            .build();
    Legislation l = ToyLaw.legislation().withVariables(List.of(wrong));
    assertThatThrownBy(() -> new Simulation(l, twoHouseholds()).calculate(wrong, JUNE))
        .hasMessageContaining("use ofGroup, members, head or a byGroup projection");
  }

  @Test
  void rankInGroupPutsTheHeadFirst() {
    Variable<int[]> rank =
        Variable.integer("rank")
            .of(ToyLaw.PERSON, PeriodUnit.MONTH)
            .label("r", "r")
            .formula(
                "2024-01-01",
                "x",
                (c, out) -> {
                  int[] r = c.rankInGroup(new boolean[] {false, true, true, true});
                  System.arraycopy(r, 0, out, 0, out.length);
                })
            .build();
    Legislation l = ToyLaw.legislation().withVariables(List.of(rank));
    assertThat(new Simulation(l, twoHouseholds()).calculate(rank, JUNE))
        .containsExactly(0, 1, 2, 1);
  }

  @Test
  void overlappingOrDuplicateFormulaDatesAreRefused() {
    assertThatThrownBy(
            () ->
                Variable.money("x")
                    .of(ToyLaw.PERSON, PeriodUnit.MONTH)
                    .label("x", "x")
                    .formula("2024-01-01", "2025-12-31", "a", (c, out) -> {})
                    .formula("2025-07-01", "b", (c, out) -> {})
                    .build())
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                Variable.money("x")
                    .of(ToyLaw.PERSON, PeriodUnit.MONTH)
                    .label("x", "x")
                    .formula("2024-01-01", "a", (c, out) -> {})
                    .formula("2024-01-01", "b", (c, out) -> {})
                    .build())
        .hasMessageContaining("overlap");
  }
}
