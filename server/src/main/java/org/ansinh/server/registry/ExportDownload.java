package org.ansinh.server.registry;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A registry file as a download, for the API and the pages alike: its type and its file name. */
public final class ExportDownload {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private ExportDownload() {}

  /** {@code name.csv} or {@code name.xlsx}, streamed as it is written. */
  public static ResponseEntity<StreamingResponseBody> of(
      RegistryExport.Format format, String name, StreamingResponseBody body) {
    String file = name + "." + format.name().toLowerCase(Locale.ROOT);
    return ResponseEntity.ok()
        .contentType(format == RegistryExport.Format.XLSX ? XLSX : CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
