package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The barrier of every eligible, unreached person in every programme ({@link BarrierRule#of}), one
 * column per programme. A column is a function of the programme's eligibility and reach and of what
 * its rules read ({@link BarrierRule#reads}); one classified before from the very same columns is
 * taken ({@link DerivedColumns}), so a reform's classification classifies again only the programmes
 * whose inputs it changes.
 */
final class BarrierColumns {

  private BarrierColumns() {}

  /**
   * Each programme's barriers: those classified before from the very same columns (the baseline's,
   * for a programme a reform leaves alone) are taken, the others classified anew.
   */
  static byte[][] of(
      Programme[] programmes,
      AccessColumns columns,
      boolean[][] eligible,
      boolean[][] reached,
      DerivedColumns derived) {
    int n = reached[0].length;
    byte[][] barrier = new byte[programmes.length][];
    List<Programme> fresh = new ArrayList<>();
    for (Programme p : programmes) {
      int k = p.ordinal();
      Object[] sources = sources(p, columns, eligible[k], reached[k]);
      barrier[k] = derived.find("barrier:" + p.name(), sources);
      if (barrier[k] == null) {
        barrier[k] = new byte[n];
        derived.add("barrier:" + p.name(), barrier[k], sources);
        fresh.add(p);
      }
    }
    // each person's barriers depend on that person alone: ranges of persons on every core
    PersonRanges.forEach(
        n,
        (from, to) -> {
          for (Programme p : fresh) {
            int k = p.ordinal();
            // one programme's columns in locals: the loop reads plain arrays
            boolean[] either = eligible[k];
            boolean[] isReached = reached[k];
            byte[] out = barrier[k];
            for (int i = from; i < to; i++) {
              if (either[i] && !isReached[i]) {
                out[i] = (byte) BarrierRule.of(p, columns, i).ordinal();
              }
            }
          }
        });
    return barrier;
  }

  /** What a programme's barrier column is a function of: who is classified, and what rules read. */
  static Object[] sources(
      Programme p, AccessColumns columns, boolean[] eligible, boolean[] reached) {
    List<Object> sources = new ArrayList<>();
    sources.add(eligible);
    sources.add(reached);
    sources.addAll(BarrierRule.inputs(p, columns));
    return sources.toArray();
  }
}
