package org.ansinh.simulation.access;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The sample's design as {@link ClusteredRatio} sees it — households as clusters, wards as strata —
 * walked once: for each household, in order, the totals of each group its members belong to. The
 * second pass of every linearised variance in this package is this walk with its own totals.
 */
final class HouseholdClusters {

  /** Adds person {@code i}'s weighted values into {@code totals}, the row of their group. */
  interface PersonTotals {
    void add(int i, double weight, double[] totals);
  }

  /** One household's totals of one group. */
  interface GroupTotals {
    void accept(int stratum, int group, double[] totals);
  }

  private final AccessAnalysis.Result result;
  private final int[] stratum;
  private final int strata;

  HouseholdClusters(AccessAnalysis.Result result) {
    this.result = result;
    int[] ward = result.wardOfHousehold();
    Map<Integer, Integer> index = new HashMap<>();
    stratum = new int[ward.length];
    for (int h = 0; h < ward.length; h++) {
      stratum[h] = index.computeIfAbsent(ward[h], w -> index.size());
    }
    strata = index.size();
  }

  /** Distinct wards: the strata a {@link ClusteredRatio} is sized for. */
  int strata() {
    return strata;
  }

  /**
   * Walks households in order. For each, {@code household} first gets its stratum (for {@link
   * ClusteredRatio#household}); then each group among its members gets the sum of {@code person}
   * over its members, in a row of {@code width} cleared for it.
   */
  void walk(
      int[] groupOfPerson,
      int width,
      IntConsumer household,
      PersonTotals person,
      GroupTotals group) {
    int[] first = result.population().firstPersonOfGroup();
    double[] weight = result.personWeight();
    int[] local = new int[16];
    double[][] t = new double[16][width];
    for (int h = 0; h < result.population().groupCount(); h++) {
      household.accept(stratum[h]);
      int size = first[h + 1] - first[h];
      if (size > local.length) {
        local = new int[size];
        t = new double[size][width];
      }
      int groupsHere = 0; // the distinct groups of the household's members, few
      for (int i = first[h]; i < first[h + 1]; i++) {
        int g = groupOfPerson[i];
        int slot = 0;
        while (slot < groupsHere && local[slot] != g) {
          slot++;
        }
        if (slot == groupsHere) {
          local[groupsHere++] = g;
          Arrays.fill(t[slot], 0);
        }
        person.add(i, weight[i], t[slot]);
      }
      for (int slot = 0; slot < groupsHere; slot++) {
        group.accept(stratum[h], local[slot], t[slot]);
      }
    }
  }
}
