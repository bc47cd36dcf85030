package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIntegrationTest
class OperationsIntegrationTests {

  @LocalServerPort int port;

  @Test
  void healthIsUpWithTheDatabase() {
    Api.Answer answer = new Api(port).get("/actuator/health");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void metricsAreInPrometheusFormat() {
    Api.Answer answer = new Api(port).get("/actuator/prometheus");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("hikaricp_connections").contains("jvm_memory_used_bytes");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Api.Answer answer = new Api(port).get("/v3/api-docs");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("paths").has("/api/v1/calculate")).isTrue();
    assertThat(answer.json().get("paths").has("/api/v1/areas")).isTrue();
    assertThat(new Api(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
  }
}
