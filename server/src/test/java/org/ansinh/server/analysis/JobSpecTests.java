package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal of a job request names the field at fault. */
class JobSpecTests {

  private static final YearMonth NOW = YearMonth.of(2026, 11);

  private static JobSpec check(JobRequest r) {
    return JobSpec.check(r, NOW, code -> code == 1);
  }

  @ParameterizedTest
  @CsvSource({
    "x,        2026-01, sector,    ,                     ,     , kind",
    ",         2026-01, sector,    ,                     ,     , kind",
    "access,   2026-13, sector,    ,                     ,     , period",
    "access,   January, sector,    ,                     ,     , period",
    "access,   2026-01, planet,    ,                     ,     , by[0]",
    "access,   2026-01, sector,    ,                     ,   7 , ward",
    "access,   2026-01, sector,    voluntary_si_support, ,     , reform",
    "reform,   2026-01, sector,    ,                     ,     , reform",
    "reform,   2026-01, sector,    no_such_reform,       ,     , reform",
    "reform,   2026-01, sector,    voluntary_si_support, rate=7, , settings.rate",
    "reform,   2026-01, sector,    voluntary_si_support, rate=x, , settings.rate",
    "reform,   2026-01, sector,    voluntary_si_support, speed=1, , settings.speed",
    "reform,   2026-01, sector,    voluntary_si_support, from=soon, , settings.from"
  })
  void aBadRequestIsRefusedNamingItsField(
      String kind,
      String period,
      String by,
      String reform,
      String setting,
      Integer ward,
      String field) {
    Map<String, Object> settings =
        setting == null ? null : Map.of(setting.split("=")[0], setting.split("=")[1]);
    JobRequest r = new JobRequest(kind, period, List.of(by), reform, settings, ward);

    assertThatThrownBy(() -> check(r))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo(field);
  }

  @Test
  void theSecondOfTwoDimensionsIsNamedByItsIndex() {
    JobRequest r = new JobRequest("access", null, List.of("sector", "planet"), null, null, null);

    assertThatThrownBy(() -> check(r))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("by[1]");
  }

  @Test
  void aSettingOutOfRangeSaysTheRange() {
    JobRequest r =
        new JobRequest(
            "reform", "2026-01", null, "voluntary_si_support", Map.of("rate", 1.5), null);

    assertThatThrownBy(() -> check(r))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).allowed())
        .isEqualTo("0–1");
  }

  @Test
  void withoutMonthOrGroupsAJobIsForThisMonthBySectorAndResidence() {
    JobSpec spec = check(new JobRequest("access", null, null, null, null, null));

    assertThat(spec.period().toString()).isEqualTo("2026-11");
    assertThat(spec.by()).containsExactly("sector", "residence");
  }

  @Test
  void aReformJobKeepsItsSettings() {
    JobSpec spec =
        check(
            new JobRequest(
                "reform", "2026-01", List.of(), "voluntary_si_support", Map.of("rate", 0.4), 1));

    assertThat(spec.describe())
        .containsEntry("reform", "voluntary_si_support")
        .containsEntry("settings", Map.of("rate", "0.4"))
        .containsEntry("by", List.of())
        .containsEntry("ward", 1);
  }
}
