package org.ansinh.simulation.population;

import java.util.List;
import java.util.SplittableRandom;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.unemployment.UiBenefitEligible;
import org.ansinh.policy.vn.unemployment.UiBenefitMonths;

/**
 * Who received an unemployment benefit decision in the last 12 months and who is receiving the
 * benefit now ({@code receiving_ui_benefit}, which the law reads for UI-funded training from 2026,
 * health insurance paid by the UI fund, and some reforms). Drawn through a mechanism, never as a
 * share of a group:
 *
 * <ol>
 *   <li><b>a job lost in the year</b>: the unemployed who worked some of the last 12 months lost
 *       their work {@code 12 − months_worked_in_year} months ago; whoever works now but worked
 *       fewer than 12 months spent a month out of work ({@link Reach#employmentDuringBreak});
 *   <li><b>the law's conditions</b>: {@code ui_benefit_eligible} (a covered contract ended, 12+
 *       months of contributions within the 24 before, no pension) — now for the unemployed, in the
 *       month out of work for the others, from their own record;
 *   <li><b>a claim</b>: of those, the share who file ({@code ui_benefit_claim}), calibrated by
 *       bisection to the city's published decisions in a year, with the draws fixed first;
 *   <li><b>still paid now</b>: an unemployed claimant whose benefit months ({@code
 *       ui_benefit_months}, by their contribution record) have not run out since the job was lost.
 * </ol>
 *
 * Call after the weights are raked and before the law run take-up reads: the health insurance group
 * depends on receipt.
 */
public final class UiBenefitReceipt {

  private static final byte UNEMPLOYED = (byte) EmploymentStatus.UNEMPLOYED.ordinal();
  private static final int MONTHS_A_YEAR = 12;

  /** The law's variables asked for the period itself. */
  public static final List<Variable<?>> NOW =
      List.of(UiBenefitEligible.UI_BENEFIT_ELIGIBLE, UiBenefitMonths.UI_BENEFIT_MONTHS);

  /** The law's variable asked for a month out of work earlier in the year. */
  public static final Variable<boolean[]> DURING_BREAK = UiBenefitEligible.UI_BENEFIT_ELIGIBLE;

  private UiBenefitReceipt() {}

  /** Who is unemployed now: the only people the benefit rule can admit in the period. */
  public static boolean[] unemployed(SyntheticPopulation p) {
    boolean[] out = new boolean[p.persons];
    for (int i = 0; i < p.persons; i++) {
      out[i] = p.employment[i] == UNEMPLOYED;
    }
    return out;
  }

  /**
   * The contract an unemployed person with a UI record lost: its length is what the law's benefit
   * condition reads ({@code labour_contract_months} of the contract that ended). Its own stream, so
   * the households drawn before are the same.
   */
  static void endedContracts(SyntheticPopulation p, SplittableRandom r) {
    for (int i = 0; i < p.persons; i++) {
      if (p.employment[i] == UNEMPLOYED && p.uiMonthsLast24[i] > 0 && p.contractMonths[i] == 0) {
        p.contractMonths[i] = PopulationGenerator.contractLength(r);
      }
    }
  }

  /**
   * Draws claims and receipt into {@code p}; returns the claim share used (calibrated when {@code
   * decisionsTarget} is a number).
   *
   * @param eligibleNow {@code ui_benefit_eligible} for the period, at least for the {@link
   *     #unemployed}
   * @param benefitMonths {@code ui_benefit_months} for the period, likewise
   * @param eligibleDuringBreak {@code ui_benefit_eligible} in a month out of work, with {@link
   *     Reach#employmentDuringBreak}, at least for those who {@link Reach#hadBreak}
   * @param decisionsTarget published benefit decisions in a year; NaN when there is none
   */
  public static double draw(
      SyntheticPopulation p,
      boolean[] eligibleNow,
      int[] benefitMonths,
      boolean[] eligibleDuringBreak,
      long seed,
      double decisionsTarget) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x510E527FADE682D1L);
    double[] u = new double[p.persons];
    boolean[] lostInYear = new boolean[p.persons];
    boolean[] hadBreak = Reach.hadBreak(p);
    int losers = 0;
    for (int i = 0; i < p.persons; i++) {
      u[i] = r.nextDouble();
      lostInYear[i] =
          p.employment[i] == UNEMPLOYED
              ? eligibleNow[i] && p.monthsWorked[i] > 0
              : hadBreak[i] && eligibleDuringBreak[i];
      losers += lostInYear[i] ? 1 : 0;
    }
    // the bisection re-scores only the job losers (a few in a hundred), not the whole city
    double[] loserDraw = new double[losers];
    double[] loserWeight = new double[losers];
    for (int i = 0, k = 0; i < p.persons; i++) {
      if (lostInYear[i]) {
        loserDraw[k] = u[i];
        loserWeight[k++] = p.personWeight(i);
      }
    }
    double claim =
        TakeUp.calibrate(
            Shapes.of(p.city).number("ui_benefit_claim"),
            0,
            1,
            decisionsTarget,
            c -> {
              double sum = 0;
              for (int k = 0; k < loserDraw.length; k++) {
                sum += loserDraw[k] < c ? loserWeight[k] : 0;
              }
              return sum;
            });
    for (int i = 0; i < p.persons; i++) {
      p.uiBenefitDecision[i] = lostInYear[i] && u[i] < claim;
      int monthsOutOfWork = MONTHS_A_YEAR - p.monthsWorked[i];
      p.receivingUiBenefit[i] =
          p.uiBenefitDecision[i]
              && p.employment[i] == UNEMPLOYED
              && monthsOutOfWork <= benefitMonths[i];
    }
    return claim;
  }
}
