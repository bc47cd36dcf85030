package org.ansinh.server.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.Role;
import org.ansinh.server.registry.Enrolment;
import org.ansinh.server.registry.EnrolmentRegistry;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RegistryChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's smaller forms through the web app (session, CSRF): a person's enrolments, a
 * household's own facts, moving a person to another household, and the probable duplicates page.
 * Each answers a refusal next to its field and keeps every reader to their scope.
 */
@ServerIntegrationTest
class RegistryEditPagesIntegrationTests {

  private static final Actor SYSTEM = Actor.system("edit-page-tests");

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired HouseholdRegistry households;
  @Autowired PersonRegistry persons;
  @Autowired EnrolmentRegistry enrolments;

  private PageFixture fixture;
  private int wardA;
  private int wardB;
  private long householdA;
  private long householdB;
  private PersonRecord personA;
  private PersonRecord personB;

  @BeforeEach
  void records() {
    fixture = new PageFixture(households, persons);
    wardA = PageFixture.quietWard(jdbc, 2);
    wardB = PageFixture.quietWard(jdbc, 3);
    householdA = fixture.household(wardA);
    householdB = fixture.household(wardB);
    personA = fixture.person(householdA, "head", "Đỗ Văn Hùng", "1958-10-20");
    personB = fixture.person(householdB, "head", "Ngô Thị Hoa", "1962-01-05");
  }

  @Test
  void anOfficerAddsAnEnrolmentAndSeesItInThePersonsHistory() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/persons/" + personA.id() + "/edit");

    WebClient.Page added =
        web.post(
            "/registry/persons/" + personA.id() + "/enrolments",
            form(
                "scheme", "SOCIAL_PENSION",
                "monthly_amount", "500000",
                "valid_from", "2026-01-01",
                "evidence", "QĐ 77/2026"),
            true);

    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).contains("/registry/persons/" + personA.id() + "/history?saved");
    String history = web.get("/registry/persons/" + personA.id() + "/history").html();
    assertThat(history).contains("SOCIAL_PENSION").contains("500000").contains("QĐ 77/2026");
    assertThat(web.get("/registry/persons/" + personA.id() + "/edit").html())
        .contains("id=\"enrolment-")
        .contains("value=\"500000\"");
  }

  @Test
  void anEnrolmentRefusalIsShownNextToItsFieldAndNothingIsWritten() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/persons/" + personA.id() + "/edit");

    WebClient.Page backwards =
        web.post(
            "/registry/persons/" + personA.id() + "/enrolments",
            form(
                "scheme", "HEALTH_INSURANCE",
                "valid_from", "2026-06-01",
                "valid_until", "2026-01-01",
                "evidence", "Thẻ BHYT"),
            true);
    WebClient.Page unfounded =
        web.post(
            "/registry/persons/" + personA.id() + "/enrolments",
            form("scheme", "HEALTH_INSURANCE", "valid_from", "2026-01-01"),
            true);

    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.html())
        .contains("id=\"new-error-valid_until\"")
        .contains("phải sau ngày bắt đầu");
    assertThat(unfounded.status()).isEqualTo(422);
    assertThat(unfounded.html()).contains("id=\"new-error-evidence\"");
    assertThat(persons.enrolments(SYSTEM, personA.id())).isEmpty();
  }

  @Test
  void aStaleEnrolmentFormShowsTheCurrentValues() {
    Enrolment e =
        enrolments.create(
            SYSTEM,
            personA.id(),
            Map.of("scheme", "HEALTH_INSURANCE", "card_number", "HS1", "valid_from", "2026-01-01"),
            new RegistryChange("Thẻ", null));
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/persons/" + personA.id() + "/edit");
    enrolments.update(
        SYSTEM,
        personA.id(),
        e.id(),
        e.version(),
        Map.of("card_number", "HS2"),
        new RegistryChange("Thẻ cấp lại", null));

    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personA.id() + "/enrolments/" + e.id(),
            form(
                "version", String.valueOf(e.version()),
                "card_number", "HS3",
                "valid_from", "2026-01-01",
                "evidence", "Thẻ khác"),
            true);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.html())
        .contains("id=\"e" + e.id() + "-stale\"")
        .contains("value=\"HS2\"")
        .contains("HS3");
    assertThat(enrolments.enrolment(SYSTEM, personA.id(), e.id()).cardNumber()).isEqualTo("HS2");
  }

  @Test
  void anotherWardsOfficerCannotPostAnEnrolmentAndAnInspectorSeesNoForm() {
    WebClient other = signedIn(Role.WARD_OFFICER, wardB);
    other.get("/registry/persons/" + personB.id() + "/edit");
    WebClient.Page refused =
        other.post(
            "/registry/persons/" + personA.id() + "/enrolments",
            form("scheme", "VOLUNTARY_SI", "valid_from", "2026-01-01", "evidence", "x"),
            true);
    assertThat(refused.status()).isEqualTo(404);

    WebClient inspector = signedIn(Role.INSPECTOR, null);
    String page = inspector.get("/registry/persons/" + personA.id() + "/edit").html();
    assertThat(page).doesNotContain("id=\"enrolment-new\"").doesNotContain("id=\"move-form\"");
    assertThat(
            inspector
                .post(
                    "/registry/persons/" + personA.id() + "/enrolments",
                    form("scheme", "VOLUNTARY_SI", "valid_from", "2026-01-01", "evidence", "x"),
                    true)
                .status())
        .isEqualTo(403);
    assertThat(persons.enrolments(SYSTEM, personA.id())).isEmpty();
  }

  @Test
  void aHouseholdsFactsAreChangedOnItsPageWithErrorsNextToTheField() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    String page = web.get("/registry/households/" + householdA).html();
    assertThat(page).contains("id=\"household-form\"");

    WebClient.Page bad = saveHouseholdA(web, "household_income_per_capita", "-5", "CT01");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.html())
        .contains("id=\"h-error-household_income_per_capita\"")
        .contains("open=\"open\"");

    WebClient.Page saved = saveHouseholdA(web, "address", "12 Hàng Bạc", "CT01 số 3");
    assertThat(saved.status()).isEqualTo(302);
    assertThat(households.household(SYSTEM, householdA).fields().get("address"))
        .isEqualTo("12 Hàng Bạc");
    assertThat(web.get("/registry/households/" + householdA + "/history").html())
        .contains("12 Hàng Bạc")
        .contains("CT01 số 3");
  }

  @Test
  void aWardTheOfficerDoesNotServeIsAnErrorNextToTheWardAndNothingIsWritten() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/households/" + householdA);

    WebClient.Page answer =
        web.post(
            "/registry/households/" + householdA + "/edit",
            form(
                "version",
                "0",
                "household_code",
                households.household(SYSTEM, householdA).code(),
                "ward_code",
                String.valueOf(wardB),
                "evidence",
                "CT01 số 4"),
            true);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.html())
        .contains("id=\"h-error-ward_code\"")
        .contains("Anh/chị không quản lý phường/xã " + wardB);
    assertThat(households.household(SYSTEM, householdA).wardCode()).isEqualTo(wardA);
  }

  @Test
  void aStaleHouseholdFormShowsTheCurrentValuesAndKeepsWhatWasEntered() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/households/" + householdA);
    households.update(
        SYSTEM,
        householdA,
        0,
        Map.of("address", "5 Lý Thái Tổ"),
        new RegistryChange("CT01 số 1", null));

    WebClient.Page answer = saveHouseholdA(web, "address", "9 Hàng Gai", "CT01 số 2");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.html())
        .contains("id=\"h-stale\"")
        .contains("value=\"5 Lý Thái Tổ\"")
        .contains("9 Hàng Gai")
        .contains("name=\"version\" value=\"1\"");
    assertThat(households.household(SYSTEM, householdA).fields().get("address"))
        .isEqualTo("5 Lý Thái Tổ");
  }

  @Test
  void anOfficerMovesAPersonByCodeAndTheListOffersOnlyHouseholdsInScope() {
    long target = fixture.household(wardA);
    String targetCode = households.household(SYSTEM, target).code();
    String otherCode = households.household(SYSTEM, householdB).code();
    WebClient web = signedIn(Role.WARD_OFFICER, wardA);
    web.get("/registry/persons/" + personA.id() + "/edit");

    assertThat(web.get("/registry/households/choices?target_code=" + targetCode).html())
        .contains("value=\"" + target + "\"");
    assertThat(web.get("/registry/households/choices?target_code=" + otherCode).html())
        .doesNotContain("value=\"" + householdB + "\"");
    WebClient.Page elsewhere =
        web.post(
            "/registry/persons/" + personA.id() + "/move",
            form("version", "0", "target_code", otherCode, "evidence", "CT01"),
            true);
    assertThat(elsewhere.status()).isEqualTo(422);
    assertThat(elsewhere.html()).contains("id=\"move-error-target_code\"");

    WebClient.Page same =
        web.post(
            "/registry/persons/" + personA.id() + "/move",
            form("version", "0", "target", "" + householdA, "evidence", "CT01"),
            true);
    assertThat(same.status()).isEqualTo(422);
    assertThat(same.html()).contains("id=\"move-error-target_code\"").contains("đã ở hộ");

    WebClient.Page moved =
        web.post(
            "/registry/persons/" + personA.id() + "/move",
            form("version", "0", "target_code", targetCode, "evidence", "CT01 số 5"),
            true);

    assertThat(moved.status()).isEqualTo(302);
    assertThat(persons.person(SYSTEM, personA.id()).householdId()).isEqualTo(target);
    assertThat(web.get("/registry/households/" + householdA + "/history").html())
        .contains("Thành viên (mã nhân khẩu)")
        .contains("CT01 số 5");
  }

  @Test
  void theDuplicatesPageShowsPairsInScopeAndAnOfficerRecordsTwoPeople() {
    PersonRecord twin = fixture.person(householdA, "other", "Do Van Hung", "1958-10-20");
    PersonRecord elsewhere = fixture.person(householdB, "other", "Ngo Thi Hoa", "1962-01-05");
    String pairA = "pair-" + personA.id() + "-" + twin.id();
    String pairB = "pair-" + personB.id() + "-" + elsewhere.id();

    WebClient analyst = signedIn(Role.ANALYST, null);
    String all = allPages(analyst);
    assertThat(all).contains(pairA).contains(pairB).doesNotContain(personA.nationalId());
    assertThat(all).contains("*********" + personA.nationalId().substring(9));
    assertThat(all).doesNotContain("distinct-form");

    WebClient officer = signedIn(Role.WARD_OFFICER, wardA);
    String mine = officer.get("/registry/duplicates").html();
    assertThat(mine).contains(pairA).doesNotContain(pairB).contains(personA.nationalId());

    WebClient.Page unfounded =
        officer.post(
            "/registry/duplicates/distinct",
            form("first", "" + personA.id(), "second", "" + twin.id()),
            true);
    assertThat(unfounded.status()).isEqualTo(422);
    assertThat(unfounded.html())
        .contains("id=\"d" + personA.id() + "-" + twin.id() + "-error-evidence\"");

    WebClient.Page decided =
        officer.post(
            "/registry/duplicates/distinct",
            form(
                "first", "" + personA.id(), "second", "" + twin.id(), "evidence", "CCCD hai người"),
            true);
    assertThat(decided.status()).isEqualTo(302);
    assertThat(officer.get("/registry/duplicates").html()).doesNotContain(pairA);
    assertThat(officer.get("/registry/persons/" + twin.id() + "/history").html())
        .contains("Không trùng với nhân khẩu mã")
        .contains("CCCD hai người");
  }

  /** Posts household A's form as recorded (version 0) with one field changed, on evidence. */
  private WebClient.Page saveHouseholdA(
      WebClient web, String field, String value, String evidence) {
    return web.post(
        "/registry/households/" + householdA + "/edit",
        form(
            "version",
            "0",
            "household_code",
            households.household(SYSTEM, householdA).code(),
            "ward_code",
            String.valueOf(wardA),
            field,
            value,
            "evidence",
            evidence),
        true);
  }

  /** Every page of the duplicates list, as one text. */
  private static String allPages(WebClient web) {
    StringBuilder all = new StringBuilder();
    for (int page = 1; page < 1000; page++) {
      String html = web.get("/registry/duplicates?page=" + page).html();
      all.append(html);
      if (!html.contains("page=" + (page + 1))) {
        break;
      }
    }
    return all.toString();
  }

  private WebClient signedIn(Role role, Integer ward) {
    return PageFixture.signedIn(port, accounts, role, ward, null);
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }
}
