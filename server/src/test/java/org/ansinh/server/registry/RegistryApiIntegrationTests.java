package org.ansinh.server.registry;

import static org.ansinh.server.registry.RegistryFixture.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The registry's REST API as its callers see it: real HTTP, real PostgreSQL. */
@ServerIntegrationTest
class RegistryApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  int wardA;
  int wardB;
  Api officerA;
  Api officerB;

  @AfterEach
  void removeTestHouseholds() {
    RegistryFixture.removeTestHouseholds(jdbc);
  }

  @BeforeEach
  void officers() {
    List<Integer> wards = RegistryFixture.twoWards(jdbc);
    wardA = wards.get(0);
    wardB = wards.get(1);
    officerA = as(Role.WARD_OFFICER, wardA);
    officerB = as(Role.WARD_OFFICER, wardB);
  }

  Api as(Role role, Integer ward) {
    return new Api(port).as(TestAccounts.open(accounts, role, ward, null), TestAccounts.PASSWORD);
  }

  @Test
  void aHouseholdIsCreatedReadWithItsMembersAndListed() {
    String code = RegistryFixture.householdCode();
    long h = RegistryFixture.household(officerA, code, wardA);
    Api.Answer added =
        RegistryFixture.person(
            officerA, h, "Trần Thị Bích", "1990-04-02", RegistryFixture.nationalId());
    assertThat(added.status()).isEqualTo(201);

    Api.Answer read = officerA.get("/api/v1/households/" + h);
    assertThat(read.status()).isEqualTo(200);
    JsonNode body = read.json();
    assertThat(body.get("fields").get("household_code").asText()).isEqualTo(code);
    assertThat(body.get("ward_code").asInt()).isEqualTo(wardA);
    assertThat(body.get("members")).hasSize(1);
    assertThat(body.get("members").get(0).get("fields").get("full_name").asText())
        .isEqualTo("Trần Thị Bích");

    JsonNode list = officerA.get("/api/v1/households?code=" + code).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("member_count").asInt()).isEqualTo(1);
  }

  @Test
  void validationErrorsNameTheField() {
    Api.Answer noWard =
        officerA.post(
            "/api/v1/households",
            RegistryFixture.create(
                Map.of("household_code", RegistryFixture.householdCode(), "ward_code", 1)));
    assertThat(noWard.status()).isEqualTo(400);
    assertThat(noWard.contentType()).startsWith("application/problem+json");
    assertThat(noWard.json().get("field").asText()).isEqualTo("fields.ward_code");

    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    Api.Answer shortId = RegistryFixture.person(officerA, h, "Lê Văn Tám", "1980-01-01", "12345");
    assertThat(shortId.status()).isEqualTo(400);
    assertThat(shortId.json().get("field").asText()).isEqualTo("fields.national_id");
    assertThat(shortId.json().get("detail").asText()).contains("12 chữ số").contains("12 digits");

    String tomorrow = LocalDate.now().plusDays(2).toString();
    Api.Answer future = RegistryFixture.person(officerA, h, "Lê Văn Tám", tomorrow, null);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("field").asText()).isEqualTo("fields.birth_date");

    Api.Answer badEnum =
        officerA.post(
            "/api/v1/households/" + h + "/persons",
            RegistryFixture.create(
                Map.of("role", "head", "full_name", "Lê Văn Tám", "residence_status", "VISITING")));
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().get("field").asText()).isEqualTo("fields.residence_status");
    assertThat(badEnum.json().get("allowed").asText()).contains("TEMPORARY");

    Api.Answer tooManyMonths =
        officerA.post(
            "/api/v1/households/" + h + "/persons",
            RegistryFixture.create(
                Map.of("role", "head", "full_name", "Lê Văn Tám", "months_worked_in_year", 13)));
    assertThat(tooManyMonths.status()).isEqualTo(400);
    assertThat(tooManyMonths.json().get("field").asText())
        .isEqualTo("fields.months_worked_in_year");

    Api.Answer noName =
        officerA.post(
            "/api/v1/households/" + h + "/persons",
            RegistryFixture.create(Map.of("role", "child")));
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().get("field").asText()).isEqualTo("fields.full_name");
  }

  /**
   * A ward officer gets 404 for another ward's person, as if it did not exist (the API does not
   * tell which records exist elsewhere), on read and on change, and never finds it by search.
   */
  @Test
  void aWardOfficerCannotReadOrChangeAnotherWardsPerson() {
    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    String nid = RegistryFixture.nationalId();
    long p =
        RegistryFixture.person(officerA, h, "Phạm Minh Châu", "1975-06-30", nid)
            .json()
            .get("id")
            .asLong();

    assertThat(officerB.get("/api/v1/persons/" + p).status()).isEqualTo(404);
    assertThat(officerB.get("/api/v1/households/" + h).status()).isEqualTo(404);
    assertThat(officerB.get("/api/v1/persons/" + p + "/history").status()).isEqualTo(404);
    Api.Answer change =
        patch(
            officerB,
            "/api/v1/persons/" + p,
            Map.of("version", 0, "evidence", "x", "fields", Map.of("full_name", "Kẻ Gian")));
    assertThat(change.status()).isEqualTo(404);
    assertThat(officerB.get("/api/v1/persons?nationalId=" + nid).json().get("total").asLong())
        .isZero();
    Api.Answer addToIt = RegistryFixture.person(officerB, h, "Kẻ Gian", "1990-01-01", null);
    assertThat(addToIt.status()).isEqualTo(404);
    Api.Answer inTheirWard =
        officerB.post(
            "/api/v1/households",
            RegistryFixture.create(
                Map.of("household_code", RegistryFixture.householdCode(), "ward_code", wardA)));
    assertThat(inTheirWard.status()).isEqualTo(403);

    assertThat(officerA.get("/api/v1/persons/" + p).json().get("fields").get("full_name").asText())
        .isEqualTo("Phạm Minh Châu");
  }

  /** A ward the officer does not serve is a refused value of one field, named, not a 403. */
  @Test
  void anOfficerCannotMoveTheirHouseholdToAnotherWard() {
    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);

    Api.Answer moved =
        patch(
            officerA,
            "/api/v1/households/" + h,
            Map.of("version", 0, "evidence", "CT01", "fields", Map.of("ward_code", wardB)));

    assertThat(moved.status()).isEqualTo(400);
    assertThat(moved.json().get("field").asText()).isEqualTo("fields.ward_code");
    assertThat(
            officerA.get("/api/v1/households/" + h).json().get("fields").get("ward_code").asInt())
        .isEqualTo(wardA);
  }

  @Test
  void readersOutsideTheWardMayReadButNotChange() {
    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    String nid = RegistryFixture.nationalId();
    long p =
        RegistryFixture.person(officerA, h, "Võ Thị Sáu", "1985-03-08", nid)
            .json()
            .get("id")
            .asLong();
    Api inspector = as(Role.INSPECTOR, null);
    assertThat(inspector.get("/api/v1/persons/" + p).status()).isEqualTo(200);
    Api.Answer change =
        patch(
            inspector,
            "/api/v1/persons/" + p,
            Map.of("version", 0, "evidence", "x", "fields", Map.of("is_student", true)));
    assertThat(change.status()).isEqualTo(403);

    JsonNode seenByAnalyst = as(Role.ANALYST, null).get("/api/v1/persons/" + p).json();
    assertThat(seenByAnalyst.get("fields").get("national_id").asText())
        .isEqualTo("*********" + nid.substring(9));
  }

  @Test
  void aStaleVersionIsAConflictAndWritesNothing() {
    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    long p =
        RegistryFixture.person(officerA, h, "Đặng Văn Ngữ", "1960-11-11", null)
            .json()
            .get("id")
            .asLong();
    Api.Answer first =
        patch(
            officerA,
            "/api/v1/persons/" + p,
            Map.of("evidence", "CT01 no. 7", "fields", Map.of("residence_status", "TEMPORARY")),
            "If-Match",
            "\"0\"");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);

    Api.Answer second =
        patch(
            officerA,
            "/api/v1/persons/" + p,
            Map.of("evidence", "CT01 no. 8", "fields", Map.of("residence_status", "PERMANENT")),
            "If-Match",
            "\"0\"");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("type").asText()).isEqualTo("urn:ansinh:problem:stale-version");
    assertThat(second.json().get("field").asText()).isEqualTo("version");
    assertThat(second.json().get("current_version").asInt()).isEqualTo(1);
    assertThat(
            officerA
                .get("/api/v1/persons/" + p)
                .json()
                .get("fields")
                .get("residence_status")
                .asText())
        .isEqualTo("TEMPORARY");
  }

  @Test
  void everyChangeIsInTheHistoryWithWhoAndEvidence() {
    String officerName = TestAccounts.open(accounts, Role.WARD_OFFICER, wardA, null);
    Api officer = new Api(port).as(officerName, TestAccounts.PASSWORD);
    long h = RegistryFixture.household(officer, RegistryFixture.householdCode(), wardA);
    long p =
        RegistryFixture.person(officer, h, "Hoàng Văn Thụ", "1970-02-02", null)
            .json()
            .get("id")
            .asLong();
    Api.Answer changed =
        patch(
            officer,
            "/api/v1/persons/" + p,
            Map.of(
                "version",
                0,
                "evidence",
                "Đơn CT01 số 123",
                "reason",
                "chuyển đến",
                "fields",
                Map.of("residence_status", "TEMPORARY", "monthly_wage", 6_000_000)));
    assertThat(changed.status()).isEqualTo(200);
    Api.Answer noEvidence =
        patch(officer, "/api/v1/persons/" + p, Map.of("version", 1, "fields", Map.of()));
    assertThat(noEvidence.status()).isEqualTo(400);
    assertThat(noEvidence.json().get("field").asText()).isEqualTo("evidence");

    JsonNode history = as(Role.INSPECTOR, null).get("/api/v1/persons/" + p + "/history").json();
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("field").asText()).isEqualTo("record");
    JsonNode residence = history.get(1);
    assertThat(residence.get("field").asText()).isEqualTo("residence_status");
    assertThat(residence.get("old_value").isNull()).isTrue();
    assertThat(residence.get("new_value").asText()).isEqualTo("TEMPORARY");
    assertThat(residence.get("changed_by").asText()).isEqualTo(officerName);
    assertThat(residence.get("evidence").asText()).isEqualTo("Đơn CT01 số 123");
    assertThat(residence.get("reason").asText()).isEqualTo("chuyển đến");
    assertThat(history.get(2).get("new_value").asText()).isEqualTo("6000000");

    assertThat(as(Role.ANALYST, null).get("/api/v1/persons/" + p + "/history").status())
        .isEqualTo(403);
  }

  @Test
  void namesAreFoundWithoutDiacritics() {
    String code = RegistryFixture.householdCode();
    long h = RegistryFixture.household(officerA, code, wardA);
    RegistryFixture.person(officerA, h, "Nguyễn Văn An", "1991-01-01", null);
    RegistryFixture.person(officerA, h, "Đỗ Đức Anh", "1992-02-02", null);
    RegistryFixture.person(officerA, h, "Nguyễn Thị Lan", "1993-03-03", null);

    assertThat(names(officerA, "nguyen van an", code)).containsExactly("Nguyễn Văn An");
    assertThat(names(officerA, "DO DUC", code)).containsExactly("Đỗ Đức Anh");
    assertThat(names(officerA, "nguyễn", code)).containsExactly("Nguyễn Thị Lan", "Nguyễn Văn An");
    assertThat(names(officerA, "an", code))
        .containsExactly("Đỗ Đức Anh", "Nguyễn Thị Lan", "Nguyễn Văn An");
    assertThat(names(officerA, "van  an", code)).containsExactly("Nguyễn Văn An");
    assertThat(names(officerA, "50%", code)).isEmpty();

    JsonNode page = officerA.get("/api/v1/persons?householdCode=" + code + "&size=2&page=2").json();
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("items")).hasSize(1);
    assertThat(officerA.get("/api/v1/persons?size=0").json().get("field").asText())
        .isEqualTo("size");
  }

  private static List<String> names(Api api, String name, String code) {
    JsonNode items =
        api.get(
                "/api/v1/persons?householdCode="
                    + code
                    + "&name="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
            .json()
            .get("items");
    return items.valueStream().map(i -> i.get("full_name").asText()).toList();
  }

  @Test
  void aKnownNationalIdIsADuplicateAndTheSameNameAndBirthAProbableOne() {
    long h = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    String nid = RegistryFixture.nationalId();
    long first =
        RegistryFixture.person(officerA, h, "Lý Thường Kiệt", "1950-05-05", nid)
            .json()
            .get("id")
            .asLong();

    Api.Answer sameId = RegistryFixture.person(officerA, h, "Someone Else", "1960-01-01", nid);
    assertThat(sameId.status()).isEqualTo(409);
    assertThat(sameId.json().get("type").asText()).isEqualTo("urn:ansinh:problem:duplicate");
    assertThat(sameId.json().get("field").asText()).isEqualTo("fields.national_id");
    assertThat(sameId.json().get("matches").get(0).asLong()).isEqualTo(first);

    Api.Answer sameName = RegistryFixture.person(officerA, h, "ly thuong KIET", "1950-05-05", null);
    assertThat(sameName.status()).isEqualTo(409);
    assertThat(sameName.json().get("type").asText())
        .isEqualTo("urn:ansinh:problem:probable-duplicate");
    assertThat(sameName.json().get("matches").get(0).asLong()).isEqualTo(first);

    Api.Answer confirmed =
        officerA.post(
            "/api/v1/households/" + h + "/persons",
            RegistryFixture.json(
                Map.of(
                    "confirm_probable_duplicate",
                    true,
                    "fields",
                    Map.of(
                        "role",
                        "child",
                        "full_name",
                        "Lý Thường Kiệt",
                        "birth_date",
                        "1950-05-05"))));
    assertThat(confirmed.status()).isEqualTo(201);
    long second = confirmed.json().get("id").asLong();

    JsonNode pairs = officerA.get("/api/v1/persons/duplicates?size=200").json().get("items");
    assertThat(pairs.valueStream().filter(p -> p.get("first_id").asLong() == first).toList())
        .singleElement()
        .satisfies(p -> assertThat(p.get("second_id").asLong()).isEqualTo(second));
    JsonNode elsewhere = officerB.get("/api/v1/persons/duplicates?size=200").json().get("items");
    assertThat(elsewhere.valueStream().filter(p -> p.get("first_id").asLong() == first)).isEmpty();
  }
}
