package org.ansinh.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.io.ResultCsvWriter;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamOutputs;
import org.ansinh.simulation.population.PopulationFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Bulk screening: a CSV of persons in, a CSV of their entitlements and contributions out. */
@Command(
    name = "compute",
    description = {
      "Compute variables for every person of a CSV file (one row per person, columns",
      "household_id, role, then input variables) and write one result row per person."
    })
final class ComputeCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Persons CSV")
  Path input;

  @Option(names = "--period", required = true, description = "Month (YYYY-MM)")
  String period;

  @Option(
      names = "--out",
      required = true,
      description = "Results CSV (written whole or not at all)")
  Path out;

  @Option(names = "--threads", description = "Worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "No progress or timings on stderr")
  boolean quiet;

  @Parameters(
      arity = "0..*",
      paramLabel = "VARIABLE",
      description = "Variables (default: all the main outputs)")
  List<String> variables = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(input)) {
      throw new IllegalArgumentException("cannot read input file " + input);
    }
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Period p = Period.parse(period);
    List<Variable<?>> outputs = new ArrayList<>();
    for (String name : variables.isEmpty() ? VietnamOutputs.MAIN : variables) {
      outputs.add(legislation.variable(name));
    }
    long size = sizeOf(input);
    Progress progress = new Progress(err, quiet);
    long t0 = System.nanoTime();
    Population population =
        new PopulationCsvReader(legislation, p, threads)
            .read(input, bytes -> progress.show("reading", bytes, size));
    long t1 = System.nanoTime();
    Map<String, Object> values =
        new ChunkedRun(legislation, threads, ChunkedRun.DEFAULT_CHUNK_PERSONS)
            .compute(
                population,
                p,
                outputs,
                n -> progress.show("computing", n, population.personCount()));
    long t2 = System.nanoTime();
    new ResultCsvWriter(threads).write(out, population, outputs, values);
    long t3 = System.nanoTime();
    progress.done(
        String.format(
            "%,d persons in %,d households: read %.2f s, computed %d variables in %.3f s (%,.0f persons/s), wrote %.2f s → %s",
            population.personCount(),
            population.groupCount(),
            (t1 - t0) / 1e9,
            outputs.size(),
            (t2 - t1) / 1e9,
            population.personCount() / ((t2 - t1) / 1e9),
            (t3 - t2) / 1e9,
            out));
    return 0;
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
