package org.ansinh.simulation.reform;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.ansinh.simulation.access.BarChart;
import org.ansinh.simulation.access.Programme;

/**
 * The reform charts: persons newly reachable, and the change in the annual budget, by group, one
 * panel per programme the reform touches. Upper bounds (all newly reachable take up), said in the
 * titles. One scale for all panels, so programmes compare. With many groups only the largest {@link
 * #MAX_GROUPS} are drawn.
 */
public final class ReformCharts {

  public static final int MAX_GROUPS = 25; // not law: legibility of a chart

  private ReformCharts() {}

  public static String newlyReachable(List<ProgrammeChange> rows) {
    return newlyReachable(rows, Locale.ROOT);
  }

  /** With the numbers written as in {@code numbers} ({@link BarChart#numbers}). */
  public static String newlyReachable(List<ProgrammeChange> rows, Locale numbers) {
    return chart(
        numbers,
        BarChart.text(
            numbers,
            "Người mới có thể tiếp cận (cận trên)",
            "Newly reachable persons (upper bound)"),
        BarChart.text(numbers, "Người", "Persons"),
        "%,.0f",
        rows,
        ProgrammeChange::newlyReachable);
  }

  public static String annualCost(List<ProgrammeChange> rows) {
    return annualCost(rows, Locale.ROOT);
  }

  /** With the numbers written as in {@code numbers} ({@link BarChart#numbers}). */
  public static String annualCost(List<ProgrammeChange> rows, Locale numbers) {
    return chart(
        numbers,
        BarChart.text(
            numbers,
            "Chi phí ngân sách tăng thêm mỗi năm, tỷ đồng (cận trên)",
            "Added annual budget cost, billion VND (upper bound)"),
        BarChart.text(numbers, "Tỷ đồng", "Billion VND"),
        "%,.1f", // one decimal: "83.564" would read as eighty-three thousand to a Vietnamese eye
        rows,
        r -> r.annualCost() / 1e9);
  }

  private static String chart(
      Locale numbers,
      String title,
      String series,
      String format,
      List<ProgrammeChange> rows,
      ToDoubleFunction<ProgrammeChange> value) {
    BarChart chart =
        new BarChart(title, List.of(series), false, format).commonScale().numbers(numbers);
    for (Programme p : Programme.values()) {
      List<ProgrammeChange> shown =
          rows.stream()
              .filter(r -> r.programme() == p && value.applyAsDouble(r) != 0)
              .sorted(
                  Comparator.comparingDouble(
                      (ProgrammeChange r) -> -Math.abs(value.applyAsDouble(r))))
              .limit(MAX_GROUPS)
              .toList();
      if (shown.isEmpty()) {
        continue;
      }
      double[][] values = new double[shown.size()][];
      for (int g = 0; g < shown.size(); g++) {
        values[g] = new double[] {value.applyAsDouble(shown.get(g))};
      }
      chart.panel(
          BarChart.text(numbers, p.labelVi(), p.labelEn()),
          shown.stream().map(ProgrammeChange::group).toList(),
          values);
    }
    return chart.toSvg();
  }
}
