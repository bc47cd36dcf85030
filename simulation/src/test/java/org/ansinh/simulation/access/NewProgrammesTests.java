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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programmes added for training, loans, school and emergencies, on four hand-made households in
 * Ho Chi Minh City (province 79), March 2026 (after the city's catchment rule of 2026-03-01). Every
 * adult is an urban man, so no one falls in a state-budget training group (Quyết định 46/2015:
 * women, rural workers, poor, disabled…); every household has 10,000,000 a person a month, so no
 * one is poor or near-poor.
 *
 * <ul>
 *   <li>E (weight 1): father 35, unregistered, self-employed, received emergency support; son 8,
 *       unregistered, not in a public school. The son is of school age (6–14, Luật Giáo dục 2019
 *       Điều 14, 28) but outside the first admission group (HCMC: residence on VNeID; unregistered
 *       is not) → capacity. The father may borrow for job creation but for the residence condition
 *       of the VBSP (unregistered) → residence. He is an own-account worker → emergency-eligible,
 *       reached.
 *   <li>F (weight 2): employee 25, permanent, no written contract, 7,000,000 a month, holds a VBSP
 *       loan. Within compulsory SI and UI by law (Labour Code Art. 13–14) → no written contract.
 *       Emergency: a worker without a contract, not reached → information or procedure.
 *   <li>G (weight 3): head 40, permanent, 12-month contract, not declared by his employer; sons 10
 *       (in a public school) and 12 (not), permanent. Emergency: covered as an employee in
 *       compulsory SI, which the precedent paid only through the declared employer → employer
 *       compliance. The 12-year-old is in the priority group and not reached → information or
 *       procedure.
 *   <li>H (weight 1): unemployed man 30, permanent, on unemployment benefit, trained this year —
 *       from 2026 anyone on UI benefit may have UI-funded training (Luật Việc làm 74/2025 Điều 37).
 * </ul>
 */
class NewProgrammesTests {

  private static final Period MARCH = Period.month(2026, 3);

  @TempDir static Path dir;

  private static Map<Programme, AccessTable.Row> city;

  @BeforeAll
  static void analyse() throws IOException {
    Path file = dir.resolve("four.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,sex,residence_status,employment_status,labour_contract_months,monthly_wage,workplace_region,receiving_ui_benefit,enrolled_compulsory_si,received_emergency_assistance,has_preferential_loan,attends_public_school,received_vocational_training_support,province,area_type,household_income_per_capita,household_weight
        E,head,35,MALE,UNREGISTERED,SELF_EMPLOYED,0,6000000,1,0,0,1,0,0,0,79,URBAN,10000000,1
        E,child,8,MALE,UNREGISTERED,STUDENT,0,0,1,0,0,0,0,0,0,79,URBAN,10000000,1
        F,head,25,MALE,PERMANENT,EMPLOYEE,0,7000000,1,0,0,0,1,0,0,79,URBAN,10000000,2
        G,head,40,MALE,PERMANENT,EMPLOYEE,12,12000000,1,0,0,0,0,0,0,79,URBAN,10000000,3
        G,child,10,MALE,PERMANENT,STUDENT,0,0,1,0,0,0,0,1,0,79,URBAN,10000000,3
        G,child,12,MALE,PERMANENT,STUDENT,0,0,1,0,0,0,0,0,0,79,URBAN,10000000,3
        H,head,30,MALE,PERMANENT,UNEMPLOYED,0,0,1,1,0,0,0,0,1,79,URBAN,10000000,1
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, MARCH, 1).read(file, null);
    city =
        AccessTable.of(AccessAnalysis.run(population, legislation, MARCH), List.of()).stream()
            .collect(Collectors.toMap(AccessTable.Row::programme, r -> r));
  }

  /** Eligible: E's son (1) + G's sons (3 + 3) = 7; reached: G's 10-year-old (3). */
  @Test
  void schoolPlacesGoFirstToResidentsAndTheRestIsCapacity() {
    AccessTable.Row school = city.get(Programme.PUBLIC_SCHOOL);
    assertThat(school.eligible()).isEqualTo(7.0);
    assertThat(school.reached()).isEqualTo(3.0);
    assertThat(school.barriers().get(Barrier.CAPACITY)).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(school.barriers().get(Barrier.INFORMATION_OR_PROCEDURE))
        .isCloseTo(3.0 / 7, within(1e-12));
  }

  /**
   * Adults 18+: E's father (1, only without the residence rule), F (2), G's head (3), H (1) = 7;
   * reached: F (2). Residence 1/7; information or procedure (3 + 1)/7.
   */
  @Test
  void theUnregisteredFatherIsKeptFromCreditByResidence() {
    AccessTable.Row loan = city.get(Programme.PREFERENTIAL_LOAN);
    assertThat(loan.eligible()).isEqualTo(7.0);
    assertThat(loan.reached()).isEqualTo(2.0);
    assertThat(loan.barriers().get(Barrier.RESIDENCE)).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(loan.barriers().get(Barrier.INFORMATION_OR_PROCEDURE))
        .isCloseTo(4.0 / 7, within(1e-12));
  }

  /**
   * Workers: E's father (1, reached), F (2), G's head (3) = 6; H is unemployed and not poor, the
   * children are not in poor households. Employer compliance 3/6, information or procedure 2/6.
   */
  @Test
  void theUndeclaredEmployeeMissesEmergencySupportThroughHisEmployer() {
    AccessTable.Row emergency = city.get(Programme.EMERGENCY_ASSISTANCE);
    assertThat(emergency.eligible()).isEqualTo(6.0);
    assertThat(emergency.reached()).isEqualTo(1.0);
    assertThat(emergency.barriers().get(Barrier.EMPLOYER_COMPLIANCE)).isCloseTo(0.5, within(1e-12));
    assertThat(emergency.barriers().get(Barrier.INFORMATION_OR_PROCEDURE))
        .isCloseTo(2.0 / 6, within(1e-12));
  }

  /** F (2, no written contract) + G's head (3, 12-month contract): 5 eligible, none reached. */
  @Test
  void anEmployeeWithoutAWrittenContractIsEligibleButHasNoContract() {
    AccessTable.Row si = city.get(Programme.COMPULSORY_SI);
    assertThat(si.eligible()).isEqualTo(5.0);
    assertThat(si.reached()).isZero();
    assertThat(si.barriers().get(Barrier.NO_LABOUR_CONTRACT)).isCloseTo(0.4, within(1e-12));
    assertThat(si.barriers().get(Barrier.EMPLOYER_COMPLIANCE)).isCloseTo(0.6, within(1e-12));
  }

  /** Only H, on UI benefit, may train with UI money; he did. */
  @Test
  void trainingOnUnemploymentBenefitIsReached() {
    AccessTable.Row training = city.get(Programme.VOCATIONAL_TRAINING);
    assertThat(training.eligible()).isEqualTo(1.0);
    assertThat(training.reached()).isEqualTo(1.0);
  }

  /** No basic income exists in the baseline: nobody is eligible. */
  @Test
  void theIncomeFloorHasNoOneInTheBaseline() {
    assertThat(city.get(Programme.INCOME_FLOOR).eligible()).isZero();
  }
}
