package org.ansinh.simulation.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads the shipped lists of units (see {@code areas/README.md} for provenance). */
public final class Areas {

  private Areas() {}

  /**
   * @param resource a file under {@code areas/} on the class path
   */
  public static List<Area> load(String resource) {
    List<Area> areas = new ArrayList<>();
    read(
        resource,
        (header, f) ->
            areas.add(
                new Area(
                    Integer.parseInt(f.get(header.indexOf("code"))),
                    f.get(header.indexOf("name")),
                    f.get(header.indexOf("name_en")),
                    AreaType.fromFile(f.get(header.indexOf("type"))),
                    Integer.parseInt(f.get(header.indexOf("province_code"))),
                    Double.parseDouble(f.get(header.indexOf("area_km2_gis"))),
                    f.get(header.indexOf("old_districts")),
                    Integer.parseInt(f.get(header.indexOf("n_old_units"))))));
    return List.copyOf(areas);
  }

  /** A pre-2025 ward or commune a new unit absorbed, whole or in part. */
  public record FormerUnit(int code, String name, String share, String district) {}

  /**
   * The pre-2025 units each new unit absorbed, by new unit code: the {@code old_units} column,
   * written {@code code:name:full|partial:district} and separated by {@code |}.
   */
  public static Map<Integer, List<FormerUnit>> formerUnits(String resource) {
    Map<Integer, List<FormerUnit>> out = new LinkedHashMap<>();
    read(
        resource,
        (header, f) -> {
          List<FormerUnit> units = new ArrayList<>();
          for (String unit : f.get(header.indexOf("old_units")).split("\\|")) {
            String[] parts = unit.trim().split(":", 4);
            if (parts.length != 4) {
              throw new IllegalArgumentException("old_units entry '" + unit + "'");
            }
            units.add(new FormerUnit(Integer.parseInt(parts[0]), parts[1], parts[2], parts[3]));
          }
          out.put(Integer.parseInt(f.get(header.indexOf("code"))), List.copyOf(units));
        });
    return out;
  }

  /** Each data line of an area file, split, with the header; errors name file and line. */
  private static void read(String resource, BiConsumer<List<String>, List<String>> row) {
    InputStream in = Areas.class.getClassLoader().getResourceAsStream("areas/" + resource);
    if (in == null) {
      throw new IllegalArgumentException("no area file areas/" + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(r.readLine());
      int line = 1;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          row.accept(header, split(text));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "areas/" + resource + " line " + line + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a CSV line, honouring double quotes. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(ch);
      }
    }
    fields.add(f.toString());
    return fields;
  }
}
