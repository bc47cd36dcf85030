package org.ansinh.engine.variable;

import java.time.LocalDate;

/**
 * A formula in force on {@code [start, end)}; {@code end} null means still in force.
 *
 * @param basis the legal provision the formula implements, shown in traces
 */
public record DatedFormula<A>(LocalDate start, LocalDate end, String basis, Formula<A> formula) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  public boolean overlaps(DatedFormula<?> other) {
    boolean thisEndsBefore = end != null && !end.isAfter(other.start);
    boolean otherEndsBefore = other.end != null && !other.end.isAfter(start);
    return !thisEndsBefore && !otherEndsBefore;
  }

  /** "since 2025-07-01" or "2024-01-01 – 2025-06-30". */
  public String version() {
    return end == null ? "since " + start : start + " – " + end.minusDays(1);
  }
}
