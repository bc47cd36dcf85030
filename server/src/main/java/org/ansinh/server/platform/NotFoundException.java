package org.ansinh.server.platform;

/** A resource the request names does not exist: a 404 problem document naming the field. */
public class NotFoundException extends RuntimeException {

  private final String field;

  public NotFoundException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
