package org.ansinh.engine.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

  @ParameterizedTest
  @CsvSource({
    "2025-08, MONTH, 2025-08-01, 2025-09-01",
    "2025-12, MONTH, 2025-12-01, 2026-01-01",
    "2024, YEAR, 2024-01-01, 2025-01-01"
  })
  void parsesMonthsAndYearsAsHalfOpenRanges(
      String text, PeriodUnit unit, LocalDate start, LocalDate end) {
    Period p = Period.parse(text);
    assertThat(p.unit()).isEqualTo(unit);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13", "25-08", "August", "2025-8-1", ""})
  void refusesWhatIsNotAPeriod(String text) {
    assertThatThrownBy(() -> Period.parse(text)).hasMessageContaining("not a period");
  }

  @org.junit.jupiter.api.Test
  void aYearHasTwelveMonthsAndMonthsMoveAcrossYears() {
    assertThat(Period.year(2025).months()).hasSize(12).first().isEqualTo(Period.month(2025, 1));
    assertThat(Period.month(2025, 1).plusMonths(-1)).isEqualTo(Period.month(2024, 12));
    assertThat(Period.month(2025, 3).yearOf()).isEqualTo(Period.year(2025));
  }
}
