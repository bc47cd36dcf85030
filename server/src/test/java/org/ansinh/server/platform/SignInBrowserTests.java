package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Browser;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: the home page in Vietnamese, the switch to English, signing in and out. */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
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
  void aVisitorSwitchesLanguageThenAnOfficerSignsInAndOut() {
    browser.go("/?lang=vi");
    assertThat(browser.text("h1")).isEqualTo("An sinh xã hội cho mọi người dân thành phố");
    browser.click("#lang-en");
    browser.waitForText("h1", "Social security for everyone in the city");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");

    String officer = TestAccounts.open(accounts, Role.INSPECTOR, null, null);
    browser.signIn(officer, TestAccounts.PASSWORD);
    assertThat(browser.text("#who")).isEqualTo("Test Inspector");
    assertThat(browser.text(".role")).isEqualTo("Inspector");
    browser.click("#logout");
    browser.waitFor("#login-link");
    assertThat(browser.text("[role=status]")).isEqualTo("You have signed out.");
  }

  @Test
  void aWrongPasswordIsShownAsAnError() {
    browser
        .go("/login?lang=vi")
        .type("#username", "nobody")
        .type("#password", "x")
        .click("#sign-in");
    assertThat(browser.text("[role=alert]")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
  }
}
