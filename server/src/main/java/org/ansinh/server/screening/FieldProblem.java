package org.ansinh.server.screening;

import java.util.List;

/**
 * A field of the screener's form that is wrong: its name, the message key saying why (in {@code
 * messages/screening_*.properties}) and the message's arguments (the allowed range, say).
 */
record FieldProblem(String field, String message, List<Object> arguments) {

  static FieldProblem of(String field, String message, Object... arguments) {
    return new FieldProblem(field, message, List.of(arguments));
  }

  /** The message's argument at {@code i}, or an empty string (templates pass two). */
  public Object arg(int i) {
    return i < arguments.size() ? arguments.get(i) : "";
  }

  /** The message key of the field's label, as the form shows it. */
  public String label() {
    return "screening.field." + field;
  }
}
