package org.ansinh.engine.value;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** A calendar date, held as days since 1970-01-01; read from {@code YYYY-MM-DD}. */
public final class DateType extends ValueType<int[]> {

  DateType() {}

  @Override
  public String name() {
    return "date";
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
    return LocalDate.of(1970, 1, 1);
  }

  @Override
  public void fill(int[] array, Object value) {
    Arrays.fill(array, (int) ((LocalDate) value).toEpochDay());
  }

  @Override
  public Object parse(Object raw) {
    if (raw instanceof LocalDate d) {
      return d;
    }
    try {
      return LocalDate.parse(String.valueOf(raw).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date YYYY-MM-DD, got '" + raw + "'");
    }
  }

  @Override
  public Object get(int[] array, int index) {
    return LocalDate.ofEpochDay(array[index]);
  }

  @Override
  public void set(int[] array, int index, Object canonical) {
    array[index] = (int) ((LocalDate) canonical).toEpochDay();
  }
}
