package org.ansinh.engine.value;

import java.util.Arrays;
import java.util.Locale;

/** True or false; read from {@code true/false}, {@code 1/0} or {@code yes/no}. */
public final class BooleanType extends ValueType<boolean[]> {

  BooleanType() {}

  @Override
  public String name() {
    return "boolean";
  }

  @Override
  public boolean[] allocate(int size) {
    return new boolean[size];
  }

  @Override
  public int length(boolean[] array) {
    return array.length;
  }

  @Override
  public Object zero() {
    return Boolean.FALSE;
  }

  @Override
  public void fill(boolean[] array, Object value) {
    Arrays.fill(array, (Boolean) value);
  }

  @Override
  public Object parse(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
      return n.intValue() == 1;
    }
    String s = String.valueOf(raw).trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "1", "yes", "y", "có" -> Boolean.TRUE;
      case "false", "0", "no", "n", "không" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException("expected true/false or 1/0, got '" + raw + "'");
    };
  }

  @Override
  public Object get(boolean[] array, int index) {
    return array[index];
  }

  @Override
  public void set(boolean[] array, int index, Object canonical) {
    array[index] = (Boolean) canonical;
  }
}
