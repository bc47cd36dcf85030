package org.ansinh.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.calibration.CalibrationReport;
import org.ansinh.simulation.calibration.CalibrationTargets;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Each calibration target, its source, the value a population reaches, and the error. */
@Command(
    name = "calibration",
    description = "Compare a population file with the published targets.")
final class CalibrationCommand implements Callable<Integer> {

  @Option(names = "--population", required = true, description = "Population CSV (from generate)")
  Path file;

  @Option(
      names = "--city",
      required = true,
      description = "hcm or hanoi (whose targets to compare with)")
  String city;

  @Option(
      names = "--period",
      defaultValue = "2026-01",
      description = "Month (default: ${DEFAULT-VALUE})")
  String period;

  @Option(names = "--json", description = "Print JSON")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read population file " + file);
    }
    City c = City.parse(city);
    Period p = Period.parse(period);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population =
        new PopulationCsvReader(legislation, p, Runtime.getRuntime().availableProcessors())
            .read(file, null);
    List<CalibrationReport.Row> rows =
        CalibrationReport.of(population, legislation, p, CalibrationTargets.of(c));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Object> list = new ArrayList<>();
      for (CalibrationReport.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", r.key());
        m.put("label", r.label());
        m.put("reached", r.reached());
        if (r.target() != null) {
          m.put("target", r.target().value());
          m.put("year", r.target().year());
          m.put("source", r.target().source());
          m.put("quality", r.target().quality());
          m.put("relative_error", r.relativeError());
        }
        list.add(m);
      }
      out.println(Json.write(list));
    } else {
      out.printf("%-62s %16s %16s %9s  %s%n", "indicator", "target", "reached", "error", "source");
      for (CalibrationReport.Row r : rows) {
        out.printf(
            "%-62s %16s %16s %9s  %s%n",
            r.label(),
            r.target() == null ? "—" : number(r.target().value()),
            number(r.reached()),
            r.target() == null ? "" : String.format("%+.1f%%", 100 * r.relativeError()),
            r.target() == null
                ? "(no published target)"
                : r.target().source()
                    + " ["
                    + r.target().year()
                    + ", "
                    + r.target().quality()
                    + "]");
      }
    }
    out.flush();
    return 0;
  }

  private static String number(double v) {
    return Math.abs(v) < 1
        ? String.format("%.4f", v)
        : Math.abs(v) < 100 ? String.format("%.2f", v) : String.format("%,.0f", v);
  }
}
