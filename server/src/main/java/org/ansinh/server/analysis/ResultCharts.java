package org.ansinh.server.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ansinh.simulation.access.AccessCharts;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.reform.ReformCharts;

/**
 * A finished job's charts, drawn from its JSON when a page shows them or someone downloads them, in
 * the reader's language: groups named as the tables name them ({@link GroupLabels}: sectors and
 * residence statuses in words, wards by name), numbers written as the pages write them ({@code
 * 1.234.567} and {@code 12,5%} in Vietnamese, {@code 1,234,567} and {@code 12.5%} in English). The
 * titles stay bilingual, as the simulation draws them.
 */
final class ResultCharts {

  static final String ELIGIBLE_REACHED = "access-eligible-reached.svg";
  static final String BARRIERS = "access-barriers.svg";
  static final String WARDS = "access-wards.svg";
  static final String NEWLY = "reform-newly.svg";
  static final String COST = "reform-cost.svg";

  private final GroupLabels labels;
  private final Locale numbers;
  private final Map<Integer, String> wardNames;

  /**
   * @param wardNames names of the units by code, in the reader's language
   */
  ResultCharts(Locale reader, Map<Integer, String> wardNames) {
    boolean english = "en".equals(reader.getLanguage());
    this.labels = new GroupLabels(english ? "en" : "vi", wardNames);
    this.numbers = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    this.wardNames = wardNames;
  }

  /** The charts a finished job of {@code kind} has. */
  static List<String> names(String kind) {
    return switch (kind) {
      case "access" -> List.of(ELIGIBLE_REACHED, BARRIERS, WARDS);
      case "reform" -> List.of(NEWLY, COST);
      default -> List.of();
    };
  }

  GroupLabels labels() {
    return labels;
  }

  /** Eligible and reached persons by group, of the figures given (one programme or all). */
  String eligibleAndReached(List<AccessFigure> figures) {
    return AccessCharts.eligibleAndReached(AccessFigure.rows(figures, labels), numbers);
  }

  String barriers(List<AccessFigure> figures) {
    return AccessCharts.barriers(AccessFigure.rows(figures, labels), numbers);
  }

  String wards(List<AccessFigure> byWard, Programme programme) {
    return WardRanking.chart(byWard, programme, wardNames, numbers);
  }

  String newlyReachable(List<ReformFigure> figures) {
    return ReformCharts.newlyReachable(ReformFigure.changes(figures, labels), numbers);
  }

  String annualCost(List<ReformFigure> figures) {
    return ReformCharts.annualCost(ReformFigure.changes(figures, labels), numbers);
  }

  /** The chart {@code name} of an access job. */
  String access(String name, AccessResult r) {
    return switch (name) {
      case ELIGIBLE_REACHED -> eligibleAndReached(r.rows());
      case BARRIERS -> barriers(r.rows());
      case WARDS -> wards(r.byWard(), WardRanking.DEFAULT_PROGRAMME);
      default -> throw new IllegalArgumentException("no access chart " + name);
    };
  }

  /** The chart {@code name} of a reform job. */
  String reform(String name, ReformResult r) {
    return switch (name) {
      case NEWLY -> newlyReachable(r.rows());
      case COST -> annualCost(r.rows());
      default -> throw new IllegalArgumentException("no reform chart " + name);
    };
  }
}
