package org.ansinh.server.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ansinh.server.Api;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small fixtures for registry tests on the shared database: fresh household codes and national IDs
 * (never used by another test), two real wards of Ho Chi Minh City, and JSON bodies.
 */
final class RegistryFixture {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private RegistryFixture() {}

  /** Two distinct HCMC ward codes from table {@code area}. */
  static List<Integer> twoWards(JdbcClient jdbc) {
    return jdbc.sql("select code from area where province_code = 79 order by code limit 2")
        .query(Integer.class)
        .list();
  }

  static String householdCode() {
    return "T-" + NEXT.incrementAndGet();
  }

  /** A 12-digit national ID no other test uses (prefix 999, which no province has). */
  static String nationalId() {
    return String.format("999%09d", NEXT.incrementAndGet() % 1_000_000_000L);
  }

  /**
   * Deletes the households (and their persons) tests made, so that the registry again holds only
   * what DemoCityIntegrationTests compares with the generator. The change history stays: it is
   * append-only.
   */
  static void removeTestHouseholds(JdbcClient jdbc) {
    jdbc.sql(
            "delete from enrolment where person_id in (select p.id from person p join household h"
                + " on h.id = p.household_id where h.code like 'T-%')")
        .update();
    jdbc.sql(
            "delete from person where household_id in (select id from household where code like"
                + " 'T-%')")
        .update();
    jdbc.sql("delete from household where code like 'T-%'").update();
  }

  static String json(Object o) {
    return JSON.writeValueAsString(o);
  }

  /** A create body with these fields and evidence. */
  static String create(Map<String, ?> fields) {
    return json(Map.of("fields", fields, "evidence", "CT01 test"));
  }

  /** Creates a household in the ward through the API and returns its id. */
  static long household(Api api, String code, int ward) {
    Api.Answer a =
        api.post("/api/v1/households", create(Map.of("household_code", code, "ward_code", ward)));
    if (a.status() != 201) {
      throw new AssertionError("household not created: " + a.status() + " " + a.text());
    }
    return a.json().get("id").asLong();
  }

  /** Adds a person to a household through the API and returns the answer. */
  static Api.Answer person(Api api, long household, String name, String birth, String nid) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("role", "head");
    f.put("full_name", name);
    f.put("birth_date", birth);
    if (nid != null) {
      f.put("national_id", nid);
    }
    return api.post("/api/v1/households/" + household + "/persons", create(f));
  }

  static Api.Answer patch(Api api, String path, Object body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return api.send("PATCH", path, json(body), all);
  }

  /** A new ward officer of the first test ward, with an API client and an uploader of files. */
  record Officer(int ward, String username, Files files, Api api) {
    static Officer open(int port, Accounts accounts, JdbcClient jdbc) {
      int ward = twoWards(jdbc).get(0);
      String username = TestAccounts.open(accounts, Role.WARD_OFFICER, ward, null);
      return new Officer(
          ward,
          username,
          new Files(port, username),
          new Api(port).as(username, TestAccounts.PASSWORD));
    }
  }
}
