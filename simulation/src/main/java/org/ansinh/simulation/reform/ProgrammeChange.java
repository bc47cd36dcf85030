package org.ansinh.simulation.reform;

import org.ansinh.simulation.access.Programme;

/**
 * One group × programme under a reform. Persons are weighted; money is VND a year. Beneficiaries
 * and costs after the reform assume every newly reachable person takes the programme up: upper
 * bounds.
 *
 * @param gapBaseline persons eligible but not reached in the baseline
 * @param gapClosed of those, the persons the reform makes newly reachable
 * @param annualCostBaseline state payments to the baseline's beneficiaries
 * @param annualCostContinuing change in state payments to those reached in the baseline
 * @param annualCostNewly state payments to the newly reachable
 */
public record ProgrammeChange(
    String group,
    Programme programme,
    double eligibleBaseline,
    double eligibleReform,
    double beneficiariesBaseline,
    double beneficiariesReform,
    double newlyReachable,
    double gapBaseline,
    double gapClosed,
    double annualCostBaseline,
    double annualCostContinuing,
    double annualCostNewly) {

  /** The change in the annual budget: continuing plus newly reachable. */
  public double annualCost() {
    return annualCostContinuing + annualCostNewly;
  }

  public double annualCostReform() {
    return annualCostBaseline + annualCost();
  }

  /** Annual cost per newly reachable person; NaN when nobody is. */
  public double costPerNewlyReachable() {
    return newlyReachable == 0 ? Double.NaN : annualCost() / newlyReachable;
  }

  /** The share of the baseline gap the reform closes; NaN when there was none. */
  public double gapClosedShare() {
    return gapBaseline == 0 ? Double.NaN : gapClosed / gapBaseline;
  }

  /** Running weighted sums for one group × programme. */
  static final class Sums {
    private final double[] s = new double[10];

    void add(ReformComparison.PersonState p, double w) {
      s[0] += p.eligibleBefore() ? w : 0;
      s[1] += p.eligibleAfter() ? w : 0;
      s[2] += p.beneficiaryBefore() ? w : 0;
      s[3] += p.beneficiaryAfter() ? w : 0;
      s[4] += p.newlyReachable() ? w : 0;
      s[5] += p.inBaselineGap() ? w : 0;
      s[6] += p.inBaselineGap() && p.newlyReachable() ? w : 0;
      s[7] += w * p.annualPaymentBefore();
      if (p.beneficiaryBefore()) {
        s[8] += w * (p.annualPaymentAfter() - p.annualPaymentBefore());
      } else {
        s[9] += w * p.annualPaymentAfter();
      }
    }

    void addAll(Sums other) {
      for (int k = 0; k < s.length; k++) {
        s[k] += other.s[k];
      }
    }

    ProgrammeChange row(String group, Programme p) {
      return new ProgrammeChange(
          group, p, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]);
    }
  }
}
