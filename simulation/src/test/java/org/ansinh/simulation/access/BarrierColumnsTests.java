package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.junit.jupiter.api.Test;

/**
 * Barrier columns over random persons: each rule declares every column it reads, a column is
 * classified again exactly when one of its inputs is another array, and the classification split
 * over the cores gives what one person after another gives.
 */
class BarrierColumnsTests {

  private static final int N = 203; // not a multiple of the parts: the last range is short
  private static final Programme[] PROGRAMMES = Programme.values();

  private final Random random = new Random(7);

  private boolean[] booleans() {
    boolean[] out = new boolean[N];
    for (int i = 0; i < N; i++) {
      out[i] = random.nextBoolean();
    }
    return out;
  }

  private long[] amounts() {
    long[] out = new long[N];
    for (int i = 0; i < N; i++) {
      out[i] = random.nextInt(10_000_000);
    }
    return out;
  }

  private boolean[][] perProgramme() {
    boolean[][] out = new boolean[PROGRAMMES.length][];
    for (int k = 0; k < out.length; k++) {
      out[k] = booleans();
    }
    return out;
  }

  private AccessColumns columns() {
    byte[] hiGroup = new byte[N];
    for (int i = 0; i < N; i++) {
      hiGroup[i] = (byte) random.nextInt(HiGroup.values().length);
    }
    // incomes of the order of the contributions, so that affordability holds for some and not all
    long[] income = new long[N];
    for (int i = 0; i < N; i++) {
      income[i] = random.nextInt(30_000_000);
    }
    return new AccessColumns(
        perProgramme(),
        perProgramme(),
        hiGroup,
        booleans(),
        booleans(),
        booleans(),
        amounts(),
        amounts(),
        0.1,
        0.05,
        income,
        booleans(),
        booleans(),
        booleans());
  }

  /** {@code c} with component {@code index} replaced by {@code value}. */
  private static AccessColumns with(AccessColumns c, int index, Object value) throws Exception {
    RecordComponent[] components = AccessColumns.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int j = 0; j < components.length; j++) {
      values[j] = components[j].getAccessor().invoke(c);
      types[j] = components[j].getType();
    }
    values[index] = value;
    Constructor<AccessColumns> make = AccessColumns.class.getDeclaredConstructor(types);
    return make.newInstance(values);
  }

  /** A changed copy of a column: every flag flipped, every code and amount another. */
  private static Object changed(Object column) {
    if (column instanceof boolean[] b) {
      boolean[] out = new boolean[b.length];
      for (int i = 0; i < b.length; i++) {
        out[i] = !b[i];
      }
      return out;
    }
    if (column instanceof byte[] b) {
      byte[] out = new byte[b.length];
      for (int i = 0; i < b.length; i++) {
        out[i] = (byte) ((b[i] + 1) % HiGroup.values().length);
      }
      return out;
    }
    if (column instanceof long[] a) {
      long[] out = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i] < 5_000_000 ? a[i] * 4 + 3_000_000 : a[i] / 8;
      }
      return out;
    }
    return ((Double) column) * 7;
  }

  /** Every single column of {@code c} (a row of a per-programme column counts alone), changed. */
  private static Map<Object, UnaryOperator<AccessColumns>> changes(AccessColumns c)
      throws Exception {
    Map<Object, UnaryOperator<AccessColumns>> out = new IdentityHashMap<>();
    RecordComponent[] components = AccessColumns.class.getRecordComponents();
    for (int j = 0; j < components.length; j++) {
      int index = j;
      Object value = components[j].getAccessor().invoke(c);
      if (value instanceof boolean[][] rows) {
        for (int k = 0; k < rows.length; k++) {
          int row = k;
          out.put(
              rows[k],
              columns -> {
                boolean[][] copy = rows.clone();
                copy[row] = (boolean[]) changed(rows[row]);
                return unchecked(() -> with(columns, index, copy));
              });
        }
      } else {
        out.put(value, columns -> unchecked(() -> with(columns, index, changed(value))));
      }
    }
    return out;
  }

  private interface Make {
    AccessColumns get() throws Exception;
  }

  private static AccessColumns unchecked(Make make) {
    try {
      return make.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean[] holds(BarrierRule r, Programme p, AccessColumns c) {
    boolean[] out = new boolean[N];
    for (int i = 0; i < N; i++) {
      out[i] = r.holds(p, c, i);
    }
    return out;
  }

  @Test
  void everyRuleDeclaresEveryColumnItReads() throws Exception {
    AccessColumns c = columns();
    Map<Object, UnaryOperator<AccessColumns>> changes = changes(c);
    int declaredAndFelt = 0;
    for (BarrierRule r : BarrierRule.IN_ORDER) {
      for (Programme p : PROGRAMMES) {
        boolean[] before = holds(r, p, c);
        List<Object> reads = r.reads(p, c);
        for (Map.Entry<Object, UnaryOperator<AccessColumns>> change : changes.entrySet()) {
          boolean[] after = holds(r, p, change.getValue().apply(c));
          boolean declared = reads.stream().anyMatch(read -> sameSource(read, change.getKey()));
          if (!declared) {
            assertThat(after)
                .as("%s for %s reads a column it does not declare", r, p)
                .isEqualTo(before);
          } else if (!java.util.Arrays.equals(after, before)) {
            declaredAndFelt++;
          }
        }
      }
    }
    // the check above would pass with no rule reading anything: the rules do read what they say
    assertThat(declaredAndFelt).isGreaterThanOrEqualTo(15);
  }

  private static boolean sameSource(Object read, Object column) {
    return read == column || (!read.getClass().isArray() && read.equals(column));
  }

  private static byte[][] onePersonAfterAnother(
      AccessColumns c, boolean[][] eligible, boolean[][] reached) {
    byte[][] out = new byte[PROGRAMMES.length][N];
    for (Programme p : PROGRAMMES) {
      for (int i = 0; i < N; i++) {
        if (eligible[p.ordinal()][i] && !reached[p.ordinal()][i]) {
          out[p.ordinal()][i] = (byte) BarrierRule.of(p, c, i).ordinal();
        }
      }
    }
    return out;
  }

  @Test
  void theSplitClassificationEqualsOnePersonAfterAnother() {
    AccessColumns c = columns();
    boolean[][] eligible = perProgramme();
    boolean[][] reached = perProgramme();
    byte[][] barriers = BarrierColumns.of(PROGRAMMES, c, eligible, reached, new DerivedColumns());
    assertThat(barriers).isDeepEqualTo(onePersonAfterAnother(c, eligible, reached));
    // not vacuous: several barriers occur
    assertThat(barriers[Programme.HEALTH_INSURANCE.ordinal()])
        .contains((byte) Barrier.RESIDENCE.ordinal(), (byte) Barrier.AFFORDABILITY.ordinal());
  }

  @Test
  void aProgrammeIsClassifiedAgainExactlyWhenAnInputIsAnotherArray() throws Exception {
    AccessColumns c = columns();
    boolean[][] eligible = perProgramme();
    boolean[][] reached = perProgramme();
    DerivedColumns derived = new DerivedColumns();
    byte[][] base = BarrierColumns.of(PROGRAMMES, c, eligible, reached, derived);
    // a reform that changes the voluntary SI contribution (another array, other values)
    int contribution = componentIndex("vsiContribution");
    AccessColumns reformed = with(c, contribution, changed(c.vsiContribution()));
    boolean[][] reachedAfter = reached.clone();
    reachedAfter[Programme.SOCIAL_PENSION.ordinal()] =
        reached[Programme.SOCIAL_PENSION.ordinal()].clone();
    byte[][] after = BarrierColumns.of(PROGRAMMES, reformed, eligible, reachedAfter, derived);
    List<Programme> again = new ArrayList<>();
    for (Programme p : PROGRAMMES) {
      if (after[p.ordinal()] != base[p.ordinal()]) {
        again.add(p);
      }
    }
    // an equal copy of an input is another array too: values of a period can differ in another
    assertThat(again).containsExactly(Programme.VOLUNTARY_SI, Programme.SOCIAL_PENSION);
    assertThat(after).isDeepEqualTo(onePersonAfterAnother(reformed, eligible, reachedAfter));
    assertThat(after[Programme.VOLUNTARY_SI.ordinal()])
        .isNotEqualTo(base[Programme.VOLUNTARY_SI.ordinal()]);
  }

  private static int componentIndex(String name) {
    RecordComponent[] components = AccessColumns.class.getRecordComponents();
    for (int j = 0; j < components.length; j++) {
      if (components[j].getName().equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
