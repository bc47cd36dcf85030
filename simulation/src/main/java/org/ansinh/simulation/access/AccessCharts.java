package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The access charts a report uses: eligible against reached persons by group, one panel per
 * programme; and the barriers behind the gap, stacked as shares of the eligible. With many groups
 * (by ward) only the largest {@link #MAX_GROUPS} by eligible persons are drawn, and the panel says
 * so; the CSV has them all.
 */
public final class AccessCharts {

  public static final int MAX_GROUPS = 25; // not law: legibility of a chart

  private AccessCharts() {}

  public static String eligibleAndReached(List<AccessTable.Row> rows) {
    return eligibleAndReached(rows, Locale.ROOT);
  }

  /** With the numbers written as in {@code numbers} ({@link BarChart#numbers}). */
  public static String eligibleAndReached(List<AccessTable.Row> rows, Locale numbers) {
    BarChart chart =
        new BarChart(
                BarChart.text(
                    numbers,
                    "Đủ điều kiện và được tiếp cận theo nhóm",
                    "Eligible and reached by group (persons)"),
                List.of(
                    BarChart.text(numbers, "Đủ điều kiện", "Eligible"),
                    BarChart.text(numbers, "Được tiếp cận", "Reached")),
                false,
                "%,.0f")
            .numbers(numbers);
    for (Programme p : Programme.values()) {
      List<AccessTable.Row> shown = largest(rows, p);
      if (shown.isEmpty()) {
        continue;
      }
      double[][] values = new double[shown.size()][];
      for (int g = 0; g < shown.size(); g++) {
        values[g] = new double[] {shown.get(g).eligible(), shown.get(g).reached()};
      }
      chart.panel(heading(numbers, p, rows, shown), groups(shown), values);
    }
    return chart.toSvg();
  }

  public static String barriers(List<AccessTable.Row> rows) {
    return barriers(rows, Locale.ROOT);
  }

  /** With the numbers written as in {@code numbers} ({@link BarChart#numbers}). */
  public static String barriers(List<AccessTable.Row> rows, Locale numbers) {
    List<Barrier> barriers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Barrier b : Barrier.values()) {
      if (b != Barrier.NONE) {
        barriers.add(b);
        labels.add(BarChart.text(numbers, b.labelVi(), b.labelEn()));
      }
    }
    BarChart chart =
        new BarChart(
                BarChart.text(
                    numbers, "Rào cản, % người đủ điều kiện", "Barriers, % of the eligible"),
                labels,
                true,
                "%.1f%%")
            .maximum(100)
            .numbers(numbers);
    for (Programme p : Programme.values()) {
      List<AccessTable.Row> shown = largest(rows, p);
      if (shown.isEmpty()) {
        continue;
      }
      double[][] values = new double[shown.size()][barriers.size()];
      for (int g = 0; g < shown.size(); g++) {
        for (int b = 0; b < barriers.size(); b++) {
          values[g][b] = 100 * shown.get(g).barriers().getOrDefault(barriers.get(b), 0.0);
        }
      }
      chart.panel(heading(numbers, p, rows, shown), groups(shown), values);
    }
    return chart.toSvg();
  }

  private static List<AccessTable.Row> largest(List<AccessTable.Row> rows, Programme p) {
    return rows.stream()
        .filter(r -> r.programme() == p && r.eligible() > 0)
        .sorted(Comparator.comparingDouble(AccessTable.Row::eligible).reversed())
        .limit(MAX_GROUPS)
        .toList();
  }

  private static List<String> groups(List<AccessTable.Row> shown) {
    return shown.stream().map(AccessTable.Row::group).toList();
  }

  private static String heading(
      Locale locale, Programme p, List<AccessTable.Row> rows, List<AccessTable.Row> shown) {
    long all = rows.stream().filter(r -> r.programme() == p && r.eligible() > 0).count();
    String more =
        all > shown.size()
            ? " — "
                + BarChart.text(
                    locale,
                    shown.size() + " nhóm lớn nhất",
                    "largest " + shown.size() + " of " + all)
            : "";
    return BarChart.text(locale, p.labelVi(), p.labelEn()) + more;
  }
}
