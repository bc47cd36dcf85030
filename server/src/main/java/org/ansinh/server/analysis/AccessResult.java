package org.ansinh.server.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.simulation.access.Barrier;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an access job keeps: the figures by the requested groups and by ward, for the month asked,
 * over the persons of the snapshot. Written once as JSON, CSV and XLSX; the dashboard reads the
 * JSON back, and the charts are drawn from it in the reader's language ({@link ResultCharts}).
 */
record AccessResult(
    String period,
    Integer ward,
    int persons,
    int households,
    List<String> by,
    List<AccessFigure> rows,
    List<AccessFigure> byWard) {

  static final String JSON_FILE = "access.json";

  List<ResultFile> files(JsonMapper json) {
    List<ResultFile> files = new ArrayList<>();
    Table groups = table("access", rows);
    Table wards = table("access-ward", byWard);
    files.add(ResultFile.text("access.csv", ResultFile.CSV, groups.csv()));
    files.add(ResultFile.text("access-ward.csv", ResultFile.CSV, wards.csv()));
    files.add(new ResultFile("access.xlsx", ResultFile.XLSX, Table.xlsx(List.of(groups, wards))));
    files.add(new ResultFile(JSON_FILE, ResultFile.JSON, json.writeValueAsBytes(this)));
    return files;
  }

  private static Table table(String sheet, List<AccessFigure> figures) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "group",
                "programme",
                "persons",
                "eligible",
                "reached",
                "eligible_share",
                "eligible_share_se",
                "reached_share",
                "reached_share_se",
                "gap_share",
                "gap_share_low95",
                "gap_share_high95",
                "main_barrier"));
    for (Barrier b : Barrier.values()) {
      if (b != Barrier.NONE) {
        header.add("barrier_" + b.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    Table t = Table.of(sheet, header);
    for (AccessFigure f : figures) {
      List<Object> cells =
          new ArrayList<>(
              List.of(
                  f.group(),
                  f.programme(),
                  (double) Math.round(f.persons()),
                  (double) Math.round(f.eligible()),
                  (double) Math.round(f.reached()),
                  f.eligibleShare(),
                  f.eligibleShareSe(),
                  f.reachedShare(),
                  f.reachedShareSe(),
                  f.gapShare(),
                  f.gapLow95(),
                  f.gapHigh95(),
                  f.mainBarrier()));
      for (Barrier b : Barrier.values()) {
        if (b != Barrier.NONE) {
          cells.add(f.barriers().getOrDefault(b.name(), 0.0));
        }
      }
      t.add(cells.toArray());
    }
    return t;
  }
}
