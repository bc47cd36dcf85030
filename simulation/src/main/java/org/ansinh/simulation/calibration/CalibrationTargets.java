package org.ansinh.simulation.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.simulation.population.City;

/** The targets of {@code calibration/targets.yaml} for one city, by key. */
public final class CalibrationTargets {

  private final Map<String, Target> targets;

  private CalibrationTargets(Map<String, Target> targets) {
    this.targets = targets;
  }

  public static CalibrationTargets of(City city) {
    String file = "calibration/targets.yaml";
    try (InputStream in = CalibrationTargets.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + file + " on the class path");
      }
      Object doc = YamlFiles.read(in);
      Map<String, Target> out = new LinkedHashMap<>();
      if (doc instanceof Map<?, ?> all && all.get(city.key()) instanceof Map<?, ?> cityTargets) {
        for (var e : cityTargets.entrySet()) {
          if (e.getValue() instanceof Map<?, ?> t && t.get("value") instanceof Number n) {
            out.put(
                String.valueOf(e.getKey()), target(String.valueOf(e.getKey()), n.doubleValue(), t));
          }
        }
      }
      return new CalibrationTargets(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Target target(String key, double value, Map<?, ?> t) {
    String source = "";
    if (t.get("source") instanceof Map<?, ?> s) {
      source =
          String.join(
                  ", ",
                  nonNull(s.get("title")),
                  nonNull(s.get("publisher")),
                  nonNull(s.get("date")))
              .replaceAll("(, )+$", "");
    }
    return new Target(
        key,
        value,
        nonNull(t.get("unit")),
        nonNull(t.get("year")),
        nonNull(t.get("universe")),
        source,
        nonNull(t.get("quality")),
        nonNull(t.get("note")));
  }

  private static String nonNull(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  public Optional<Target> get(String key) {
    return Optional.ofNullable(targets.get(key));
  }

  /** The first of several keys a city's file may use for the same figure. */
  public Optional<Target> first(String... keys) {
    for (String k : keys) {
      if (targets.containsKey(k)) {
        return Optional.of(targets.get(k));
      }
    }
    return Optional.empty();
  }

  public Map<String, Target> all() {
    return targets;
  }
}
