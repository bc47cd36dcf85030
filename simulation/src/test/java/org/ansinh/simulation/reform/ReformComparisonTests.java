package org.ansinh.simulation.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hand-made households in Ho Chi Minh City, February 2026:
 *
 * <ul>
 *   <li>B (weight 2): unregistered migrant, self-employed, no HI card: kept out of household HI by
 *       the residence rule.
 *   <li>D (weight 4): permanent resident, self-employed, in voluntary SI at the floor (1,500,000).
 *       State support 20% (Decree 159/2025, "others") of 22% × 1,500,000 = 66,000 a month; at 50%
 *       (seed 004) 165,000: 99,000 more a month, × 12 × 4 = 4,752,000 VND a year.
 * </ul>
 */
class ReformComparisonTests {

  private static final Period FEBRUARY = Period.month(2026, 2);

  @TempDir Path dir;

  private Map<Programme, ReformComparison.Row> compare(String reform) throws IOException {
    Path file = dir.resolve("two.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,monthly_wage,voluntary_si_declared_income,enrolled_voluntary_si,has_hi_card,province,area_type,household_income_per_capita,household_weight
        B,head,30,UNREGISTERED,SELF_EMPLOYED,5000000,0,0,0,79,URBAN,5000000,2
        D,head,45,PERMANENT,SELF_EMPLOYED,6000000,1500000,1,1,79,URBAN,6000000,4
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, FEBRUARY, 1).read(file, null);
    return ReformComparison.compare(
            population, legislation, VietnamReforms.byName(reform), FEBRUARY, List.of())
        .stream()
        .collect(Collectors.toMap(ReformComparison.Row::programme, r -> r));
  }

  @Test
  void delinkingOpensHouseholdHealthInsuranceToTheUnregisteredMigrant() throws IOException {
    ReformComparison.Row hi = compare("delink_residence").get(Programme.HEALTH_INSURANCE);
    assertThat(hi.newlyReachable()).isEqualTo(2.0);
    assertThat(hi.annualCost()).isZero(); // household-scheme buyers pay their own card
  }

  @Test
  void fiftyPercentSupportCostsWhatTheArithmeticSays() throws IOException {
    ReformComparison.Row vsi = compare("voluntary_si_support").get(Programme.VOLUNTARY_SI);
    assertThat(vsi.annualCostContinuing()).isCloseTo(4_752_000, within(0.5));
    assertThat(vsi.newlyReachable()).isZero(); // B's barrier was information, not affordability
  }
}
