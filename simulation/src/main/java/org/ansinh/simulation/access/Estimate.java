package org.ansinh.simulation.access;

/**
 * A weighted share with its sampling standard error (Taylor linearisation, households as clusters,
 * wards as strata: {@link ClusteredRatio}). The 95% interval is {@code value ± 1.96 × se}, clipped
 * to [0, 1] because a share cannot leave it.
 */
public record Estimate(double value, double standardError) {

  /** The normal quantile for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054; // not law: Φ⁻¹(0.975)

  public double low95() {
    return Math.max(0, value - Z95 * standardError);
  }

  public double high95() {
    return Math.min(1, value + Z95 * standardError);
  }

  /** The complement 1 − value, which has the same standard error. */
  public Estimate complement() {
    return new Estimate(1 - value, standardError);
  }
}
