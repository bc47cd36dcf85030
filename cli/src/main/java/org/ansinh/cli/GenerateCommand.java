package org.ansinh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ansinh.engine.period.Period;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.calibration.CalibratedPopulation;
import org.ansinh.simulation.calibration.Raking;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationFile;
import org.ansinh.simulation.population.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a weighted synthetic city over its real wards and communes. */
@Command(
    name = "generate",
    description = {
      "Generate a synthetic population of a city (households and persons over its real units),",
      "deterministic for a seed, weighted to the published targets (calibration/targets.yaml)."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--city", required = true, description = "hcm or hanoi")
  String city;

  @Option(names = "--persons", required = true, description = "Persons in the sample")
  int persons;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--period",
      defaultValue = "2026-01",
      description = "Month the population describes (default: ${DEFAULT-VALUE})")
  String period;

  @Option(
      names = "--out",
      required = true,
      description = "Population CSV to write (whole or not at all)")
  Path out;

  @Option(
      names = "--registry",
      description = "Write a registry import file (ansinh import) instead of a population file")
  boolean registry;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    City c = City.parse(city);
    Period p = Period.parse(period);
    long t0 = System.nanoTime();
    CalibratedPopulation.Result result =
        CalibratedPopulation.generate(c, persons, seed, p, VietnamLegislation.get());
    SyntheticPopulation population = result.population();
    Raking.Result raking = result.raking();
    long t1 = System.nanoTime();
    if (registry) {
      org.ansinh.server.registry.RegistrySampleFile.write(population, seed, out);
    } else {
      PopulationFile.write(population, out);
    }
    long t2 = System.nanoTime();
    err.printf(
        "%s: %,d persons in %,d households (seed %d) → %s%n  drawn, raked in %d iterations (largest margin error %.2f%%) and enrolled %.2f s, written %.2f s%n  take-up calibrated: employer compliance %.3f, voluntary SI intercept %.2f, household HI intercept %.2f, unemployment benefit claims %.3f%n",
        c.nameEn(),
        population.persons,
        population.households,
        seed,
        out,
        raking.iterations(),
        raking.maxRelativeError() * 100,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        result.takeUp().compulsorySiCompliance(),
        result.takeUp().voluntarySiIntercept(),
        result.takeUp().hiIntercept(),
        result.uiBenefitClaim());
    err.flush();
    return 0;
  }
}
