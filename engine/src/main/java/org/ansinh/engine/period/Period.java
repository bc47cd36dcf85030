package org.ansinh.engine.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month, a year, or eternity. Periods are half-open date ranges {@code [start, end)}; a formula
 * reads parameters as they stand on the period's first day, as OpenFisca does.
 */
public record Period(PeriodUnit unit, int year, int month) implements Comparable<Period> {

  public static final Period ETERNITY = new Period(PeriodUnit.ETERNITY, 0, 0);

  public Period {
    if (unit == PeriodUnit.MONTH && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }

  public static Period month(int year, int month) {
    return new Period(PeriodUnit.MONTH, year, month);
  }

  public static Period year(int year) {
    return new Period(PeriodUnit.YEAR, year, 0);
  }

  /** The month containing {@code date}. */
  public static Period monthOf(LocalDate date) {
    return month(date.getYear(), date.getMonthValue());
  }

  /**
   * Parses {@code 2025-08} (a month), {@code 2025} (a year) or {@code eternity}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Period parse(String text) {
    String t = text.trim();
    try {
      if (t.equalsIgnoreCase("eternity") || t.equalsIgnoreCase("ETERNITY")) {
        return ETERNITY;
      }
      if (t.matches("\\d{4}")) {
        return year(Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return month(ym.getYear(), ym.getMonthValue());
      }
      if (t.matches("month:\\d{4}-\\d{2}")) {
        return parse(t.substring(6));
      }
      if (t.matches("year:\\d{4}")) {
        return parse(t.substring(5));
      }
    } catch (RuntimeException e) {
      // fall through to the uniform message
    }
    throw new IllegalArgumentException(
        "not a period: '" + text + "' (expected YYYY-MM, YYYY or eternity)");
  }

  /** First day of the period; {@link LocalDate#MIN} for eternity. */
  public LocalDate start() {
    return switch (unit) {
      case MONTH -> LocalDate.of(year, month, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
      case ETERNITY -> LocalDate.MIN;
    };
  }

  /** First day after the period; {@link LocalDate#MAX} for eternity. */
  public LocalDate end() {
    return switch (unit) {
      case MONTH -> start().plusMonths(1);
      case YEAR -> start().plusYears(1);
      case ETERNITY -> LocalDate.MAX;
    };
  }

  /** The months of this period, in order: twelve for a year, itself for a month. */
  public List<Period> months() {
    return switch (unit) {
      case MONTH -> List.of(this);
      case YEAR -> {
        List<Period> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
          months.add(month(year, m));
        }
        yield months;
      }
      case ETERNITY -> throw new IllegalStateException("eternity has no months");
    };
  }

  public Period firstMonth() {
    return months().get(0);
  }

  /** The year containing this month, or this year itself. */
  public Period yearOf() {
    if (unit == PeriodUnit.ETERNITY) {
      throw new IllegalStateException("eternity is in no year");
    }
    return year(year);
  }

  /** This month moved by {@code n} months (negative: earlier). */
  public Period plusMonths(int n) {
    if (unit != PeriodUnit.MONTH) {
      throw new IllegalStateException("plusMonths needs a month, not " + this);
    }
    return monthOf(start().plusMonths(n));
  }

  @Override
  public int compareTo(Period o) {
    return start().compareTo(o.start()) != 0
        ? start().compareTo(o.start())
        : unit.compareTo(o.unit);
  }

  @Override
  public String toString() {
    return switch (unit) {
      case MONTH -> String.format("%04d-%02d", year, month);
      case YEAR -> String.format("%04d", year);
      case ETERNITY -> "eternity";
    };
  }
}
