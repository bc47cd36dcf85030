package org.ansinh.simulation.calibration;

/**
 * A published figure a population should reproduce.
 *
 * @param quality {@code official}, {@code press}, {@code study} or {@code proxy}
 */
public record Target(
    String key,
    double value,
    String unit,
    String year,
    String universe,
    String source,
    String quality,
    String note) {

  public boolean isShare() {
    return "share".equals(unit);
  }
}
