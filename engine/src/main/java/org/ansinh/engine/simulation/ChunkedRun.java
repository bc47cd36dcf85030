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
   * @return one full-size array per output, by variable name, in the order asked; an output given
   *     as input for everyone is the population's own column: read it, never write it
   */
  public Map<String, Object> compute(
      Population population, Period period, List<Variable<?>> outputs, IntConsumer progress) {
    Outputs results = allocate(population, period, outputs, legislation);
    run(
        population,
        progress,
        (part, groupOffset, personOffset) -> {
          Simulation sim = new Simulation(legislation, part);
          for (Variable<?> v : results.computed()) {
            copy(sim, v, period, part, results.values(), groupOffset, personOffset);
          }
        });
    return results.values();
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
    Variants both =
        computeVariants(
            population, period, outputs, List.of(new Variant(reform, BASELINE, outputs)), progress);
    return new BaselineAndReform(both.baseline(), both.variant(0), both.affected(0));
  }

  /** The {@link Variant#parent()} that stands for this run's own legislation. */
  public static final int BASELINE = -1;

  /**
   * A legislation derived by {@code reform} from this run's legislation ({@link #BASELINE}) or from
   * an earlier variant (its index), and the outputs wanted under it.
   */
  public record Variant(Reform reform, int parent, List<Variable<?>> outputs) {}

  /**
   * The outputs of the baseline and of each variant, by variable name, in the order asked. An
   * output a variant's reform cannot affect is the very array of its parent when the parent has it.
   *
   * @param affected per variant: the variables its reform may change relative to its parent
   */
  public record Variants(
      Map<String, Object> baseline,
      List<Map<String, Object>> variants,
      List<Set<String>> affected) {

    public Map<String, Object> variant(int index) {
      return variants.get(index);
    }

    public Set<String> affected(int index) {
      return affected.get(index);
    }
  }

  /**
   * Computes {@code outputs} under this legislation and each variant's outputs under its own, in
   * one pass over the population. Each chunk is sliced once; its baseline simulation computes what
   * the baseline needs, and each variant's simulation, derived from its parent's ({@link
   * Simulation#reformOf}), computes only the variables its reform may change (found by {@link
   * DependencyGraph#affectedBy}) and takes the rest from the parent. A variant that changes a few
   * rules costs a few variables, not a second city.
   *
   * @param progress receives the number of persons done after each chunk (may be null)
   * @throws IllegalArgumentException when a variant's parent is not an earlier variant
   */
  public Variants computeVariants(
      Population population,
      Period period,
      List<Variable<?>> outputs,
      List<Variant> variants,
      IntConsumer progress) {
    int count = variants.size();
    Legislation[] legislations = new Legislation[count];
    List<Set<String>> affected = new ArrayList<>();
    List<List<Variable<?>>> computed = new ArrayList<>();
    List<Map<String, Object>> values = new ArrayList<>();
    Outputs baseOutputs = allocate(population, period, outputs, legislation);
    Map<String, Object> base = baseOutputs.values();
    for (int j = 0; j < count; j++) {
      Variant variant = variants.get(j);
      int parent = variant.parent();
      if (parent < BASELINE || parent >= j) {
        throw new IllegalArgumentException(
            "variant "
                + j
                + " derives from "
                + parent
                + ", not the baseline or an earlier variant");
      }
      Legislation from = parent == BASELINE ? legislation : legislations[parent];
      Map<String, Object> parentValues = parent == BASELINE ? base : values.get(parent);
      legislations[j] = variant.reform().apply(from);
      Set<String> changed =
          Set.copyOf(
              DependencyGraph.discover(legislations[j], period)
                  .affectedBy(variant.reform().parameters(), variant.reform().variables()));
      // computed here: what the reform may change, and what the parent does not keep
      List<Variable<?>> own = new ArrayList<>();
      for (Variable<?> v : variant.outputs()) {
        if (changed.contains(v.name()) || !parentValues.containsKey(v.name())) {
          own.add(v);
        }
      }
      Outputs ownValues = allocate(population, period, own, legislations[j]);
      Map<String, Object> all = new LinkedHashMap<>();
      for (Variable<?> v : variant.outputs()) {
        all.put(v.name(), ownValues.values().getOrDefault(v.name(), parentValues.get(v.name())));
      }
      affected.add(changed);
      computed.add(ownValues.computed());
      values.add(all);
    }
    run(
        population,
        progress,
        (part, groupOffset, personOffset) -> {
          Simulation sim = new Simulation(legislation, part);
          for (Variable<?> v : baseOutputs.computed()) {
            copy(sim, v, period, part, base, groupOffset, personOffset);
          }
          Simulation[] sims = new Simulation[count];
          for (int j = 0; j < count; j++) {
            int parent = variants.get(j).parent();
            sims[j] =
                Simulation.reformOf(
                    parent == BASELINE ? sim : sims[parent], legislations[j], affected.get(j));
            for (Variable<?> v : computed.get(j)) {
              copy(sims[j], v, period, part, values.get(j), groupOffset, personOffset);
            }
          }
        });
    return new Variants(base, List.copyOf(values), List.copyOf(affected));
  }

  /** Full-size arrays for outputs, and the outputs that chunks must fill in. */
  private record Outputs(Map<String, Object> values, List<Variable<?>> computed) {}

  /**
   * An array per output; an output given as input for everyone in the period is the population's
   * own column (a formula never overrides a given cell), shared rather than computed and copied.
   */
  private static Outputs allocate(
      Population population, Period period, List<Variable<?>> outputs, Legislation legislation) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Variable<?>> computed = new ArrayList<>();
    for (Variable<?> v : outputs) {
      Population.InputColumn input = population.input(v.name(), Simulation.periodFor(v, period));
      if (input != null && input.given() == null) {
        values.put(v.name(), input.values());
      } else {
        values.put(v.name(), allocate(legislation.resolve(v), population.size(v)));
        computed.add(v);
      }
    }
    return new Outputs(values, computed);
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
