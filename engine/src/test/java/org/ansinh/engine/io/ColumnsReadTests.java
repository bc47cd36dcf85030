package org.ansinh.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.CalculationException;
import org.ansinh.engine.simulation.DependencyGraph;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.simulation.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the columns a run's outputs need: the others are truly left unread, and a run that
 * needs one after all fails rather than computing it.
 */
class ColumnsReadTests {

  private static final Period JULY = Period.month(2025, 7);
  // In the toy law tax reads wage; allowance reads status, which reads income, which reads wage.
  private static final String CSV =
      "household_id,role,wage,age,status\n"
          + "h1,head,1000000,40,\n"
          + "h1,child,0,0,\n"
          + "h2,head,9000000,33,POOR\n";

  @TempDir Path dir;

  private PopulationCsvReader reader() {
    return new PopulationCsvReader(ToyLaw.legislation(), JULY, 2).cachingFrom(0);
  }

  @Test
  void theVariablesAnOutputReadsAreFoundThroughEveryFormulaInForce() {
    assertThat(DependencyGraph.readFor(ToyLaw.legislation(), List.of("tax"), List.of(JULY)))
        .containsExactlyInAnyOrder("tax", "wage");
    assertThat(DependencyGraph.readFor(ToyLaw.legislation(), List.of("allowance"), List.of(JULY)))
        .containsExactlyInAnyOrder("allowance", "status", "income_per_head", "wage");
  }

  @Test
  void aColumnNoOutputNeedsIsNotReadFromTheCacheEvenWhenItsBytesAreGarbage() throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, CSV);
    long[] taxOfAll = tax(reader().read(file, null)); // parsed; writes the cache
    Path cache = dir.resolve("persons.csv.ansinh-cache");
    byte[] bytes = Files.readAllBytes(cache);
    int ages = indexOf(bytes, ints(40, 0, 33));
    assertThat(ages).isPositive();
    for (int k = ages; k < ages + 12; k++) {
      bytes[k] = (byte) 0xff;
    }
    Files.write(cache, bytes);
    Files.setLastModifiedTime(file, Files.getLastModifiedTime(file)); // the cache stays valid

    Set<String> needed =
        DependencyGraph.readFor(ToyLaw.legislation(), List.of("tax"), List.of(JULY));
    Population some = reader().readingOnly(needed).read(file, null);
    // 8 % from 2025-07
    assertThat(tax(some)).isEqualTo(taxOfAll).containsExactly(80_000, 0, 720_000);
    assertThat(some.unread()).containsExactly("age", "status");
    // the same cache read whole: the garbage was there to read
    assertThat((int[]) reader().read(file, null).input("age", JULY).values()).containsOnly(-1);
  }

  @Test
  void aRunThatNeedsAnUnreadColumnFailsNamingIt() throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, CSV);
    for (int pass = 0; pass < 2; pass++) { // parsed, then from the cache
      Population some = reader().readingOnly(Set.of("tax", "wage")).read(file, null);
      assertThat(some.input("wage", JULY)).isNotNull();
      Simulation sim = new Simulation(ToyLaw.legislation(), some);
      assertThatThrownBy(() -> sim.calculate(ToyLaw.ALLOWANCE, JULY))
          .isInstanceOf(CalculationException.class)
          .hasMessageContaining("'status' was not read");
      assertThatThrownBy(() -> some.slice(1, 2).input("age", JULY))
          .isInstanceOf(CalculationException.class)
          .hasMessageContaining("'age'");
    }
  }

  @Test
  void aVariableTheFileLacksIsStillComputedFromItsFormula() throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, "household_id,role,wage\nh1,head,1000000\nh2,head,9000000\n");
    Population some =
        reader().readingOnly(Set.of("status", "income_per_head", "wage")).read(file, null);
    assertThat(some.unread()).isEmpty();
    // income per head 1,000,000 and 9,000,000 against a line of 2,000,000: poor, then not
    assertThat((byte[]) new Simulation(ToyLaw.legislation(), some).calculate(ToyLaw.STATUS, JULY))
        .containsExactly(ToyLaw.Status.POOR.ordinal(), ToyLaw.Status.NONE.ordinal());
  }

  private static long[] tax(Population p) {
    return new Simulation(ToyLaw.legislation(), p).calculate(ToyLaw.TAX, JULY);
  }

  private static byte[] ints(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.nativeOrder());
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
