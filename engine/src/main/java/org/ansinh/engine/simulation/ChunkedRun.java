package org.ansinh.engine.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * Computes variables for a whole population in chunks of whole groups, in parallel.
 *
 * <p>Each chunk is a small population of its own (a few thousand persons), so every column a
 * formula touches stays in the processor's cache, and memory beyond inputs and outputs is bounded
 * by chunk size × threads. Results are the same as one simulation over everyone.
 */
public final class ChunkedRun {

  /** Persons per chunk: small enough for a chunk's working columns to fit in L2 cache. */
  public static final int DEFAULT_CHUNK_PERSONS = 8_192;

  private final Legislation legislation;
  private final int threads;
  private final int chunkPersons;

  public ChunkedRun(Legislation legislation, int threads, int chunkPersons) {
    if (threads < 1 || chunkPersons < 1) {
      throw new IllegalArgumentException("threads and chunk size must be positive");
    }
    this.legislation = legislation;
    this.threads = threads;
    this.chunkPersons = chunkPersons;
  }

  public static ChunkedRun withDefaults(Legislation legislation) {
    return new ChunkedRun(
        legislation, Runtime.getRuntime().availableProcessors(), DEFAULT_CHUNK_PERSONS);
  }

  public ChunkedRun withChunkPersons(int persons) {
    return new ChunkedRun(legislation, threads, persons);
  }

  /**
   * Computes {@code outputs} for {@code period} over the population.
   *
   * @param progress receives the number of persons done after each chunk (may be null)
   * @return one full-size array per output, by variable name, in the order asked
   */
  public Map<String, Object> compute(
      Population population, Period period, List<Variable<?>> outputs, IntConsumer progress) {
    Map<String, Object> results = new LinkedHashMap<>();
    for (Variable<?> v : outputs) {
      results.put(v.name(), allocate(legislation.resolve(v), population.size(v)));
    }
    List<int[]> chunks = chunks(population);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ansinh-chunk");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int[] chunk : chunks) {
        futures.add(
            pool.submit(
                () -> {
                  Population part = population.slice(chunk[0], chunk[1]);
                  Simulation sim = new Simulation(legislation, part);
                  int personOffset = population.firstPersonOfGroup()[chunk[0]];
                  for (Variable<?> v : outputs) {
                    Object values = sim.calculate(v, period);
                    int offset = v.entity().isGroup() ? chunk[0] : personOffset;
                    System.arraycopy(values, 0, results.get(v.name()), offset, part.size(v));
                  }
                  int persons = done.addAndGet(part.personCount());
                  if (progress != null) {
                    progress.accept(persons);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CalculationException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new CalculationException(cause.toString(), cause);
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private static <A> A allocate(Variable<A> v, int size) {
    ValueType<A> type = v.type();
    return type.allocate(size);
  }

  /** Runs of whole groups of about {@code chunkPersons} persons: {from, to} group indices. */
  List<int[]> chunks(Population population) {
    List<int[]> chunks = new ArrayList<>();
    int[] first = population.firstPersonOfGroup();
    int start = 0;
    for (int g = 1; g <= population.groupCount(); g++) {
      if (first[g] - first[start] >= chunkPersons || g == population.groupCount()) {
        chunks.add(new int[] {start, g});
        start = g;
      }
    }
    return chunks;
  }
}
