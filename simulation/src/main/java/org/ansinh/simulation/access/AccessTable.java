package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ansinh.policy.vn.person.ResidenceStatus;

/**
 * Weighted access by group: for each group and programme, persons eligible, reached, the gap, and
 * the barriers behind the gap. Groups are combinations of dimensions: {@code sector}, {@code
 * residence}, {@code migrant}, {@code ward}.
 */
public final class AccessTable {

  /** One group × programme. Shares are of the eligible. */
  public record Row(
      String group,
      Programme programme,
      double eligible,
      double reached,
      Map<Barrier, Double> barriers) {
    public double reachedShare() {
      return eligible == 0 ? Double.NaN : reached / eligible;
    }

    public double gapShare() {
      return eligible == 0 ? Double.NaN : 1 - reached / eligible;
    }

    /** The barrier behind most of the gap, or NONE. */
    public Barrier mainBarrier() {
      return barriers.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(Barrier.NONE);
    }
  }

  public static final List<String> DIMENSIONS = List.of("sector", "residence", "migrant", "ward");

  private AccessTable() {}

  /**
   * @param dimensions some of {@link #DIMENSIONS}; none for the whole city
   * @throws IllegalArgumentException naming an unknown dimension
   */
  public static List<Row> of(AccessAnalysis.Result r, List<String> dimensions) {
    for (String d : dimensions) {
      if (!DIMENSIONS.contains(d)) {
        throw new IllegalArgumentException(
            "unknown --by dimension '" + d + "'; known: " + DIMENSIONS);
      }
    }
    int n = r.population().personCount();
    Map<String, double[][]> sums = new TreeMap<>();
    int programmes = Programme.values().length;
    int barriers = Barrier.values().length;
    for (int i = 0; i < n; i++) {
      String group = groupOf(r, i, dimensions);
      double[][] s = sums.computeIfAbsent(group, k -> new double[programmes][2 + barriers]);
      double w = r.personWeight()[i];
      for (int p = 0; p < programmes; p++) {
        if (r.eligible()[p][i]) {
          s[p][0] += w;
          if (r.reached()[p][i]) {
            s[p][1] += w;
          } else {
            s[p][2 + r.barrier()[p][i]] += w;
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (var e : sums.entrySet()) {
      for (Programme p : Programme.values()) {
        double[] s = e.getValue()[p.ordinal()];
        Map<Barrier, Double> b = new LinkedHashMap<>();
        for (Barrier x : Barrier.values()) {
          if (x != Barrier.NONE && s[2 + x.ordinal()] > 0) {
            b.put(x, s[2 + x.ordinal()] / s[0]);
          }
        }
        rows.add(new Row(e.getKey(), p, s[0], s[1], b));
      }
    }
    return rows;
  }

  /**
   * @throws IllegalArgumentException naming an unknown dimension
   */
  public static void checkDimensions(List<String> dimensions) {
    for (String d : dimensions) {
      if (!DIMENSIONS.contains(d)) {
        throw new IllegalArgumentException(
            "unknown --by dimension '" + d + "'; known: " + DIMENSIONS);
      }
    }
  }

  /** The group of person {@code i} under the given dimensions ({@code ALL} for none). */
  public static String groupOf(AccessAnalysis.Result r, int i, List<String> dimensions) {
    if (dimensions.isEmpty()) {
      return "ALL";
    }
    List<String> parts = new ArrayList<>();
    for (String d : dimensions) {
      parts.add(
          switch (d) {
            case "sector" -> AccessAnalysis.sector(r, i);
            case "residence" ->
                ResidenceStatus.values()[((byte[]) r.values().get("residence_status"))[i]].name();
            case "migrant" ->
                ((boolean[]) r.values().get("is_migrant"))[i] ? "MIGRANT" : "NON_MIGRANT";
            default ->
                Integer.toString(
                    ((int[]) r.values().get("ward_code"))[r.population().groupOfPerson()[i]]);
          });
    }
    return String.join("/", parts).toUpperCase(Locale.ROOT);
  }
}
