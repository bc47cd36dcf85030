package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Standard errors of the health-insurance shares (everyone is eligible; reached = holds a card) on
 * four households in two wards (strata), worked out by hand with the formula of {@link
 * ClusteredRatio}: {@code z_h = (Y_h − R X_h) / X}, {@code V = Σ_s n_s/(n_s−1) Σ_h (z_h − z̄_s)²}.
 *
 * <pre>
 *   ward 1: H1 weight 1, two persons: a card, no card (the latter a migrant)
 *           H2 weight 1, one retired person with a card
 *   ward 2: H3 weight 2, one migrant without a card
 *           H4 weight 2, one migrant with a card
 * </pre>
 */
class SamplingUncertaintyTests {

  private static final Period JANUARY = Period.month(2026, 1);

  @TempDir static Path dir;

  private static AccessAnalysis.Result result;

  @BeforeAll
  static void analyse() throws IOException {
    Path file = dir.resolve("four.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,has_hi_card,is_migrant,ward_code,province,area_type,household_income_per_capita,household_weight
        H1,head,40,PERMANENT,SELF_EMPLOYED,1,0,101,79,URBAN,10000000,1
        H1,spouse,38,PERMANENT,SELF_EMPLOYED,0,1,101,79,URBAN,10000000,1
        H2,head,70,PERMANENT,RETIRED,1,0,101,79,URBAN,10000000,1
        H3,head,30,PERMANENT,SELF_EMPLOYED,0,1,202,79,URBAN,10000000,2
        H4,head,33,PERMANENT,SELF_EMPLOYED,1,1,202,79,URBAN,10000000,2
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, JANUARY, 1).read(file, null);
    result = AccessAnalysis.run(population, legislation, JANUARY);
  }

  private static AccessTable.Row healthInsurance(List<String> by, String group) {
    return AccessTable.of(result, by).stream()
        .filter(r -> r.programme() == Programme.HEALTH_INSURANCE && r.group().equals(group))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Whole city: X = 1·2 + 1·1 + 2 + 2 = 7, Y = 1 + 1 + 0 + 2 = 4, R = 4/7. z: H1 (1 − 8/7)/7 =
   * −1/49, H2 (1 − 4/7)/7 = 3/49, H3 (0 − 8/7)/7 = −8/49, H4 (2 − 8/7)/7 = 6/49. Ward 1: mean 1/49,
   * deviations ∓2/49, 2 · 8/2401 = 16/2401; ward 2: mean −1/49, deviations ∓7/49, 2 · 98/2401 =
   * 196/2401. V = 212/2401, SE = √212 / 49 ≈ 0.29715.
   */
  @Test
  void reachedShareOfTheCity() {
    AccessTable.Row hi = healthInsurance(List.of(), "ALL");
    assertThat(hi.reachedShare().value()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(hi.reachedShare().standardError()).isCloseTo(Math.sqrt(212) / 49, within(1e-12));
    assertThat(hi.gapShare().standardError()).isCloseTo(Math.sqrt(212) / 49, within(1e-12));
    assertThat(hi.reachedShare().low95()).isZero(); // 0.571 − 1.96 · 0.297 < 0, clipped
    assertThat(hi.reachedShare().high95()).isEqualTo(1.0); // 0.571 + 1.96 · 0.297 > 1, clipped
  }

  /** Everyone is eligible for health insurance: every z_h is 0, the share is 1 and certain. */
  @Test
  void eligibleShareWithoutVariation() {
    AccessTable.Row hi = healthInsurance(List.of(), "ALL");
    assertThat(hi.eligibleShare().value()).isEqualTo(1.0);
    assertThat(hi.eligibleShare().standardError()).isZero();
  }

  /**
   * Migrants, a domain across both wards: H1's spouse (weight 1, no card), H3 (2, no card), H4 (2,
   * card). X = 5, Y = 2, R = 0.4. z: H1 (0 − 0.4)/5 = −0.08, H2 (not in the domain) 0, H3 (0 −
   * 0.8)/5 = −0.16, H4 (2 − 0.8)/5 = 0.24. Ward 1: mean −0.04, 2 · (0.04² + 0.04²) = 0.0064; ward
   * 2: mean 0.04, 2 · (0.2² + 0.2²) = 0.16. V = 0.1664. Leaving H2 out of ward 1 would give 0.16
   * instead.
   */
  @Test
  void aDomainCountsEveryHouseholdOfTheStratum() {
    AccessTable.Row migrants = healthInsurance(List.of("migrant"), "MIGRANT");
    assertThat(migrants.reachedShare().value()).isCloseTo(0.4, within(1e-12));
    assertThat(migrants.reachedShare().standardError()).isCloseTo(Math.sqrt(0.1664), within(1e-12));
  }

  /**
   * Eligible share for emergency support (workers, and members of poor households: the retired
   * person of H2, not poor, is not eligible). X = 7 persons, Y = 6, R = 6/7. z: H1 (2 − 12/7)/7 =
   * 2/49, H2 (0 − 6/7)/7 = −6/49, H3 (2 − 12/7)/7 = 2/49, H4 2/49. Ward 1: mean −2/49, deviations
   * ±4/49, 2 · 32/2401 = 64/2401; ward 2: equal z, 0. SE = 8/49.
   */
  @Test
  void eligibleShareHasItsOwnStandardError() {
    AccessTable.Row emergency =
        AccessTable.of(result, List.of()).stream()
            .filter(r -> r.programme() == Programme.EMERGENCY_ASSISTANCE)
            .findFirst()
            .orElseThrow();
    assertThat(emergency.eligibleShare().value()).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(emergency.eligibleShare().standardError()).isCloseTo(8.0 / 49, within(1e-12));
  }
}
