package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reach table on four households in two wards, worked out by hand with {@link ClusteredRatio}'s
 * formula ({@code z_h = (Y_h − R X_h) / X}, {@code V = Σ_s n_s/(n_s−1) Σ_h (z_h − z̄_s)²}).
 *
 * <pre>
 *   ward 1: H1 weight 1: a permanent worker with a card, known to the ward; an unregistered
 *              migrant worker without one, trained; a child of 10 in a public school
 *           H2 weight 1: a retired person with a card (not a worker)
 *   ward 2: H3 weight 2: an unregistered migrant worker without a card; a child of 8 not in one
 *           H4 weight 2: a temporary-resident migrant worker with a card
 * </pre>
 */
class ReachByGroupTests {

  private static final Period JANUARY = Period.month(2026, 1);

  @TempDir static Path dir;

  private static AccessAnalysis.Result result;

  @BeforeAll
  static void analyse() throws IOException {
    Path file = dir.resolve("four.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,has_hi_card,registered_in_social_registry,received_vocational_training_support,attends_public_school,is_migrant,ward_code,province,area_type,household_income_per_capita,household_weight
        H1,head,40,PERMANENT,SELF_EMPLOYED,1,1,0,0,0,101,79,URBAN,10000000,1
        H1,spouse,38,UNREGISTERED,SELF_EMPLOYED,0,0,1,0,1,101,79,URBAN,10000000,1
        H1,child,10,PERMANENT,STUDENT,1,1,0,1,0,101,79,URBAN,10000000,1
        H2,head,70,PERMANENT,RETIRED,1,0,0,0,0,101,79,URBAN,10000000,1
        H3,head,30,UNREGISTERED,SELF_EMPLOYED,0,0,0,0,1,202,79,URBAN,10000000,2
        H3,child,8,UNREGISTERED,STUDENT,0,0,0,0,1,202,79,URBAN,10000000,2
        H4,head,33,TEMPORARY,SELF_EMPLOYED,1,0,0,0,1,202,79,URBAN,10000000,2
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, JANUARY, 1).read(file, null);
    result = AccessAnalysis.run(population, legislation, JANUARY);
  }

  private static ReachByGroup.Row row(List<String> by, String group, ReachByGroup.Column column) {
    return ReachByGroup.of(result, by).stream()
        .filter(r -> r.column() == column && r.group().equals(group))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Workers: X = 1 + 1 + 2 + 2 = 6, with a card Y = 1 + 2 = 3, R = 1/2. z: H1 (1 − 1)/6 = 0, H2 0,
   * H3 (0 − 1)/6 = −1/6, H4 (2 − 1)/6 = 1/6. Ward 1 adds nothing; ward 2: mean 0, 2 · 2/36. SE =
   * 1/3.
   */
  @Test
  void aShareOfTheWorkersWithItsStandardError() {
    ReachByGroup.Row card = row(List.of(), "ALL", ReachByGroup.Column.HI_CARD);
    assertThat(card.persons()).isEqualTo(6.0);
    assertThat(card.share().value()).isCloseTo(0.5, within(1e-12));
    assertThat(card.share().standardError()).isCloseTo(1.0 / 3, within(1e-12));
    ReachByGroup.Row unregistered = row(List.of(), "ALL", ReachByGroup.Column.UNREGISTERED);
    assertThat(unregistered.share().value()).isCloseTo(0.5, within(1e-12));
    assertThat(row(List.of(), "ALL", ReachByGroup.Column.KNOWN_TO_THE_WARD).share().value())
        .isCloseTo(1.0 / 6, within(1e-12));
    assertThat(row(List.of(), "ALL", ReachByGroup.Column.TRAINING).share().value())
        .isCloseTo(1.0 / 6, within(1e-12));
  }

  /**
   * Children 6–14, not workers: H1's child (weight 1, in school), H3's (2, not). R = 1/3, X = 3. z:
   * H1 (1 − 1/3)/3 = 2/9, H3 (0 − 2/3)/3 = −2/9, H2 and H4 0. Each ward: mean ±1/9, 2 · 2/81. V =
   * 8/81.
   */
  @Test
  void theSchoolColumnIsAShareOfTheChildren() {
    ReachByGroup.Row school = row(List.of(), "ALL", ReachByGroup.Column.PUBLIC_SCHOOL);
    assertThat(school.persons()).isEqualTo(3.0);
    assertThat(school.share().value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(school.share().standardError()).isCloseTo(Math.sqrt(8) / 9, within(1e-12));
  }

  /** Migrant workers: H1's spouse (1), H3 (2), H4 (2); a card for H4 only: 2/5. */
  @Test
  void groupsAreTheAccessTablesGroups() {
    assertThat(row(List.of("migrant"), "MIGRANT", ReachByGroup.Column.HI_CARD).share().value())
        .isCloseTo(0.4, within(1e-12));
    ReachByGroup.Row nonMigrantChildren =
        row(List.of("migrant"), "NON_MIGRANT", ReachByGroup.Column.PUBLIC_SCHOOL);
    assertThat(nonMigrantChildren.persons()).isEqualTo(1.0);
    assertThat(nonMigrantChildren.share().value()).isEqualTo(1.0);
  }

  @Test
  void anUnknownDimensionIsRefusedByName() {
    assertThatThrownBy(() -> ReachByGroup.of(result, List.of("colour")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
  }
}
