package org.ansinh.engine.parameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ansinh.engine.io.YamlFiles;

/**
 * Loads a parameter tree from YAML files, validating each one: a malformed file fails the load with
 * a message naming the file, the key path inside it and the problem. The format is in {@code
 * docs/parameter-format.md}.
 */
public final class ParameterLoader {

  private ParameterLoader() {}

  /** Loads every {@code .yaml} file under {@code root} on the class path (folder or jar). */
  public static ParameterTree fromClasspath(ClassLoader loader, String root) {
    URL url = loader.getResource(root);
    if (url == null) {
      throw new ParameterException("no parameter folder '" + root + "' on the class path");
    }
    Map<String, String> files = new TreeMap<>();
    try {
      if (url.getProtocol().equals("file")) {
        Path dir = Path.of(url.toURI());
        return fromDirectory(dir);
      }
      JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
      String prefix = root.endsWith("/") ? root : root + "/";
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".yaml")) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(
                entry.getName().substring(prefix.length()),
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new ParameterException("bad parameter folder URL " + url, e);
    }
    return fromTexts(files);
  }

  public static ParameterTree fromDirectory(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromTexts(files);
  }

  /** Loads from file texts keyed by relative path ({@code wages/base_salary.yaml}). */
  public static ParameterTree fromTexts(Map<String, String> files) {
    Map<String, Parameter> leaves = new HashMap<>();
    Map<String, String[]> folders = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String file = f.getKey();
      String path = file.substring(0, file.length() - ".yaml".length()).replace('/', '.');
      try {
        Object doc = YamlFiles.read(f.getValue());
        if (file.endsWith("index.yaml")) {
          String folder = path.endsWith(".index") ? path.substring(0, path.length() - 6) : "";
          Map<?, ?> m = asMap(doc, "");
          folders.put(folder, bilingual(m.get("description"), "description"));
        } else {
          leaves.put(path, parseLeaf(path, asMap(doc, "")));
        }
      } catch (RuntimeException e) {
        problems.add("parameters/" + file + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterException(
          problems.size() + " invalid parameter file(s):\n  " + String.join("\n  ", problems));
    }
    return new ParameterTree(leaves, folders);
  }

  /** Parses one leaf file; messages name the key path inside the file. */
  public static Parameter parseLeaf(String path, Map<?, ?> m) {
    String[] description = bilingual(m.get("description"), "description");
    String unit = requiredText(m, "unit", "");
    Object values = m.get("values");
    if (!(values instanceof Map<?, ?> history) || history.isEmpty()) {
      throw new IllegalArgumentException("values: missing or empty (a map of YYYY-MM-DD → value)");
    }
    TreeMap<LocalDate, ParameterValue> parsed = new TreeMap<>();
    for (Map.Entry<?, ?> e : history.entrySet()) {
      String where = "values." + e.getKey();
      LocalDate start = date(e.getKey(), where);
      parsed.put(start, parseValue(start, asMap(e.getValue(), where), unit, where));
    }
    LocalDate stillValid =
        m.get("last_value_still_valid_on") == null
            ? null
            : date(m.get("last_value_still_valid_on"), "last_value_still_valid_on");
    return new Parameter(
        path,
        description[0],
        description[1],
        unit,
        m.get("threshold_unit") == null ? null : String.valueOf(m.get("threshold_unit")),
        stillValid,
        m.get("uncertain") == null ? null : String.valueOf(m.get("uncertain")),
        parsed);
  }

  private static ParameterValue parseValue(
      LocalDate start, Map<?, ?> v, String unit, String where) {
    Object raw = v.get("value");
    Object brackets = v.get("brackets");
    if (raw != null && brackets != null) {
      throw new IllegalArgumentException(where + ": give either value or brackets, not both");
    }
    if (!v.containsKey("value") && brackets == null) {
      throw new IllegalArgumentException(where + ": missing value (or brackets)");
    }
    Double number = null;
    if (raw instanceof Number n) {
      number = n.doubleValue();
    } else if (raw instanceof Boolean b) {
      number = b ? 1.0 : 0.0;
    } else if (raw != null) {
      throw new IllegalArgumentException(where + ".value: not a number: '" + raw + "'");
    }
    Scale scale = brackets == null ? null : scale(brackets, v.get("below"), where + ".brackets");
    Reference reference = reference(v.get("reference"), where + ".reference");
    return new ParameterValue(
        start,
        number,
        scale,
        v.get("unit") == null ? unit : String.valueOf(v.get("unit")),
        reference,
        v.get("uncertain") == null ? null : String.valueOf(v.get("uncertain")),
        v.get("note") == null ? null : String.valueOf(v.get("note")));
  }

  private static Scale scale(Object raw, Object below, String where) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(
          where + ": expected a non-empty list of {threshold, amount}");
    }
    List<Bracket> brackets = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<?, ?> b = asMap(list.get(i), where + "[" + i + "]");
      brackets.add(
          new Bracket(
              number(b.get("threshold"), where + "[" + i + "].threshold"),
              number(b.get("amount"), where + "[" + i + "].amount")));
    }
    try {
      return new Scale(brackets, below == null ? 0 : number(below, where + ".below"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static Reference reference(Object raw, String where) {
    if (raw == null) {
      throw new IllegalArgumentException(where + ": missing (every value cites its legal source)");
    }
    Map<?, ?> r = asMap(raw, where);
    String document = requiredText(r, "document", where + ".");
    LocalDate effective = date(r.get("effective"), where + ".effective");
    return new Reference(
        document, text(r.get("title")), text(r.get("article")), effective, text(r.get("url")));
  }

  private static String[] bilingual(Object raw, String where) {
    if (raw instanceof Map<?, ?> m && m.get("vi") != null && m.get("en") != null) {
      return new String[] {String.valueOf(m.get("vi")).trim(), String.valueOf(m.get("en")).trim()};
    }
    throw new IllegalArgumentException(where + ": expected {vi: …, en: …}");
  }

  private static Map<?, ?> asMap(Object raw, String where) {
    if (raw instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException((where.isEmpty() ? "file" : where) + ": expected a map");
  }

  private static String requiredText(Map<?, ?> m, String key, String prefix) {
    Object v = m.get(key);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new IllegalArgumentException(prefix + key + ": missing");
    }
    return String.valueOf(v).trim();
  }

  private static String text(Object v) {
    return v == null ? null : String.valueOf(v).trim();
  }

  private static double number(Object v, String where) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(where + ": expected a number, got '" + v + "'");
  }

  private static LocalDate date(Object v, String where) {
    try {
      return LocalDate.parse(String.valueOf(v).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": expected a date YYYY-MM-DD, got '" + v + "'");
    }
  }
}
