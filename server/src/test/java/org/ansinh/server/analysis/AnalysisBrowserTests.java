package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.ansinh.server.Browser;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium, as an analyst: run a reform over the registry from the simulator and see its chart
 * and its figures; refresh the dashboard and see the gaps by sector and residence. The registry
 * holds at least one poor household of ours, so the basic income floor reaches someone new.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisBrowserTests {

  /** A job runs over the whole registry, which other tests may have filled: a generous wait. */
  private static final Duration JOB = Duration.ofMinutes(3);

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private Browser browser;
  private RegistryFixture fixture;

  @BeforeAll
  void open() {
    fixture = new RegistryFixture(jdbc, 5);
    long poor = fixture.household(3, 100_000);
    fixture.person(
        poor, "head", LocalDate.of(1980, 2, 1), "FEMALE", "TEMPORARY", "SELF_EMPLOYED", 0, 100_000);
    browser = Browser.open(port);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
    fixture.remove();
  }

  @Test
  void anAnalystRunsAReformAndSeesItsChartAndFigures() {
    browser.signIn(TestAccounts.open(accounts, Role.ANALYST, null, null), TestAccounts.PASSWORD);
    browser.go("/reforms/simulate?lang=vi");
    assertThat(browser.text("h1")).isEqualTo("Mô phỏng cải cách");

    new Select(browser.find("#reform")).selectByValue("portable_floor");
    browser.waitFor("#setting-amount"); // htmx swapped in the floor's settings
    browser.type("#setting-amount", "500000");
    // the month the fixture is dated in, whatever today is
    browser.driver().executeScript("document.getElementById('period').value = '2026-01'");
    browser.click("#run-reform");

    waitFor("#reform-result #chart-newly svg rect.bar");
    List<WebElement> bars =
        browser.driver().findElements(By.cssSelector("#chart-newly svg rect.bar"));
    assertThat(bars).isNotEmpty();
    assertThat(browser.text("#reform-result h2"))
        .isEqualTo(
            "Sàn an sinh xã hội không đóng góp, không phụ thuộc việc làm và nơi đăng ký cư trú");
    // Vietnamese grouping: 1.234.567
    assertThat(browser.text("#total-newly")).matches("\\d{1,3}(\\.\\d{3})*");
    assertThat(browser.text("#total-cost")).matches("\\d{1,3}(\\.\\d{3})* ₫");
    assertThat(
            browser.driver().findElements(By.cssSelector("#reform-table td.newly")).stream()
                .map(WebElement::getText))
        .anyMatch(t -> t.matches("[1-9]\\d{0,2}(\\.\\d{3})*"));
  }

  @Test
  void anAnalystRefreshesTheDashboardAndSeesTheGapsBySectorAndResidence() {
    browser.signIn(TestAccounts.open(accounts, Role.LEADER, null, null), TestAccounts.PASSWORD);
    browser.go("/dashboard?lang=en");
    browser.click("#refresh-button");
    browser.waitFor("#job-progress");

    waitFor("#group-table tbody tr"); // the job is done and the page reloaded
    assertThat(browser.text("#group-table thead")).contains("Gap (95% CI)");
    assertThat(browser.text("#group-table tbody")).contains("Temporary residence");
    assertThat(browser.driver().findElements(By.cssSelector("#chart-wards svg rect.bar")))
        .isNotEmpty();
  }

  private void waitFor(String css) {
    new WebDriverWait(browser.driver(), JOB)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }
}
