package org.ansinh.server.registry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * One input of a registry snapshot read straight into the engine's primitive array, with its
 * "given" mask: no boxed value per cell. A null cell is not given and holds the variable's default,
 * as the engine expects. Dates arrive as days since 1970-01-01 (see {@link #select}), enumerations
 * as their constant names.
 */
abstract sealed class SnapshotColumn {

  private static final int FIRST = 4096; // not law: rows before the first growth

  final Variable<?> variable;
  boolean[] given = new boolean[FIRST];
  int rows;
  private boolean anyGiven;
  private boolean allGiven = true;

  private SnapshotColumn(Variable<?> variable) {
    this.variable = variable;
  }

  static SnapshotColumn of(Variable<?> v) {
    ValueType<?> t = v.type();
    if (t == ValueType.BOOLEAN) {
      return new Booleans(v);
    }
    if (t == ValueType.INTEGER || t == ValueType.DATE) {
      return new Ints(v);
    }
    if (t == ValueType.MONEY) {
      return new Longs(v);
    }
    if (t instanceof EnumType<?> e) {
      return new Enums(v, e);
    }
    return new Doubles(v);
  }

  /** The select list's expression for {@code v} read from {@code expression}. */
  static String select(Variable<?> v, String expression) {
    return v.type() == ValueType.DATE
        ? "(" + expression + ") - date '1970-01-01' as " + v.name()
        : expression.equals(v.name()) ? expression : expression + " as " + v.name();
  }

  /** The next row's cell from {@code COPY … TO STDOUT} text: bytes {@code [from, to)}. */
  final void parse(byte[] line, int from, int to) {
    grow();
    boolean isNull = to - from == 2 && line[from] == '\\' && line[from + 1] == 'N';
    if (isNull) {
      setDefault(rows);
    } else {
      parseCell(line, from, to, rows);
    }
    mark(!isNull);
  }

  private void mark(boolean present) {
    given[rows] = present;
    anyGiven |= present;
    allGiven &= present;
    rows++;
  }

  private void grow() {
    if (rows == given.length) {
      int size = given.length * 2;
      given = Arrays.copyOf(given, size);
      resize(size);
    }
  }

  /** Hands the column to the population, unless nothing was given (the engine's default then). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  final void setInput(Population population, Period period) {
    if (anyGiven) {
      population.setInput(
          (Variable) variable, period, trimmed(), allGiven ? null : Arrays.copyOf(given, rows));
    }
  }

  abstract void parseCell(byte[] line, int from, int to, int row);

  abstract void setDefault(int row);

  abstract void resize(int size);

  /** The values, exactly {@link #rows} of them. */
  abstract Object trimmed();

  /** The variable's default as the one element of its primitive array. */
  private Object defaultArray() {
    return defaultOf(variable);
  }

  private static <A> A defaultOf(Variable<A> v) {
    A one = v.type().allocate(1);
    v.type().fill(one, v.defaultValue());
    return one;
  }

  /**
   * A text cell of {@code COPY} text format: UTF-8, with backslash escapes for the few characters
   * that would break a line (backslash, then t, n, r…).
   */
  static String text(byte[] line, int from, int to) {
    String s = new String(line, from, to - from, StandardCharsets.UTF_8);
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      out.append(
          switch (e) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> '\u000b';
            default -> e;
          });
    }
    return out.toString();
  }

  static long parseLong(byte[] b, int from, int to) {
    boolean negative = b[from] == '-';
    long value = 0;
    for (int i = negative ? from + 1 : from; i < to; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException(
            "not a whole number: '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "'");
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  private static final class Booleans extends SnapshotColumn {
    private final boolean fallback;
    private boolean[] values = new boolean[FIRST];

    Booleans(Variable<?> v) {
      super(v);
      fallback = ((boolean[]) super.defaultArray())[0];
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = line[from] == 't';
    }

    @Override
    void setDefault(int row) {
      values[row] = fallback;
    }

    @Override
    void resize(int size) {
      values = Arrays.copyOf(values, size);
    }

    @Override
    Object trimmed() {
      return Arrays.copyOf(values, rows);
    }
  }

  private static final class Ints extends SnapshotColumn {
    private final int fallback;
    private int[] values = new int[FIRST];

    Ints(Variable<?> v) {
      super(v);
      fallback = ((int[]) super.defaultArray())[0];
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = Math.toIntExact(parseLong(line, from, to));
    }

    @Override
    void setDefault(int row) {
      values[row] = fallback;
    }

    @Override
    void resize(int size) {
      values = Arrays.copyOf(values, size);
    }

    @Override
    Object trimmed() {
      return Arrays.copyOf(values, rows);
    }
  }

  private static final class Longs extends SnapshotColumn {
    private final long fallback;
    private long[] values = new long[FIRST];

    Longs(Variable<?> v) {
      super(v);
      fallback = ((long[]) super.defaultArray())[0];
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = parseLong(line, from, to);
    }

    @Override
    void setDefault(int row) {
      values[row] = fallback;
    }

    @Override
    void resize(int size) {
      values = Arrays.copyOf(values, size);
    }

    @Override
    Object trimmed() {
      return Arrays.copyOf(values, rows);
    }
  }

  private static final class Doubles extends SnapshotColumn {
    private final double fallback;
    private double[] values = new double[FIRST];

    Doubles(Variable<?> v) {
      super(v);
      fallback = ((double[]) super.defaultArray())[0];
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      // PostgreSQL writes the shortest text that reads back as the same double
      values[row] =
          Double.parseDouble(new String(line, from, to - from, StandardCharsets.US_ASCII));
    }

    @Override
    void setDefault(int row) {
      values[row] = fallback;
    }

    @Override
    void resize(int size) {
      values = Arrays.copyOf(values, size);
    }

    @Override
    Object trimmed() {
      return Arrays.copyOf(values, rows);
    }
  }

  /** Constant names looked up once each; anything else goes through the type's own parsing. */
  private static final class Enums extends SnapshotColumn {
    private final EnumType<?> type;
    private final byte fallback;
    private final Map<String, Byte> ordinals = new HashMap<>();
    private byte[] values = new byte[FIRST];

    Enums(Variable<?> v, EnumType<?> type) {
      super(v);
      this.type = type;
      fallback = ((byte[]) super.defaultArray())[0];
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = ordinal(text(line, from, to));
    }

    private byte ordinal(String name) {
      Byte o = ordinals.get(name);
      if (o == null) {
        o = (byte) ((Enum<?>) type.parse(name)).ordinal(); // throws, naming the constants
        ordinals.put(name, o);
      }
      return o;
    }

    @Override
    void setDefault(int row) {
      values[row] = fallback;
    }

    @Override
    void resize(int size) {
      values = Arrays.copyOf(values, size);
    }

    @Override
    Object trimmed() {
      return Arrays.copyOf(values, rows);
    }
  }
}
