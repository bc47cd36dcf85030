package org.ansinh.engine.value;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * An amount in whole units of the legislation's currency (đồng for Vietnam), held as a {@code
 * long}: exact, and never a {@code float}. Formulas round explicitly, as the law says.
 */
public final class MoneyType extends ValueType<long[]> {

  MoneyType() {}

  @Override
  public String name() {
    return "money";
  }

  @Override
  public long[] allocate(int size) {
    return new long[size];
  }

  @Override
  public int length(long[] array) {
    return array.length;
  }

  @Override
  public Object zero() {
    return 0L;
  }

  @Override
  public void fill(long[] array, Object value) {
    Arrays.fill(array, (Long) value);
  }

  @Override
  public Object parse(Object raw) {
    if (raw instanceof Integer || raw instanceof Long) {
      return ((Number) raw).longValue();
    }
    try {
      BigDecimal d =
          raw instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(String.valueOf(raw).trim().replace("_", ""));
      return d.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("expected an amount in whole units, got '" + raw + "'");
    }
  }

  @Override
  public Object get(long[] array, int index) {
    return array[index];
  }

  @Override
  public void set(long[] array, int index, Object canonical) {
    array[index] = (Long) canonical;
  }

  @Override
  public boolean matches(Object expected, Object actual, double abs, double rel) {
    return numbersMatch((Long) expected, (Long) actual, abs, rel);
  }
}
