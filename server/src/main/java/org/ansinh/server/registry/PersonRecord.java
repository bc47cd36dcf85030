package org.ansinh.server.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person as the registry holds it: every field by name ({@code role}, {@code national_id}, {@code
 * full_name}, …, then the law's person inputs; null is not recorded), the household they belong to
 * and its ward, and the version an update must name.
 */
public record PersonRecord(
    long id,
    long householdId,
    String householdCode,
    int wardCode,
    int version,
    Map<String, Object> fields) {

  public String fullName() {
    return (String) fields.get("full_name");
  }

  public String nationalId() {
    return (String) fields.get("national_id");
  }

  /** The same record with the national ID replaced (masked for an analyst). */
  PersonRecord withNationalId(String shown) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    f.put("national_id", shown);
    return new PersonRecord(id, householdId, householdCode, wardCode, version, f);
  }
}
