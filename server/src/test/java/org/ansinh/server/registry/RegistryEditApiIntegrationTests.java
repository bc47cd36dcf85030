package org.ansinh.server.registry;

import static org.ansinh.server.registry.RegistryFixture.json;
import static org.ansinh.server.registry.RegistryFixture.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * The registry's edit paths beyond a record's own fields, through the REST API: a person's
 * enrolments (added, corrected, ended, each rule naming its field), moving a person to another
 * household, and deciding that a probable duplicate pair is two people.
 */
@ServerIntegrationTest
class RegistryEditApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  int wardA;
  int wardB;
  Api officerA;
  Api officerB;
  long householdA;
  long personA;

  @AfterEach
  void removeTestHouseholds() {
    RegistryFixture.removeTestHouseholds(jdbc);
  }

  @BeforeEach
  void records() {
    List<Integer> wards = RegistryFixture.twoWards(jdbc);
    wardA = wards.get(0);
    wardB = wards.get(1);
    officerA = as(Role.WARD_OFFICER, wardA);
    officerB = as(Role.WARD_OFFICER, wardB);
    householdA = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    personA =
        RegistryFixture.person(
                officerA, householdA, "Hoàng Thị Lan", "1968-02-11", RegistryFixture.nationalId())
            .json()
            .get("id")
            .asLong();
  }

  Api as(Role role, Integer ward) {
    return new Api(port).as(TestAccounts.open(accounts, role, ward, null), TestAccounts.PASSWORD);
  }

  String enrolments() {
    return "/api/v1/persons/" + personA + "/enrolments";
  }

  Api.Answer enrol(Api api, Map<String, Object> fields) {
    return api.post(enrolments(), RegistryFixture.create(fields));
  }

  static Map<String, Object> card(String from, String until) {
    Map<String, Object> f = new HashMap<>();
    f.put("scheme", "HEALTH_INSURANCE");
    f.put("hi_group", "HOUSEHOLD");
    f.put("card_number", "HS4797912345678");
    f.put("valid_from", from);
    if (until != null) {
      f.put("valid_until", until);
    }
    return f;
  }

  @Test
  void anEnrolmentIsAddedCorrectedAndEndedWithItsHistory() {
    Api.Answer added = enrol(officerA, card("2026-01-01", null));
    assertThat(added.status()).isEqualTo(201);
    long e = added.json().get("id").asLong();
    assertThat(officerA.get(enrolments()).json()).hasSize(1);

    Api.Answer corrected =
        patch(
            officerA,
            enrolments() + "/" + e,
            Map.of(
                "fields",
                Map.of("card_number", "HS4797900000001", "hi_group", "STATE_BUDGET"),
                "evidence",
                "Thẻ BHYT cấp lại"),
            "If-Match",
            "\"0\"");
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(corrected.json().get("card_number").asText()).isEqualTo("HS4797900000001");
    Api.Answer ended =
        patch(
            officerA,
            enrolments() + "/" + e,
            Map.of(
                "fields", Map.of("valid_until", "2026-07-01"), "version", 1, "evidence", "QĐ 5"));
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json().get("valid_until").asText()).isEqualTo("2026-07-01");

    JsonNode history =
        as(Role.INSPECTOR, null).get("/api/v1/persons/" + personA + "/history").json();
    List<String> lines = new java.util.ArrayList<>();
    for (JsonNode h : history) {
      if (h.get("entity").asText().equals("enrolment")) {
        lines.add(
            h.get("field").asText()
                + ":"
                + h.get("old_value").asText("")
                + ">"
                + h.get("new_value").asText("")
                + "@"
                + h.get("evidence").asText());
      }
    }
    assertThat(lines)
        .contains(
            "scheme:>HEALTH_INSURANCE@CT01 test",
            "card_number:HS4797912345678>HS4797900000001@Thẻ BHYT cấp lại",
            "hi_group:HOUSEHOLD>STATE_BUDGET@Thẻ BHYT cấp lại",
            "valid_until:>2026-07-01@QĐ 5");
  }

  @Test
  void eachEnrolmentRuleIsA400NamingItsField() {
    Map<String, Object> noScheme = card("2026-01-01", null);
    noScheme.put("scheme", "PRIVATE_INSURANCE");
    assertField(enrol(officerA, noScheme), "fields.scheme");

    Map<String, Object> badGroup = card("2026-01-01", null);
    badGroup.put("hi_group", "FRIENDS");
    assertField(enrol(officerA, badGroup), "fields.hi_group");

    Map<String, Object> groupOnSi = new HashMap<>();
    groupOnSi.put("scheme", "COMPULSORY_SI");
    groupOnSi.put("hi_group", "HOUSEHOLD");
    groupOnSi.put("valid_from", "2026-01-01");
    assertField(enrol(officerA, groupOnSi), "fields.hi_group");

    assertField(enrol(officerA, card("2026-03-01", "2026-03-01")), "fields.valid_until");

    Map<String, Object> amountOnCard = card("2026-01-01", null);
    amountOnCard.put("monthly_amount", 500_000);
    assertField(enrol(officerA, amountOnCard), "fields.monthly_amount");

    Map<String, Object> negative =
        new HashMap<>(
            Map.of("scheme", "SOCIAL_ALLOWANCE", "valid_from", "2026-01-01", "monthly_amount", -1));
    assertField(enrol(officerA, negative), "fields.monthly_amount");
    negative.put("monthly_amount", 500_000);
    assertThat(enrol(officerA, negative).status()).isEqualTo(201);

    Map<String, Object> noEvidence = card("2020-01-01", "2021-01-01");
    Api.Answer unfounded = officerA.post(enrolments(), json(Map.of("fields", noEvidence)));
    assertField(unfounded, "evidence");

    assertThat(
            jdbc.sql("select count(*) from enrolment where person_id = ?")
                .param(personA)
                .query(Long.class)
                .single())
        .isEqualTo(1); // the allowance only
  }

  @Test
  void twoValiditiesOfOneSchemeMayNotOverlapAndTheRefusalNamesTheOther() {
    long first = enrol(officerA, card("2025-01-01", "2026-01-01")).json().get("id").asLong();
    assertThat(enrol(officerA, card("2026-01-01", null)).status()).isEqualTo(201);

    Api.Answer overlap = enrol(officerA, card("2025-06-01", "2025-09-01"));

    assertField(overlap, "fields.valid_from");
    assertThat(overlap.json().get("detail").asText())
        .contains("Overlaps enrolment " + first)
        .contains("2025-01-01 – 2026-01-01");
    Map<String, Object> otherScheme = new HashMap<>(card("2025-06-01", null));
    otherScheme.put("scheme", "VOLUNTARY_SI");
    otherScheme.remove("hi_group");
    otherScheme.remove("card_number");
    assertThat(enrol(officerA, otherScheme).status()).isEqualTo(201);
  }

  @Test
  void aStaleEnrolmentVersionIsAConflict() {
    long e = enrol(officerA, card("2026-01-01", null)).json().get("id").asLong();
    patch(
        officerA,
        enrolments() + "/" + e,
        Map.of("fields", Map.of("card_number", "HS1"), "version", 0, "evidence", "a"));

    Api.Answer stale =
        patch(
            officerA,
            enrolments() + "/" + e,
            Map.of("fields", Map.of("card_number", "HS2"), "version", 0, "evidence", "b"));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("current_version").asInt()).isEqualTo(1);
    assertThat(officerA.get(enrolments() + "/" + e).json().get("card_number").asText())
        .isEqualTo("HS1");
  }

  @Test
  void anotherWardsOfficerGets404AndAnInspector403ForAnEnrolment() {
    long e = enrol(officerA, card("2026-01-01", null)).json().get("id").asLong();

    assertThat(enrol(officerB, card("2020-01-01", "2021-01-01")).status()).isEqualTo(404);
    assertThat(officerB.get(enrolments()).status()).isEqualTo(404);
    assertThat(
            patch(
                    officerB,
                    enrolments() + "/" + e,
                    Map.of("fields", Map.of("card_number", "X"), "version", 0, "evidence", "a"))
                .status())
        .isEqualTo(404);
    Api inspector = as(Role.INSPECTOR, null);
    assertThat(inspector.get(enrolments()).status()).isEqualTo(200);
    assertThat(enrol(inspector, card("2020-01-01", "2021-01-01")).status()).isEqualTo(403);
    assertThat(officerA.get(enrolments()).json()).hasSize(1);
  }

  @Test
  void aPersonMovesToAnotherHouseholdWithHistoryOnBoth() {
    long target = RegistryFixture.household(officerA, RegistryFixture.householdCode(), wardA);
    String targetCode =
        officerA
            .get("/api/v1/households/" + target)
            .json()
            .get("fields")
            .get("household_code")
            .asText();

    Api.Answer moved =
        officerA.post(
            "/api/v1/persons/" + personA + "/move",
            json(
                Map.of(
                    "household_id", target, "role", "spouse", "version", 0, "evidence", "CT01 7")));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("household_id").asLong()).isEqualTo(target);
    assertThat(moved.json().get("fields").get("role").asText()).isEqualTo("spouse");
    assertThat(officerA.get("/api/v1/households/" + householdA).json().get("members")).isEmpty();
    JsonNode from = officerA.get("/api/v1/households/" + householdA + "/history").json();
    JsonNode to = officerA.get("/api/v1/households/" + target + "/history").json();
    assertThat(last(from).get("field").asText()).isEqualTo("member");
    assertThat(last(from).get("old_value").asText()).isEqualTo(String.valueOf(personA));
    assertThat(last(to).get("new_value").asText()).isEqualTo(String.valueOf(personA));
    assertThat(last(to).get("evidence").asText()).isEqualTo("CT01 7");
    JsonNode person = officerA.get("/api/v1/persons/" + personA + "/history").json();
    assertThat(person.toString()).contains("\"household_code\"").contains(targetCode);
  }

  @Test
  void movingAcrossWardsNeedsEditRightsInBoth() {
    long elsewhere = RegistryFixture.household(officerB, RegistryFixture.householdCode(), wardB);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("household_id", elsewhere);
    body.put("version", 0);
    body.put("evidence", "CT01");

    Api.Answer byOfficer = officerA.post("/api/v1/persons/" + personA + "/move", json(body));
    assertThat(byOfficer.status()).isEqualTo(404); // the other ward's household is out of scope
    assertThat(byOfficer.json().get("field").asText()).isEqualTo("household_id");

    Api admin = as(Role.ADMIN, null);
    assertThat(admin.post("/api/v1/persons/" + personA + "/move", json(body)).status())
        .isEqualTo(200);
    assertThat(officerB.get("/api/v1/persons/" + personA).json().get("ward_code").asInt())
        .isEqualTo(wardB);
    assertThat(officerA.get("/api/v1/persons/" + personA).status()).isEqualTo(404);
  }

  @Test
  void aPairDecidedToBeTwoPeopleIsNoLongerListed() {
    long twin =
        officerA
            .post(
                "/api/v1/households/" + householdA + "/persons",
                json(
                    Map.of(
                        "fields",
                        Map.of(
                            "role",
                            "other",
                            "full_name",
                            "Hoang Thi Lan",
                            "birth_date",
                            "1968-02-11"),
                        "evidence",
                        "CT01",
                        "confirm_probable_duplicate",
                        true)))
            .json()
            .get("id")
            .asLong();
    assertThat(pairs(officerA)).contains(personA + "-" + twin);

    Map<String, Object> decision = new HashMap<>(Map.of("first_id", twin, "second_id", personA));
    assertField(officerA.post("/api/v1/persons/duplicates/distinct", json(decision)), "evidence");
    decision.put("evidence", "CCCD của hai người");
    assertThat(
            as(Role.INSPECTOR, null)
                .post("/api/v1/persons/duplicates/distinct", json(decision))
                .status())
        .isEqualTo(403);
    assertThat(officerB.post("/api/v1/persons/duplicates/distinct", json(decision)).status())
        .isEqualTo(404);

    Api.Answer decided = officerA.post("/api/v1/persons/duplicates/distinct", json(decision));

    assertThat(decided.status()).isEqualTo(204);
    assertThat(pairs(officerA)).doesNotContain(personA + "-" + twin);
    JsonNode history = officerA.get("/api/v1/persons/" + twin + "/history").json();
    assertThat(last(history).get("field").asText()).isEqualTo("not_duplicate_of");
    assertThat(last(history).get("new_value").asText()).isEqualTo(String.valueOf(personA));
  }

  private static List<String> pairs(Api api) {
    List<String> pairs = new java.util.ArrayList<>();
    for (JsonNode p : api.get("/api/v1/persons/duplicates?size=100").json().get("items")) {
      pairs.add(p.get("first_id").asLong() + "-" + p.get("second_id").asLong());
    }
    return pairs;
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private static void assertField(Api.Answer a, String field) {
    assertThat(a.status()).as(a.text()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().get("field").asText()).isEqualTo(field);
  }
}
