package org.ansinh.simulation.access;

import java.util.HashMap;
import java.util.Map;

/**
 * Sampling variance of many ratio estimators at once, by Taylor linearisation with households as
 * primary sampling units (clusters) and wards as strata — the textbook estimator for a stratified
 * cluster sample drawn with replacement (Wolter, <i>Introduction to Variance Estimation</i>, 2nd
 * ed. 2007, ch. 6; the default of Stata's {@code svy} and R's {@code survey}).
 *
 * <p>For a ratio {@code R = Y / X} with {@code Y = Σ_i w_i y_i}, {@code X = Σ_i w_i x_i} over
 * persons {@code i} (household weight {@code w_i}), the linearised value of household {@code h} is
 *
 * <pre>
 *   z_h = Σ_{i ∈ h} w_i (y_i − R x_i) / X
 * </pre>
 *
 * and, with {@code n_s} households in stratum {@code s} and {@code z̄_s} their mean,
 *
 * <pre>
 *   V(R) = Σ_s n_s / (n_s − 1) · Σ_{h ∈ s} (z_h − z̄_s)²
 *        = Σ_s n_s / (n_s − 1) · (Σ_h z_h² − (Σ_h z_h)² / n_s)
 * </pre>
 *
 * Every household of the stratum counts in {@code n_s}, including those with no person in the
 * ratio's domain (their {@code z_h} is 0): that is what makes the variance of a domain (a group)
 * correct. A stratum with a single household contributes nothing (no within-stratum variance can be
 * estimated from one unit). No finite-population correction: a synthetic or survey sample is a
 * small fraction of the city.
 *
 * <p>Use: {@link #add} each household's {@code (y, x)} totals for each ratio key, households in
 * order; then {@link #variances()}. The ratios must be known before the second pass, so callers run
 * two passes: one for {@code R}, one for the {@code z_h}.
 */
final class ClusteredRatio {

  /** Above this many stratum × key cells the sums are kept sparse (groups nested in wards). */
  private static final long DENSE_CELLS = 1L << 21; // not law: memory bound, 32 MB of doubles

  private final int keys;
  private final int[] householdsInStratum;
  private final double[] dense;
  private final Map<Long, double[]> sparse;

  /**
   * @param strata the number of strata; strata are indices below it
   * @param keys the number of ratios; keys are indices below it
   */
  ClusteredRatio(int strata, int keys) {
    this.keys = keys;
    this.householdsInStratum = new int[strata];
    boolean small = (long) strata * keys <= DENSE_CELLS;
    this.dense = small ? new double[2 * strata * keys] : null;
    this.sparse = small ? null : new HashMap<>();
  }

  /** Counts a household in stratum {@code s}; call once per household, whether or not it adds. */
  void household(int stratum) {
    householdsInStratum[stratum]++;
  }

  /**
   * Adds the linearised total {@code z_h} of one household for ratio {@code key} in stratum {@code
   * s}. Call at most once per household and key.
   */
  void add(int stratum, int key, double z) {
    if (z == 0) {
      return; // adds nothing to either sum
    }
    double[] s;
    int at;
    if (dense != null) {
      s = dense;
      at = 2 * (stratum * keys + key);
    } else {
      s = sparse.computeIfAbsent(((long) stratum << 32) | key, k -> new double[2]);
      at = 0;
    }
    s[at] += z;
    s[at + 1] += z * z;
  }

  /** The linearised value of a household: {@code (Y_h − R X_h) / X}. */
  static double linearised(double householdY, double householdX, double ratio, double totalX) {
    return (householdY - ratio * householdX) / totalX;
  }

  /** The variance of every ratio, by key. */
  double[] variances() {
    double[] v = new double[keys];
    if (dense != null) {
      for (int stratum = 0; stratum < householdsInStratum.length; stratum++) {
        for (int key = 0; key < keys; key++) {
          int at = 2 * (stratum * keys + key);
          v[key] += term(householdsInStratum[stratum], dense[at], dense[at + 1]);
        }
      }
    } else {
      for (var e : sparse.entrySet()) {
        int key = (int) (e.getKey() & 0xffffffffL);
        int stratum = (int) (e.getKey() >>> 32);
        v[key] += term(householdsInStratum[stratum], e.getValue()[0], e.getValue()[1]);
      }
    }
    for (int k = 0; k < keys; k++) {
      v[k] = Math.max(0, v[k]);
    }
    return v;
  }

  /** One stratum's part: {@code n/(n−1) · (Σ z² − (Σ z)²/n)}, nothing from a single household. */
  private static double term(int n, double sum, double sumOfSquares) {
    return n < 2 ? 0 : n / (n - 1.0) * (sumOfSquares - sum * sum / n);
  }
}
