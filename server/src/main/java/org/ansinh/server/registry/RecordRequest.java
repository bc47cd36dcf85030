package org.ansinh.server.registry;

import java.util.Map;
import org.ansinh.server.platform.InvalidFieldException;

/**
 * The body of a create or update: the fields (by name, as {@code GET /api/v1/registry/fields} lists
 * them), the evidence and reason for the change history, on update the version read (or an {@code
 * If-Match} header), and whether the caller confirms a probable duplicate is another person.
 */
record RecordRequest(
    Map<String, Object> fields,
    Integer version,
    String evidence,
    String reason,
    Boolean confirmProbableDuplicate) {

  Map<String, Object> fieldsOrEmpty() {
    return fields == null ? Map.of() : fields;
  }

  RegistryChange change() {
    return new RegistryChange(evidence, reason);
  }

  boolean confirmed() {
    return Boolean.TRUE.equals(confirmProbableDuplicate);
  }

  /**
   * The version to update from: the If-Match header's ({@code "3"} or {@code W/"3"}) or the body's.
   */
  int versionFrom(String ifMatch) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new InvalidFieldException(
            "If-Match",
            "If-Match không phải phiên bản / If-Match is not a version",
            "\"<version>\"");
      }
    }
    if (version == null) {
      throw new InvalidFieldException(
          "version",
          "Cần phiên bản đã đọc (version hoặc If-Match) / The version read is required (version or"
              + " If-Match)");
    }
    return version;
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }
}
