package org.ansinh.engine.value;

import java.util.Arrays;

/** Whole numbers: ages, months of contribution, codes. */
public final class IntegerType extends ValueType<int[]> {

  IntegerType() {}

  @Override
  public String name() {
    return "integer";
  }

  @Override
  public int[] allocate(int size) {
    return new int[size];
  }

  @Override
  public int length(int[] array) {
    return array.length;
  }

  @Override
  public Object zero() {
    return 0;
  }

  @Override
  public void fill(int[] array, Object value) {
    Arrays.fill(array, (Integer) value);
  }

  @Override
  public Object parse(Object raw) {
    if (raw instanceof Integer i) {
      return i;
    }
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Math.toIntExact(n.longValue());
    }
    try {
      return Integer.parseInt(String.valueOf(raw).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, got '" + raw + "'");
    }
  }

  @Override
  public Object get(int[] array, int index) {
    return array[index];
  }

  @Override
  public void set(int[] array, int index, Object canonical) {
    array[index] = (Integer) canonical;
  }

  @Override
  public boolean matches(Object expected, Object actual, double abs, double rel) {
    return numbersMatch((Integer) expected, (Integer) actual, abs, rel);
  }
}
