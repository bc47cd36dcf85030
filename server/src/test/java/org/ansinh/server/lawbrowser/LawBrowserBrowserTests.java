package org.ansinh.server.lawbrowser;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Browser;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a visitor searches the law without diacritics and reads the base salary's history.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawBrowserBrowserTests {

  @LocalServerPort int port;
  private Browser browser;

  @BeforeAll
  void open() {
    browser = Browser.open(port);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Values from policy-vn's wages/base_salary.yaml (73/2024/NĐ-CP from 2024-07-01). */
  @Test
  void theBaseSalaryHistoryIsFoundWithoutDiacritics() {
    browser.go("/?lang=vi").click("#nav-law");
    browser.type("#q", "luong co so").click("#search");
    browser.click("#found a[href='/law/parameters/wages.base_salary']");

    browser.waitForText("h1", "Mức lương cơ sở");
    String history = browser.text("#history");
    assertThat(history)
        .contains("01/07/2024")
        .contains("2.340.000 đồng/tháng")
        .contains("73/2024/NĐ-CP, Điều 3 khoản 2");
  }
}
