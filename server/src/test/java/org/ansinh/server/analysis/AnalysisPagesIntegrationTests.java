package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may open the dashboard and the simulator, and a refused run named in the page. */
@ServerIntegrationTest
class AnalysisPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @Test
  void officersAndInspectorsAreRefusedTheAnalysisPages() {
    for (Role role : new Role[] {Role.WARD_OFFICER, Role.INSPECTOR}) {
      WebClient web = new WebClient(port);
      Integer ward = role == Role.WARD_OFFICER ? firstWard() : null;
      web.signIn(TestAccounts.open(accounts, role, ward, null), TestAccounts.PASSWORD);

      assertThat(web.get("/dashboard").status()).as(role.name()).isEqualTo(403);
      assertThat(web.get("/reforms/simulate").status()).as(role.name()).isEqualTo(403);
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
