package org.ansinh.server.registry;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry's conflicts as RFC 9457 problem documents (409; 410 for an expired import), naming
 * the field as platform's ApiProblems does. Ordered first: ApiProblems answers every other
 * RuntimeException with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

  static final URI STALE = URI.create("urn:ansinh:problem:stale-version");
  static final URI DUPLICATE = URI.create("urn:ansinh:problem:duplicate");
  static final URI PROBABLE_DUPLICATE = URI.create("urn:ansinh:problem:probable-duplicate");
  static final URI IMPORT_EXPIRED = URI.create("urn:ansinh:problem:import-expired");

  @ExceptionHandler(StaleVersionException.class)
  ProblemDetail stale(StaleVersionException e) {
    ProblemDetail p =
        problem(
            HttpStatus.CONFLICT,
            STALE,
            "Hồ sơ đã thay đổi / The record has changed",
            e.getMessage(),
            "version");
    p.setProperty("current_version", e.current());
    return p;
  }

  @ExceptionHandler(DuplicateRecordException.class)
  ProblemDetail duplicate(DuplicateRecordException e) {
    ProblemDetail p =
        problem(
            HttpStatus.CONFLICT,
            e.certain() ? DUPLICATE : PROBABLE_DUPLICATE,
            e.certain()
                ? "Hồ sơ đã có / Already in the registry"
                : "Có thể trùng hồ sơ / Probable duplicate",
            e.getMessage(),
            e.field());
    p.setProperty("matches", e.matches());
    return p;
  }

  /** 410: the preview existed but its rows are gone; the hint says what to do. */
  @ExceptionHandler(ImportExpiredException.class)
  ProblemDetail expired(ImportExpiredException e) {
    ProblemDetail p =
        problem(
            HttpStatus.GONE,
            IMPORT_EXPIRED,
            "Bản xem trước đã hết hạn / The preview expired",
            e.getMessage(),
            "id");
    p.setProperty("hint", "POST /api/v1/registry/imports");
    return p;
  }

  private static ProblemDetail problem(
      HttpStatus status, URI type, String title, String detail, String field) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title);
    p.setProperty("field", field);
    return p;
  }
}
