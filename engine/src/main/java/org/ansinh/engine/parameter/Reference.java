package org.ansinh.engine.parameter;

import java.time.LocalDate;

/**
 * Where a legal value comes from.
 *
 * @param document the document number, e.g. {@code 73/2024/NĐ-CP}
 * @param title the document's title, or null
 * @param article the article, clause or point, or null
 * @param effective the date the provision takes effect
 * @param url a link to the text, or null
 */
public record Reference(
    String document, String title, String article, LocalDate effective, String url) {

  /** A short citation: document, article and effective date. */
  public String cite() {
    StringBuilder s = new StringBuilder(document);
    if (article != null) {
      s.append(", ").append(article);
    }
    if (effective != null) {
      s.append(" (").append(effective).append(')');
    }
    return s.toString();
  }
}
