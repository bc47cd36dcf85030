package org.ansinh.server.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ansinh.server.Api;
import org.ansinh.server.TestAccounts;

/** Uploads (multipart) and downloads (bytes) over real HTTP, signed in with HTTP Basic. */
final class Files {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;
  private final String authorization;

  Files(int port, String username) {
    this.port = port;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  Api.Answer upload(String fileName, byte[] content) {
    String boundary = "----ansinh" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    body.writeBytes(head);
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/registry/imports"))
            .header("Authorization", authorization)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> a = send(r, HttpResponse.BodyHandlers.ofString());
    return new Api.Answer(
        a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.body());
  }

  byte[] download(String path) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", authorization)
            .GET()
            .build();
    HttpResponse<byte[]> a = send(r, HttpResponse.BodyHandlers.ofByteArray());
    if (a.statusCode() != 200) {
      throw new AssertionError("download " + path + ": " + a.statusCode());
    }
    return a.body();
  }

  private static <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> handler) {
    try {
      return CLIENT.send(r, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
