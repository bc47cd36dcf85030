package org.ansinh.server.registry;

import java.util.List;

/**
 * One field of a household or person record: its name (the column, the CSV/XLSX header and the key
 * in the API's {@code fields}), what it holds and what it accepts. Law inputs come from the
 * engine's variable metadata; the registry's own fields (codes, ward, role, national ID, name) are
 * declared in {@link RegistryFields}.
 *
 * @param allowed the accepted values of an enumeration, else empty
 * @param min the smallest accepted number, or null
 * @param max the largest accepted number, or null
 * @param lawInput whether it is an input variable of the law (named as the variable)
 */
public record RegistryField(
    String name,
    Level level,
    Kind kind,
    List<String> allowed,
    Long min,
    Long max,
    boolean required,
    boolean lawInput,
    String labelVi,
    String labelEn) {

  /** Which record the field belongs to. */
  public enum Level {
    HOUSEHOLD,
    PERSON,
    /** A person's enrolment in a scheme (table {@code enrolment}): not a column of import files. */
    ENROLMENT
  }

  /** What the field holds; each kind has one text form in files, history and the API. */
  public enum Kind {
    TEXT,
    INTEGER,
    MONEY,
    DECIMAL,
    BOOLEAN,
    DATE,
    ENUM
  }

  /** What the field accepts, in words both languages read: "0–12", "MALE, FEMALE", "YYYY-MM-DD". */
  public String accepts() {
    return switch (kind) {
      case ENUM -> String.join(", ", allowed);
      case DATE -> "YYYY-MM-DD";
      case BOOLEAN -> "true/false, 1/0";
      case TEXT -> null;
      default ->
          min == null && max == null
              ? null
              : (min == null ? "" : min) + "–" + (max == null ? "" : String.valueOf(max));
    };
  }
}
