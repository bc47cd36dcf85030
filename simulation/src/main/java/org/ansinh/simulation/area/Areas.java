package org.ansinh.simulation.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the shipped lists of units (see {@code areas/README.md} for provenance). */
public final class Areas {

  private Areas() {}

  /**
   * @param resource a file under {@code areas/} on the class path
   */
  public static List<Area> load(String resource) {
    InputStream in = Areas.class.getClassLoader().getResourceAsStream("areas/" + resource);
    if (in == null) {
      throw new IllegalArgumentException("no area file areas/" + resource);
    }
    List<Area> areas = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(r.readLine());
      int line = 1;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        List<String> f = split(text);
        try {
          areas.add(
              new Area(
                  Integer.parseInt(f.get(header.indexOf("code"))),
                  f.get(header.indexOf("name")),
                  f.get(header.indexOf("name_en")),
                  AreaType.fromFile(f.get(header.indexOf("type"))),
                  Integer.parseInt(f.get(header.indexOf("province_code"))),
                  Double.parseDouble(f.get(header.indexOf("area_km2_gis"))),
                  f.get(header.indexOf("old_districts")),
                  Integer.parseInt(f.get(header.indexOf("n_old_units")))));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "areas/" + resource + " line " + line + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(areas);
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
