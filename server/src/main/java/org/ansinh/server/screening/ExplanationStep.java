package org.ansinh.server.screening;

import java.time.LocalDate;
import java.util.List;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.server.lawbrowser.LawValue;

/**
 * One step of an explanation as the screener shows it: a variable's value, how it was produced
 * (given, default, or the formula in force and its legal basis), the parameters it read and the
 * steps it was computed from. Built from the engine's {@code Explanation} tree.
 *
 * @param source {@code input}, {@code default} or {@code formula}
 * @param since for a formula, the first day of the version used
 * @param shownAbove whether this step was already shown higher in the same explanation
 */
record ExplanationStep(
    String variable,
    String label,
    LawValue value,
    String source,
    String since,
    String basis,
    List<ParameterUse> parameters,
    List<ExplanationStep> inputs,
    boolean shownAbove) {

  /**
   * A parameter as a formula read it: the value in force and the provision it comes from.
   *
   * @param from the first day of the value used
   * @param uncertain why the value is not certain, or null
   */
  record ParameterUse(
      String path,
      String description,
      LawValue value,
      LocalDate from,
      Reference reference,
      String uncertain) {}
}
