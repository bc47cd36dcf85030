package org.ansinh.engine.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
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
    Map<String, Object> results = allocate(population, outputs, legislation);
    run(
        population,
        progress,
        (part, groupOffset, personOffset) -> {
          Simulation sim = new Simulation(legislation, part);
          for (Variable<?> v : outputs) {
            copy(sim, v, period, part, results, groupOffset, personOffset);
          }
        });
    return results;
  }

  /**
   * The sum of a money variable over several periods, in one pass: each chunk is sliced once and
   * its simulation computes every period, sharing what does not depend on the period. The periods'
   * inputs must already be in the population (a missing one falls back to the formula or default,
   * as anywhere).
   *
   * @param progress receives the number of persons done after each chunk (may be null)
   */
  public long[] sumOverPeriods(
      Population population,
      List<Period> periods,
      Variable<long[]> variable,
      IntConsumer progress) {
    Variable<long[]> resolved = legislation.resolve(variable);
    long[] total = new long[population.size(resolved)];
    run(
        population,
        progress,
        (part, groupOffset, personOffset) -> {
          Simulation sim = new Simulation(legislation, part);
          int offset = resolved.entity().isGroup() ? groupOffset : personOffset;
          for (Period period : periods) {
            long[] values = sim.calculate(resolved, period);
            for (int i = 0; i < values.length; i++) {
              total[offset + i] += values[i];
            }
          }
        });
    return total;
  }

  /**
   * The outputs under the baseline and under a reform, in one pass over the population.
   *
   * @param baseline the baseline's values, by variable name, in the order asked
   * @param reform the reform's values; an output the reform cannot affect maps to the very array of
   *     the baseline
   * @param affected the variables the reform may change (see {@link DependencyGraph#affectedBy})
   */
  public record BaselineAndReform(
      Map<String, Object> baseline, Map<String, Object> reform, Set<String> affected) {}

  /**
   * Computes {@code outputs} under this legislation and under {@code reform}. Each chunk computes
   * the baseline, then the reform over the same chunk, taking from the baseline every variable the
   * reform cannot affect ({@link Simulation#reformOf}): what the reform leaves alone is computed
   * once, not twice.
   *
   * @param progress receives the number of persons done after each chunk (may be null)
   */
  public BaselineAndReform computeWithReform(
      Population population,
      Period period,
      List<Variable<?>> outputs,
      Reform reform,
      IntConsumer progress) {
    Legislation reformed = reform.apply(legislation);
    Set<String> affected =
        Set.copyOf(
            DependencyGraph.discover(reformed, period)
                .affectedBy(reform.parameters(), reform.variables()));
    List<Variable<?>> changed = new ArrayList<>();
    for (Variable<?> v : outputs) {
      if (affected.contains(v.name())) {
        changed.add(v);
      }
    }
    Map<String, Object> base = allocate(population, outputs, legislation);
    Map<String, Object> changedValues = allocate(population, changed, reformed);
    run(
        population,
        progress,
        (part, groupOffset, personOffset) -> {
          Simulation sim = new Simulation(legislation, part);
          for (Variable<?> v : outputs) {
            copy(sim, v, period, part, base, groupOffset, personOffset);
          }
          Simulation after = Simulation.reformOf(sim, reformed, affected);
          for (Variable<?> v : changed) {
            copy(after, v, period, part, changedValues, groupOffset, personOffset);
          }
        });
    Map<String, Object> after = new LinkedHashMap<>();
    for (Variable<?> v : outputs) {
      after.put(v.name(), changedValues.getOrDefault(v.name(), base.get(v.name())));
    }
    return new BaselineAndReform(base, after, affected);
  }

  private static Map<String, Object> allocate(
      Population population, List<Variable<?>> outputs, Legislation legislation) {
    Map<String, Object> results = new LinkedHashMap<>();
    for (Variable<?> v : outputs) {
      results.put(v.name(), allocate(legislation.resolve(v), population.size(v)));
    }
    return results;
  }

  private static void copy(
      Simulation sim,
      Variable<?> v,
      Period period,
      Population part,
      Map<String, Object> results,
      int groupOffset,
      int personOffset) {
    Object values = sim.calculate(v, period);
    int offset = v.entity().isGroup() ? groupOffset : personOffset;
    System.arraycopy(values, 0, results.get(v.name()), offset, part.size(v));
  }

  /** What is done with each chunk: a population of whole groups, and where it starts. */
  private interface ChunkTask {
    void run(Population part, int groupOffset, int personOffset);
  }

  private void run(Population population, IntConsumer progress, ChunkTask task) {
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
                  task.run(part, chunk[0], population.firstPersonOfGroup()[chunk[0]]);
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
