package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.simulation.calibration.CalibratedPopulation;
import org.junit.jupiter.api.Test;

class UiBenefitReceiptTests {

  private static final byte UNEMPLOYED = (byte) EmploymentStatus.UNEMPLOYED.ordinal();
  private static final byte EMPLOYEE = (byte) EmploymentStatus.EMPLOYEE.ordinal();

  /**
   * Six people, each household of one, the law's answers given: whoever claims is someone who lost
   * a job within the 12 months and whom the law admits; only an unemployed claimant whose benefit
   * months have not run out is paid now.
   */
  @Test
  void aDecisionNeedsAJobLostInTheYearAndTheLawAndPaymentNeedsBenefitMonthsLeft() {
    SyntheticPopulation p = new SyntheticPopulation(City.HCM, 6);
    p.households = 6;
    byte[] status = {UNEMPLOYED, UNEMPLOYED, UNEMPLOYED, EMPLOYEE, EMPLOYEE, UNEMPLOYED};
    int[] monthsWorked = {10, 6, 0, 9, 12, 11};
    for (int i = 0; i < 6; i++) {
      p.household[i] = i;
      p.weight[i] = 100;
      p.employment[i] = status[i];
      p.monthsWorked[i] = monthsWorked[i];
    }
    // person 5 lost a job last month but the law refuses them (too few contributions, say)
    boolean[] eligibleNow = {true, true, true, false, false, false};
    int[] benefitMonths = {3, 3, 12, 0, 0, 0};
    boolean[] eligibleDuringBreak = {false, false, false, true, true, false};
    // a target out of reach: the claim share goes to its bound, every admitted job loser claims
    double claim =
        UiBenefitReceipt.draw(p, eligibleNow, benefitMonths, eligibleDuringBreak, 1, 1e9);

    assertThat(claim).isGreaterThan(0.999);
    assertThat(p.uiBenefitDecision).containsExactly(true, true, false, true, false, false);
    // out of work 2 months with 3 to draw; 6 months with 3: run out; the worker is back at work
    assertThat(p.receivingUiBenefit).containsExactly(true, false, false, false, false, false);
  }

  /** Claims are calibrated to the decisions target on the weights. */
  @Test
  void theClaimShareMeetsThePublishedDecisions() {
    int n = 1000;
    SyntheticPopulation p = new SyntheticPopulation(City.HCM, n);
    p.households = n;
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      p.household[i] = i;
      p.weight[i] = 10;
      p.employment[i] = UNEMPLOYED;
      p.monthsWorked[i] = 1 + i % 11;
      eligible[i] = true;
    }
    int[] months = new int[n];
    Arrays.fill(months, 3);

    UiBenefitReceipt.draw(p, eligible, months, new boolean[n], 5, 4_000);

    double decided = 0;
    for (int i = 0; i < n; i++) {
      decided += p.uiBenefitDecision[i] ? p.weight[i] : 0;
    }
    assertThat(decided).isBetween(3_990.0, 4_010.0);
  }

  /**
   * An unemployed person with a UI record carries the contract that ended; nobody else gains one.
   */
  @Test
  void onlyTheUnemployedWithAContributionRecordCarryTheirEndedContract() {
    SyntheticPopulation p =
        new PopulationGenerator(City.HCM, LocalDate.of(2026, 1, 1)).generate(20_000, 3);
    int withRecord = 0;
    for (int i = 0; i < p.persons; i++) {
      if (p.employment[i] == UNEMPLOYED) {
        assertThat(p.contractMonths[i] > 0).as("person %d", i).isEqualTo(p.uiMonthsLast24[i] > 0);
        withRecord += p.uiMonthsLast24[i] > 0 ? 1 : 0;
      } else if (p.employment[i] != EMPLOYEE) {
        assertThat(p.contractMonths[i]).as("person %d", i).isZero();
      }
    }
    assertThat(withRecord).isPositive();
  }

  /**
   * In a generated city everyone paid now is someone the law's benefit rule admits now, and the
   * 2026 training rule for recipients admits them (Luật Việc làm 74/2025/QH15, Điều 37 khoản 1).
   */
  @Test
  void everyRecipientInAGeneratedCityIsAdmittedByTheLawsBenefitAndTrainingRules() {
    Period january = Period.month(2026, 1);
    Legislation legislation = VietnamLegislation.get();
    SyntheticPopulation p =
        CalibratedPopulation.generate(City.HCM, 30_000, 4, january, legislation).population();
    Map<String, Object> law =
        ChunkedRun.withDefaults(legislation)
            .compute(
                EnginePopulation.of(p, legislation, january),
                january,
                List.of(
                    org.ansinh.policy.vn.unemployment.UiBenefitEligible.UI_BENEFIT_ELIGIBLE,
                    org.ansinh.policy.vn.labourmarket.UiVocationalTrainingSupport
                        .UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE),
                null);
    boolean[] eligible = (boolean[]) law.get("ui_benefit_eligible");
    boolean[] training = (boolean[]) law.get("ui_vocational_training_support_eligible");
    int recipients = 0;
    for (int i = 0; i < p.persons; i++) {
      if (p.receivingUiBenefit[i]) {
        recipients++;
        assertThat(eligible[i]).as("person %d", i).isTrue();
        assertThat(training[i]).as("person %d", i).isTrue();
        assertThat(p.uiBenefitDecision[i]).as("person %d", i).isTrue();
      }
    }
    assertThat(recipients).isPositive();
  }
}
