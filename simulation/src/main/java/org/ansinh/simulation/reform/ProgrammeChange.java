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

  /**
   * Running weighted sums for one group × programme: {@link #SIZE} doubles from an offset in a
   * caller's array, so a loop over millions of persons adds to plain arrays.
   */
  static final class Sums {
    static final int SIZE = 10;

    private Sums() {}

    /** Adds one person of weight {@code w} in one programme, before and after the reform. */
    static void add(
        double[] s,
        int o,
        boolean eligibleBefore,
        boolean eligibleAfter,
        boolean beneficiaryBefore,
        boolean beneficiaryAfter,
        boolean newlyReachable,
        boolean inBaselineGap,
        double annualPaymentBefore,
        double annualPaymentAfter,
        double w) {
      s[o] += eligibleBefore ? w : 0;
      s[o + 1] += eligibleAfter ? w : 0;
      s[o + 2] += beneficiaryBefore ? w : 0;
      s[o + 3] += beneficiaryAfter ? w : 0;
      s[o + 4] += newlyReachable ? w : 0;
      s[o + 5] += inBaselineGap ? w : 0;
      s[o + 6] += inBaselineGap && newlyReachable ? w : 0;
      s[o + 7] += w * annualPaymentBefore;
      if (beneficiaryBefore) {
        s[o + 8] += w * (annualPaymentAfter - annualPaymentBefore);
      } else {
        s[o + 9] += w * annualPaymentAfter;
      }
    }

    static ProgrammeChange row(double[] s, int o, String group, Programme p) {
      return new ProgrammeChange(
          group, p, s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7],
          s[o + 8], s[o + 9]);
    }
  }
}
