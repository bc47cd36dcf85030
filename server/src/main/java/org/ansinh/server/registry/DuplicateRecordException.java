package org.ansinh.server.registry;

import java.util.List;

/**
 * A new record matches one already in the registry. {@code certain}: the same national ID (refused;
 * update the existing person instead). Otherwise probable: the same folded name and birth date in
 * the same household, which the caller may confirm as a different person. Answered 409 naming the
 * field and the matching ids the actor may see.
 */
public class DuplicateRecordException extends RuntimeException {

  private final boolean certain;
  private final String field;
  private final List<Long> matches;

  public DuplicateRecordException(boolean certain, String field, List<Long> matches, String msg) {
    super(msg);
    this.certain = certain;
    this.field = field;
    this.matches = List.copyOf(matches);
  }

  public boolean certain() {
    return certain;
  }

  public String field() {
    return field;
  }

  public List<Long> matches() {
    return matches;
  }
}
