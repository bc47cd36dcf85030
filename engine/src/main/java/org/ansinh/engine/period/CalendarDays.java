package org.ansinh.engine.period;

import java.time.LocalDate;

/**
 * Calendar arithmetic on dates held as epoch days (days since 1970-01-01), without building a
 * {@link LocalDate} per person: ages and month counts for millions of persons in one loop.
 *
 * <p>The conversion is Howard Hinnant's {@code civil_from_days} (proleptic Gregorian calendar, the
 * same as {@code java.time}).
 */
public final class CalendarDays {

  private CalendarDays() {}

  /** The date as {@code year × 10000 + month × 100 + day}. */
  public static int yearMonthDay(int epochDay) {
    long z = epochDay + 719_468L;
    long era = (z >= 0 ? z : z - 146_096) / 146_097;
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return (int) (year * 10_000 + month * 100 + day);
  }

  /** Months since year 0 of the month containing the day: {@code 12 × year + month − 1}. */
  public static int monthIndex(int epochDay) {
    int ymd = yearMonthDay(epochDay);
    return 12 * (ymd / 10_000) + (ymd / 100) % 100 - 1;
  }

  public static int monthIndex(LocalDate date) {
    return 12 * date.getYear() + date.getMonthValue() - 1;
  }

  /**
   * Whole years from the day {@code from} to {@code to} (an age); negative when {@code to} is
   * before.
   */
  public static int wholeYears(int from, LocalDate to) {
    int ymd = yearMonthDay(from);
    int years = to.getYear() - ymd / 10_000;
    int monthDay = ymd % 10_000;
    return to.getMonthValue() * 100 + to.getDayOfMonth() < monthDay ? years - 1 : years;
  }
}
