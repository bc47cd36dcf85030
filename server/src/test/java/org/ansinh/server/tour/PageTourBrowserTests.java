package org.ansinh.server.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ansinh.server.AnSinhServer;
import org.ansinh.server.Api;
import org.ansinh.server.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the web app, in Vietnamese and in English, as the role that uses it sees it, over a
 * small demo city: each renders in Chromium without an error page and without a message missing
 * from its language (Thymeleaf shows those as {@code ??key_vi??}). With {@code
 * -Dansinh.screenshots=DIR} it also saves each as {@code DIR/<page>-<lang>.png}: {@code
 * docs/screenshots/regenerate} is the command that refreshes the documentation's pictures.
 */
@SpringBootTest(
    classes = AnSinhServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ansinh.db.url=",
      "ansinh.db.data-directory=target/tour-postgres",
      "ansinh.db.clean-start=true",
      "ansinh.demo.enabled=true",
      "ansinh.demo.persons=3000",
      "logging.file.name=target/test-logs/tour.log"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTourBrowserTests {

  /** A page: its name in the screenshots, who opens it (null: nobody signed in), and where. */
  record Page(String name, String account, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The pages, in the order a visitor meets them. Each module adds its own. */
  static final List<Page> PAGES =
      List.of(
          new Page("home", null, "/"),
          new Page("login", null, "/login"),
          new Page("home-officer", "canbo", "/"),
          new Page("registry-search", "canbo", "/registry?name=nguyen"),
          new Page("registry-import", "canbo", "/registry/import"),
          new Page("registry-search-analyst", "phantich", "/registry"),
          new Page("registry-household", "thanhtra", "/registry/households/1"),
          new Page("registry-person", "thanhtra", "/registry/persons/1/edit"),
          new Page("registry-history", "thanhtra", "/registry/persons/1/history"),
          new Page("registry-household-history", "thanhtra", "/registry/households/1/history"),
          new Page("registry-person-edit", "admin", "/registry/persons/1/edit"),
          new Page("registry-household-edit", "admin", "/registry/households/1"),
          new Page("registry-duplicates", "canbo", "/registry/duplicates"),
          new Page("registry-duplicates-analyst", "phantich", "/registry/duplicates"),
          new Page("registry-my-household", "congdan", "/registry/my-household"),
          new Page("screener", null, "/screener"),
          new Page(
              "screener-migrant",
              null,
              "/screener?work=SELF_EMPLOYED&residence=TEMPORARY&homeProvince=Thanh+H%C3%B3a"
                  + "&wage=5000000&householdSize=3&householdIncome=12000000"),
          new Page("law", null, "/law"),
          new Page("law-search", null, "/law?q=luong+co+so"),
          new Page("law-parameter", null, "/law/parameters/wages.base_salary"),
          new Page("law-variable", null, "/law/variables/hi_contribution_group"),
          new Page("law-reform", null, "/law/reforms/voluntary_si_support"),
          new Page("dashboard", "lanhdao", "/dashboard"),
          new Page("analysis-jobs", "lanhdao", "/analysis/jobs"),
          new Page("reform-simulator", "phantich", "/reforms/simulate"));

  @LocalServerPort int port;
  private Browser browser;
  private String signedInAs;

  @BeforeAll
  void open() {
    analyseTheRegistry();
    browser = Browser.open(port);
  }

  /** The dashboard shows the newest access analysis: run one first, as a leader would. */
  private void analyseTheRegistry() {
    Api leader = new Api(port).as("lanhdao", "demo");
    Api.Answer queued =
        leader.post("/api/v1/jobs", "{\"kind\": \"access\", \"period\": \"2026-01\"}");
    assertThat(queued.status()).isEqualTo(202);
    String id = queued.json().get("id").asText();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
    String status;
    do {
      status = leader.get("/api/v1/jobs/" + id).json().get("status").asText();
      if (!status.equals("DONE")) {
        Thread.onSpinWait();
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    } while (!status.equals("DONE") && !status.equals("FAILED") && System.nanoTime() < deadline);
    assertThat(status).as("the tour's access analysis").isEqualTo("DONE");
  }

  /** The reform simulator with a reform run: its charts and table, in each language. */
  @ParameterizedTest(name = "reform-simulator-result ({0})")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"vi", "en"})
  void aReformRunShowsItsResult(String language) {
    signInAs("phantich");
    browser.go("/reforms/simulate?lang=" + language);
    new org.openqa.selenium.support.ui.Select(browser.find("#reform"))
        .selectByValue("voluntary_si_support");
    browser.driver().executeScript("document.getElementById('period').value = '2026-01'");
    browser.click("#run-reform");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofMinutes(5))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("#reform-result #chart-newly svg")));
    assertThat(browser.html()).doesNotContain("??");
    String dir = System.getProperty("ansinh.screenshots");
    if (dir != null && !dir.isBlank()) {
      browser.screenshot(Path.of(dir, "reform-simulator-result-" + language + ".png"));
    }
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Object[]> pagesInBothLanguages() {
    return PAGES.stream().flatMap(p -> Stream.of(new Object[] {p, "vi"}, new Object[] {p, "en"}));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("pagesInBothLanguages")
  void rendersInItsLanguage(Page page, String language) {
    signInAs(page.account());
    browser.go(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + language);
    browser.waitFor("main");
    String html = browser.html();
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
    assertThat(html).as("a message missing in " + language).doesNotContain("??");
    assertThat(html).as("an error page").doesNotContain("data-page=\"error\"");
    String dir = System.getProperty("ansinh.screenshots");
    if (dir != null && !dir.isBlank()) {
      browser.screenshot(Path.of(dir, page.name() + "-" + language + ".png"));
    }
  }

  private void signInAs(String account) {
    if (java.util.Objects.equals(account, signedInAs)) {
      return;
    }
    if (signedInAs != null) {
      browser.go("/").click("#logout");
      browser.waitFor("#login-link");
    }
    if (account != null) {
      browser.signIn(account, "demo");
    }
    signedInAs = account;
  }
}
