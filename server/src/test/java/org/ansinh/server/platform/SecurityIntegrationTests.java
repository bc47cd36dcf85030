package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may use what without an account, how one signs in, and how passwords are kept. */
@ServerIntegrationTest
class SecurityIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theLawIsPublic() {
    assertThat(new Api(port).get("/api/v1/parameters").status()).isEqualTo(200);
    assertThat(new WebClient(port).get("/").status()).isEqualTo(200);
  }

  @Test
  void theRestOfTheApiAsksForAnAccountWithAProblemDocument() {
    Api.Answer anonymous = new Api(port).get("/api/v1/registry-does-not-exist");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.json().get("type").asText())
        .isEqualTo("urn:ansinh:problem:unauthenticated");

    Api.Answer wrongPassword =
        new Api(port)
            .as(TestAccounts.open(accounts, Role.LEADER, null, null), "not the password")
            .get("/api/v1/registry-does-not-exist");
    assertThat(wrongPassword.status()).isEqualTo(401);

    Api.Answer signedIn =
        new Api(port)
            .as(TestAccounts.open(accounts, Role.LEADER, null, null), TestAccounts.PASSWORD)
            .get("/api/v1/registry-does-not-exist");
    assertThat(signedIn.status()).isEqualTo(404); // past the door, to a path that is not there
  }

  @Test
  void pagesBehindTheDoorSendTheVisitorToSignIn() {
    WebClient.Page page = new WebClient(port).get("/some-private-page");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
  }

  @Test
  void signingInNeedsTheFormsCsrfToken() {
    String officer = TestAccounts.open(accounts, Role.ANALYST, null, null);
    WebClient web = new WebClient(port);
    web.get("/login");
    WebClient.Page forged =
        web.post("/login", Map.of("username", officer, "password", TestAccounts.PASSWORD), false);
    assertThat(forged.status()).isEqualTo(403);

    WebClient.Page signedIn = web.signIn(officer, TestAccounts.PASSWORD);
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain("error");
    assertThat(web.get("/").html()).contains("Test Analyst").contains("Chuyên viên phân tích");
  }

  @Test
  void aWrongPasswordIsTurnedBackWithoutSayingWhichPartWasWrong() {
    String leader = TestAccounts.open(accounts, Role.LEADER, null, null);
    WebClient web = new WebClient(port);
    WebClient.Page answer = web.signIn(leader, "wrong");
    assertThat(answer.location()).endsWith("/login?error");
    assertThat(web.get("/login?error").html()).contains("Sai tên đăng nhập hoặc mật khẩu");
  }

  @Test
  void passwordsAreStoredOnlyAsHashes() {
    String leader = TestAccounts.open(accounts, Role.LEADER, null, null);
    String hash =
        jdbc.sql("select password_hash from account where username = ?")
            .param(leader)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
  }

  @Test
  void aRegistryWithoutAccountsGetsItsFirstAdministrator() {
    assertThat(accounts.actor("admin")).map(Actor::role).contains(Role.ADMIN);
  }

  @Test
  void vietnameseFirstEnglishOnRequestAndRemembered() {
    WebClient web = new WebClient(port);
    assertThat(web.get("/").html())
        .contains("lang=\"vi\"")
        .contains("An sinh xã hội cho mọi người");
    assertThat(web.get("/?lang=en").html())
        .contains("lang=\"en\"")
        .contains("Social security for everyone");
    assertThat(web.get("/").html()).contains("Social security for everyone"); // the cookie
  }
}
