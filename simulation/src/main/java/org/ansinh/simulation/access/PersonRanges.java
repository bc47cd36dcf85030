package org.ansinh.simulation.access;

import java.util.stream.IntStream;

/**
 * Persons {@code 0..n-1} cut into a fixed number of ranges, worked on every core: for per-person
 * columns, where each person's value depends on that person alone, so the split cannot change a
 * value. Fixed, not the number of cores: sums over the ranges are added in the same order on any
 * machine.
 */
public final class PersonRanges {

  /** How many ranges: enough for two to eight cores to share them evenly. */
  public static final int PARTS = 16;

  /** Work on persons {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  public interface Task {
    void run(int from, int to);
  }

  private PersonRanges() {}

  /** The first person of range {@code part} of {@code n} persons ({@code n} for part PARTS). */
  public static int start(int n, int part) {
    return (int) ((long) n * part / PARTS);
  }

  /** Runs {@code task} over every range, in parallel; returns when all are done. */
  public static void forEach(int n, Task task) {
    IntStream.range(0, PARTS).parallel().forEach(k -> task.run(start(n, k), start(n, k + 1)));
  }
}
