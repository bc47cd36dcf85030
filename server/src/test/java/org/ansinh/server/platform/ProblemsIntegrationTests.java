package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spring's own errors are problem documents naming what is wrong, like the API's. */
@ServerIntegrationTest
class ProblemsIntegrationTests {

  @LocalServerPort int port;

  @Test
  void anUnknownPathNamesThePath() {
    Api.Answer answer = new Api(port).get("/api/v1/nothing-here");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("field").asString()).isEqualTo("path");
  }

  @Test
  void aWrongMethodNamesTheMethod() {
    Api.Answer answer = new Api(port).get("/api/v1/calculate");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.json().get("field").asString()).isEqualTo("method");
  }
}
