package org.ansinh.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client on the test server's port: what a caller of the API sees. */
public final class Api {

  /** Status, content type and parsed body of one answer. */
  public record Answer(int status, String contentType, String text) {
    public JsonNode json() {
      return JSON.readTree(text);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;
  private final String authorization;

  public Api(int port) {
    this(port, null);
  }

  private Api(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  /** The same client signed in with HTTP Basic as this account. */
  public Api as(String username, String password) {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Api(port, "Basic " + token);
  }

  public Answer get(String path) {
    return send(request(path).GET().build());
  }

  public Answer post(String path, String json) {
    return send(json(request(path), json).POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public Answer put(String path, String json) {
    return send(json(request(path), json).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public Answer delete(String path) {
    return send(request(path).DELETE().build());
  }

  /** A request with any header pairs given ({@code "If-Match", "\"3\""}). */
  public Answer send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b = request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(
        b.method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, String body) {
    return b.header("Content-Type", "application/json");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
