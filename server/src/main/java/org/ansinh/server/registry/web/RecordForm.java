package org.ansinh.server.registry.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.server.registry.FieldError;
import org.ansinh.server.registry.RegistryField;

/**
 * What a record's form shows (a person, a household, an enrolment, a move): each field's text, the
 * error next to a field (in both languages; the page shows one), the evidence and reason of the
 * change, the version the form was read at, and what happened to the last submission (someone else
 * changed the record first; a probable duplicate to confirm).
 */
final class RecordForm {

  /** An error next to a field, in Vietnamese and English. */
  record Message(String vi, String en) {}

  private final Map<String, String> values;
  private final Map<String, Message> errors = new HashMap<>();
  private final Map<String, String> yours = new HashMap<>();
  private String evidence = "";
  private String reason = "";
  private final int version;
  private boolean stale;
  private boolean probableDuplicate;

  private RecordForm(Map<String, String> values, int version) {
    this.values = values;
    this.version = version;
  }

  /** The form of a record as recorded: its values by field name, and its version. */
  static RecordForm of(Map<String, Object> values, int version, List<RegistryField> fields) {
    Map<String, String> v = new LinkedHashMap<>();
    for (RegistryField f : fields) {
      v.put(f.name(), text(values.get(f.name())));
    }
    return new RecordForm(v, version);
  }

  /** A blank form for a new record. */
  static RecordForm blank() {
    return new RecordForm(new LinkedHashMap<>(), 0);
  }

  /** The form as submitted, to be shown again with its errors. */
  static RecordForm submitted(
      Map<String, String> values, int version, String evidence, String reason) {
    RecordForm f = new RecordForm(new LinkedHashMap<>(values), version);
    f.evidence = evidence == null ? "" : evidence;
    f.reason = reason == null ? "" : reason;
    return f;
  }

  /**
   * The record as it now is, after someone else changed it: the current values and version, with
   * what this officer had entered kept beside each field they changed.
   */
  RecordForm staleAgainst(RecordForm current) {
    RecordForm f = new RecordForm(current.values, current.version);
    values.forEach(
        (k, v) -> {
          if (!v.equals(current.values.getOrDefault(k, ""))) {
            f.yours.put(k, v);
          }
        });
    f.evidence = evidence;
    f.reason = reason;
    f.stale = true;
    return f;
  }

  void errors(List<FieldError> list) {
    for (FieldError e : list) {
      errors.putIfAbsent(e.field(), new Message(e.messageVi(), e.messageEn()));
    }
  }

  void error(String field, Message m) {
    errors.put(field, m);
  }

  void probableDuplicate() {
    probableDuplicate = true;
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public Message errorOf(String field) {
    return errors.get(field);
  }

  public String yours(String field) {
    return yours.get(field);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public String evidence() {
    return evidence;
  }

  public String reason() {
    return reason;
  }

  public int version() {
    return version;
  }

  public boolean stale() {
    return stale;
  }

  public boolean isProbableDuplicate() {
    return probableDuplicate;
  }

  /** A value as the form's text: plain numbers, ISO dates, constant names, true/false. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  /** The fields of a record the form posted, by name; anything else in the post is not a field. */
  static Map<String, String> posted(Map<String, String> params, List<RegistryField> fields) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (RegistryField f : fields) {
      String v = params.get(f.name());
      if (v != null) {
        raw.put(f.name(), v);
      }
    }
    return raw;
  }
}
