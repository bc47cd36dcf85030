package org.ansinh.engine.yamltest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.reform.Reform;
import org.junit.jupiter.api.Test;

class YamlTestRunnerTests {

  private final YamlTestRunner runner =
      new YamlTestRunner(
          ToyLaw.legislation(),
          name -> {
            if (name.equals("flat_tax")) {
              return Reform.named("flat_tax")
                  .set("tax.rate", java.time.LocalDate.of(2024, 1, 1), 0.5, null)
                  .build();
            }
            throw new IllegalArgumentException("unknown reform " + name);
          });

  private List<YamlTestRunner.Outcome> run(String yaml) {
    return YamlTestFiles.parse("case.yaml", yaml).stream().map(runner::run).toList();
  }

  @Test
  void aSinglePersonCasePutsVariablesDirectlyUnderInputAndOutput() {
    var outcomes =
        run(
            """
            - name: tax before and after the amendment
              period: 2025-06
              input:
                wage: {2025-06: 1000000, 2025-07: 1000000}
              output:
                tax: {2025-06: 100000, 2025-07: 80000}
                status: POOR
            """);
    assertThat(outcomes.get(0).failures()).isEmpty();
  }

  @Test
  void aFailureSaysExpectedAgainstActualForWhichEntityAndPeriod() {
    var outcomes =
        run(
            """
            name: wrong
            period: 2025-06
            input: {wage: 1000000}
            output: {tax: 99999}
            """);
    assertThat(outcomes.get(0).failures())
        .containsExactly("tax[2025-06] for person: expected 99999, got 100000");
  }

  @Test
  void marginsAllowStatedDifferences() {
    var outcomes =
        run(
            """
            - period: 2025-06
              absolute_error_margin: 1
              input: {wage: 1000000}
              output: {tax: 100001}
            - period: 2025-06
              relative_error_margin: 0.01
              input: {wage: 1000000}
              output: {tax: 100900}
            """);
    assertThat(outcomes).allMatch(YamlTestRunner.Outcome::passed);
  }

  @Test
  void aHouseholdCaseNamesPersonsByIdAndMembersByRole() {
    var outcomes =
        run(
            """
            period: 2025-07
            input:
              persons:
                mai: {wage: 1000000}
                hung: {wage: 1400000}
                be: {}
              household:
                head: mai
                spouse: hung
                children: [be]
            output:
              persons:
                be: {allowance: 1000000}
                mai: {allowance: 500000}
              household:
                status: POOR
                income_per_head: 800000
              allowance: [500000, 500000, 1000000]
            """);
    assertThat(outcomes.get(0).failures()).isEmpty();
  }

  @Test
  void severalHouseholdsAndReformsByName() {
    var outcomes =
        run(
            """
            period: 2025-07
            reforms: [flat_tax]
            input:
              persons: {a: {wage: 100}, b: {wage: 3000000}}
              households:
                one: {head: a}
                two: {head: b}
            output:
              households:
                one: {status: POOR}
                two: {status: NONE}
              persons:
                b: {tax: 1500000}
            """);
    assertThat(outcomes.get(0).failures()).isEmpty();
  }

  @Test
  void badCasesFailWithTheKeyNamed() {
    assertThat(run("period: 2025-07\ninput: {wag: 1}\noutput: {tax: 0}").get(0).failures().get(0))
        .contains("input: unknown variable 'wag'")
        .contains("wage");
    assertThat(
            run("period: 2025-07\ninput: {persons: {a: {}}, household: {head: b}}\noutput: {tax: 0}")
                .get(0)
                .failures()
                .get(0))
        .contains("names unknown person 'b'");
    assertThatThrownBy(
            () -> YamlTestFiles.parse("x.yaml", "- input: {wage: 1}\n  output: {tax: 0}"))
        .hasMessageContaining("x.yaml#1: missing period");
  }
}
