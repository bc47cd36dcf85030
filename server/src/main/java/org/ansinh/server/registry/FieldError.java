package org.ansinh.server.registry;

/**
 * What is wrong with one field of a record, in Vietnamese and English.
 *
 * @param row the file's row (1 = the header; data from 2), or 0 for a record sent to the API
 * @param allowed what the field accepts ("0–12", "MALE, FEMALE"), or null
 */
public record FieldError(
    int row, String field, String messageVi, String messageEn, String allowed) {

  /** Both languages, Vietnamese first. */
  public String message() {
    return messageVi + " / " + messageEn;
  }

  FieldError atRow(int r) {
    return new FieldError(r, field, messageVi, messageEn, allowed);
  }
}
