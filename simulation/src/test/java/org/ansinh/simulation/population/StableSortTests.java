package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StableSortTests {

  /** The same order as List.sort, which is stable, on keys with many ties. */
  @Test
  void ordersAsListSortDoesKeepingTiesInPlace() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 10_007;
    int[] key = new int[n];
    int[] indices = new int[n];
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      key[i] = r.nextInt(50);
      indices[i] = n - 1 - i;
      expected.add(n - 1 - i);
    }
    expected.sort(Comparator.comparingInt(i -> key[i]));

    int[] sorted = StableSort.sort(indices, (a, b) -> Integer.compare(key[a], key[b]));

    assertThat(sorted).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void emptyAndSingleArraysAreSorted() {
    assertThat(StableSort.sort(new int[0], Integer::compare)).isEmpty();
    assertThat(StableSort.sort(new int[] {3}, Integer::compare)).containsExactly(3);
  }
}
