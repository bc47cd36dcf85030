package org.ansinh.engine.parameter;

import java.time.LocalDate;

/**
 * One dated value of a parameter, in force from {@code start} until the next value.
 *
 * @param number the value, or null when the value is a schedule or the parameter ends here
 * @param scale the schedule, or null
 * @param unit the unit of this value (may differ from an earlier value's)
 * @param uncertain why this value is not certain, or null
 */
public record ParameterValue(
    LocalDate start,
    Double number,
    Scale scale,
    String unit,
    Reference reference,
    String uncertain,
    String note) {

  /** Whether the parameter is no longer in force from {@code start}. */
  public boolean ended() {
    return number == null && scale == null;
  }

  /** The value as it is written in files and traces. */
  public String display() {
    if (scale != null) {
      StringBuilder s = new StringBuilder();
      for (Bracket b : scale.brackets()) {
        s.append(s.isEmpty() ? "" : ", ")
            .append("≥")
            .append(plain(b.threshold()))
            .append("→")
            .append(plain(b.amount()));
      }
      return "[" + s + "]";
    }
    return number == null ? "(not in force)" : plain(number);
  }

  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
