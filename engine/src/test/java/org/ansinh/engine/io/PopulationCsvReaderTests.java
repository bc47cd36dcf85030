package org.ansinh.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationCsvReaderTests {

  private static final Period JULY = Period.month(2025, 7);

  @TempDir Path dir;

  private Population read(String csv) throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, csv);
    return new PopulationCsvReader(ToyLaw.legislation(), JULY, 2).read(file, null);
  }

  @Test
  void readsRowsIntoHouseholdsAndColumns() throws IOException {
    Population p =
        read(
            "household_id,role,wage,age,status\nh1,head,1000000,40,\nh1,child,0,5,\n\"h2\",HEAD,9000000,33,NONE\r\n");
    assertThat(p.personCount()).isEqualTo(3);
    assertThat(p.groupCount()).isEqualTo(2);
    assertThat(p.groupId(1)).isEqualTo("h2");
    assertThat(p.roleOfPerson()).containsExactly(0, 2, 0);
    assertThat((long[]) p.input("wage", JULY).values()).containsExactly(1_000_000, 0, 9_000_000);
    assertThat(p.input("status", JULY).given()).containsExactly(false, true);
  }

  @Test
  void emptyCellsAreLeftToTheFormula() throws IOException {
    Population p = read("household_id,role,wage,status\nh1,head,1000000,\nh2,head,9000000,POOR\n");
    Map<String, Object> out =
        new ChunkedRun(ToyLaw.legislation(), 1, 10).compute(p, JULY, List.of(ToyLaw.STATUS), null);
    assertThat((byte[]) out.get("status")).containsExactly(1, 1);
  }

  @Test
  void aBadCellNamesItsRowAndColumn() {
    assertThatThrownBy(() -> read("household_id,role,wage\nh1,head,1000000\nh1,child,12x\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("row 3, column wage: expected a whole number, got '12x'");
    assertThatThrownBy(() -> read("household_id,role,wage\nh1,boss,1\n"))
        .hasMessageContaining("row 2, column role: unknown role 'boss'");
    assertThatThrownBy(() -> read("household_id,role,wage,status\nh1,head,1,RICH\n"))
        .hasMessageContaining(
            "row 2, column status: unknown value 'RICH'; expected one of NONE, POOR");
    assertThatThrownBy(() -> read("household_id,role,wage\nh1,head\n"))
        .hasMessageContaining("row 2")
        .hasMessageContaining("the row has 2 fields, the header 3");
  }

  @Test
  void theHeaderNeedsHouseholdAndRoleAndKnownVariables() {
    assertThatThrownBy(() -> read("role,wage\nhead,1\n"))
        .hasMessageContaining("'household_id' and 'role' are required");
    assertThatThrownBy(() -> read("household_id,role,wages\nh1,head,1\n"))
        .hasMessageContaining("column 3: unknown variable 'wages'");
  }

  @Test
  void aHouseholdSplitAcrossTheFileIsRefused() {
    assertThatThrownBy(() -> read("household_id,role,wage\nh1,head,1\nh2,head,1\nh1,child,1\n"))
        .hasMessageContaining("household 'h1' appears in rows that are not consecutive");
  }

  @Test
  void bigFilesAreCutIntoSegmentsAtHouseholdBoundaries() throws IOException {
    StringBuilder csv = new StringBuilder("household_id,role,wage\n");
    int households = 600_000;
    for (int g = 0; g < households; g++) {
      csv.append("household-").append(g).append(",head,").append(g).append('\n');
      csv.append("household-").append(g).append(",child,1\n");
    }
    assertThat(csv.length()).isGreaterThan(2 * PopulationCsvReader.SEGMENT_BYTES / 3);
    Population p = read(csv.toString());
    assertThat(p.groupCount()).isEqualTo(households);
    assertThat(p.groupId(households - 1)).isEqualTo("household-" + (households - 1));
    long[] wages = (long[]) p.input("wage", JULY).values();
    assertThat(wages[2 * 123_456]).isEqualTo(123_456);
  }

  @Test
  void resultsAreWrittenOneRowPerPersonInInputOrder() throws IOException {
    Population p = read("household_id,role,wage\nh1,head,1000000\nh1,child,0\nh2,head,9000000\n");
    Map<String, Object> values =
        new ChunkedRun(ToyLaw.legislation(), 2, 1)
            .compute(p, JULY, List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS), null);
    Path out = dir.resolve("out.csv");
    new ResultCsvWriter(2).write(out, p, List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS), values);
    assertThat(Files.readAllLines(out))
        .containsExactly(
            "household_id,allowance,status", "h1,500000,POOR", "h1,1000000,POOR", "h2,0,NONE");
    assertThat(Files.exists(dir.resolve("out.csv.part"))).isFalse();
  }
}
