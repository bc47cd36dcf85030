package org.ansinh.engine.yamltest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.engine.period.Period;

/** Finds and reads YAML test files: one case or a list of cases per file. */
public final class YamlTestFiles {

  private YamlTestFiles() {}

  /** Every {@code .yaml}/{@code .yml} file under the given files or folders, sorted. */
  public static List<Path> find(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new SituationException("no such file or folder: " + root);
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * @throws SituationException naming the file and case when a case lacks a period or output
   */
  public static List<YamlTestCase> read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<YamlTestCase> parse(String source, String text) {
    Object doc;
    try {
      doc = YamlFiles.read(text);
    } catch (RuntimeException e) {
      throw new SituationException(source + ": not valid YAML: " + e.getMessage());
    }
    List<?> items = doc instanceof List<?> l ? l : doc == null ? List.of() : List.of(doc);
    List<YamlTestCase> cases = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = source + "#" + (i + 1);
      if (!(items.get(i) instanceof Map<?, ?> m)) {
        throw new SituationException(where + ": a case is a map");
      }
      Object period = m.get("period");
      if (period == null) {
        throw new SituationException(where + ": missing period");
      }
      if (!(m.get("output") instanceof Map<?, ?> output)) {
        throw new SituationException(where + ": missing output");
      }
      Map<?, ?> input = m.get("input") instanceof Map<?, ?> in ? in : Map.of();
      List<String> reforms = new ArrayList<>();
      if (m.get("reforms") instanceof List<?> rl) {
        rl.forEach(r -> reforms.add(String.valueOf(r)));
      } else if (m.get("reforms") != null) {
        reforms.add(String.valueOf(m.get("reforms")));
      }
      try {
        cases.add(
            new YamlTestCase(
                where,
                m.get("name") == null ? null : String.valueOf(m.get("name")),
                m.get("description") == null ? null : String.valueOf(m.get("description")),
                Period.parse(String.valueOf(period)),
                number(m.get("absolute_error_margin")),
                number(m.get("relative_error_margin")),
                reforms,
                input,
                output));
      } catch (IllegalArgumentException e) {
        throw new SituationException(where + ": " + e.getMessage());
      }
    }
    return cases;
  }

  private static double number(Object o) {
    if (o == null) {
      return 0;
    }
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException("error margin must be a number, got '" + o + "'");
  }
}
