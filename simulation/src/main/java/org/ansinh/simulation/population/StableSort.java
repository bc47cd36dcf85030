package org.ansinh.simulation.population;

/**
 * A stable merge sort of person indices by a comparator over primitive columns: the order {@code
 * List.sort} gives, without a boxed integer per person (a million school children sorted as {@code
 * List<Integer>} took seconds).
 */
final class StableSort {

  /** Compares two person indices. */
  interface IndexComparator {
    int compare(int a, int b);
  }

  private StableSort() {}

  /** Sorts {@code indices} in place, equal elements keeping their order; returns it. */
  static int[] sort(int[] indices, IndexComparator c) {
    int[] buffer = new int[indices.length];
    for (int width = 1; width < indices.length; width *= 2) {
      for (int lo = 0; lo < indices.length - width; lo += 2 * width) {
        merge(indices, buffer, lo, lo + width, Math.min(lo + 2 * width, indices.length), c);
      }
    }
    return indices;
  }

  private static void merge(int[] a, int[] buffer, int lo, int mid, int hi, IndexComparator c) {
    System.arraycopy(a, lo, buffer, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (i < mid && (j >= hi || c.compare(buffer[i], buffer[j]) <= 0)) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }
}
