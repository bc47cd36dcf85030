package org.ansinh.engine.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalendarDaysTests {

  @Test
  void agreesWithJavaTimeOnRandomDates() {
    SplittableRandom r = new SplittableRandom(1);
    for (int k = 0; k < 100_000; k++) {
      LocalDate birth = LocalDate.ofEpochDay(r.nextInt(-80_000, 30_000));
      LocalDate on = LocalDate.ofEpochDay(r.nextInt(-10_000, 40_000));
      int day = (int) birth.toEpochDay();
      assertThat(CalendarDays.yearMonthDay(day))
          .isEqualTo(
              birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth());
      assertThat(CalendarDays.monthIndex(day)).isEqualTo(CalendarDays.monthIndex(birth));
      if (!on.isBefore(birth)) {
        assertThat(CalendarDays.wholeYears(day, on))
            .isEqualTo(Period.between(birth, on).getYears());
      }
    }
  }

  @Test
  void aBirthdayCountsOnTheDayItself() {
    int born = (int) LocalDate.of(2000, 2, 29).toEpochDay();
    assertThat(CalendarDays.wholeYears(born, LocalDate.of(2025, 2, 28))).isEqualTo(24);
    assertThat(CalendarDays.wholeYears(born, LocalDate.of(2025, 3, 1))).isEqualTo(25);
    assertThat(CalendarDays.wholeYears(born, LocalDate.of(2028, 2, 29))).isEqualTo(28);
  }
}
