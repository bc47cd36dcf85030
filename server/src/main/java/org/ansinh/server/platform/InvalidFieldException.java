package org.ansinh.server.platform;

/**
 * A request that names something wrong: answered as a 400 problem document with the field (a dotted
 * path into the request, or a query parameter's name) and, when there is one, what is allowed.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;
  private final String allowed;

  public InvalidFieldException(String field, String message) {
    this(field, message, null);
  }

  public InvalidFieldException(String field, String message, String allowed) {
    super(message);
    this.field = field;
    this.allowed = allowed;
  }

  public String field() {
    return field;
  }

  /** What the field accepts (a range, a list, a format), or null. */
  public String allowed() {
    return allowed;
  }
}
