package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spring's own errors are problem documents naming what is wrong, like the API's. */
@ServerIntegrationTest
class ProblemsIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @Test
  void anUnknownPathNamesThePath() {
    Api.Answer answer =
        new Api(port)
            .as(TestAccounts.open(accounts, Role.LEADER, null, null), TestAccounts.PASSWORD)
            .get("/api/v1/nothing-here");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("field").asString()).isEqualTo("path");
  }

  @Test
  void aMissingPageIsTheWebAppsErrorPageNotJson() {
    WebClient web = new WebClient(port);
    web.signIn(TestAccounts.open(accounts, Role.LEADER, null, null), TestAccounts.PASSWORD);
    WebClient.Page page = web.get("/no-such-page");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.html()).contains("Không tìm thấy trang");
  }

  @Test
  void aWrongMethodNamesTheMethod() {
    Api.Answer answer = new Api(port).get("/api/v1/calculate");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.json().get("field").asString()).isEqualTo("method");
  }
}
