package org.ansinh.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Browser;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, as a migrant worker without an account: screen, open an explanation, switch to
 * English.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenerBrowserTests {

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

  @Test
  void aMigrantWorkerSeesHealthAndVoluntaryInsuranceWithTheLawBehindThem() {
    browser.go("/screener?lang=vi");
    choose("#f-residence", "TEMPORARY");
    choose("#f-work", "SELF_EMPLOYED");
    browser
        .type("#f-homeProvince", "Thanh Hóa")
        .type("#f-wage", "5000000")
        .type("#f-householdSize", "3")
        .type("#f-householdIncome", "12000000")
        .click("#screen");

    browser.waitFor("#line-voluntarySi");
    assertThat(browser.text("#line-healthInsurance summary")).contains("Thẻ bảo hiểm y tế");
    assertThat(browser.text("#line-voluntarySi summary"))
        .contains("Tham gia BHXH tự nguyện")
        .contains("Có");
    assertThat(browser.text("#result .summary")).contains("Tạm trú").contains("quê Thanh Hóa");

    browser.click("#line-voluntarySi summary");
    String explanation = browser.text("#line-voluntarySi .line-body");
    assertThat(explanation).contains("Pháp luật tính như thế nào").containsPattern("Điều \\d+");

    browser.click("#lang-en");
    browser.waitForText("h1", "What am I entitled to, and what would I pay?");
    assertThat(browser.text("label[for=f-residence]"))
        .isEqualTo("Residence registration where you live");
    browser.click("#screen");
    browser.waitFor("#line-healthInsurance");
    assertThat(browser.text("#pillar-healthInsurance h3")).isEqualTo("Health insurance");
  }

  @Test
  void aWrongAgeIsNamedBesideTheField() {
    browser.go("/screener?lang=vi").type("#f-age", "200").click("#screen");

    browser.waitFor(".problems");
    assertThat(browser.text(".problems")).contains("Tuổi (năm): phải là số nguyên từ 0 đến 120");
    assertThat(browser.find("#f-age").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.driver().findElements(By.id("result"))).isEmpty();
  }

  private void choose(String css, String value) {
    new Select(browser.find(css)).selectByValue(value);
  }
}
