package org.ansinh.server.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every API error as an RFC 9457 problem document with a stable {@code type}, a bilingual {@code
 * title}, the {@code field} at fault (a dotted path into the body, or a parameter's name) and, when
 * known, what is {@code allowed}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  static final URI INVALID_FIELD = URI.create("urn:ansinh:problem:invalid-field");
  static final URI NOT_FOUND = URI.create("urn:ansinh:problem:not-found");
  static final URI MALFORMED_BODY = URI.create("urn:ansinh:problem:malformed-body");

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, INVALID_FIELD, e.getMessage(), e.field());
    if (e.allowed() != null) {
      p.setProperty("allowed", e.allowed());
    }
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, NOT_FOUND, e.getMessage(), e.field());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        INVALID_FIELD,
        "'" + e.getValue() + "' is not a valid " + e.getName(),
        e.getName());
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            problem(
                HttpStatus.BAD_REQUEST,
                INVALID_FIELD,
                "parameter " + e.getParameterName() + " is required",
                e.getParameterName()));
  }

  /** Unreadable JSON: the path Jackson reached names the field; else the body as a whole. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String detail = "the request body is not valid JSON";
    if (e.getCause() instanceof StreamReadException j) {
      // A syntax error: the path Jackson had reached is where reading stopped, not a field.
      if (j.getLocation() != null && j.getLocation().getLineNr() > 0) {
        detail +=
            " (line "
                + j.getLocation().getLineNr()
                + ", column "
                + j.getLocation().getColumnNr()
                + ")";
      }
    } else if (e.getCause() instanceof JacksonException j) {
      detail = "a value has the wrong type";
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference r : j.getPath()) {
        if (r.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      if (!path.isEmpty()) {
        field = path.toString();
      }
      if (j.getLocation() != null && j.getLocation().getLineNr() > 0) {
        detail +=
            " (line "
                + j.getLocation().getLineNr()
                + ", column "
                + j.getLocation().getColumnNr()
                + ")";
      }
    } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body")) {
      detail = "a JSON request body is required";
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, MALFORMED_BODY, detail, field));
  }

  /**
   * Spring's own errors (unknown path, wrong method or media type…) keep Spring's problem document
   * and gain the field they concern.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (request instanceof ServletWebRequest web && !isApi(web.getRequest())) {
      try {
        web.getResponse().sendError(status.value()); // the web app's error page, not JSON
      } catch (java.io.IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
      return null;
    }
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail p) {
      if (p.getProperties() == null || !p.getProperties().containsKey("field")) {
        p.setProperty("field", fieldOf(e));
      }
    }
    return response;
  }

  /** Anything unforeseen: a 500 that says nothing of the request's data (it may be personal). */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException
        || !isApi(request)) {
      // Spring Security answers the first two (401 to the anonymous, 403 to the signed-in);
      // a page's error goes to the web app's error page.
      throw e;
    }
    log.error("Unexpected error answering a request", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "the server could not answer; the error is logged");
    p.setTitle("Lỗi máy chủ / Server error");
    p.setProperty("field", null);
    return p;
  }

  /** The API answers with problem documents; the web app's pages with its error page. */
  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String fieldOf(Exception e) {
    if (e instanceof HttpRequestMethodNotSupportedException) {
      return "method";
    }
    if (e instanceof HttpMediaTypeNotSupportedException) {
      return "Content-Type";
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return "Accept";
    }
    return "path";
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String detail, String field) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title(type));
    p.setProperty("field", field);
    log.debug("{} on field {}", type, field);
    return p;
  }

  private static String title(URI type) {
    if (type.equals(NOT_FOUND)) {
      return "Không tìm thấy / Not found";
    }
    if (type.equals(MALFORMED_BODY)) {
      return "Nội dung yêu cầu không đọc được / Unreadable request body";
    }
    return "Dữ liệu không hợp lệ / Invalid input";
  }
}
