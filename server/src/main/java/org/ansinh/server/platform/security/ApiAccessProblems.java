package org.ansinh.server.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API caller who is not signed in (401, with the Basic challenge) or may not do what they asked
 * (403) gets an RFC 9457 problem document like every other API error, not an HTML page.
 */
final class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final URI UNAUTHENTICATED = URI.create("urn:ansinh:problem:unauthenticated");
  static final URI FORBIDDEN = URI.create("urn:ansinh:problem:forbidden");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void commence(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"AnSinh\", charset=\"UTF-8\"");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        UNAUTHENTICATED,
        "Chưa đăng nhập / Not signed in",
        "sign in with HTTP Basic (the account's username and password)");
  }

  @Override
  public void handle(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException e)
      throws IOException {
    write(
        response,
        HttpStatus.FORBIDDEN,
        FORBIDDEN,
        "Không có quyền / Forbidden",
        "this account may not do this here");
  }

  private static void write(
      HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
      throws IOException {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title);
    p.setProperty("field", null);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), p);
  }
}
