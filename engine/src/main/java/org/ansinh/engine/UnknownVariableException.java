package org.ansinh.engine;

import java.util.List;

/** A variable name that the legislation does not define. */
public class UnknownVariableException extends IllegalArgumentException {

  public UnknownVariableException(String name, List<String> closest) {
    super(
        "unknown variable '"
            + name
            + "'"
            + (closest.isEmpty() ? "" : "; did you mean " + closest + "?"));
  }
}
