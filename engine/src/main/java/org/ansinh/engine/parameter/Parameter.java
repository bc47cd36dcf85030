package org.ansinh.engine.parameter;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A legal parameter: its value history keyed by effective date, each value with its reference.
 *
 * @param path dotted name, the file's path under the parameter root
 * @param lastValueStillValidOn the latest date a source confirmed the last value, or null; makes a
 *     stale parameter visible
 */
public record Parameter(
    String path,
    String descriptionVi,
    String descriptionEn,
    String unit,
    String thresholdUnit,
    LocalDate lastValueStillValidOn,
    String uncertain,
    NavigableMap<LocalDate, ParameterValue> values) {

  public Parameter {
    values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    if (values.isEmpty()) {
      throw new IllegalArgumentException(path + ": no values");
    }
  }

  /**
   * The value in force on {@code date}.
   *
   * @throws ParameterException when the date is before the first value or after the parameter
   *     ended: asking a law that is not in force is an error, never a silent zero
   */
  public ParameterValue at(LocalDate date) {
    Map.Entry<LocalDate, ParameterValue> e = values.floorEntry(date);
    if (e == null) {
      throw new ParameterException(
          path + " has no value on " + date + " (first value from " + values.firstKey() + ")");
    }
    if (e.getValue().ended()) {
      throw new ParameterException(
          path + " is not in force on " + date + " (ended " + e.getKey() + ")");
    }
    return e.getValue();
  }

  /** Whether a value is in force on {@code date}. */
  public boolean inForce(LocalDate date) {
    Map.Entry<LocalDate, ParameterValue> e = values.floorEntry(date);
    return e != null && !e.getValue().ended();
  }

  /**
   * A copy whose history from the patch's first date on is the patch's: a reform that says "from
   * 2026-01-01, 50%" also replaces the baseline's later changes.
   */
  public Parameter patched(NavigableMap<LocalDate, ParameterValue> patch) {
    TreeMap<LocalDate, ParameterValue> merged =
        new TreeMap<>(values.headMap(patch.firstKey(), false));
    merged.putAll(patch);
    return new Parameter(
        path,
        descriptionVi,
        descriptionEn,
        unit,
        thresholdUnit,
        lastValueStillValidOn,
        uncertain,
        merged);
  }
}
