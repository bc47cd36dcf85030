package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may open the dashboard and the simulator, what a ward officer sees there, and a refused run
 * named in the page.
 */
@ServerIntegrationTest
class AnalysisPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @Test
  void inspectorsAreRefusedTheAnalysisPagesAndOfficersTheSimulator() {
    WebClient inspector = new WebClient(port);
    inspector.signIn(
        TestAccounts.open(accounts, Role.INSPECTOR, null, null), TestAccounts.PASSWORD);
    assertThat(inspector.get("/dashboard").status()).isEqualTo(403);
    assertThat(inspector.get("/reforms/simulate").status()).isEqualTo(403);

    WebClient officer = new WebClient(port);
    officer.signIn(
        TestAccounts.open(accounts, Role.WARD_OFFICER, firstWard(), null), TestAccounts.PASSWORD);
    assertThat(officer.get("/reforms/simulate").status()).isEqualTo(403);
    officer.get("/dashboard");
    assertThat(officer.post("/dashboard/refresh", Map.of(), true).status()).isEqualTo(403);
  }

  /**
   * A ward officer's dashboard shows their ward's figures of the newest analysis: one household of
   * weight 4 whose one member holds a health-insurance card — 4 eligible, all reached.
   */
  @Test
  void aWardOfficerSeesTheirWardsFigures() {
    RegistryFixture fixture = new RegistryFixture(jdbc, 7);
    try {
      long h = fixture.household(4, 9_000_000);
      long p =
          fixture.person(h, "head", LocalDate.of(1970, 1, 1), "MALE", "PERMANENT", "RETIRED", 0, 0);
      fixture.enrol(p, "HEALTH_INSURANCE", LocalDate.of(2020, 1, 1), null);
      Api analyst =
          new Api(port)
              .as(TestAccounts.open(accounts, Role.ANALYST, null, null), TestAccounts.PASSWORD);
      long id =
          analyst
              .post("/api/v1/jobs", "{\"kind\": \"access\", \"period\": \"2026-01\"}")
              .json()
              .get("id")
              .asLong();
      waitUntilDone(analyst, id);

      WebClient officer = new WebClient(port);
      officer.signIn(
          TestAccounts.open(accounts, Role.WARD_OFFICER, fixture.ward, null),
          TestAccounts.PASSWORD);
      WebClient.Page page = officer.get("/dashboard?lang=vi");

      assertThat(page.status()).as(page.html()).isEqualTo(200);
      String name =
          jdbc.sql("select name_vi from area where code = ?")
              .param(fixture.ward)
              .query(String.class)
              .single();
      assertThat(page.html()).contains("Khoảng trống tiếp cận tại " + name);
      String health = page.html().substring(page.html().indexOf("<td>Bảo hiểm y tế</td>"));
      assertThat(health.substring(0, health.indexOf("</tr>")))
          .contains("<td class=\"num\">4</td>")
          .contains("<td class=\"num\">100,0 %</td>");
      assertThat(page.html()).doesNotContain("refresh-button");
    } finally {
      fixture.remove();
    }
  }

  private static void waitUntilDone(Api api, long id) {
    java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofMinutes(3));
    String status;
    while (!(status = api.get("/api/v1/jobs/" + id).json().get("status").asString())
        .equals("DONE")) {
      assertThat(status).as("job %d", id).isNotEqualTo("FAILED");
      assertThat(java.time.Instant.now()).as("job %d still running", id).isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void aVisitorIsSentToSignIn() {
    WebClient.Page page = new WebClient(port).get("/dashboard");

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
  }

  @Test
  void aSettingOutOfRangeIsNamedInThePage() {
    WebClient web = new WebClient(port);
    web.signIn(TestAccounts.open(accounts, Role.ANALYST, null, null), TestAccounts.PASSWORD);
    web.get("/reforms/simulate?lang=en");

    WebClient.Page page =
        web.post(
            "/reforms/simulate/run",
            Map.of("reform", "voluntary_si_support", "setting.rate", "3"),
            true);

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html()).contains("Field settings.rate").contains("Allowed: 0–1");
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private int firstWard() {
    return jdbc.sql("select min(code) from area where province_code = 79")
        .query(Integer.class)
        .single();
  }
}
