package org.ansinh.policy.vn.reforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every listed reform builds, cites its seed, and refuses settings outside their ranges by name.
 */
class VietnamReformsTests {

  @Test
  void everyListedReformBuildsWithItsDefaultsAndAppliesToTheBaseline() {
    List<Reform> all = VietnamReforms.all();
    assertThat(all).extracting(Reform::name).isEqualTo(VietnamReforms.names());
    assertThat(VietnamReforms.names())
        .contains(
            "hcmc_support_groups",
            "hi_support_by_months_worked",
            "poverty_line_double",
            "portable_floor",
            "emergency_cash_transfer");
    for (Reform r : all) {
      assertThat(r.parameters().size() + r.variables().size()).as(r.name()).isPositive();
      assertThat(r.apply(VietnamLegislation.get())).as(r.name()).isNotNull();
    }
  }

  @Test
  void everyDefinitionIsBilingualCitesItsSeedAndSaysWhatEachSettingRestsOn() {
    for (ReformDefinition d : VietnamReforms.definitions()) {
      assertThat(List.of(d.titleVi(), d.titleEn(), d.descriptionVi(), d.descriptionEn()))
          .as(d.name())
          .allSatisfy(t -> assertThat(t).isNotBlank());
      assertThat(d.titleVi()).as(d.name()).isNotEqualTo(d.titleEn());
      assertThat(d.source().document()).as(d.name()).containsPattern("seed 00[04]");
      assertThat(d.settings()).extracting(ReformSetting::key).contains(ReformDefinition.FROM);
      d.settings().forEach(s -> assertThat(s.restsOn()).as(d.name() + "." + s.key()).isNotBlank());
    }
  }

  static Stream<Arguments> numericSettings() {
    return VietnamReforms.definitions().stream()
        .flatMap(
            d ->
                d.settings().stream()
                    .filter(s -> !s.key().equals(ReformDefinition.FROM))
                    .map(s -> Arguments.of(d.name(), s)));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("numericSettings")
  void aSettingBelowOrAboveItsRangeIsRefusedNamingTheSettingAndTheRange(
      String reform, ReformSetting s) {
    String range = "from " + ReformSetting.number(s.min()) + " to " + ReformSetting.number(s.max());
    for (double outside : new double[] {s.min() - 1, s.max() + 1}) {
      assertThatThrownBy(
              () -> VietnamReforms.byName(reform, Map.of(s.key(), Double.toString(outside))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(reform)
          .hasMessageContaining("'" + s.key() + "'")
          .hasMessageContaining(range);
    }
    assertThat(VietnamReforms.byName(reform, Map.of(s.key(), ReformSetting.number(s.max()))))
        .isNotNull();
    assertThat(VietnamReforms.byName(reform, Map.of(s.key(), ReformSetting.number(s.min()))))
        .isNotNull();
  }

  @Test
  void wholeNumberSettingsRefuseFractionsAndTextIsNotANumber() {
    assertThatThrownBy(
            () -> VietnamReforms.byName("emergency_cash_transfer", Map.of("months", "1.5")))
        .hasMessageContaining("'months' must be a whole number from 1 to 12, got '1.5'");
    assertThatThrownBy(() -> VietnamReforms.byName("portable_floor", Map.of("amount", "much")))
        .hasMessageContaining("'amount' must be a whole number from 0 to 10000000, got 'much'");
  }

  @Test
  void unknownSettingsReformsAndDatesAreNamed() {
    assertThatThrownBy(() -> VietnamReforms.byName("poverty_line_double", Map.of("rate", "2")))
        .hasMessageContaining("poverty_line_double has no setting 'rate'")
        .hasMessageContaining("multiplier");
    assertThatThrownBy(() -> VietnamReforms.byName("free_money", Map.of()))
        .hasMessageContaining("unknown reform 'free_money'")
        .hasMessageContaining("portable_floor");
    assertThatThrownBy(() -> VietnamReforms.byName("portable_floor", Map.of("from", "next year")))
        .hasMessageContaining("portable_floor: setting 'from' must be a date YYYY-MM-DD");
    assertThatThrownBy(() -> VietnamReforms.byName("hi_support_by_months_worked(high_rate)"))
        .hasMessageContaining("expected key=value");
  }

  @Test
  void titlesShowTheSettingsTheReformWasBuiltWith() {
    Reform r = VietnamReforms.byName("hi_support_by_months_worked(high_rate=0.9)");
    assertThat(r.titleEn()).endsWith("(50% / 90%)");
    assertThat(VietnamReforms.byName("poverty_line_double").titleEn()).contains(" 2 times ");
  }
}
