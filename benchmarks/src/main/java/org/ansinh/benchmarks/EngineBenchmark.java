package org.ansinh.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamOutputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone: every main output for a population already in memory, in parallel chunks. The
 * population is read once per trial from a synthetic CSV, so only computing is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g"})
public class EngineBenchmark {

  @Param({"1000000"})
  long persons;

  @Param({"8192"})
  int chunkPersons;

  private Legislation legislation;
  private Population population;
  private List<Variable<?>> outputs;
  private final Period period = Period.month(2026, 8);

  @Setup(Level.Trial)
  public void load() throws Exception {
    Path file =
        Path.of(
            System.getProperty("ansinh.bench.dir", "bench-data"), "persons-" + persons + ".csv");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      SyntheticPersons.write(persons, file, 1);
    }
    legislation = VietnamLegislation.get();
    population =
        new PopulationCsvReader(legislation, period, Runtime.getRuntime().availableProcessors())
            .read(file, null);
    outputs = new ArrayList<>();
    for (String name : VietnamOutputs.MAIN) {
      outputs.add(legislation.variable(name));
    }
  }

  @Benchmark
  public Map<String, Object> computeMainOutputs() {
    return ChunkedRun.withDefaults(legislation)
        .withChunkPersons(chunkPersons)
        .compute(population, period, outputs, null);
  }
}
