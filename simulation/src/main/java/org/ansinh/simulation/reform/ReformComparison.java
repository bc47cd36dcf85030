package org.ansinh.simulation.reform;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.access.ProgressListener;

/**
 * A reform against the baseline over the same population, without behavioural response.
 *
 * <ul>
 *   <li>A person is <em>newly reachable</em> in a programme when they were not reached, and the
 *       reform makes them eligible or removes the structural barrier (residence, no written
 *       contract, affordability) that kept them out; or, for a programme the state pays without an
 *       application ({@link Programme#paidWithoutApplication()}: a transfer to those pre-registered
 *       in the social registry), when the reform starts paying them.
 *   <li><em>Beneficiaries</em> before are those reached; after, those reached unless the reform
 *       takes away an eligibility they had, plus every newly reachable person — all of them take it
 *       up, an upper bound. (A person reached without being eligible in the model, e.g. an
 *       enrolment the law's inputs do not explain, stays a beneficiary.)
 *   <li>A person's <em>state payment</em> in a programme is its state-cost variable ({@link
 *       Programme.StateCost}) times its payments a year, for a beneficiary; the annual budget cost
 *       is the weighted change in the sum of state payments. Every output says it is an upper
 *       bound.
 *   <li><em>Winners</em> and <em>losers</em> are the persons whose state payments, summed over the
 *       programmes, rise or fall.
 * </ul>
 */
public final class ReformComparison {

  private final AccessAnalysis.Result base;
  private final AccessAnalysis.Result after;
  // per programme (ordinal) and person, looked up once: the loops below visit every pair
  private final long[][] baseCost;
  private final long[][] afterCost;

  private ReformComparison(AccessAnalysis.Result base, AccessAnalysis.Result after) {
    this.base = base;
    this.after = after;
    Programme[] programmes = Programme.values();
    this.baseCost = new long[programmes.length][];
    this.afterCost = new long[programmes.length][];
    for (Programme p : programmes) {
      baseCost[p.ordinal()] = base.stateCosts(p);
      afterCost[p.ordinal()] = after.stateCosts(p);
    }
  }

  /** Runs the access analysis under the baseline and under the reform. */
  public static ReformComparison run(
      Population population,
      Legislation baseline,
      Reform reform,
      Period period,
      ProgressListener progress) {
    AccessAnalysis.Result[] both =
        AccessAnalysis.runWithReform(population, baseline, reform, period, progress, true);
    return new ReformComparison(both[0], both[1]);
  }

  /** {@link #run} then {@link #rows}. */
  public static List<ProgrammeChange> compare(
      Population population, Legislation baseline, Reform reform, Period period, List<String> by) {
    AccessTable.checkDimensions(by);
    return run(population, baseline, reform, period, ProgressListener.NONE).rows(by);
  }

  /** Group × programme changes, groups in name order. */
  public List<ProgrammeChange> rows(List<String> by) {
    AccessTable.checkDimensions(by);
    AccessTable.Groups groups = AccessTable.Groups.of(base, by);
    Programme[] programmes = Programme.values();
    ProgrammeChange.Sums[][] sums = new ProgrammeChange.Sums[groups.names().size()][];
    for (int g = 0; g < sums.length; g++) {
      sums[g] = new ProgrammeChange.Sums[programmes.length];
      for (int k = 0; k < programmes.length; k++) {
        sums[g][k] = new ProgrammeChange.Sums();
      }
    }
    int n = base.population().personCount();
    for (Programme p : programmes) {
      for (int i = 0; i < n; i++) {
        sums[groups.ofPerson()[i]][p.ordinal()].add(state(p, i), base.personWeight()[i]);
      }
    }
    List<ProgrammeChange> rows = new ArrayList<>();
    for (int g = 0; g < sums.length; g++) {
      for (Programme p : programmes) {
        rows.add(sums[g][p.ordinal()].row(groups.names().get(g), p));
      }
    }
    return rows;
  }

  /** Persons whose state payments, summed over the programmes, rise or fall, by group. */
  public List<WinnersAndLosers> winnersAndLosers(List<String> by) {
    AccessTable.checkDimensions(by);
    AccessTable.Groups groups = AccessTable.Groups.of(base, by);
    double[][] totals = new double[groups.names().size()][5];
    int n = base.population().personCount();
    for (int i = 0; i < n; i++) {
      double change = 0;
      for (Programme p : Programme.values()) {
        PersonState s = state(p, i);
        change += s.annualPaymentAfter() - s.annualPaymentBefore();
      }
      double[] t = totals[groups.ofPerson()[i]];
      double w = base.personWeight()[i];
      t[0] += w;
      if (change > 0) {
        t[1] += w;
        t[2] += w * change;
      } else if (change < 0) {
        t[3] += w;
        t[4] += w * change;
      }
    }
    List<WinnersAndLosers> rows = new ArrayList<>();
    for (int g = 0; g < totals.length; g++) {
      double[] t = totals[g];
      rows.add(
          new WinnersAndLosers(
              groups.names().get(g),
              t[0],
              t[1],
              t[1] == 0 ? 0 : t[2] / t[1],
              t[3],
              t[3] == 0 ? 0 : t[4] / t[3]));
    }
    return rows;
  }

  private static long cost(long[][] costs, int programme, int i) {
    return costs[programme] == null ? 0 : costs[programme][i];
  }

  /** One person in one programme, before and after. */
  PersonState state(Programme p, int i) {
    int k = p.ordinal();
    boolean reached = base.reached()[k][i];
    boolean eligibleBefore = base.eligible()[k][i];
    boolean eligibleAfter = after.eligible()[k][i];
    boolean wasOpen = eligibleBefore && !structural(base.barrier()[k][i]);
    boolean isOpen = eligibleAfter && !structural(after.barrier()[k][i]);
    boolean paidNow =
        p.paidWithoutApplication() && cost(baseCost, k, i) == 0 && cost(afterCost, k, i) > 0;
    boolean newly = !reached && ((isOpen && !wasOpen) || paidNow);
    boolean losesEligibility = eligibleBefore && !eligibleAfter;
    boolean beneficiaryAfter = (reached && !losesEligibility) || newly;
    int payments = p.cost().paymentsPerYear();
    double before = reached ? payments * (double) cost(baseCost, k, i) : 0;
    double afterPayment = beneficiaryAfter ? payments * (double) cost(afterCost, k, i) : 0;
    return new PersonState(
        eligibleBefore,
        eligibleAfter,
        reached,
        beneficiaryAfter,
        newly,
        eligibleBefore && !reached,
        before,
        afterPayment);
  }

  /**
   * A person in a programme: eligible and beneficiary before and after, newly reachable, in the
   * baseline gap (eligible, not reached), and the annual state payment before and after.
   */
  record PersonState(
      boolean eligibleBefore,
      boolean eligibleAfter,
      boolean beneficiaryBefore,
      boolean beneficiaryAfter,
      boolean newlyReachable,
      boolean inBaselineGap,
      double annualPaymentBefore,
      double annualPaymentAfter) {}

  /** Barriers a change of rules can remove: the law's own conditions and the price. */
  private static boolean structural(byte barrier) {
    return barrier == Barrier.RESIDENCE.ordinal()
        || barrier == Barrier.NO_LABOUR_CONTRACT.ordinal()
        || barrier == Barrier.AFFORDABILITY.ordinal();
  }
}
