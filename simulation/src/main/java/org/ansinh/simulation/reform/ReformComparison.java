package org.ansinh.simulation.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Programme;

/**
 * A reform against the baseline over the same population, without behavioural response: a person is
 * <em>newly reachable</em> when the reform makes them eligible, or removes the structural barrier
 * (residence, affordability) that kept them out, while they were not reached before. The budget
 * cost is what the state pays more each year for those already reached plus what it would pay for
 * the newly reachable if all of them took the benefit up — an upper bound, said so in every output.
 */
public final class ReformComparison {

  /** One group × programme. Weighted persons; cost in VND a year. */
  public record Row(
      String group,
      Programme programme,
      double eligibleBaseline,
      double eligibleReform,
      double newlyReachable,
      double annualCostContinuing,
      double annualCostNewly) {

    public double annualCost() {
      return annualCostContinuing + annualCostNewly;
    }
  }

  private ReformComparison() {}

  public static List<Row> compare(
      Population population, Legislation baseline, Reform reform, Period period, List<String> by) {
    AccessTable.checkDimensions(by);
    AccessAnalysis.Result base = AccessAnalysis.run(population, baseline, period);
    AccessAnalysis.Result after = AccessAnalysis.run(population, reform.apply(baseline), period);
    Map<String, double[][]> sums = new TreeMap<>();
    int n = population.personCount();
    Programme[] programmes = Programme.values();
    for (int i = 0; i < n; i++) {
      String group = AccessTable.groupOf(base, i, by);
      double[][] s = sums.computeIfAbsent(group, k -> new double[programmes.length][5]);
      double w = base.personWeight()[i];
      for (Programme p : programmes) {
        int k = p.ordinal();
        boolean reached = base.reached()[k][i];
        boolean wasOpen = base.eligible()[k][i] && !structural(base.barrier()[k][i]);
        boolean isOpen = after.eligible()[k][i] && !structural(after.barrier()[k][i]);
        s[k][0] += base.eligible()[k][i] ? w : 0;
        s[k][1] += after.eligible()[k][i] ? w : 0;
        double costBefore = monthlyCost(p, base, i);
        double costAfter = monthlyCost(p, after, i);
        if (!reached && isOpen && !wasOpen) {
          s[k][2] += w;
          s[k][4] += w * 12 * costAfter;
        }
        if (reached && after.eligible()[k][i]) {
          s[k][3] += w * 12 * (costAfter - costBefore);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (var e : sums.entrySet()) {
      for (Programme p : programmes) {
        double[] s = e.getValue()[p.ordinal()];
        rows.add(new Row(e.getKey(), p, s[0], s[1], s[2], s[3], s[4]));
      }
    }
    return rows;
  }

  private static boolean structural(byte barrier) {
    return barrier == Barrier.RESIDENCE.ordinal() || barrier == Barrier.AFFORDABILITY.ordinal();
  }

  /** What the budget pays a month for this person under the programme (0 where not modelled). */
  private static double monthlyCost(Programme p, AccessAnalysis.Result r, int i) {
    return switch (p) {
      case VOLUNTARY_SI -> ((long[]) r.values().get("voluntary_si_state_support"))[i];
      case SOCIAL_ALLOWANCE -> ((long[]) r.values().get("monthly_social_allowance"))[i];
      case SOCIAL_PENSION -> ((long[]) r.values().get("social_pension_allowance"))[i];
      default -> 0;
    };
  }
}
