package org.ansinh.engine.value;

/**
 * The type of a variable and the primitive array {@code A} that holds one value per entity.
 *
 * <p>Values cross the boundary of the engine as "canonical" boxed objects — {@link Boolean}, {@link
 * Integer}, {@link Long}, {@link Double}, {@link java.time.LocalDate} or an enum constant —
 * produced by {@link #parse}, which accepts what YAML and CSV files contain.
 */
public abstract sealed class ValueType<A>
    permits BooleanType, IntegerType, MoneyType, DecimalType, DateType, EnumType {

  public static final BooleanType BOOLEAN = new BooleanType();
  public static final IntegerType INTEGER = new IntegerType();
  public static final MoneyType MONEY = new MoneyType();
  public static final DecimalType RATE = new DecimalType("rate");
  public static final DecimalType DECIMAL = new DecimalType("decimal");
  public static final DateType DATE = new DateType();

  /** The type's name as listed in the catalogue ({@code money}, {@code rate}, …). */
  public abstract String name();

  public abstract A allocate(int size);

  public abstract int length(A array);

  /** The default when a variable's definition names none. */
  public abstract Object zero();

  public abstract void fill(A array, Object value);

  /**
   * Converts a value read from YAML or CSV into the canonical value.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public abstract Object parse(Object raw);

  public abstract Object get(A array, int index);

  public abstract void set(A array, int index, Object canonical);

  /** The text form used in CSV files and traces: no grouping, enums by name. */
  public String format(A array, int index) {
    return String.valueOf(get(array, index));
  }

  @SuppressWarnings("SuspiciousSystemArraycopy")
  public final void copy(A from, int fromIndex, A to, int toIndex, int count) {
    System.arraycopy(from, fromIndex, to, toIndex, count);
  }

  public final A copyOf(A array) {
    A copy = allocate(length(array));
    copy(array, 0, copy, 0, length(array));
    return copy;
  }

  /**
   * Whether an actual value matches an expected one, within margins for numbers.
   *
   * @param absoluteMargin allowed absolute difference (0 = exact)
   * @param relativeMargin allowed difference relative to the expected value (0 = none)
   */
  public boolean matches(
      Object expected, Object actual, double absoluteMargin, double relativeMargin) {
    return expected.equals(actual);
  }

  static boolean numbersMatch(double expected, double actual, double abs, double rel) {
    double diff = Math.abs(expected - actual);
    return diff <= abs + 1e-9 || diff <= Math.abs(expected) * rel;
  }

  @Override
  public String toString() {
    return name();
  }
}
