package org.ansinh.server.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's pages keep each reader to their scope, through the web app as a browser uses it
 * (session, CSRF): a ward officer can neither read nor change another ward's person, a citizen sees
 * their household only, read-only roles cannot post a change; and the form answers a bad value, a
 * missing evidence and a stale version next to the field.
 */
@ServerIntegrationTest
class RegistryPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired HouseholdRegistry households;
  @Autowired PersonRegistry persons;

  private int wardA;
  private int wardB;
  private long householdA;
  private long householdB;
  private PersonRecord personA;
  private PersonRecord personB;

  @BeforeEach
  void records() {
    PageFixture fixture = new PageFixture(households, persons);
    wardA = PageFixture.quietWard(jdbc, 0);
    wardB = PageFixture.quietWard(jdbc, 1);
    householdA = fixture.household(wardA);
    householdB = fixture.household(wardB);
    personA = fixture.person(householdA, "head", "Trần Thị Bích", "1985-04-12");
    personB = fixture.person(householdB, "head", "Lê Văn Khải", "1979-09-30");
  }

  @Test
  void aWardOfficerCannotReadAnotherWardsPersonOrHouseholdPage() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);

    assertThat(web.get("/registry/persons/" + personA.id() + "/edit").html())
        .contains("Trần Thị Bích");
    assertThat(web.get("/registry/persons/" + personB.id() + "/edit").status()).isEqualTo(404);
    assertThat(web.get("/registry/persons/" + personB.id() + "/history").status()).isEqualTo(404);
    assertThat(web.get("/registry/households/" + householdB).status()).isEqualTo(404);
    assertThat(web.get("/registry/households/" + householdB + "/persons/new").status())
        .isEqualTo(404);
    assertThat(web.get("/registry?name=khai").html()).doesNotContain("Lê Văn Khải");
  }

  @Test
  void aWardOfficerCannotChangeAnotherWardsPersonAndTheRecordStaysAsItWas() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);
    web.get("/registry/persons/" + personA.id() + "/edit"); // a page of theirs: a CSRF token

    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personB.id() + "/edit",
            edit(personB.version(), "full_name", "Tên Bị Sửa", "evidence", "CT01 giả"),
            true);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(
            jdbc.sql("select full_name, version from person where id = ?")
                .param(personB.id())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                .single())
        .isEqualTo("Lê Văn Khải/" + personB.version());
    assertThat(
            jdbc.sql(
                    "select count(*) from change_history where entity = 'person' and entity_id = ?")
                .param(personB.id())
                .query(Long.class)
                .single())
        .isEqualTo(1); // the "created" row only
    WebClient.Page added =
        web.post(
            "/registry/households/" + householdB + "/persons/new",
            Map.of("role", "child", "full_name", "Người Lạ"),
            true);
    assertThat(added.status()).isEqualTo(404);
    assertThat(
            jdbc.sql("select count(*) from person where household_id = ?")
                .param(householdB)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aCitizenSeesTheirOwnHouseholdAndNothingElse() {
    WebClient web = signedIn(Role.CITIZEN, null, householdA);

    WebClient.Page mine = web.get("/registry/my-household");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.html()).contains("Trần Thị Bích").doesNotContain("Lê Văn Khải");
    assertThat(web.get("/").html()).contains("/registry/my-household");
    assertThat(web.get("/registry").status()).isEqualTo(403);
    assertThat(web.get("/registry/households/" + householdB).status()).isEqualTo(403);
    assertThat(web.get("/registry/persons/" + personA.id() + "/edit").status()).isEqualTo(403);
    assertThat(web.get("/registry/persons/" + personA.id() + "/history").status()).isEqualTo(403);
  }

  @Test
  void anInspectorReadsTheFormWithoutASaveButtonAndCannotPostAChange() {
    WebClient web = signedIn(Role.INSPECTOR, null, null);

    WebClient.Page form = web.get("/registry/persons/" + personB.id() + "/edit");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html()).contains("id=\"read-only\"").doesNotContain("id=\"save\"");
    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personB.id() + "/edit",
            edit(personB.version(), "full_name", "Tên Bị Sửa", "evidence", "CT01"),
            true);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(
            persons.person(org.ansinh.server.platform.Actor.system("t"), personB.id()).fullName())
        .isEqualTo("Lê Văn Khải");
  }

  @Test
  void anAnalystSeesNationalIdsMaskedInTheSearch() {
    WebClient web = signedIn(Role.ANALYST, null, null);

    String html = web.get("/registry?ward=" + wardB + "&name=le+van+khai").html();

    String id = personB.nationalId();
    assertThat(html).contains("Lê Văn Khải").doesNotContain(id);
    assertThat(html).contains("*********" + id.substring(9));
  }

  @Test
  void aBadValueIsAnsweredNextToItsFieldAndNothingChanges() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);
    web.get("/registry/persons/" + personA.id() + "/edit");

    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personA.id() + "/edit",
            edit(
                personA.version(),
                "national_id",
                "12345",
                "months_worked_in_year",
                "13",
                "evidence",
                "CT01 số 7"),
            true);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.html())
        .contains("id=\"error-national_id\"")
        .contains("Số định danh cá nhân gồm đúng 12 chữ số")
        .contains("id=\"error-months_worked_in_year\"")
        .contains("value=\"12345\"");
    assertThat(persons.person(org.ansinh.server.platform.Actor.system("t"), personA.id()).version())
        .isEqualTo(personA.version());
  }

  @Test
  void aChangeWithoutEvidenceIsRefusedNextToTheEvidenceField() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);
    web.get("/registry/persons/" + personA.id() + "/edit");

    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personA.id() + "/edit",
            edit(personA.version(), "full_name", "Trần Thị Bích Ngọc", "evidence", ""),
            true);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.html()).contains("id=\"error-evidence\"").contains("cần nêu căn cứ");
  }

  @Test
  void aStaleFormSaysSomeoneElseChangedTheRecordAndShowsTheCurrentValues() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);
    web.get("/registry/persons/" + personA.id() + "/edit");
    persons.update(
        org.ansinh.server.platform.Actor.system("other-officer"),
        personA.id(),
        personA.version(),
        Map.of("full_name", "Trần Thị Bích Vân"),
        false,
        new org.ansinh.server.registry.RegistryChange("CT01 số 8", null));

    WebClient.Page answer =
        web.post(
            "/registry/persons/" + personA.id() + "/edit",
            edit(personA.version(), "full_name", "Trần Thị Bích Ngọc", "evidence", "CT01 số 9"),
            true);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.html())
        .contains("id=\"stale\"")
        .contains("value=\"Trần Thị Bích Vân\"")
        .contains("Trần Thị Bích Ngọc") // what this officer typed, beside the field
        .contains("name=\"version\" value=\"" + (personA.version() + 1) + "\"");
  }

  @Test
  void anOfficerAddsAMemberAndASecondOneOfTheSameNameAndBirthNeedsConfirming() {
    WebClient web = signedIn(Role.WARD_OFFICER, wardA, null);
    web.get("/registry/households/" + householdA + "/persons/new");
    Map<String, String> child =
        Map.of(
            "role", "child",
            "full_name", "Trần Minh Khoa",
            "birth_date", "2015-06-01",
            "evidence", "Giấy khai sinh số 12");

    WebClient.Page added =
        web.post("/registry/households/" + householdA + "/persons/new", child, true);

    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).contains("/registry/households/" + householdA + "?added=");
    assertThat(web.get("/registry/households/" + householdA).html()).contains("Trần Minh Khoa");
    assertThat(
            jdbc.sql(
                    "select h.evidence from change_history h join person p on p.id = h.entity_id"
                        + " where h.entity = 'person' and h.field = 'record'"
                        + " and p.household_id = ? and p.full_name = ?")
                .params(householdA, "Trần Minh Khoa")
                .query(String.class)
                .single())
        .isEqualTo("Giấy khai sinh số 12");

    web.get("/registry/households/" + householdA + "/persons/new");
    WebClient.Page again =
        web.post("/registry/households/" + householdA + "/persons/new", child, true);
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.html()).contains("id=\"error-full_name\"").contains("id=\"confirm\"");

    Map<String, String> confirmed = new LinkedHashMap<>(child);
    confirmed.put("confirm", "true");
    assertThat(
            web.post("/registry/households/" + householdA + "/persons/new", confirmed, true)
                .status())
        .isEqualTo(302);
    assertThat(
            jdbc.sql("select count(*) from person where household_id = ? and full_name = ?")
                .params(householdA, "Trần Minh Khoa")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theExportButtonGivesAnOfficerTheirWardOnlyAndAnAnalystMaskedIds() {
    WebClient officer = signedIn(Role.WARD_OFFICER, wardA, null);

    WebClient.Page csv = officer.get("/registry/export?format=csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.html())
        .contains("household_code,ward_code")
        .contains(personA.nationalId())
        .doesNotContain(personB.nationalId());
    WebClient.Page masked =
        signedIn(Role.ANALYST, null, null).get("/registry/export?ward=" + wardB);
    assertThat(masked.html())
        .contains("Lê Văn Khải")
        .doesNotContain(personB.nationalId())
        .contains("*********" + personB.nationalId().substring(9));
  }

  private WebClient signedIn(Role role, Integer ward, Long household) {
    return PageFixture.signedIn(port, accounts, role, ward, household);
  }

  /** A post of the form: the version read, then field and value pairs. */
  private static Map<String, String> edit(int version, String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", String.valueOf(version));
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }
}
