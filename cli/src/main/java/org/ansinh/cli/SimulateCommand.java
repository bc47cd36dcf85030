package org.ansinh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.simulation.population.PopulationFacts;
import org.ansinh.simulation.reform.ReformComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A reform against the baseline: newly reachable persons and annual budget cost, by group. */
@Command(
    name = "simulate",
    description = {
      "Compare reforms with the baseline over a population: persons newly eligible or freed of a",
      "residence or affordability barrier, and the annual budget cost (upper bound: all take it up)."
    })
final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--population", required = true, description = "Population CSV (from generate)")
  Path file;

  @Option(
      names = "--period",
      defaultValue = "2026-01",
      description = "Month (default: ${DEFAULT-VALUE})")
  String period;

  @Option(
      names = "--reform",
      required = true,
      split = ",",
      description = "Reform name(s), applied in order (see: ansinh reforms)")
  List<String> reforms;

  @Option(
      names = "--set",
      description = "A reform setting, e.g. --set voluntary_si_support.rate=0.4")
  Map<String, String> settings = new HashMap<>();

  @Option(
      names = "--by",
      split = ",",
      description = "Group by some of: sector, residence, migrant, ward")
  List<String> by = new ArrayList<>();

  @Option(names = "--out", description = "Folder for simulate.csv and simulate.json")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Reform reform = null;
    for (String name : reforms) {
      Map<String, String> own = new HashMap<>();
      settings.forEach(
          (k, v) -> {
            if (k.startsWith(name + ".")) {
              own.put(k.substring(name.length() + 1), v);
            } else if (!k.contains(".") || reforms.stream().noneMatch(r -> k.startsWith(r + "."))) {
              throw new IllegalArgumentException(
                  "--set " + k + ": settings are REFORM.KEY for a reform named in --reform");
            }
          });
      Reform r = VietnamReforms.byName(name, own);
      reform = reform == null ? r : reform.andThen(r);
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read population file " + file);
    }
    Period p = Period.parse(period);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population =
        new PopulationCsvReader(legislation, p, Runtime.getRuntime().availableProcessors())
            .read(file, null);
    List<ReformComparison.Row> rows =
        ReformComparison.compare(population, legislation, reform, p, by);
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        reform.titleEn()
            + " — "
            + p
            + ", no behavioural response; costs are upper bounds (all newly reachable take up)");
    w.printf(
        "%-26s %-28s %14s %14s %14s %18s %14s%n",
        "group",
        "programme",
        "eligible before",
        "eligible after",
        "newly reachable",
        "annual cost (VND)",
        "cost/newly");
    double totalCost = 0;
    double totalNewly = 0;
    for (ReformComparison.Row r : rows) {
      if (r.eligibleBaseline() == 0 && r.eligibleReform() == 0) {
        continue;
      }
      totalCost += r.annualCost();
      totalNewly += r.newlyReachable();
      w.printf(
          "%-26s %-28s %,14.0f %,14.0f %,14.0f %,18.0f %14s%n",
          r.group(),
          r.programme().labelEn(),
          r.eligibleBaseline(),
          r.eligibleReform(),
          r.newlyReachable(),
          r.annualCost(),
          r.newlyReachable() > 0
              ? String.format("%,.0f", r.annualCost() / r.newlyReachable())
              : "");
    }
    w.printf(
        "TOTAL: %,.0f persons newly reachable, %,.0f VND a year (%,.1f billion)%n",
        totalNewly, totalCost, totalCost / 1e9);
    w.flush();
    if (out != null) {
      write(rows, out);
      w.println("→ " + out.resolve("simulate.csv") + ", " + out.resolve("simulate.json"));
    }
    return 0;
  }

  private static void write(List<ReformComparison.Row> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv =
        new StringBuilder(
            "group,programme,eligible_baseline,eligible_reform,newly_reachable,annual_cost_continuing,annual_cost_newly\n");
    List<Object> json = new ArrayList<>();
    for (ReformComparison.Row r : rows) {
      csv.append(r.group())
          .append(',')
          .append(r.programme().name())
          .append(',')
          .append(Math.round(r.eligibleBaseline()))
          .append(',')
          .append(Math.round(r.eligibleReform()))
          .append(',')
          .append(Math.round(r.newlyReachable()))
          .append(',')
          .append(Math.round(r.annualCostContinuing()))
          .append(',')
          .append(Math.round(r.annualCostNewly()))
          .append('\n');
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", r.group());
      m.put("programme", r.programme().name());
      m.put("eligible_baseline", r.eligibleBaseline());
      m.put("eligible_reform", r.eligibleReform());
      m.put("newly_reachable", r.newlyReachable());
      m.put("annual_cost_continuing", r.annualCostContinuing());
      m.put("annual_cost_newly", r.annualCostNewly());
      json.add(m);
    }
    Files.writeString(dir.resolve("simulate.csv"), csv);
    Files.writeString(dir.resolve("simulate.json"), Json.write(json));
  }
}
