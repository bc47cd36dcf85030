package org.ansinh.server.registry;

/**
 * An update named a version of the record that is no longer current: someone else changed it first.
 * Answered 409 with the current version; the caller re-reads and decides.
 */
public class StaleVersionException extends RuntimeException {

  private final int current;

  public StaleVersionException(String entity, long id, int given, int current) {
    super(
        "Hồ sơ "
            + entity
            + " "
            + id
            + " đã được người khác sửa (phiên bản "
            + given
            + " → "
            + current
            + ") / "
            + entity
            + " "
            + id
            + " was changed by someone else (version "
            + given
            + " is now "
            + current
            + ")");
    this.current = current;
  }

  public int current() {
    return current;
  }
}
