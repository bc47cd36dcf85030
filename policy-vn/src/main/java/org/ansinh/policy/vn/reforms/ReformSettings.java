package org.ansinh.policy.vn.reforms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The settings a reform is built with: each checked against its definition, defaults filled in.
 * Every error names the reform, the setting and what is allowed.
 */
public final class ReformSettings {

  private final LocalDate from;
  private final Map<String, Double> values;

  private ReformSettings(LocalDate from, Map<String, Double> values) {
    this.from = from;
    this.values = values;
  }

  /**
   * @throws IllegalArgumentException for an unknown setting, a value that is not a number (or not a
   *     whole one where required) or out of range, or a malformed {@code from}
   */
  static ReformSettings resolve(ReformDefinition def, Map<String, String> given) {
    for (String key : given.keySet()) {
      if (!key.equals(ReformDefinition.FROM) && def.setting(key) == null) {
        throw new IllegalArgumentException(
            def.name() + " has no setting '" + key + "'; it has " + def.settingKeys());
      }
    }
    LocalDate from = ReformDefinition.DEFAULT_FROM;
    String date = given.get(ReformDefinition.FROM);
    if (date != null) {
      try {
        from = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            def.name() + ": setting 'from' must be a date YYYY-MM-DD, got '" + date + "'", e);
      }
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (ReformSetting s : def.settings()) {
      if (s.key().equals(ReformDefinition.FROM)) {
        continue;
      }
      String text = given.get(s.key());
      if (text == null) {
        if (s.defaultValue() != null) {
          values.put(s.key(), s.defaultValue());
        }
        continue;
      }
      values.put(s.key(), check(def, s, text));
    }
    return new ReformSettings(from, values);
  }

  private static double check(ReformDefinition def, ReformSetting s, String text) {
    double x;
    try {
      x = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      x = Double.NaN;
    }
    boolean bad = Double.isNaN(x) || x < s.min() || x > s.max() || (s.whole() && x != Math.rint(x));
    if (bad) {
      throw new IllegalArgumentException(
          def.name()
              + ": setting '"
              + s.key()
              + "' must be "
              + (s.whole() ? "a whole number" : "a number")
              + " from "
              + ReformSetting.number(s.min())
              + " to "
              + ReformSetting.number(s.max())
              + ", got '"
              + text
              + "'");
    }
    return x;
  }

  /** The first day the reform applies. */
  public LocalDate from() {
    return from;
  }

  /** A setting that has a default. */
  public double number(String key) {
    Double x = values.get(key);
    if (x == null) {
      throw new IllegalStateException("setting " + key + " has no value and no default");
    }
    return x;
  }

  /** A setting whose default is not one number: empty when the analyst did not set it. */
  public OptionalDouble optional(String key) {
    Double x = values.get(key);
    return x == null ? OptionalDouble.empty() : OptionalDouble.of(x);
  }
}
