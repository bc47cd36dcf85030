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
 * <p>A column is a function of its kind and its sources alone, compared by identity; columns handed
 * out are shared: read them, never write them. Not thread-safe.
 */
final class DerivedColumns {

  private record Entry(String kind, Object[] sources, Object column) {

    boolean derivesFrom(String k, Object[] from) {
      if (!kind.equals(k) || sources.length != from.length) {
        return false;
      }
      for (int i = 0; i < from.length; i++) {
        if (sources[i] != from[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /**
   * The column of {@code kind} derived from {@code sources}: the one derived before from the very
   * same arrays, or a new one from {@code derive}.
   */
  @SuppressWarnings("unchecked")
  <A> A of(String kind, Supplier<A> derive, Object... sources) {
    for (Entry e : entries) {
      if (e.derivesFrom(kind, sources)) {
        return (A) e.column();
      }
    }
    A column = derive.get();
    entries.add(new Entry(kind, sources.clone(), column));
    return column;
  }

  /** How many columns were derived (not taken): for tests. */
  int derivedCount() {
    return entries.size();
  }
}
