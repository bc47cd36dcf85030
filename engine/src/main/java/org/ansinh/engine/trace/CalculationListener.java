package org.ansinh.engine.trace;

import java.time.LocalDate;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.variable.Variable;

/**
 * Observes a simulation: which variable is computed from what. Tracing and dependency discovery are
 * both listeners, so the hot path pays one interface call when neither is on.
 */
public interface CalculationListener {

  CalculationListener NONE = new CalculationListener() {};

  /** {@code v} is about to be produced for {@code period}; {@code cached} when already known. */
  default void enter(Variable<?> v, Period period, boolean cached) {}

  /**
   * {@code v} was produced.
   *
   * @param source {@code input}, {@code default}, or the formula's version
   * @param basis the formula's legal basis, or null
   */
  default void exit(Variable<?> v, Period period, Object values, String source, String basis) {}

  default void parameterRead(Parameter parameter, LocalDate date, ParameterValue value) {}
}
