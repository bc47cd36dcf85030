package org.ansinh.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen: keeps cookies, does not follow redirects, and posts forms with the
 * CSRF token the last page carried. For tests of the web app's rules; what a person sees is tested
 * in Chromium.
 */
public final class WebClient {

  /** Status, Location header and body of one answer. */
  public record Page(int status, String location, String html) {}

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");

  private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

  private final int port;
  private final HttpClient client;
  private String csrf;

  public WebClient(int port) {
    this.port = port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build());
  }

  /** Posts a form with the CSRF token of the last page read (unless {@code withCsrf} is false). */
  public Page post(String path, Map<String, String> fields, boolean withCsrf) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (withCsrf && csrf != null) {
      all.put("_csrf", csrf);
    }
    StringBuilder body = new StringBuilder();
    all.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", HTML)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Signs in through the form; returns the answer to the form's post. */
  public Page signIn(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password), true);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF.matcher(r.body());
      if (m.find()) {
        csrf = m.group(1) != null ? m.group(1) : m.group(2);
      }
      return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
