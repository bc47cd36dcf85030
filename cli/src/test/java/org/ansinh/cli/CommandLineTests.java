package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: arguments in, text and exit status out. */
class CommandLineTests {

  @TempDir Path dir;

  private final CommandRun command = new CommandRun();

  private int run(String... args) {
    return command.run(args);
  }

  @Test
  void testReportsEachFailureAndTheTally() throws IOException {
    Path cases = dir.resolve("cases.yaml");
    Files.writeString(
        cases,
        """
        # Nghị định 74/2024/NĐ-CP, Điều 3 khoản 1: vùng I 4.960.000 đồng từ 01/7/2024.
        - name: region I, August 2024
          period: 2024-08
          input: {workplace_region: 1}
          output: {regional_minimum_wage: 4960000}
        - name: deliberately wrong
          period: 2024-08
          input: {workplace_region: 2}
          output: {regional_minimum_wage: 1}
        """);
    assertThat(run("test", cases.toString())).isEqualTo(1);
    assertThat(command.out())
        .contains(
            "FAIL "
                + cases
                + "#2 — deliberately wrong: regional_minimum_wage[2024-08] for person: expected 1, got 4410000")
        .endsWith("1 passed, 1 failed\n");
  }

  @Test
  void explainCitesTheDecreeBehindTheNumber() {
    assertThat(
            run(
                "explain",
                "--period",
                "2026-08",
                "--input",
                "../examples/migrant-worker.yaml",
                "--lang",
                "en",
                "regional_minimum_wage"))
        .isZero();
    assertThat(command.out())
        .contains("regional_minimum_wage[2026-08] = 5,310,000 VND")
        .contains("293/2025/NĐ-CP");
  }

  @Test
  void explainAsJson() {
    assertThat(
            run(
                "explain",
                "--period",
                "2024-08",
                "--input",
                "../examples/migrant-worker.yaml",
                "--json",
                "base_salary"))
        .isZero();
    assertThat(command.out())
        .contains("\"value\": 2340000")
        .contains("\"document\": \"73/2024/NĐ-CP\"");
  }

  @Test
  void computeWritesOneRowPerPersonInInputOrder() throws IOException {
    Path persons = dir.resolve("persons.csv");
    Files.writeString(
        persons,
        "household_id,role,workplace_region,birth_date\nh1,head,1,1990-01-15\nh1,child,1,2020-05-01\nh2,head,3,1960-12-01\n");
    Path results = dir.resolve("results.csv");
    assertThat(
            run(
                "compute",
                "--input",
                persons.toString(),
                "--period",
                "2026-01",
                "--out",
                results.toString(),
                "--quiet",
                "regional_minimum_wage",
                "age"))
        .isZero();
    assertThat(Files.readAllLines(results))
        .containsExactly(
            "household_id,regional_minimum_wage,age",
            "h1,5310000,35",
            "h1,5310000,5",
            "h2,4140000,65");
  }

  @Test
  void aBadCellFailsTheWholeRunNamingRowAndColumn() throws IOException {
    Path persons = dir.resolve("persons.csv");
    Files.writeString(persons, "household_id,role,workplace_region\nh1,head,one\n");
    Path results = dir.resolve("results.csv");
    assertThat(
            run(
                "compute",
                "--input",
                persons.toString(),
                "--period",
                "2026-01",
                "--out",
                results.toString(),
                "--quiet",
                "regional_minimum_wage"))
        .isEqualTo(2);
    assertThat(command.err())
        .contains("row 2, column workplace_region: expected a whole number, got 'one'");
    assertThat(results).doesNotExist();
  }

  @Test
  void anUnknownVariableIsNamedWithSuggestions() {
    assertThat(
            run(
                "explain",
                "--period",
                "2026-08",
                "--input",
                "../examples/migrant-worker.yaml",
                "base_salry"))
        .isEqualTo(2);
    assertThat(command.err()).contains("unknown variable 'base_salry'").contains("base_salary");
  }

  @Test
  void parametersAsJsonCarryReferences() {
    assertThat(run("parameters", "--json", "--at", "2026-01-01")).isZero();
    assertThat(command.out())
        .contains("\"parameter\": \"wages.base_salary\"")
        .contains("\"document\": \"73/2024/NĐ-CP\"");
  }

  @Test
  void whatAParameterChanges() {
    assertThat(run("variables", "--affected-by", "wages.base_salary", "--period", "2025-03"))
        .isZero();
    assertThat(command.out()).contains("base_salary").contains("si_contribution_base");
    assertThat(run("variables", "--affected-by", "wages.no_such")).isEqualTo(2);
  }

  @Test
  void everySubcommandExplainsItselfWithHelp() {
    assertThat(run("simulate", "--help")).isZero();

    assertThat(command.out()).contains("Usage: ansinh simulate").contains("--population");
  }
}
