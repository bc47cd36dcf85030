package org.ansinh.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decimal cells read from bytes give, bit for bit, what the JDK's own parser gives. */
class DecimalCellTests {

  private static double parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CsvColumns columns =
        CsvColumns.of(ToyLaw.legislation(), "household_id,role,wage", Period.month(2025, 7));
    return new SegmentParser(bytes, columns, null, 0, 0).decimal(0, bytes.length);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.790464482908334",
        "1",
        "-0",
        "0.1",
        ".5",
        "7.",
        "+2.25",
        "123456789012345",
        "0.000000000000000000001234",
        "1234567890123456789",
        "0.12345678901234567",
        "1e-3",
        "-4.5E2",
        "NaN"
      })
  void sameAsTheJdk(String text) {
    assertThat(Double.doubleToRawLongBits(parse(text)))
        .as(text)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
  }

  @Test
  void sameAsTheJdkForRandomWeights() {
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 100_000; k++) {
      String text = r.nextInt(0, 5000) + "." + Long.toString(r.nextLong(1L << 50)).substring(1);
      assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void notANumberStillFails() {
    assertThatThrownBy(() -> parse("1.2.3")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse("-")).isInstanceOf(NumberFormatException.class);
  }
}
