package org.ansinh.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary cache next to a population CSV: used while the CSV is unchanged, never otherwise. */
class PopulationCacheTests {

  private static final Period JULY = Period.month(2025, 7);
  private static final String CSV =
      "household_id,role,wage,age,status\n"
          + "h1,head,1000000,40,\n"
          + "h1,child,0,,\n"
          + "\"hộ-2\",HEAD,9000000,33,POOR\n";

  @TempDir Path dir;

  private Population read(Path file) {
    return new PopulationCsvReader(ToyLaw.legislation(), JULY, 2).cachingFrom(0).read(file, null);
  }

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void theSecondReadComesFromTheCacheWithEveryColumnMaskAndId() throws IOException {
    Path file = csv(CSV);
    Population parsed = read(file);
    assertThat(dir.resolve("persons.csv.ansinh-cache")).exists();
    Population cached = read(file);
    assertThat(cached.personCount()).isEqualTo(3);
    assertThat(cached.groupOfPerson()).containsExactly(0, 0, 1);
    assertThat(cached.roleOfPerson()).containsExactly(0, 2, 0);
    assertThat(cached.groupId(1)).isEqualTo("hộ-2").isEqualTo(parsed.groupId(1));
    assertThat((long[]) cached.input("wage", JULY).values())
        .containsExactly(1_000_000, 0, 9_000_000);
    assertThat((int[]) cached.input("age", JULY).values()).containsExactly(40, 0, 33);
    assertThat(cached.input("age", JULY).given()).containsExactly(true, false, true);
    assertThat(cached.input("wage", JULY).given()).isNull();
    assertThat((byte[]) cached.input("status", JULY).values()).containsExactly(0, 1);
    assertThat(cached.input("status", JULY).given()).containsExactly(false, true);
  }

  @Test
  void aCacheIsReadInsteadOfTheCsvWhileSizeAndTimeAreUnchanged() throws IOException {
    Path file = csv(CSV);
    read(file);
    FileTime time = Files.getLastModifiedTime(file);
    // Same length, same time, other wage: only the cache can still say 1000000.
    Files.writeString(file, CSV.replace("1000000", "2000000"));
    Files.setLastModifiedTime(file, time);
    assertThat((long[]) read(file).input("wage", JULY).values())
        .containsExactly(1_000_000, 0, 9_000_000);
  }

  @Test
  void aChangedCsvIsParsedAgainAndTheCacheReplaced() throws IOException {
    Path file = csv(CSV);
    read(file);
    Files.writeString(file, CSV.replace("1000000", "2000000"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(946_684_800_000L));
    assertThat((long[]) read(file).input("wage", JULY).values())
        .containsExactly(2_000_000, 0, 9_000_000);
    Files.writeString(file, CSV.replace("1000000", "30000000"));
    assertThat((long[]) read(file).input("wage", JULY).values())
        .containsExactly(30_000_000, 0, 9_000_000);
  }

  @Test
  void aCacheWrittenForOtherColumnsIsIgnored() throws IOException {
    Path file = csv(CSV);
    read(file);
    // Same size and time, but "age" now holds what "wage" held: the schema no longer matches.
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(
        file, CSV.replace("household_id,role,wage,age", "household_id,role,age,wage"));
    Files.setLastModifiedTime(file, time);
    assertThat((int[]) read(file).input("age", JULY).values())
        .containsExactly(1_000_000, 0, 9_000_000);
  }

  @Test
  void aTruncatedCacheIsIgnored() throws IOException {
    Path file = csv(CSV);
    read(file);
    Path cache = dir.resolve("persons.csv.ansinh-cache");
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length - 9));
    assertThat((long[]) read(file).input("wage", JULY).values())
        .containsExactly(1_000_000, 0, 9_000_000);
  }

  @Test
  void smallFilesAndTheOffSwitchLeaveNoCache() throws IOException {
    Path file = csv(CSV);
    new PopulationCsvReader(ToyLaw.legislation(), JULY, 2).read(file, null);
    new PopulationCsvReader(ToyLaw.legislation(), JULY, 2)
        .cachingFrom(Long.MAX_VALUE)
        .read(file, null);
    assertThat(dir.resolve("persons.csv.ansinh-cache")).doesNotExist();
  }
}
