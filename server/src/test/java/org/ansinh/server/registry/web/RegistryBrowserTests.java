package org.ansinh.server.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ansinh.server.Browser;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an officer at the desk does, in Chromium: searches a name typed without diacritics and opens
 * the household; edits a person with a bad value, sees the error next to the field, fixes it and
 * sees the change in the history; adds a health-insurance card on the person page and sees it in
 * the history; imports a file with one bad row and sees the row and field named, with nothing
 * written; switches the page to English.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired HouseholdRegistry households;
  @Autowired PersonRegistry persons;

  private Browser browser;
  private int ward;
  private long household;
  private PersonRecord head;

  @BeforeAll
  void open() {
    ward = PageFixture.quietWard(jdbc, 5);
    PageFixture fixture = new PageFixture(households, persons);
    household = fixture.household(ward);
    head = fixture.person(household, "head", "Nguyễn Đức Thắng", "1980-03-15");
    fixture.person(household, "spouse", "Phạm Thị Thu", "1983-07-02");
    browser = Browser.open(port);
    browser.signIn(
        TestAccounts.open(accounts, Role.WARD_OFFICER, ward, null), TestAccounts.PASSWORD);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anOfficerSearchesANameWithoutDiacriticsAndOpensTheHousehold() {
    browser.go("/registry?lang=vi").type("#name", "nguyen duc thang").click("#search-submit");
    // The ward has two persons; the answer to the search lists one.
    browser.waitForText("#result-count", "1 người");
    assertThat(browser.text("#results tbody")).contains("Nguyễn Đức Thắng");

    browser.click("#results a.household-link");

    browser.waitFor("[data-page=registry-household]");
    assertThat(browser.text("#household-ward")).isNotBlank();
    assertThat(browser.text(".members")).contains("Nguyễn Đức Thắng").contains("Phạm Thị Thu");
    assertThat(browser.text("#member-" + head.id())).contains("Chủ hộ").contains("tuổi");
  }

  @Test
  void anOfficerSeesABadValueNextToItsFieldThenFixesItAndSeesTheHistoryLine() {
    browser.go("/registry/persons/" + head.id() + "/edit?lang=vi");
    browser.type("#f-national_id", "12345").type("#evidence", "CT01 số 42/2026").click("#save");

    WebElement error = browser.find("#error-national_id");
    assertThat(error.getText()).isEqualTo("Số định danh cá nhân gồm đúng 12 chữ số");
    WebElement field = error.findElement(By.xpath(".."));
    assertThat(field.findElement(By.cssSelector("input")).getAttribute("id"))
        .isEqualTo("f-national_id");

    String fixed = PageFixture.nationalId();
    browser.type("#f-national_id", fixed).click("#save");

    browser.waitFor("#saved");
    List<WebElement> lines = browser.driver().findElements(By.cssSelector("tr.history-line"));
    assertThat(lines.get(0).getText())
        .contains("Số định danh cá nhân")
        .contains(head.nationalId())
        .contains(fixed)
        .contains("CT01 số 42/2026");
  }

  @Test
  void anOfficerAddsAHealthInsuranceCardOnThePersonPageAndSeesItInTheHistory() {
    browser.go("/registry/persons/" + head.id() + "/edit?lang=vi");
    new Select(browser.find("#new-f-scheme")).selectByValue("HEALTH_INSURANCE");
    new Select(browser.find("#new-f-hi_group")).selectByValue("HOUSEHOLD");
    browser.type("#new-f-card_number", "HS4797911112222");
    // A date input takes its keys in the browser's locale; its value is always ISO.
    browser
        .driver()
        .executeScript("document.getElementById('new-f-valid_from').value = '2026-01-01'");
    browser.type("#new-evidence", "Thẻ BHYT số HS4797911112222").click("#new-save");

    browser.waitFor("#saved");
    String history = browser.text("table.history");
    assertThat(history)
        .contains("Đăng ký")
        .contains("HEALTH_INSURANCE")
        .contains("HS4797911112222")
        .contains("Thẻ BHYT số HS4797911112222");
    browser.click("#to-person");
    browser.waitFor("[data-page=registry-person]");
    assertThat(browser.driver().findElements(By.cssSelector("form.enrolment-form[id^=enrolment-]")))
        .hasSize(2); // the card's own form and the form for a new enrolment
  }

  @Test
  void anOfficerImportsAFileWithOneBadRowSeesTheRowAndFieldNothingIsWrittenThenCommitsTheFix()
      throws Exception {
    String good = PageFixture.householdCode();
    String bad = PageFixture.householdCode();
    Path file = Files.createTempFile("registry-import", ".csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "household_code,ward_code,role,full_name,birth_date,national_id,is_migrant",
            good + "," + ward + ",head,Võ Thị Mai,1990-05-01," + PageFixture.nationalId() + ",0",
            bad + "," + ward + ",head,Đặng Văn Lợi,1990-13-01," + PageFixture.nationalId() + ",1",
            ""),
        StandardCharsets.UTF_8);

    browser.go("/registry/import?lang=vi");
    browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.click("#upload-submit");

    WebElement row = browser.find("#import-errors tr.import-error");
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).isEqualTo("3");
    assertThat(cells.get(1).getText()).isEqualTo("birth_date (Ngày sinh)");
    assertThat(cells.get(2).getText()).contains("1990-13-01");
    assertThat(browser.text("#import-errors-count")).contains("1 lỗi");
    assertThat(browser.driver().findElements(By.id("commit"))).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from household where code in (?, ?)")
                .params(good, bad)
                .query(Long.class)
                .single())
        .isZero();

    browser.click("#discard");
    browser.waitFor("#discarded");

    // The officer corrects the row, uploads the file again and writes it.
    Files.writeString(
        file, Files.readString(file).replace("1990-13-01", "1990-12-01"), StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.click("#upload-submit");
    browser.waitFor("#commit");
    assertThat(browser.driver().findElements(By.id("import-errors"))).isEmpty();
    browser.click("#commit");
    browser.waitFor("#import-result");
    assertThat(
            jdbc.sql(
                    "select count(*) from person p join household h on h.id = p.household_id"
                        + " where h.code in (?, ?) and h.ward_code = ?")
                .params(good, bad, ward)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    Files.delete(file);
  }

  @Test
  void anOfficerSwitchesTheRegistryToEnglish() {
    browser.go("/registry?lang=vi");
    assertThat(browser.text("h1")).isEqualTo("Sổ đăng ký");

    browser.click("#lang-en");

    browser.waitForText("h1", "Registry");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.text("label[for=name]")).isEqualTo("Full name");
    browser.go("/registry?lang=vi");
  }
}
