package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ansinh.policy.vn.person.ResidenceStatus;

/**
 * Weighted access by group: for each group and programme, persons eligible, reached, the gap, and
 * the barriers behind the gap, with the sampling uncertainty of the three shares (households as
 * clusters, wards as strata: {@link ClusteredRatio}). Groups are combinations of dimensions: {@code
 * sector}, {@code residence}, {@code migrant}, {@code ward}.
 */
public final class AccessTable {

  /**
   * One group × programme. Persons are weighted; shares of the eligible except {@code
   * eligibleShare}, which is of the group's population.
   */
  public record Row(
      String group,
      Programme programme,
      double persons,
      double eligible,
      double reached,
      Map<Barrier, Double> barriers,
      Estimate eligibleShare,
      Estimate reachedShare) {

    public Estimate gapShare() {
      return reachedShare.complement();
    }

    /** The barrier behind most of the gap, or NONE. */
    public Barrier mainBarrier() {
      return barriers.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(Barrier.NONE);
    }
  }

  private static final long DENSE_LIMIT = 1 << 24; // not law: group codes held in an array

  /** Sector names in code order. */
  static final List<String> SECTORS = List.of("FORMAL", "INFORMAL", "NOT_EMPLOYED");

  public static final List<String> DIMENSIONS =
      List.of("sector", "household_sector", "residence", "migrant", "ward");

  private AccessTable() {}

  /**
   * @param dimensions some of {@link #DIMENSIONS}; none for the whole city
   * @throws IllegalArgumentException naming an unknown dimension
   */
  public static List<Row> of(AccessAnalysis.Result r, List<String> dimensions) {
    checkDimensions(dimensions);
    Groups groups = Groups.of(r, dimensions);
    int programmes = Programme.values().length;
    int barriers = Barrier.values().length;
    // pass 1: weighted sums per group and programme: population, eligible, reached, barriers
    double[][][] s = new double[groups.names.size()][programmes][3 + barriers];
    int n = r.population().personCount();
    for (int i = 0; i < n; i++) {
      double w = r.personWeight()[i];
      double[][] g = s[groups.ofPerson[i]];
      for (int p = 0; p < programmes; p++) {
        g[p][0] += w;
        if (r.eligible()[p][i]) {
          g[p][1] += w;
          if (r.reached()[p][i]) {
            g[p][2] += w;
          } else {
            g[p][3 + r.barrier()[p][i]] += w;
          }
        }
      }
    }
    double[][] variances = variances(r, groups, s);
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < groups.names.size(); g++) {
      for (Programme p : Programme.values()) {
        double[] t = s[g][p.ordinal()];
        Map<Barrier, Double> b = new LinkedHashMap<>();
        for (Barrier x : Barrier.values()) {
          if (x != Barrier.NONE && t[3 + x.ordinal()] > 0) {
            b.put(x, t[3 + x.ordinal()] / t[1]);
          }
        }
        int key = g * programmes + p.ordinal();
        rows.add(
            new Row(
                groups.names.get(g),
                p,
                t[0],
                t[1],
                t[2],
                b,
                new Estimate(ratio(t[1], t[0]), Math.sqrt(variances[0][key])),
                new Estimate(ratio(t[2], t[1]), Math.sqrt(variances[1][key]))));
      }
    }
    return rows;
  }

  private static double ratio(double y, double x) {
    return x == 0 ? Double.NaN : y / x;
  }

  /**
   * Pass 2: per household, the linearised totals of the eligible share (eligible / persons) and the
   * reached share (reached / eligible) of every group × programme it touches; variances by key.
   */
  private static double[][] variances(AccessAnalysis.Result r, Groups groups, double[][][] s) {
    int programmes = Programme.values().length;
    int keys = groups.names.size() * programmes;
    HouseholdClusters clusters = new HouseholdClusters(r);
    ClusteredRatio eligibleShare = new ClusteredRatio(clusters.strata(), keys);
    ClusteredRatio reachedShare = new ClusteredRatio(clusters.strata(), keys);
    clusters.walk(
        groups.ofPerson,
        3 * programmes,
        stratum -> {
          eligibleShare.household(stratum);
          reachedShare.household(stratum);
        },
        (i, w, t) -> {
          for (int p = 0; p < programmes; p++) {
            t[3 * p] += w;
            if (r.eligible()[p][i]) {
              t[3 * p + 1] += w;
              t[3 * p + 2] += r.reached()[p][i] ? w : 0;
            }
          }
        },
        (stratum, g, t) -> {
          for (int p = 0; p < programmes; p++) {
            int key = g * programmes + p;
            double[] all = s[g][p];
            double persons = t[3 * p];
            double eligible = t[3 * p + 1];
            double reached = t[3 * p + 2];
            if (all[0] > 0) {
              eligibleShare.add(
                  stratum,
                  key,
                  ClusteredRatio.linearised(eligible, persons, all[1] / all[0], all[0]));
            }
            if (all[1] > 0) {
              reachedShare.add(
                  stratum,
                  key,
                  ClusteredRatio.linearised(reached, eligible, all[2] / all[1], all[1]));
            }
          }
        });
    return new double[][] {eligibleShare.variances(), reachedShare.variances()};
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
            case "household_sector" ->
                "HOUSEHOLD_" + SECTORS.get(r.householdSector(r.population().groupOfPerson()[i]));
            case "residence" ->
                ResidenceStatus.values()[((byte[]) r.values().get("residence_status"))[i]].name();
            case "migrant" ->
                ((boolean[]) r.values().get("is_migrant"))[i] ? "MIGRANT" : "NON_MIGRANT";
            default -> Integer.toString(r.wardOfHousehold()[r.population().groupOfPerson()[i]]);
          });
    }
    return String.join("/", parts).toUpperCase(Locale.ROOT);
  }

  /** Groups in name order and the group index of every person. */
  public record Groups(List<String> names, int[] ofPerson) {

    /**
     * Combines the dimensions' small integer codes into one per person (mixed radix) and names only
     * the distinct combinations: no string per person.
     */
    public static Groups of(AccessAnalysis.Result r, List<String> dimensions) {
      int n = r.population().personCount();
      long[] code = new long[n];
      long radix = 1;
      for (String d : dimensions) {
        int[] c = codes(r, d);
        int size = 0;
        for (int x : c) {
          size = Math.max(size, x + 1);
        }
        for (int i = 0; i < n; i++) {
          code[i] += c[i] * radix;
        }
        radix *= Math.max(1, size);
      }
      // codes are small (a product of the dimensions' sizes): dense arrays, no boxing per person
      if (radix > DENSE_LIMIT) {
        throw new IllegalArgumentException(
            "too many groups for --by " + String.join(",", dimensions) + " (" + radix + ")");
      }
      int[] firstPerson = new int[(int) radix];
      Arrays.fill(firstPerson, -1);
      for (int i = 0; i < n; i++) {
        if (firstPerson[(int) code[i]] < 0) {
          firstPerson[(int) code[i]] = i;
        }
      }
      TreeMap<String, Integer> byName = new TreeMap<>();
      for (int k = 0; k < firstPerson.length; k++) {
        if (firstPerson[k] >= 0) {
          byName.put(groupOf(r, firstPerson[k], dimensions), k);
        }
      }
      List<String> names = new ArrayList<>(byName.keySet());
      int[] index = new int[(int) radix];
      int g = 0;
      for (int k : byName.values()) {
        index[k] = g++;
      }
      int[] of = new int[n];
      for (int i = 0; i < n; i++) {
        of[i] = index[(int) code[i]];
      }
      return new Groups(names, of);
    }

    /** A dimension's code per person, from 0. */
    private static int[] codes(AccessAnalysis.Result r, String dimension) {
      int n = r.population().personCount();
      int[] out = new int[n];
      switch (dimension) {
        case "sector" -> {
          for (int i = 0; i < n; i++) {
            out[i] = sectorCode(r, i);
          }
        }
        case "household_sector" -> {
          byte[] sector = r.householdSector();
          int[] household = r.population().groupOfPerson();
          for (int i = 0; i < n; i++) {
            out[i] = sector[household[i]];
          }
        }
        case "residence" -> {
          byte[] status = (byte[]) r.values().get("residence_status");
          for (int i = 0; i < n; i++) {
            out[i] = status[i];
          }
        }
        case "migrant" -> {
          boolean[] migrant = (boolean[]) r.values().get("is_migrant");
          for (int i = 0; i < n; i++) {
            out[i] = migrant[i] ? 1 : 0;
          }
        }
        default -> {
          int[] ward = r.wardOfHousehold();
          int[] household = r.population().groupOfPerson();
          Map<Integer, Integer> index = new HashMap<>();
          int[] wardIndex = new int[ward.length];
          for (int h = 0; h < ward.length; h++) {
            wardIndex[h] = index.computeIfAbsent(ward[h], w -> index.size());
          }
          for (int i = 0; i < n; i++) {
            out[i] = wardIndex[household[i]];
          }
        }
      }
      return out;
    }

    private static int sectorCode(AccessAnalysis.Result r, int i) {
      return SECTORS.indexOf(AccessAnalysis.sector(r, i));
    }
  }
}
