package org.ansinh.server.analysis;

import java.nio.charset.StandardCharsets;

/** One downloadable result of a job: a table, a document or a chart. */
record ResultFile(String name, String mediaType, byte[] content) {

  static final String CSV = "text/csv; charset=utf-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String JSON = "application/json";
  static final String SVG = "image/svg+xml";

  static ResultFile text(String name, String mediaType, String text) {
    return new ResultFile(name, mediaType, text.getBytes(StandardCharsets.UTF_8));
  }

  String format() {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
