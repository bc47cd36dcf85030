package org.ansinh.engine.simulation;

/** A calculation that cannot be done: a cycle, a wrong period, a formula error. */
public class CalculationException extends RuntimeException {

  public CalculationException(String message) {
    super(message);
  }

  public CalculationException(String message, Throwable cause) {
    super(message, cause);
  }
}
