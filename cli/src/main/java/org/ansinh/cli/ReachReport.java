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
import org.ansinh.simulation.access.Estimate;
import org.ansinh.simulation.access.ReachByGroup;

/** {@code access --reach}: the reach table printed in Vietnamese or English, and its files. */
final class ReachReport {

  private ReachReport() {}

  static void print(List<ReachByGroup.Row> rows, PrintWriter w, boolean vi) {
    w.println(
        vi
            ? "Tiếp cận theo nhóm: % người có việc làm của nhóm (dòng trẻ em: % trẻ 6–14 tuổi)"
            : "Reach by group: % of the group's workers (the children's row: % of children 6–14)");
    w.printf(
        "%-28s %-32s %13s %22s%n",
        vi ? "nhóm" : "group",
        vi ? "chỉ tiêu" : "column",
        vi ? "số người" : "persons",
        vi ? "tỷ lệ (KTC 95%)" : "share (95% CI)");
    for (ReachByGroup.Row r : rows) {
      if (r.persons() == 0) {
        continue;
      }
      Estimate e = r.share();
      w.printf(
          Locale.ROOT,
          "%-28s %-32s %,13.0f %22s%n",
          r.group(),
          vi ? r.column().labelVi() : r.column().labelEn(),
          r.persons(),
          String.format(
              Locale.ROOT,
              "%.1f%% (%.1f–%.1f)",
              100 * e.value(),
              100 * e.low95(),
              100 * e.high95()));
    }
    w.flush();
  }

  /** {@code reach.csv} and {@code reach.json} in {@code dir}. */
  static void write(List<ReachByGroup.Row> rows, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv =
        new StringBuilder("group,column,among,persons,share,share_se,share_low95,share_high95\n");
    List<Object> json = new ArrayList<>();
    for (ReachByGroup.Row r : rows) {
      String among = r.column().amongChildren() ? "children_6_14" : "workers";
      Estimate e = r.share();
      csv.append(r.group())
          .append(',')
          .append(r.column().name())
          .append(',')
          .append(among)
          .append(',')
          .append(Math.round(r.persons()));
      for (double v : new double[] {e.value(), e.standardError(), e.low95(), e.high95()}) {
        csv.append(',').append(v);
      }
      csv.append('\n');
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", r.group());
      m.put("column", r.column().name());
      m.put("among", among);
      m.put("persons", r.persons());
      m.put("share", AccessCommand.estimate(e));
      json.add(m);
    }
    Files.writeString(dir.resolve("reach.csv"), csv);
    Files.writeString(dir.resolve("reach.json"), Json.write(json));
  }
}
