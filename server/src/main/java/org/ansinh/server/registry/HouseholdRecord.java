package org.ansinh.server.registry;

import java.util.List;
import java.util.Map;

/**
 * A household as the registry holds it: every field by name (as {@link RegistryFields} lists them:
 * {@code household_code}, {@code ward_code}, {@code address}, then the law's household inputs; a
 * null value is not recorded), the version an update must name, and its members when read with
 * them.
 */
public record HouseholdRecord(
    long id, int wardCode, int version, Map<String, Object> fields, List<PersonRecord> members) {

  public String code() {
    return (String) fields.get("household_code");
  }

  HouseholdRecord withMembers(List<PersonRecord> m) {
    return new HouseholdRecord(id, wardCode, version, fields, m);
  }
}
