package org.ansinh.cli;

import java.io.IOException;
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
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.population.PopulationFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Eligible by law, reached in fact, the gap and its barriers, by group. */
@Command(
    name = "access",
    description = {
      "De jure and de facto access: for each programme, the weighted share of eligible persons",
      "reached, the gap, and the barriers behind it, by group (sector, residence, migrant, ward)."
    })
final class AccessCommand implements Callable<Integer> {

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
      description = "Group by some of: sector, residence, migrant, ward")
  List<String> by = new ArrayList<>();

  @Option(names = "--out", description = "Folder for access.csv and access.json")
  Path out;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read population file " + file);
    }
    Period p = Period.parse(period);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population =
        new PopulationCsvReader(legislation, p, Runtime.getRuntime().availableProcessors())
            .read(file, null);
    List<AccessTable.Row> rows = AccessTable.of(AccessAnalysis.run(population, legislation, p), by);
    PrintWriter w = spec.commandLine().getOut();
    boolean vi = lang.equals("vi");
    w.printf(
        "%-28s %-30s %14s %9s %9s  %s%n",
        vi ? "nhóm" : "group",
        vi ? "chính sách" : "programme",
        vi ? "đủ điều kiện" : "eligible",
        vi ? "tiếp cận" : "reached",
        vi ? "khoảng trống" : "gap",
        vi ? "rào cản chính" : "main barrier");
    for (AccessTable.Row r : rows) {
      if (r.eligible() == 0) {
        continue;
      }
      Barrier main = r.mainBarrier();
      w.printf(
          "%-28s %-30s %,14.0f %8.1f%% %8.1f%%  %s%n",
          r.group(),
          vi ? r.programme().labelVi() : r.programme().labelEn(),
          r.eligible(),
          100 * r.reachedShare(),
          100 * r.gapShare(),
          main == Barrier.NONE
              ? ""
              : (vi ? main.labelVi() : main.labelEn())
                  + String.format(" (%.1f%% of eligible)", 100 * r.barriers().get(main)));
    }
    w.flush();
    if (out != null) {
      write(rows, out);
      w.println("→ " + out.resolve("access.csv") + ", " + out.resolve("access.json"));
    }
    return 0;
  }

  private static void write(List<AccessTable.Row> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv =
        new StringBuilder("group,programme,eligible,reached,reached_share,gap_share");
    for (Barrier b : Barrier.values()) {
      if (b != Barrier.NONE) {
        csv.append(",barrier_").append(b.name().toLowerCase());
      }
    }
    csv.append('\n');
    List<Object> json = new ArrayList<>();
    for (AccessTable.Row r : rows) {
      csv.append(r.group())
          .append(',')
          .append(r.programme().name())
          .append(',')
          .append(Math.round(r.eligible()))
          .append(',')
          .append(Math.round(r.reached()))
          .append(',')
          .append(r.reachedShare())
          .append(',')
          .append(r.gapShare());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", r.group());
      m.put("programme", r.programme().name());
      m.put("eligible", r.eligible());
      m.put("reached", r.reached());
      m.put("reached_share", r.reachedShare());
      Map<String, Object> barriers = new LinkedHashMap<>();
      for (Barrier b : Barrier.values()) {
        if (b != Barrier.NONE) {
          double share = r.barriers().getOrDefault(b, 0.0);
          csv.append(',').append(share);
          barriers.put(b.name(), share);
        }
      }
      csv.append('\n');
      m.put("barrier_shares_of_eligible", barriers);
      json.add(m);
    }
    Files.writeString(dir.resolve("access.csv"), csv);
    Files.writeString(dir.resolve("access.json"), Json.write(json));
  }
}
