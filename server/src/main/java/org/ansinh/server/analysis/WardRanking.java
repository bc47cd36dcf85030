package org.ansinh.server.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ansinh.simulation.access.BarChart;
import org.ansinh.simulation.access.Programme;

/**
 * Wards ranked by their access gap in one programme: the share of the persons the law makes
 * eligible who are not reached, largest first. Only the {@link #SHOWN} largest are drawn; the
 * tables have every ward.
 */
final class WardRanking {

  /** Health insurance: everyone is eligible, so its gap is the share without a card. */
  static final Programme DEFAULT_PROGRAMME = Programme.HEALTH_INSURANCE;

  static final int SHOWN = 20; // not law: legibility of a chart

  private WardRanking() {}

  /** The wards of {@code programme} with someone eligible, largest gap first. */
  static List<AccessFigure> ranked(List<AccessFigure> byWard, Programme programme) {
    return byWard.stream()
        .filter(f -> f.programme().equals(programme.name()) && f.eligible() > 0)
        .sorted(
            Comparator.comparingDouble(AccessFigure::gapShare)
                .reversed()
                .thenComparing(AccessFigure::group))
        .toList();
  }

  /**
   * @param names ward names by code; null to label wards by code alone
   */
  static String chart(
      List<AccessFigure> byWard,
      Programme programme,
      Map<Integer, String> names,
      java.util.Locale numbers) {
    List<AccessFigure> ranked = ranked(byWard, programme);
    List<AccessFigure> shown = ranked.subList(0, Math.min(SHOWN, ranked.size()));
    double[][] values = new double[shown.size()][];
    for (int i = 0; i < shown.size(); i++) {
      values[i] = new double[] {100 * shown.get(i).gapShare()};
    }
    BarChart chart =
        new BarChart(
                BarChart.text(
                    numbers,
                    "Phường, xã xếp theo khoảng trống tiếp cận",
                    "Wards ranked by access gap"),
                List.of(
                    BarChart.text(
                        numbers,
                        "% người đủ điều kiện chưa được tiếp cận",
                        "% of the eligible not reached")),
                false,
                "%.1f%%")
            .maximum(100)
            .numbers(numbers);
    chart.panel(
        BarChart.text(numbers, programme.labelVi(), programme.labelEn())
            + (ranked.size() > shown.size() ? " — " + shown.size() + " / " + ranked.size() : ""),
        shown.stream().map(f -> label(f.group(), names)).toList(),
        values);
    return chart.toSvg();
  }

  static String label(String code, Map<Integer, String> names) {
    if (names == null) {
      return code;
    }
    try {
      String name = names.get(Integer.parseInt(code));
      return name == null ? code : name;
    } catch (NumberFormatException e) {
      return code;
    }
  }
}
