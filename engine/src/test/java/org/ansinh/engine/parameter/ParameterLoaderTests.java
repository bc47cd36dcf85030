package org.ansinh.engine.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.ansinh.engine.ToyLaw;
import org.junit.jupiter.api.Test;

class ParameterLoaderTests {

  @Test
  void aValueHoldsFromItsDateUntilTheNext() {
    Parameter rate = ToyLaw.parameters().get("tax.rate");
    assertThat(rate.at(LocalDate.of(2025, 6, 30)).number()).isEqualTo(0.1);
    assertThat(rate.at(LocalDate.of(2025, 7, 1)).number()).isEqualTo(0.08);
    assertThat(rate.at(LocalDate.of(2025, 7, 1)).reference().cite())
        .isEqualTo("Toy Amendment, Art. 1 (2025-07-01)");
  }

  @Test
  void askingBeforeTheFirstValueIsAnErrorNotAZero() {
    Parameter rate = ToyLaw.parameters().get("tax.rate");
    assertThatThrownBy(() -> rate.at(LocalDate.of(2023, 12, 31)))
        .hasMessageContaining("tax.rate has no value on 2023-12-31");
  }

  /** A folder's paths at any depth, and nothing that merely starts with the folder's name. */
  @Test
  void pathsUnderAFolderAreItsOwnOnly() {
    String flag =
        """
        description: {vi: Cờ, en: Flag}
        unit: boolean
        values:
          2020-01-01: {value: true, reference: {document: A, effective: 2020-01-01}}
        """;
    ParameterTree tree =
        ParameterLoader.fromTexts(
            Map.of(
                "rule/temporary.yaml", flag,
                "rule/province_79/temporary.yaml", flag,
                "rule_other/temporary.yaml", flag,
                "rulebook.yaml", flag));
    assertThat(tree.pathsUnder("rule"))
        .containsExactly("rule.province_79.temporary", "rule.temporary");
    assertThat(tree.pathsUnder("rule.province_79")).containsExactly("rule.province_79.temporary");
    assertThat(tree.pathsUnder("nothing")).isEmpty();
  }

  @Test
  void anEndedParameterIsNotInForce() {
    ParameterTree tree =
        ParameterLoader.fromTexts(
            Map.of(
                "old.yaml",
                """
                description: {vi: Cũ, en: Old}
                unit: VND
                values:
                  2020-01-01: {value: 10, reference: {document: A, effective: 2020-01-01}}
                  2025-07-01: {value: null, reference: {document: B, effective: 2025-07-01}}
                """));
    assertThat(tree.get("old").inForce(LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(tree.get("old").inForce(LocalDate.of(2025, 7, 1))).isFalse();
    assertThatThrownBy(() -> tree.get("old").at(LocalDate.of(2025, 8, 1)))
        .hasMessageContaining("not in force");
  }

  @Test
  void aValueWithoutAReferenceFailsNamingFileAndKey() {
    assertThatThrownBy(
            () ->
                ParameterLoader.fromTexts(
                    Map.of(
                        "social/rate.yaml",
                        """
                        description: {vi: Tỷ lệ, en: Rate}
                        unit: rate
                        values:
                          2024-01-01: {value: 0.1}
                        """)))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("parameters/social/rate.yaml")
        .hasMessageContaining("values.2024-01-01.reference: missing");
  }

  @Test
  void everyProblemOfEveryFileIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                ParameterLoader.fromTexts(
                    Map.of(
                        "a.yaml", "description: {vi: A}\nunit: x\nvalues: {}",
                        "b.yaml",
                            "description: {vi: B, en: B}\nunit: x\nvalues:\n  not-a-date: {value: 1}")))
        .hasMessageContaining("2 invalid parameter file(s)")
        .hasMessageContaining("a.yaml: description: expected {vi: …, en: …}")
        .hasMessageContaining("b.yaml: values.not-a-date: expected a date");
  }

  @Test
  void aScaleGivesTheAmountOfTheLastBracketReached() {
    ParameterTree tree =
        ParameterLoader.fromTexts(
            Map.of(
                "months.yaml",
                """
                description: {vi: Số tháng, en: Months}
                unit: months
                threshold_unit: months
                values:
                  2015-01-01:
                    brackets:
                      - {threshold: 12, amount: 3}
                      - {threshold: 48, amount: 4}
                    reference: {document: 38/2013/QH13, effective: 2015-01-01}
                """));
    Scale scale = tree.get("months").at(LocalDate.of(2025, 1, 1)).scale();
    assertThat(scale.lookup(11)).isEqualTo(0);
    assertThat(scale.lookup(12)).isEqualTo(3);
    assertThat(scale.lookup(47)).isEqualTo(3);
    assertThat(scale.lookup(48)).isEqualTo(4);
  }

  @Test
  void unknownParameterSuggestsItsNeighbours() {
    assertThatThrownBy(() -> ToyLaw.parameters().get("allowance.amout"))
        .hasMessageContaining("no parameter 'allowance.amout'")
        .hasMessageContaining("allowance.amount");
  }
}
