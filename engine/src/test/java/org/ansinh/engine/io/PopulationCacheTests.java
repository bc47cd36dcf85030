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

  @Test
  void readWithoutIdsTheCacheSkipsThemAndEveryColumnIsTheSame() throws IOException {
    Path file = csv(CSV);
    read(file);
    Population numbered =
        new PopulationCsvReader(ToyLaw.legislation(), JULY, 2)
            .cachingFrom(0)
            .withoutIds()
            .read(file, null);
    assertThat(numbered.groupId(1)).isEqualTo("1");
    assertThat(numbered.groupOfPerson()).containsExactly(0, 0, 1);
    assertThat((long[]) numbered.input("wage", JULY).values())
        .containsExactly(1_000_000, 0, 9_000_000);
    assertThat(numbered.input("age", JULY).given()).containsExactly(true, false, true);
  }

  @Test
  void identifiersLongerThanTheReadBufferAreSkippedToTheColumnsAfterThem() throws IOException {
    // household ids of some 13 MB, as many for persons: more than a read block (8 MB) to skip
    String pad = "x".repeat(80);
    int households = 150_000;
    Path file = csv(paddedIds(households, pad, 0));
    Population withIds = read(file);
    // Same length, same time, other wages: only the cache can still say the first ones.
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, paddedIds(households, pad, 1));
    Files.setLastModifiedTime(file, time);
    Population numbered =
        new PopulationCsvReader(ToyLaw.legislation(), JULY, 2)
            .cachingFrom(0)
            .withoutIds()
            .read(file, null);
    assertThat(withIds.groupId(households - 1)).isEqualTo("h" + (households - 1) + pad);
    assertThat(numbered.groupId(households - 1)).isEqualTo(Integer.toString(households - 1));
    assertThat((long[]) numbered.input("wage", JULY).values())
        .isEqualTo((long[]) withIds.input("wage", JULY).values())
        .startsWith(0, 1, 2)
        .endsWith(households - 1);
    assertThat((int[]) numbered.input("age", JULY).values())
        .isEqualTo((int[]) withIds.input("age", JULY).values());
    assertThat(numbered.input("status", JULY).given())
        .isEqualTo(withIds.input("status", JULY).given());
  }

  /** One-person households with long ids; wages of seven digits, each {@code plus} more. */
  private static String paddedIds(int households, String pad, int plus) {
    StringBuilder text = new StringBuilder("household_id,person_id,role,wage,age,status\n");
    for (int h = 0; h < households; h++) {
      text.append("h").append(h).append(pad).append(",p").append(h).append(pad);
      text.append(",head,").append(String.format("%07d", h + plus));
      text.append(",").append(h % 90).append(",\n");
    }
    return text.toString();
  }
}
