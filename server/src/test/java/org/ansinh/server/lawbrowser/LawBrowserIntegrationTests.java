package org.ansinh.server.lawbrowser;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.WebClient;
import org.ansinh.server.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The law browser through real HTTP, as a visitor without an account. */
@ServerIntegrationTest
class LawBrowserIntegrationTests {

  @LocalServerPort int port;

  /**
   * The base salary's history as policy-vn's wages/base_salary.yaml gives it: 1,490,000 from
   * 2019-07-01 (38/2019/NĐ-CP), 1,800,000 from 2023-07-01 (24/2023/NĐ-CP), 2,340,000 from
   * 2024-07-01 (73/2024/NĐ-CP), 2,530,000 from 2026-07-01 (161/2026/NĐ-CP), latest first.
   */
  @Test
  void aParameterPageListsItsDatedHistoryWithReferences() {
    Page page = new WebClient(port).get("/law/parameters/wages.base_salary?lang=vi");

    assertThat(page.status()).isEqualTo(200);
    String history = page.html().substring(page.html().indexOf("id=\"history\""));
    assertThat(history)
        .containsSubsequence(
            "01/07/2026",
            "2.530.000 đồng/tháng",
            "161/2026/NĐ-CP",
            "01/07/2024",
            "2.340.000 đồng/tháng",
            "73/2024/NĐ-CP",
            "Điều 3 khoản 2",
            "01/07/2023",
            "1.800.000 đồng/tháng",
            "24/2023/NĐ-CP",
            "01/07/2019",
            "1.490.000 đồng/tháng",
            "38/2019/NĐ-CP");
    assertThat(page.html()).contains("<h1>Mức lương cơ sở</h1>");
  }

  @Test
  void aSearchWithoutDiacriticsFindsTheBaseSalary() {
    Page page = new WebClient(port).get("/law?q=luong+co+so&lang=vi");

    assertThat(page.status()).isEqualTo(200);
    String found = page.html().substring(page.html().indexOf("id=\"found\""));
    // The parameter named exactly so comes first; others citing the base salary follow.
    assertThat(found)
        .containsSubsequence(
            "href=\"/law/parameters/wages.base_salary\"",
            "href=\"/law/parameters/health_insurance.contribution_rate\"")
        .contains("href=\"/law/variables/base_salary\"")
        // Scattered syllables ("cơ", "sở") are not a match when the phrase is found.
        .doesNotContain("social_assistance.age.elderly_no_pension_age");
  }

  @Test
  void theIndexShowsTheLegalTreeTheVariablesAndTheSevenReforms() {
    String html = new WebClient(port).get("/law?lang=en").html();

    assertThat(html)
        .contains("id=\"folder-wages\"")
        .contains("id=\"folder-health_insurance.local_support.hcmc\"")
        .contains("href=\"/law/variables/si_employee_contribution\"");
    String reforms = html.substring(html.indexOf("id=\"reforms\""));
    assertThat(reforms.split("href=\"/law/reforms/", -1)).hasSize(8);
  }

  @Test
  void aVariablePageShowsItsFormulasLegalBasis() {
    String html = new WebClient(port).get("/law/variables/si_employee_contribution?lang=en").html();

    assertThat(html)
        .contains("compulsory social insurance contribution")
        .contains("id=\"formulas\"")
        .contains("41/2024/QH15");
  }

  @Test
  void aReformPageShowsItsSettingsAndSeedPassage() {
    String html = new WebClient(port).get("/law/reforms/voluntary_si_support?lang=en").html();

    assertThat(html).contains("id=\"settings\"").contains("class=\"passage\"");
    // The title with its default setting filled in, not the definition's placeholder.
    assertThat(html).contains("<h1>Voluntary SI support of at least 50").doesNotContain("{rate");
  }

  @Test
  void anUnknownParameterIsAPageNotFound() {
    Page page = new WebClient(port).get("/law/parameters/no.such.thing");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.html()).contains("<html");
  }
}
