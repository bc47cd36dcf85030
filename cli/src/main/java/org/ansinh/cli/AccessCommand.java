package org.ansinh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessCharts;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Estimate;
import org.ansinh.simulation.access.ReachByGroup;
import org.ansinh.simulation.population.PopulationFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Eligible by law, reached in fact, the gap and its barriers, by group. */
@Command(
    name = "access",
    description = {
      "De jure and de facto access: for each programme, the weighted share of eligible persons",
      "reached, the gap, and the barriers behind it, by group (sector, household_sector, residence, migrant, ward),",
      "with 95% confidence intervals (households as clusters, wards as strata)."
    })
final class AccessCommand implements Callable<Integer> {

  @Option(names = "--out", description = "Folder for access.csv, access.json and the charts (SVG)")
  Path out;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(
      names = "--reach",
      description = {
        "Also the reach table: among each group's workers, the share unregistered, known to the",
        "ward, insured, trained, holding a preferential loan or assisted in the last emergency, and",
        "among its children 6-14 the share in a public school, with 95% intervals (reach.csv, reach.json)"
      })
  boolean reach;

  @Mixin AnalysisOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Period p = options.checkedPeriod();
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Progress progress = new Progress(spec.commandLine().getErr(), options.quiet);
    Population population =
        PopulationFile.read(
            options.file,
            legislation,
            p,
            AccessAnalysis.inputsRead(legislation, null, p, false),
            progress);
    AccessAnalysis.Result result =
        AccessAnalysis.run(
            population,
            legislation,
            p,
            (stage, done, total) -> progress.show("computing (" + stage + ")", done, total));
    List<AccessTable.Row> rows = AccessTable.of(result, options.by);
    progress.done(String.format("%,d persons analysed", population.personCount()));
    print(rows, spec.commandLine().getOut(), lang.equals("vi"));
    List<ReachByGroup.Row> reachRows = reach ? ReachByGroup.of(result, options.by) : List.of();
    if (reach) {
      ReachReport.print(reachRows, spec.commandLine().getOut(), lang.equals("vi"));
    }
    if (out != null) {
      write(rows, out);
      if (reach) {
        ReachReport.write(reachRows, out);
      }
      spec.commandLine()
          .getOut()
          .println(
              "→ "
                  + out.resolve("access.csv")
                  + ", access.json, access-eligible-reached.svg, access-barriers.svg"
                  + (reach ? ", reach.csv, reach.json" : ""));
    }
    return 0;
  }

  private static void print(List<AccessTable.Row> rows, PrintWriter w, boolean vi) {
    w.printf(
        "%-28s %-40s %13s %8s %22s %7s  %s%n",
        vi ? "nhóm" : "group",
        vi ? "chính sách" : "programme",
        vi ? "đủ điều kiện" : "eligible",
        vi ? "% nhóm" : "% group",
        vi ? "tiếp cận (KTC 95%)" : "reached (95% CI)",
        vi ? "thiếu" : "gap",
        vi ? "rào cản chính (% người đủ ĐK)" : "main barrier (% of eligible)");
    for (AccessTable.Row r : rows) {
      if (r.eligible() == 0) {
        continue;
      }
      Barrier main = r.mainBarrier();
      w.printf(
          Locale.ROOT,
          "%-28s %-40s %,13.0f %7.1f%% %22s %6.1f%%  %s%n",
          r.group(),
          vi ? r.programme().labelVi() : r.programme().labelEn(),
          r.eligible(),
          100 * r.eligibleShare().value(),
          withInterval(r.reachedShare()),
          100 * r.gapShare().value(),
          main == Barrier.NONE
              ? ""
              : (vi ? main.labelVi() : main.labelEn())
                  + String.format(Locale.ROOT, " (%.1f%%)", 100 * r.barriers().get(main)));
    }
    w.println(
        vi
            ? "Khoảng tin cậy: tuyến tính hóa Taylor, hộ là cụm, phường là tầng (chỉ sai số chọn mẫu)."
            : "Intervals: Taylor linearisation, households as clusters, wards as strata"
                + " (sampling error only).");
    w.flush();
  }

  private static String withInterval(Estimate e) {
    return String.format(
        Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * e.value(), 100 * e.low95(), 100 * e.high95());
  }

  private static void write(List<AccessTable.Row> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv =
        new StringBuilder(
            "group,programme,persons,eligible,reached,eligible_share,eligible_share_se,"
                + "eligible_share_low95,eligible_share_high95,reached_share,reached_share_se,"
                + "reached_share_low95,reached_share_high95,gap_share,gap_share_low95,"
                + "gap_share_high95");
    for (Barrier b : Barrier.values()) {
      if (b != Barrier.NONE) {
        csv.append(",barrier_").append(b.name().toLowerCase(Locale.ROOT));
      }
    }
    csv.append('\n');
    List<Object> json = new ArrayList<>();
    for (AccessTable.Row r : rows) {
      csv.append(r.group()).append(',').append(r.programme().name());
      for (double x : new double[] {r.persons(), r.eligible(), r.reached()}) {
        csv.append(',').append(Math.round(x));
      }
      for (Estimate e : List.of(r.eligibleShare(), r.reachedShare())) {
        csv.append(',').append(e.value()).append(',').append(e.standardError());
        csv.append(',').append(e.low95()).append(',').append(e.high95());
      }
      Estimate gap = r.gapShare();
      csv.append(',').append(gap.value()).append(',').append(gap.low95());
      csv.append(',').append(gap.high95());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", r.group());
      m.put("programme", r.programme().name());
      m.put("persons", r.persons());
      m.put("eligible", r.eligible());
      m.put("reached", r.reached());
      m.put("eligible_share", estimate(r.eligibleShare()));
      m.put("reached_share", estimate(r.reachedShare()));
      m.put("gap_share", estimate(gap));
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
    Files.writeString(
        dir.resolve("access-eligible-reached.svg"), AccessCharts.eligibleAndReached(rows));
    Files.writeString(dir.resolve("access-barriers.svg"), AccessCharts.barriers(rows));
  }

  /** An estimate as JSON, its keys always in this order (a {@code Map.of} has none). */
  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", e.value());
    m.put("standard_error", e.standardError());
    m.put("low95", e.low95());
    m.put("high95", e.high95());
    return m;
  }
}
