package org.ansinh.simulation.calibration;

import java.util.List;
import org.ansinh.simulation.population.SyntheticPopulation;

/**
 * Raking (iterative proportional fitting) of household weights to person and household margins.
 *
 * <p>Persons share their household's weight, so a person margin moves each household by the average
 * factor of its counted members — the usual integrated household–person approximation (one weight
 * per household, person margins met approximately). Iterates until every margin is within the
 * tolerance or the iterations run out; the result says which.
 */
public final class Raking {

  /**
   * A margin: each unit's category (-1 when the unit is not counted) and the target shares of the
   * categories; with {@code total}, shares of that total, otherwise of the counted units' current
   * weight (a composition, not a size).
   */
  public record Margin(
      String name, boolean perHousehold, int[] category, double[] shares, Double total) {}

  /** How raking ended: iterations used and the largest relative error left on any category. */
  public record Result(int iterations, double maxRelativeError) {}

  private Raking() {}

  public static Result rake(
      SyntheticPopulation p, List<Margin> margins, int maxIterations, double tolerance) {
    double error = Double.MAX_VALUE;
    int iteration = 0;
    // The factors of every margin at the weights as the last check left them: the next iteration
    // starts from the same weights, so its first margin's factors are these.
    double[][] checked = null;
    while (iteration < maxIterations && error > tolerance) {
      iteration++;
      for (int k = 0; k < margins.size(); k++) {
        Margin m = margins.get(k);
        adjust(p, m, k == 0 && checked != null ? checked[0] : factors(p, m));
      }
      // The check only reads the weights: one margin per core, each summed in its own order.
      checked = margins.parallelStream().map(m -> factors(p, m)).toArray(double[][]::new);
      error = 0;
      for (double[] factor : checked) {
        for (double f : factor) {
          error = Math.max(error, Math.abs(f - 1));
        }
      }
    }
    return new Result(iteration, error);
  }

  /** Target ÷ current weighted total, per category (1 for an empty category). */
  static double[] factors(SyntheticPopulation p, Margin m) {
    double[] current = new double[m.shares().length];
    int units = m.perHousehold() ? p.households : p.persons;
    for (int u = 0; u < units; u++) {
      int k = m.category()[u];
      if (k >= 0) {
        current[k] += p.weight[m.perHousehold() ? u : p.household[u]];
      }
    }
    double sum = 0;
    for (double c : current) {
      sum += c;
    }
    double total = m.total() != null ? m.total() : sum;
    double[] f = new double[current.length];
    for (int k = 0; k < f.length; k++) {
      f[k] = current[k] > 0 ? m.shares()[k] * total / current[k] : 1;
    }
    return f;
  }

  private static void adjust(SyntheticPopulation p, Margin m, double[] factor) {
    if (m.perHousehold()) {
      for (int h = 0; h < p.households; h++) {
        int k = m.category()[h];
        if (k >= 0) {
          p.weight[h] *= factor[k];
        }
      }
      return;
    }
    int i = 0;
    while (i < p.persons) {
      int h = p.household[i];
      double sum = 0;
      int counted = 0;
      for (; i < p.persons && p.household[i] == h; i++) {
        int k = m.category()[i];
        if (k >= 0) {
          sum += factor[k];
          counted++;
        }
      }
      if (counted > 0) {
        p.weight[h] *= sum / counted;
      }
    }
  }
}
