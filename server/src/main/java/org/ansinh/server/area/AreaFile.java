package org.ansinh.server.area;

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

/**
 * The {@code old_units} column of a shipped area list: the pre-2025 units each new unit absorbed,
 * written {@code code:name:full|partial:district} and separated by {@code |}. (The rest of the file
 * is read by {@code simulation}'s {@code Areas}.)
 */
final class AreaFile {

  record FormerUnit(int code, String name, String share, String district) {}

  private AreaFile() {}

  /** Former units by new unit code. */
  static Map<Integer, List<FormerUnit>> formerUnits(String resource) {
    InputStream in = AreaFile.class.getClassLoader().getResourceAsStream("areas/" + resource);
    if (in == null) {
      throw new IllegalArgumentException("no area file areas/" + resource);
    }
    Map<Integer, List<FormerUnit>> out = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(r.readLine());
      int code = header.indexOf("code");
      int oldUnits = header.indexOf("old_units");
      int line = 1;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        List<String> f = split(text);
        List<FormerUnit> units = new ArrayList<>();
        for (String unit : f.get(oldUnits).split("\\|")) {
          String[] parts = unit.trim().split(":", 4);
          if (parts.length != 4) {
            throw new IllegalArgumentException(
                "areas/" + resource + " line " + line + ": old_units entry '" + unit + "'");
          }
          units.add(new FormerUnit(Integer.parseInt(parts[0]), parts[1], parts[2], parts[3]));
        }
        out.put(Integer.parseInt(f.get(code)), units);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
