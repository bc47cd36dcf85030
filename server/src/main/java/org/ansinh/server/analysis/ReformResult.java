package org.ansinh.server.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.simulation.reform.WinnersAndLosers;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reform job keeps: the reform and its settings, and against the baseline the figures by the
 * requested groups, by ward, and the winners and losers. No behavioural response; upper bounds.
 */
record ReformResult(
    String reform,
    String titleVi,
    String titleEn,
    Map<String, String> settings,
    String period,
    Integer ward,
    int persons,
    int households,
    List<String> by,
    String note,
    List<ReformFigure> rows,
    List<ReformFigure> byWard,
    List<WinnersAndLosers> winnersAndLosers) {

  static final String JSON_FILE = "reform.json";

  static final String NOTE =
      "Không tính phản ứng hành vi; số người hưởng và chi phí sau cải cách là cận trên (mọi người"
          + " mới có thể tiếp cận đều tham gia). VND mỗi năm. / No behavioural response; after-reform"
          + " beneficiaries and costs assume every newly reachable person takes the programme up"
          + " (upper bounds). VND a year.";

  /**
   * Totals over the groups of the programmes the reform changes: newly reachable persons, the
   * baseline gap, the gap closed, the change in the annual cost. (Over every programme the gap
   * closed would be diluted by the gaps of programmes the reform does not touch.)
   */
  double[] totals() {
    java.util.Set<String> changed = new java.util.HashSet<>();
    rows.stream().filter(ReformFigure::touched).forEach(f -> changed.add(f.programme()));
    double[] t = new double[4];
    for (ReformFigure f : rows) {
      if (changed.contains(f.programme())) {
        t[0] += f.newlyReachable();
        t[1] += f.gapBaseline();
        t[2] += f.gapClosed();
        t[3] += f.annualCostChange();
      }
    }
    return t;
  }

  List<ResultFile> files(JsonMapper json) {
    Table groups = table("reform", rows);
    Table wards = table("reform-ward", byWard);
    Table winners =
        Table.of(
            "winners", List.of("group", "persons", "winners", "mean_gain", "losers", "mean_loss"));
    for (WinnersAndLosers w : winnersAndLosers) {
      winners.add(
          w.group(),
          (double) Math.round(w.persons()),
          (double) Math.round(w.winners()),
          (double) Math.round(w.meanGain()),
          (double) Math.round(w.losers()),
          (double) Math.round(w.meanLoss()));
    }
    List<ResultFile> files = new ArrayList<>();
    files.add(ResultFile.text("reform.csv", ResultFile.CSV, groups.csv()));
    files.add(ResultFile.text("reform-ward.csv", ResultFile.CSV, wards.csv()));
    files.add(ResultFile.text("reform-winners.csv", ResultFile.CSV, winners.csv()));
    files.add(
        new ResultFile(
            "reform.xlsx", ResultFile.XLSX, Table.xlsx(List.of(groups, wards, winners))));
    files.add(new ResultFile(JSON_FILE, ResultFile.JSON, json.writeValueAsBytes(this)));
    return files;
  }

  private static Table table(String sheet, List<ReformFigure> figures) {
    Table t =
        Table.of(
            sheet,
            List.of(
                "group",
                "programme",
                "eligible_baseline",
                "eligible_reform",
                "beneficiaries_baseline",
                "beneficiaries_reform",
                "newly_reachable",
                "gap_baseline",
                "gap_closed",
                "gap_closed_share",
                "annual_cost_baseline",
                "annual_cost_reform",
                "annual_cost_change",
                "annual_cost_continuing",
                "annual_cost_newly",
                "cost_per_newly_reachable"));
    for (ReformFigure f : figures) {
      t.add(
          f.group(),
          f.programme(),
          (double) Math.round(f.eligibleBaseline()),
          (double) Math.round(f.eligibleReform()),
          (double) Math.round(f.beneficiariesBaseline()),
          (double) Math.round(f.beneficiariesReform()),
          (double) Math.round(f.newlyReachable()),
          (double) Math.round(f.gapBaseline()),
          (double) Math.round(f.gapClosed()),
          f.gapClosedShare(),
          (double) Math.round(f.annualCostBaseline()),
          (double) Math.round(f.annualCostReform()),
          (double) Math.round(f.annualCostChange()),
          (double) Math.round(f.annualCostContinuing()),
          (double) Math.round(f.annualCostNewly()),
          f.costPerNewlyReachable() == null
              ? null
              : (double) Math.round(f.costPerNewlyReachable()));
    }
    return t;
  }
}
