package org.ansinh.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.period.Period;
import org.ansinh.simulation.access.AccessTable;
import picocli.CommandLine.Option;

/** The options the analysis commands share: which population, which month, grouped how. */
final class AnalysisOptions {

  @Option(names = "--population", required = true, description = "Population CSV (from generate)")
  Path file;

  @Option(
      names = "--period",
      defaultValue = "2026-01",
      description = "Month (default: ${DEFAULT-VALUE})")
  String period;

  @Option(
      names = "--by",
      split = ",",
      description = "Group by some of: sector, household_sector, residence, migrant, ward")
  List<String> by = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress on stderr")
  boolean quiet;

  /**
   * The month, once {@code --by} is known to name only known dimensions: a bad request is refused
   * before the population is read.
   */
  Period checkedPeriod() {
    AccessTable.checkDimensions(by);
    return Period.parse(period);
  }
}
