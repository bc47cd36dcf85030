package org.ansinh.server.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Estimate;
import org.ansinh.simulation.access.Programme;

/**
 * One group × programme of an access analysis as a job keeps it (JSON) and the pages show it:
 * weighted persons, shares with their standard errors and 95% intervals, and the barriers behind
 * the gap as shares of the eligible.
 *
 * @param group the group's name ({@code FORMAL|TEMPORARY}, a ward code, or {@code ALL})
 * @param programme a {@link Programme} constant
 */
record AccessFigure(
    String group,
    String programme,
    double persons,
    double eligible,
    double reached,
    double eligibleShare,
    double eligibleShareSe,
    double reachedShare,
    double reachedShareSe,
    double gapShare,
    double gapLow95,
    double gapHigh95,
    String mainBarrier,
    Map<String, Double> barriers) {

  static AccessFigure of(AccessTable.Row r) {
    Map<String, Double> barriers = new LinkedHashMap<>();
    r.barriers().forEach((b, share) -> barriers.put(b.name(), share));
    Estimate gap = r.gapShare();
    return new AccessFigure(
        r.group(),
        r.programme().name(),
        r.persons(),
        r.eligible(),
        r.reached(),
        finite(r.eligibleShare().value()),
        finite(r.eligibleShare().standardError()),
        finite(r.reachedShare().value()),
        finite(r.reachedShare().standardError()),
        finite(gap.value()),
        finite(gap.low95()),
        finite(gap.high95()),
        r.mainBarrier().name(),
        barriers);
  }

  /** Back as the simulation's row, with the group named {@code label}, for its charts. */
  private AccessTable.Row row(String label) {
    Map<Barrier, Double> b = new LinkedHashMap<>();
    barriers.forEach((name, share) -> b.put(Barrier.valueOf(name), share));
    return new AccessTable.Row(
        label,
        Programme.valueOf(programme),
        persons,
        eligible,
        reached,
        b,
        new Estimate(eligibleShare, eligibleShareSe),
        new Estimate(reachedShare, reachedShareSe));
  }

  Programme programmeConstant() {
    return Programme.valueOf(programme);
  }

  /** Persons eligible but not reached. */
  double gap() {
    return eligible - reached;
  }

  /** The rows with their groups in words, for a chart a person reads. */
  static List<AccessTable.Row> rows(List<AccessFigure> figures, GroupLabels labels) {
    return figures.stream().map(f -> f.row(labels.group(f.group()))).toList();
  }

  /** JSON has no NaN: a share of nobody is stored as 0 (the eligible count says it is empty). */
  private static double finite(double x) {
    return Double.isFinite(x) ? x : 0;
  }
}
