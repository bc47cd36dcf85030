package org.ansinh.engine.value;

import java.util.Arrays;
import java.util.Locale;

/**
 * One of a fixed set of constants, held as its ordinal in a byte (at most 127 constants). The first
 * constant is the default unless the variable says otherwise.
 */
public final class EnumType<E extends Enum<E>> extends ValueType<byte[]> {

  private final Class<E> enumClass;
  private final E[] constants;

  public EnumType(Class<E> enumClass) {
    this.enumClass = enumClass;
    this.constants = enumClass.getEnumConstants();
    if (constants.length > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(enumClass + " has too many constants for a byte");
    }
  }

  public Class<E> enumClass() {
    return enumClass;
  }

  public E[] constants() {
    return constants.clone();
  }

  public E constant(int ordinal) {
    return constants[ordinal];
  }

  @Override
  public String name() {
    return "enum";
  }

  @Override
  public byte[] allocate(int size) {
    return new byte[size];
  }

  @Override
  public int length(byte[] array) {
    return array.length;
  }

  @Override
  public Object zero() {
    return constants[0];
  }

  @Override
  public void fill(byte[] array, Object value) {
    Arrays.fill(array, (byte) ((Enum<?>) value).ordinal());
  }

  @Override
  public Object parse(Object raw) {
    if (enumClass.isInstance(raw)) {
      return raw;
    }
    String s = String.valueOf(raw).trim();
    for (E c : constants) {
      if (c.name().equalsIgnoreCase(s)) {
        return c;
      }
      if (c instanceof Coded coded && coded.code() != null && coded.code().equals(s)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + Arrays.toString(constants)
            + ", got '"
            + raw
            + "'"
            + (s.toUpperCase(Locale.ROOT).equals(s) ? "" : " (names are upper case)"));
  }

  /** The ordinal of a name, for fast CSV parsing; -1 when unknown. */
  public int ordinalOf(String name) {
    try {
      return ((Enum<?>) parse(name)).ordinal();
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  @Override
  public Object get(byte[] array, int index) {
    return constants[array[index]];
  }

  @Override
  public void set(byte[] array, int index, Object canonical) {
    array[index] = (byte) ((Enum<?>) canonical).ordinal();
  }
}
