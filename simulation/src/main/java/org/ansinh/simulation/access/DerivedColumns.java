package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Full-size columns derived from the law's arrays (a programme's eligibility, each person's income,
 * household weights spread over members), remembered by what they derive from. A reform's results
 * share every array the reform cannot change with the baseline's, so most columns the reform's
 * classification needs were already derived for the baseline from the very same arrays: taking them
 * saves a pass and, over 14 million persons, hundreds of megabytes of fresh memory.
 *
 * <p>A column is a function of its kind and its sources alone. Sources that are arrays compare by
 * identity (equal values today may differ in another period); other sources (a parameter's number)
 * compare by equality. Columns handed out are shared: read them, never write them. Not thread-safe.
 */
final class DerivedColumns {

  private record Entry(String kind, Object[] sources, Object column) {

    boolean derivesFrom(String k, Object[] from) {
      if (!kind.equals(k) || sources.length != from.length) {
        return false;
      }
      for (int i = 0; i < from.length; i++) {
        if (!same(sources[i], from[i])) {
          return false;
        }
      }
      return true;
    }

    private static boolean same(Object a, Object b) {
      if (a == b) {
        return true;
      }
      return a != null && !a.getClass().isArray() && a.equals(b);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /**
   * The column of {@code kind} derived from {@code sources}: the one derived before from the very
   * same arrays, or a new one from {@code derive}.
   */
  <A> A of(String kind, Supplier<A> derive, Object... sources) {
    A column = find(kind, sources);
    if (column == null) {
      column = derive.get();
      add(kind, column, sources);
    }
    return column;
  }

  /** The column of {@code kind} derived before from {@code sources}, or null. */
  @SuppressWarnings("unchecked")
  <A> A find(String kind, Object... sources) {
    for (Entry e : entries) {
      if (e.derivesFrom(kind, sources)) {
        return (A) e.column();
      }
    }
    return null;
  }

  /**
   * Remembers {@code column} as derived from {@code sources}, for columns derived in bulk (several
   * at once, in parallel) rather than one at a time through {@link #of}.
   */
  void add(String kind, Object column, Object... sources) {
    entries.add(new Entry(kind, sources.clone(), column));
  }

  /** How many columns were derived (not taken): for tests. */
  int derivedCount() {
    return entries.size();
  }
}
