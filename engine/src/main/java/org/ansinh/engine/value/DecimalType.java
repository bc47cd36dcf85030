package org.ansinh.engine.value;

import java.util.Arrays;

/** A number with a fraction: a rate ({@code 0.08} for 8%) or a coefficient. */
public final class DecimalType extends ValueType<double[]> {

  private final String name;

  DecimalType(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double[] allocate(int size) {
    return new double[size];
  }

  @Override
  public int length(double[] array) {
    return array.length;
  }

  @Override
  public Object zero() {
    return 0.0;
  }

  @Override
  public void fill(double[] array, Object value) {
    Arrays.fill(array, (Double) value);
  }

  @Override
  public Object parse(Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(raw).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number, got '" + raw + "'");
    }
  }

  @Override
  public Object get(double[] array, int index) {
    return array[index];
  }

  @Override
  public void set(double[] array, int index, Object canonical) {
    array[index] = (Double) canonical;
  }

  @Override
  public String format(double[] array, int index) {
    double v = array[index];
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  @Override
  public boolean matches(Object expected, Object actual, double abs, double rel) {
    return numbersMatch((Double) expected, (Double) actual, Math.max(abs, 1e-9), rel);
  }
}
