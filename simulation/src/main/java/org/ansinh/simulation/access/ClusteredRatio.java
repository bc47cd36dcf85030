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
 * order; then {@link #variances}. The ratios must be known before the second pass, so callers run
 * two passes: one for {@code R}, one for the {@code z_h}.
 */
final class ClusteredRatio {

  private final Map<Integer, Integer> householdsInStratum = new HashMap<>();
  private final Map<Long, double[]> sums = new HashMap<>();

  /** Counts household in stratum {@code s}; call once per household, whether or not it adds. */
  void household(int stratum) {
    householdsInStratum.merge(stratum, 1, Integer::sum);
  }

  /**
   * Adds the linearised total {@code z_h} of one household for ratio {@code key} in stratum {@code
   * s}. Call at most once per household and key.
   */
  void add(int stratum, int key, double z) {
    double[] s = sums.computeIfAbsent(((long) stratum << 32) | key, k -> new double[2]);
    s[0] += z;
    s[1] += z * z;
  }

  /** The linearised value of a household: {@code (Y_h − R X_h) / X}. */
  static double linearised(double householdY, double householdX, double ratio, double totalX) {
    return (householdY - ratio * householdX) / totalX;
  }

  /** All variances by key, in one scan (keys below {@code keys}). */
  double[] variances(int keys) {
    double[] v = new double[keys];
    for (var e : sums.entrySet()) {
      int key = (int) (e.getKey() & 0xffffffffL);
      int n = householdsInStratum.getOrDefault((int) (e.getKey() >>> 32), 0);
      if (n < 2 || key >= keys) {
        continue;
      }
      double[] s = e.getValue();
      v[key] += n / (n - 1.0) * (s[1] - s[0] * s[0] / n);
    }
    for (int k = 0; k < keys; k++) {
      v[k] = Math.max(0, v[k]);
    }
    return v;
  }
}
