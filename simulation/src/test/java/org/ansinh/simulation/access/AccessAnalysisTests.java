package org.ansinh.simulation.access;

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
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access on three hand-made one-person households in Ho Chi Minh City, January 2026, each number
 * worked out by hand:
 *
 * <ul>
 *   <li>A (weight 1): employee, 12-month contract, 10 M a month, enrolled in compulsory SI and UI,
 *       holds an HI card — covered by law (Law 41/2024 Art. 2.1.a) and reached everywhere.
 *   <li>B (weight 2): unregistered migrant, self-employed, 5 M a month, nothing. Eligible for
 *       voluntary SI (Art. 2.4.a: 15+, not compulsorily covered) and for HI in the household
 *       scheme. HI: the household scheme needs residence registration where one enrols (the
 *       residence rule of the basic-services parameters) → residence barrier. Voluntary SI: the
 *       lowest contribution is 22% × 1,500,000 (rural poverty line kept for 2026 by Decree
 *       351/2025) less 20% support (Decree 159/2025) = 264,000, under 10% of 5,000,000 →
 *       information or procedure, not affordability.
 *   <li>C (weight 3): employee with a 36-month contract whose employer does not declare him: not
 *       enrolled in compulsory SI or UI → employer compliance; holds an HI card.
 * </ul>
 */
class AccessAnalysisTests {

  private static final Period JANUARY = Period.month(2026, 1);

  @TempDir Path dir;

  private Map<Programme, AccessTable.Row> wholeCity() throws IOException {
    Path file = dir.resolve("three.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,labour_contract_months,monthly_wage,workplace_region,is_migrant,enrolled_compulsory_si,enrolled_ui,has_hi_card,province,area_type,household_income_per_capita,household_weight
        A,head,35,PERMANENT,EMPLOYEE,12,10000000,1,0,1,1,1,79,URBAN,10000000,1
        B,head,30,UNREGISTERED,SELF_EMPLOYED,0,5000000,1,1,0,0,0,79,URBAN,5000000,2
        C,head,40,PERMANENT,EMPLOYEE,36,8000000,1,0,0,0,1,79,URBAN,8000000,3
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, JANUARY, 1).read(file, null);
    List<AccessTable.Row> rows =
        AccessTable.of(AccessAnalysis.run(population, legislation, JANUARY), List.of());
    return rows.stream().collect(Collectors.toMap(AccessTable.Row::programme, r -> r));
  }

  @Test
  void compulsoryInsuranceGapIsTheEmployersWhoDoNotDeclare() throws IOException {
    AccessTable.Row si = wholeCity().get(Programme.COMPULSORY_SI);
    assertThat(si.eligible()).isEqualTo(4.0); // A (1) + C (3)
    assertThat(si.reached()).isEqualTo(1.0); // A
    assertThat(si.barriers()).containsOnlyKeys(Barrier.EMPLOYER_COMPLIANCE);
    assertThat(si.barriers().get(Barrier.EMPLOYER_COMPLIANCE)).isCloseTo(0.75, within(1e-9));
    assertThat(wholeCity().get(Programme.UNEMPLOYMENT_INSURANCE).reachedShare().value())
        .isCloseTo(0.25, within(1e-9));
  }

  @Test
  void theUnregisteredMigrantMissesHealthInsuranceForResidence() throws IOException {
    AccessTable.Row hi = wholeCity().get(Programme.HEALTH_INSURANCE);
    assertThat(hi.eligible()).isEqualTo(6.0); // everyone: 1 + 2 + 3
    assertThat(hi.reached()).isEqualTo(4.0); // A and C
    assertThat(hi.mainBarrier()).isEqualTo(Barrier.RESIDENCE);
    assertThat(hi.barriers().get(Barrier.RESIDENCE)).isCloseTo(2.0 / 6, within(1e-9));
  }

  @Test
  void voluntaryInsuranceIsAffordableForBButNotReached() throws IOException {
    AccessTable.Row vsi = wholeCity().get(Programme.VOLUNTARY_SI);
    assertThat(vsi.eligible()).isEqualTo(2.0); // B only: A and C are compulsorily covered
    assertThat(vsi.reached()).isZero();
    assertThat(vsi.barriers()).containsOnlyKeys(Barrier.INFORMATION_OR_PROCEDURE);
  }

  /**
   * A child takes the household's sector: X's parent is an employee with a 12-month contract
   * (formal: Law 41/2024 Art. 2.1.a), Y's is self-employed (informal), Z's adult does not work.
   */
  @Test
  void childrenAreGroupedByTheirHouseholdsSector() throws IOException {
    Path file = dir.resolve("families.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,labour_contract_months,monthly_wage,workplace_region,province,area_type,household_income_per_capita
        X,head,35,PERMANENT,EMPLOYEE,12,10000000,1,79,URBAN,5000000
        X,child,8,PERMANENT,STUDENT,0,0,1,79,URBAN,5000000
        Y,head,30,TEMPORARY,SELF_EMPLOYED,0,6000000,1,79,URBAN,3000000
        Y,child,9,TEMPORARY,STUDENT,0,0,1,79,URBAN,3000000
        Z,head,70,PERMANENT,INACTIVE,0,0,1,79,URBAN,1000000
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, JANUARY, 1).read(file, null);
    AccessAnalysis.Result r = AccessAnalysis.run(population, legislation, JANUARY);
    List<String> bySector = List.of("household_sector");
    assertThat(AccessTable.groupOf(r, 1, bySector)).isEqualTo("HOUSEHOLD_FORMAL");
    assertThat(AccessTable.groupOf(r, 3, bySector)).isEqualTo("HOUSEHOLD_INFORMAL");
    assertThat(AccessTable.groupOf(r, 4, bySector)).isEqualTo("HOUSEHOLD_NOT_EMPLOYED");
    assertThat(AccessTable.groupOf(r, 1, List.of("sector"))).isEqualTo("NOT_EMPLOYED");
    List<String> groups =
        AccessTable.of(r, bySector).stream().map(AccessTable.Row::group).distinct().toList();
    assertThat(groups)
        .containsExactly("HOUSEHOLD_FORMAL", "HOUSEHOLD_INFORMAL", "HOUSEHOLD_NOT_EMPLOYED");
  }
}
