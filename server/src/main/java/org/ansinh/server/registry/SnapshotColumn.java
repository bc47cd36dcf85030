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
 * One input of a registry snapshot read straight into the engine's primitive array {@code A}, with
 * its "given" mask: no boxed value per cell. A null cell is not given and holds the variable's
 * default, as the engine expects. Dates arrive as days since 1970-01-01 (see {@link #select}),
 * enumerations as their constant names. Each kind of column only parses its cells.
 */
abstract sealed class SnapshotColumn<A> {

  private static final int FIRST = 4096; // not law: rows before the first growth

  private final Variable<A> variable;
  private final ValueType<A> type;
  private final A fallback; // the default, as the one element of an array
  A values;
  private boolean[] given = new boolean[FIRST];
  private int rows;
  private boolean anyGiven;
  private boolean allGiven = true;

  private SnapshotColumn(Variable<A> variable) {
    this.variable = variable;
    this.type = variable.type();
    this.fallback = type.allocate(1);
    type.fill(fallback, variable.defaultValue());
    this.values = type.allocate(FIRST);
  }

  @SuppressWarnings("unchecked")
  static SnapshotColumn<?> of(Variable<?> v) {
    ValueType<?> t = v.type();
    if (t == ValueType.BOOLEAN) {
      return new Booleans((Variable<boolean[]>) v);
    }
    if (t == ValueType.INTEGER || t == ValueType.DATE) {
      return new Ints((Variable<int[]>) v);
    }
    if (t == ValueType.MONEY) {
      return new Longs((Variable<long[]>) v);
    }
    if (t instanceof EnumType<?> e) {
      return new Enums((Variable<byte[]>) v, e);
    }
    return new Doubles((Variable<double[]>) v);
  }

  /** The select list's expression for {@code v} read from {@code expression}. */
  static String select(Variable<?> v, String expression) {
    return v.type() == ValueType.DATE
        ? "(" + expression + ") - date '1970-01-01' as " + v.name()
        : expression.equals(v.name()) ? expression : expression + " as " + v.name();
  }

  /** The next row's cell from {@code COPY … TO STDOUT} text: bytes {@code [from, to)}. */
  final void parse(byte[] line, int from, int to) {
    if (rows == given.length) {
      given = Arrays.copyOf(given, rows * 2);
      values = copy(values, rows * 2);
    }
    boolean present = !(to - from == 2 && line[from] == '\\' && line[from + 1] == 'N');
    if (present) {
      parseCell(line, from, to, rows);
    } else {
      type.copy(fallback, 0, values, rows, 1);
    }
    given[rows] = present;
    anyGiven |= present;
    allGiven &= present;
    rows++;
  }

  /** Hands the column to the population, unless nothing was given (the engine's default then). */
  final void setInput(Population population, Period period) {
    if (anyGiven) {
      population.setInput(
          variable, period, copy(values, rows), allGiven ? null : Arrays.copyOf(given, rows));
    }
  }

  /** Parses a cell that is not null into {@code values[row]}. */
  abstract void parseCell(byte[] line, int from, int to, int row);

  /** The first {@code rows} values in an array of {@code size}. */
  private A copy(A from, int size) {
    A to = type.allocate(size);
    type.copy(from, 0, to, 0, Math.min(rows, size));
    return to;
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

  private static final class Booleans extends SnapshotColumn<boolean[]> {
    Booleans(Variable<boolean[]> v) {
      super(v);
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = line[from] == 't';
    }
  }

  private static final class Ints extends SnapshotColumn<int[]> {
    Ints(Variable<int[]> v) {
      super(v);
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = Math.toIntExact(parseLong(line, from, to));
    }
  }

  private static final class Longs extends SnapshotColumn<long[]> {
    Longs(Variable<long[]> v) {
      super(v);
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      values[row] = parseLong(line, from, to);
    }
  }

  private static final class Doubles extends SnapshotColumn<double[]> {
    Doubles(Variable<double[]> v) {
      super(v);
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      // PostgreSQL writes the shortest text that reads back as the same double
      values[row] =
          Double.parseDouble(new String(line, from, to - from, StandardCharsets.US_ASCII));
    }
  }

  /** Constant names looked up once each; anything else goes through the type's own parsing. */
  private static final class Enums extends SnapshotColumn<byte[]> {
    private final EnumType<?> type;
    private final Map<String, Byte> ordinals = new HashMap<>();

    Enums(Variable<byte[]> v, EnumType<?> type) {
      super(v);
      this.type = type;
    }

    @Override
    void parseCell(byte[] line, int from, int to, int row) {
      String name = text(line, from, to);
      Byte o = ordinals.get(name);
      if (o == null) {
        o = (byte) ((Enum<?>) type.parse(name)).ordinal(); // throws, naming the constants
        ordinals.put(name, o);
      }
      values[row] = o;
    }
  }
}
