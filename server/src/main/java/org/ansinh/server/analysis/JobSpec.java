package org.ansinh.server.analysis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.simulation.access.AccessTable;

/**
 * A job checked field by field: what it computes (an access analysis, or a reform against the
 * baseline), for which month, grouped how, over which part of the registry. Every refusal names the
 * field ({@code kind}, {@code period}, {@code by[1]}, {@code reform}, {@code settings.rate}, {@code
 * ward}) and what it accepts.
 */
record JobSpec(
    JobKind kind,
    Period period,
    List<String> by,
    String reform,
    Map<String, String> settings,
    Integer ward) {

  /** What a dashboard shows unless asked otherwise: the seeds' two dimensions. */
  static final List<String> DEFAULT_BY = List.of("sector", "residence");

  /**
   * @param currentMonth the month when the request names none
   * @param knownWard whether a code is a unit of the registry's areas
   */
  static JobSpec check(JobRequest r, YearMonth currentMonth, IntPredicate knownWard) {
    if (r == null) {
      throw new InvalidFieldException("body", "a JSON request body is required");
    }
    JobKind kind = JobKind.parse(r.kind());
    Period period = period(r.period(), currentMonth);
    List<String> by = r.by() == null ? DEFAULT_BY : new java.util.ArrayList<>(r.by());
    for (int i = 0; i < by.size(); i++) {
      if (by.get(i) == null || !AccessTable.DIMENSIONS.contains(by.get(i))) {
        throw new InvalidFieldException(
            "by[" + i + "]",
            "unknown dimension '" + by.get(i) + "'",
            String.join(", ", AccessTable.DIMENSIONS));
      }
    }
    if (by.stream().distinct().count() < by.size()) {
      throw new InvalidFieldException("by", "a dimension is named twice", "each dimension once");
    }
    if (r.ward() != null && !knownWard.test(r.ward())) {
      throw new InvalidFieldException("ward", "no ward, commune or special zone " + r.ward());
    }
    Map<String, String> settings = settings(r.settings());
    if (kind == JobKind.ACCESS) {
      if (r.reform() != null) {
        throw new InvalidFieldException("reform", "only a reform job names a reform");
      }
      if (!settings.isEmpty()) {
        throw new InvalidFieldException("settings", "only a reform job has settings");
      }
      return new JobSpec(kind, period, List.copyOf(by), null, Map.of(), r.ward());
    }
    checkReform(r.reform(), settings);
    return new JobSpec(kind, period, List.copyOf(by), r.reform(), settings, r.ward());
  }

  /** The reform the job runs, built with its settings. */
  Reform buildReform() {
    return VietnamReforms.byName(reform, settings);
  }

  /** The request as stored and shown back: what the job was asked to do. */
  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.code());
    m.put("period", period.toString());
    m.put("by", by);
    if (reform != null) {
      m.put("reform", reform);
      m.put("settings", settings);
    }
    if (ward != null) {
      m.put("ward", ward);
    }
    return m;
  }

  private static Period period(String text, YearMonth currentMonth) {
    String p = text == null ? currentMonth.toString() : text.trim();
    try {
      YearMonth.parse(p);
      return Period.parse(p);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new InvalidFieldException("period", "'" + text + "' is not a month", "YYYY-MM");
    }
  }

  private static Map<String, String> settings(Map<String, Object> given) {
    Map<String, String> out = new LinkedHashMap<>();
    if (given != null) {
      given.forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
    }
    return out;
  }

  /**
   * policy-vn checks a reform's settings and names the setting in its message; each setting is
   * tried alone first, so the field at fault is the one named, whatever the message says.
   */
  private static void checkReform(String name, Map<String, String> settings) {
    if (name == null || name.isBlank()) {
      throw new InvalidFieldException(
          "reform", "a reform job names a reform", String.join(", ", VietnamReforms.names()));
    }
    if (!VietnamReforms.names().contains(name)) {
      throw new InvalidFieldException(
          "reform", "unknown reform '" + name + "'", String.join(", ", VietnamReforms.names()));
    }
    var definition =
        VietnamReforms.definitions().stream()
            .filter(d -> d.name().equals(name))
            .findFirst()
            .orElseThrow();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      var setting = definition.setting(e.getKey());
      if (setting == null) {
        throw new InvalidFieldException(
            "settings." + e.getKey(),
            name + " has no setting '" + e.getKey() + "'",
            String.join(", ", definition.settingKeys()));
      }
      try {
        VietnamReforms.byName(name, Map.of(e.getKey(), e.getValue()));
      } catch (IllegalArgumentException bad) {
        throw new InvalidFieldException(
            "settings." + e.getKey(),
            bad.getMessage(),
            e.getKey().equals("from") ? "YYYY-MM-DD" : setting.range());
      }
    }
    try {
      VietnamReforms.byName(name, settings); // settings that only clash together
    } catch (IllegalArgumentException bad) {
      throw new InvalidFieldException("settings", bad.getMessage());
    }
  }

  /** The kind in the words of the API. */
  enum JobKind {
    ACCESS,
    REFORM;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static JobKind parse(String text) {
      for (JobKind k : values()) {
        if (k.code().equals(text)) {
          return k;
        }
      }
      throw new InvalidFieldException(
          "kind",
          text == null ? "the kind is required" : "unknown kind '" + text + "'",
          "access, reform");
    }
  }
}
