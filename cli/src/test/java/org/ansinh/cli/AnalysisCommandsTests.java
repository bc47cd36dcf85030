package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate → calibration → access → simulate, as an analyst chains them. */
class AnalysisCommandsTests {

  @TempDir Path dir;

  private final CommandRun command = new CommandRun();

  private int run(String... args) {
    return command.run(args);
  }

  @Test
  void anAnalystsDay() {
    Path city = dir.resolve("hanoi.csv");
    assertThat(
            run(
                "generate",
                "--city",
                "hanoi",
                "--persons",
                "3000",
                "--seed",
                "5",
                "--out",
                city.toString()))
        .isZero();
    assertThat(command.err()).contains("Hanoi: 3,000 persons");
    assertThat(run("calibration", "--population", city.toString(), "--city", "hanoi")).isZero();
    assertThat(command.out()).contains("Population").contains("8,587,100");
    assertThat(
            run(
                "access",
                "--population",
                city.toString(),
                "--by",
                "migrant",
                "--out",
                dir.resolve("access").toString()))
        .isZero();
    assertThat(dir.resolve("access/access.csv")).exists();
    assertThat(
            run(
                "simulate",
                "--population",
                city.toString(),
                "--reform",
                "voluntary_si_support,delink_residence",
                "--set",
                "voluntary_si_support.rate=0.6"))
        .isZero();
    assertThat(command.out())
        .contains("Voluntary SI support of at least 60% + Delink")
        .contains("TOTAL:");
  }

  @Test
  void badRequestsAreNamed() throws Exception {
    Path city = dir.resolve("c.csv");
    Files.writeString(city, "household_id,role\nh,head\n");
    assertThat(run("simulate", "--population", city.toString(), "--reform", "free_money"))
        .isEqualTo(2);
    assertThat(command.err()).contains("unknown reform 'free_money'");
    assertThat(
            run(
                "simulate",
                "--population",
                city.toString(),
                "--reform",
                "voluntary_si_support",
                "--set",
                "voluntary_si_support.rate=1.5"))
        .isEqualTo(2);
    assertThat(command.err())
        .contains("voluntary_si_support: setting 'rate' must be a number from 0 to 1, got '1.5'");
    assertThat(
            run(
                "generate",
                "--city",
                "danang",
                "--persons",
                "10",
                "--out",
                dir.resolve("x.csv").toString()))
        .isEqualTo(2);
    assertThat(command.err()).contains("unknown city 'danang'; known: hcm, hanoi");
    assertThat(run("access", "--population", dir.resolve("missing.csv").toString())).isEqualTo(2);
    assertThat(command.err()).contains("cannot read population file");
  }
}
