package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.policy.vn.VietnamReforms;
import org.junit.jupiter.api.Test;

/** {@code ansinh reforms}: every reform with its settings, defaults and ranges, in vi or en. */
class ReformsCommandTests {

  private final CommandRun command = new CommandRun();

  private int run(String... args) {
    return command.run(args);
  }

  @Test
  void listsEveryReformWithItsSettingsDefaultsAndRanges() {
    assertThat(run("reforms")).isZero();
    String text = command.out();
    for (String name : VietnamReforms.names()) {
      assertThat(text).contains(name + " — ").contains(name + ".from");
    }
    assertThat(text)
        .contains("hi_support_by_months_worked.high_rate — Support rate from 6 months worked;")
        .contains("default 0.7; range 0.7–1")
        .contains("poverty_line_double.multiplier")
        .contains("default 2; range 1–4")
        .contains("emergency_cash_transfer.amount")
        .contains("default 1500000; range 0–10000000")
        .contains("the social assistance standard level where the person lives")
        .contains("source: Thanh et al. (2025)")
        .contains("formulas hi_local_support_rate, voluntary_si_local_support_rate");
  }

  @Test
  void inVietnamese() {
    assertThat(run("reforms", "--lang", "vi")).isZero();
    assertThat(command.out())
        .contains("Chuẩn nghèo của Thành phố bằng 2 lần chuẩn mức sống tối thiểu quốc gia")
        .contains("mặc định 0.5; khoảng 0–1")
        .contains("tham số:");
  }

  @Test
  void asJson() {
    assertThat(run("reforms", "--json")).isZero();
    List<?> list = (List<?>) YamlFiles.read(command.out());
    assertThat(list).hasSameSizeAs(VietnamReforms.names());
    Map<?, ?> months =
        list.stream()
            .map(Map.class::cast)
            .filter(m -> m.get("name").equals("hi_support_by_months_worked"))
            .findFirst()
            .orElseThrow();
    Map<?, ?> highRate = (Map<?, ?>) ((List<?>) months.get("settings")).get(1);
    assertThat(highRate.get("key")).isEqualTo("high_rate");
    assertThat(((Number) highRate.get("min")).doubleValue()).isEqualTo(0.7);
    assertThat(((Number) highRate.get("default")).doubleValue()).isEqualTo(0.7);
  }

  @Test
  void aBadLanguageIsNamed() {
    assertThat(run("reforms", "--lang", "fr")).isEqualTo(2);
    assertThat(command.err()).contains("--lang must be vi or en");
  }
}
