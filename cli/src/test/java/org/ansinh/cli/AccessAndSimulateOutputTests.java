package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What access and simulate write, and how they refuse bad requests. */
class AccessAndSimulateOutputTests {

  @TempDir static Path dir;

  private static Path city;

  private final CommandRun command = new CommandRun();

  private int run(String... args) {
    return command.run(args);
  }

  @BeforeAll
  static void generate() {
    city = dir.resolve("hcm.csv");
    CommandLine cli = AnSinhCommand.commandLine();
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.setOut(new PrintWriter(new StringWriter()));
    assertThat(
            cli.execute(
                "generate",
                "--city",
                "hcm",
                "--persons",
                "1500",
                "--seed",
                "3",
                "--out",
                city.toString()))
        .isZero();
  }

  private static void wellFormed(Path svg) throws Exception {
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
  }

  @Test
  void accessWritesIntervalsAndCharts() throws Exception {
    Path o = dir.resolve("access");
    assertThat(
            run(
                "access",
                "--population",
                city.toString(),
                "--by",
                "residence",
                "--out",
                o.toString()))
        .isZero();
    assertThat(command.out()).contains("reached (95% CI)").contains("Public school");
    assertThat(Files.readAllLines(o.resolve("access.csv")).get(0))
        .contains(
            "reached_share_se",
            "reached_share_low95",
            "barrier_capacity",
            "barrier_no_labour_contract");
    assertThat(Files.readString(o.resolve("access.json"))).contains("\"standard_error\"");
    wellFormed(o.resolve("access-eligible-reached.svg"));
    wellFormed(o.resolve("access-barriers.svg"));
  }

  @Test
  void accessWritesTheReachTableWhenAsked() throws Exception {
    Path o = dir.resolve("reach");
    assertThat(
            run(
                "access",
                "--population",
                city.toString(),
                "--by",
                "sector,migrant",
                "--reach",
                "--lang",
                "vi",
                "--out",
                o.toString()))
        .isZero();
    assertThat(command.out()).contains("Tiếp cận theo nhóm").contains("thẻ BHYT");
    List<String> csv = Files.readAllLines(o.resolve("reach.csv"));
    assertThat(csv.get(0))
        .isEqualTo("group,column,among,persons,share,share_se,share_low95,share_high95");
    assertThat(csv).anyMatch(l -> l.startsWith("FORMAL/MIGRANT,HI_CARD,workers,"));
    assertThat(csv)
        .anyMatch(l -> l.startsWith("NOT_EMPLOYED/NON_MIGRANT,PUBLIC_SCHOOL,children_6_14,"));
    // Keys in one order in every run, so two runs' files compare equal byte for byte.
    assertThat(Files.readString(o.resolve("reach.json")))
        .containsSubsequence("\"value\"", "\"standard_error\"", "\"low95\"", "\"high95\"");
  }

  @Test
  void simulateReadsASettingsFileAndWritesEveryTable() throws Exception {
    Path settings = dir.resolve("settings.yaml");
    Files.writeString(settings, "voluntary_si_support:\n  rate: 0.7\n");
    Path o = dir.resolve("simulate");
    assertThat(
            run(
                "simulate",
                "--population",
                city.toString(),
                "--reform",
                "voluntary_si_support,delink_residence",
                "--settings",
                settings.toString(),
                "--set",
                "voluntary_si_support.rate=0.6",
                "--by",
                "migrant",
                "--quiet",
                "--out",
                o.toString()))
        .isZero();
    assertThat(command.out())
        .contains("Voluntary SI support of at least 60%")
        .contains("winners")
        .contains("TOTAL:");
    for (String f :
        new String[] {
          "simulate.csv", "simulate-ward.csv", "simulate-winners.csv", "simulate.json"
        }) {
      assertThat(o.resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(o.resolve("simulate.csv")).get(0))
        .contains("beneficiaries_baseline", "gap_closed_share", "cost_per_newly_reachable");
    assertThat(Files.readString(o.resolve("simulate.json"))).contains("\"winners_and_losers\"");
    wellFormed(o.resolve("simulate-newly.svg"));
    wellFormed(o.resolve("simulate-cost.svg"));
  }

  @Test
  void unknownReformsListTheKnownOnes() {
    assertThat(run("simulate", "--population", city.toString(), "--reform", "free_money"))
        .isEqualTo(2);
    assertThat(command.err())
        .contains("unknown reform 'free_money'; known:")
        .contains("delink_residence");
  }

  @Test
  void aSettingsFileForAnotherReformIsNamed() throws Exception {
    Path settings = dir.resolve("other.yaml");
    Files.writeString(settings, "portable_floor:\n  amount: 100\n");
    assertThat(
            run(
                "simulate",
                "--population",
                city.toString(),
                "--reform",
                "delink_residence",
                "--settings",
                settings.toString()))
        .isEqualTo(2);
    assertThat(command.err()).contains(settings.toString()).contains("portable_floor.amount");
  }

  @Test
  void aMissingSettingsFileIsNamed() {
    assertThat(
            run(
                "simulate",
                "--population",
                city.toString(),
                "--reform",
                "delink_residence",
                "--settings",
                dir.resolve("nope.yaml").toString()))
        .isEqualTo(2);
    assertThat(command.err()).contains("cannot read settings file").contains("nope.yaml");
  }

  @Test
  void aBadPopulationRowIsNamed() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "household_id,role,age,province\nh1,head,40,79\nh2,head,forty,79\n");
    assertThat(run("access", "--population", bad.toString())).isEqualTo(2);
    assertThat(command.err()).contains("bad.csv").contains("row 3").contains("age");
  }
}
