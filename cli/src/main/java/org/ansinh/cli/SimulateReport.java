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
import org.ansinh.engine.io.Json;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.simulation.reform.ProgrammeChange;
import org.ansinh.simulation.reform.ReformCharts;
import org.ansinh.simulation.reform.WinnersAndLosers;

/** The simulate command's table, CSV, JSON and charts. */
final class SimulateReport {

  private static final String CSV_HEADER =
      "group,programme,eligible_baseline,eligible_reform,beneficiaries_baseline,"
          + "beneficiaries_reform,newly_reachable,gap_baseline,gap_closed,gap_closed_share,"
          + "annual_cost_baseline,annual_cost_reform,annual_cost_change,annual_cost_continuing,"
          + "annual_cost_newly,cost_per_newly_reachable\n";

  private SimulateReport() {}

  static void print(List<ProgrammeChange> rows, List<WinnersAndLosers> winners, PrintWriter w) {
    w.printf(
        "%-24s %-40s %13s %12s %12s %12s %10s %19s %14s%n",
        "group",
        "programme",
        "benef. before",
        "benef. after",
        "newly reach.",
        "gap before",
        "gap closed",
        "cost change (VND/y)",
        "cost/newly");
    double cost = 0;
    double newly = 0;
    for (ProgrammeChange r : rows) {
      if (r.eligibleBaseline() == 0 && r.eligibleReform() == 0) {
        continue;
      }
      cost += r.annualCost();
      newly += r.newlyReachable();
      w.printf(
          Locale.ROOT,
          "%-24s %-40s %,13.0f %,12.0f %,12.0f %,12.0f %10s %,19.0f %14s%n",
          r.group(),
          r.programme().labelEn(),
          r.beneficiariesBaseline(),
          r.beneficiariesReform(),
          r.newlyReachable(),
          r.gapBaseline(),
          Double.isNaN(r.gapClosedShare())
              ? ""
              : String.format(Locale.ROOT, "%.1f%%", 100 * r.gapClosedShare()),
          r.annualCost(),
          !r.programme().cost().priced()
              ? "not priced"
              : r.newlyReachable() > 0
                  ? String.format(Locale.ROOT, "%,.0f", r.costPerNewlyReachable())
                  : "");
    }
    w.printf(
        "%n%-24s %14s %12s %14s %12s %14s%n",
        "group", "persons", "winners", "mean gain/y", "losers", "mean loss/y");
    for (WinnersAndLosers x : winners) {
      w.printf(
          Locale.ROOT,
          "%-24s %,14.0f %,12.0f %,14.0f %,12.0f %,14.0f%n",
          x.group(),
          x.persons(),
          x.winners(),
          x.meanGain(),
          x.losers(),
          x.meanLoss());
    }
    w.println(
        "Costs: state-budget payments of each programme (see docs/analysis.md); \"not priced\":"
            + " the model has no state-cost variable for it.");
    w.printf(
        Locale.ROOT,
        "TOTAL: %,.0f persons newly reachable, %,.0f VND a year (%,.1f billion)%s%n",
        newly,
        cost,
        cost / 1e9,
        newly > 0
            ? String.format(Locale.ROOT, ", %,.0f VND per newly reachable person", cost / newly)
            : "");
  }

  static void write(
      Reform reform,
      Period period,
      List<ProgrammeChange> rows,
      List<ProgrammeChange> wards,
      List<WinnersAndLosers> winners,
      Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("simulate.csv"), csv(rows));
    Files.writeString(dir.resolve("simulate-ward.csv"), csv(wards));
    StringBuilder w = new StringBuilder("group,persons,winners,mean_gain,losers,mean_loss\n");
    for (WinnersAndLosers x : winners) {
      w.append(x.group())
          .append(',')
          .append(Math.round(x.persons()))
          .append(',')
          .append(Math.round(x.winners()))
          .append(',')
          .append(Math.round(x.meanGain()))
          .append(',')
          .append(Math.round(x.losers()))
          .append(',')
          .append(Math.round(x.meanLoss()))
          .append('\n');
    }
    Files.writeString(dir.resolve("simulate-winners.csv"), w);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("reform", reform.name());
    json.put("title_vi", reform.titleVi());
    json.put("title_en", reform.titleEn());
    json.put("period", period.toString());
    json.put(
        "note",
        "No behavioural response; after-reform beneficiaries and costs assume every newly"
            + " reachable person takes the programme up (upper bounds). VND a year.");
    json.put("rows", rows.stream().map(SimulateReport::json).toList());
    json.put("by_ward", wards.stream().map(SimulateReport::json).toList());
    List<Object> wl = new ArrayList<>();
    for (WinnersAndLosers x : winners) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", x.group());
      m.put("persons", x.persons());
      m.put("winners", x.winners());
      m.put("mean_gain", x.meanGain());
      m.put("losers", x.losers());
      m.put("mean_loss", x.meanLoss());
      wl.add(m);
    }
    json.put("winners_and_losers", wl);
    Files.writeString(dir.resolve("simulate.json"), Json.write(json));
    Files.writeString(dir.resolve("simulate-newly.svg"), ReformCharts.newlyReachable(rows));
    Files.writeString(dir.resolve("simulate-cost.svg"), ReformCharts.annualCost(rows));
  }

  private static String csv(List<ProgrammeChange> rows) {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (ProgrammeChange r : rows) {
      csv.append(r.group()).append(',').append(r.programme().name());
      for (double x :
          new double[] {
            r.eligibleBaseline(),
            r.eligibleReform(),
            r.beneficiariesBaseline(),
            r.beneficiariesReform(),
            r.newlyReachable(),
            r.gapBaseline(),
            r.gapClosed()
          }) {
        csv.append(',').append(Math.round(x));
      }
      csv.append(',').append(Double.isNaN(r.gapClosedShare()) ? "" : r.gapClosedShare());
      for (double x :
          new double[] {
            r.annualCostBaseline(),
            r.annualCostReform(),
            r.annualCost(),
            r.annualCostContinuing(),
            r.annualCostNewly()
          }) {
        csv.append(',').append(Math.round(x));
      }
      csv.append(',')
          .append(
              r.programme().cost().priced() && r.newlyReachable() > 0
                  ? Long.toString(Math.round(r.costPerNewlyReachable()))
                  : "");
      csv.append('\n');
    }
    return csv.toString();
  }

  private static Map<String, Object> json(ProgrammeChange r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group", r.group());
    m.put("programme", r.programme().name());
    m.put("eligible_baseline", r.eligibleBaseline());
    m.put("eligible_reform", r.eligibleReform());
    m.put("beneficiaries_baseline", r.beneficiariesBaseline());
    m.put("beneficiaries_reform", r.beneficiariesReform());
    m.put("newly_reachable", r.newlyReachable());
    m.put("gap_baseline", r.gapBaseline());
    m.put("gap_closed", r.gapClosed());
    m.put("gap_closed_share", r.gapClosedShare());
    m.put("annual_cost_baseline", r.annualCostBaseline());
    m.put("annual_cost_reform", r.annualCostReform());
    m.put("annual_cost_change", r.annualCost());
    m.put("annual_cost_continuing", r.annualCostContinuing());
    m.put("annual_cost_newly", r.annualCostNewly());
    m.put(
        "cost_per_newly_reachable",
        r.programme().cost().priced() ? r.costPerNewlyReachable() : Double.NaN);
    m.put("state_cost_priced", r.programme().cost().priced());
    return m;
  }
}
