package org.ansinh.engine.parameter;

/** A parameter file is malformed, or a parameter was asked for a date it does not cover. */
public class ParameterException extends RuntimeException {

  public ParameterException(String message) {
    super(message);
  }

  public ParameterException(String message, Throwable cause) {
    super(message, cause);
  }
}
