package org.ansinh.server.lawbrowser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.parameter.Bracket;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.parameter.Reference;

/**
 * A parameter's value history as the law browser lists it, latest first: each dated value with its
 * unit, the provision it comes from, and why it is uncertain if it is.
 *
 * @param from the first day the value is in force
 * @param until the day the next value takes over, or null for the value in force now
 * @param brackets a schedule's brackets (from a threshold on, an amount), empty for a single value
 * @param ended whether the parameter stops being in force on {@code from}
 */
record ParameterHistory(
    LocalDate from,
    LocalDate until,
    LawValue value,
    List<Step> brackets,
    boolean ended,
    Reference reference,
    String uncertain,
    String note) {

  /** One bracket of a schedule: from {@code threshold} on, {@code amount}. */
  record Step(LawValue threshold, LawValue amount) {}

  static List<ParameterHistory> of(Parameter p) {
    List<ParameterHistory> out = new ArrayList<>();
    LocalDate next = null;
    for (ParameterValue v : p.values().descendingMap().values()) {
      out.add(
          new ParameterHistory(
              v.start(),
              next,
              LawValue.of(v),
              steps(p, v),
              v.ended(),
              v.reference(),
              v.uncertain(),
              v.note()));
      next = v.start();
    }
    return out;
  }

  private static List<Step> steps(Parameter p, ParameterValue v) {
    List<Step> out = new ArrayList<>();
    if (v.scale() != null) {
      for (Bracket b : v.scale().brackets()) {
        out.add(
            new Step(
                LawValue.of(b.threshold(), p.thresholdUnit()), LawValue.of(b.amount(), v.unit())));
      }
    }
    return out;
  }

  /** The folders above a parameter, outermost first, for the breadcrumb. */
  static List<ParameterFolder> folders(Parameter p, ParameterTree tree) {
    List<ParameterFolder> out = new ArrayList<>();
    String[] parts = p.path().split("\\.");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      path.append(i == 0 ? "" : ".").append(parts[i]);
      String[] d = tree.folderDescription(path.toString());
      out.add(
          new ParameterFolder(
              path.toString(),
              d == null ? parts[i] : d[0],
              d == null ? parts[i] : d[1],
              List.of(),
              List.of()));
    }
    return out;
  }
}
