package org.ansinh.server.registry.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.Role;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RegistryChange;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records for the registry pages' tests, written through the registry's services (tests share one
 * database: every code and national ID is fresh).
 */
final class PageFixture {

  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);
  private static final Actor SYSTEM = Actor.system("page-tests");
  private static final RegistryChange CREATED = new RegistryChange("CT01 test", null);

  private final HouseholdRegistry households;
  private final PersonRegistry persons;

  PageFixture(HouseholdRegistry households, PersonRegistry persons) {
    this.households = households;
    this.persons = persons;
  }

  /**
   * A Hanoi ward or commune no other test class writes to, so searches see only this class's
   * records: {@code offset} counts from the last code.
   */
  static int quietWard(JdbcClient jdbc, int offset) {
    return jdbc.sql(
            "select code from area where province_code = 1 order by code desc limit 1 offset ?")
        .param(offset)
        .query(Integer.class)
        .single();
  }

  static String householdCode() {
    return "W-" + NEXT.incrementAndGet();
  }

  /** A 12-digit national ID no other test uses (prefix 998, which no province has). */
  static String nationalId() {
    return String.format("998%09d", NEXT.incrementAndGet() % 1_000_000_000L);
  }

  /** A web client signed in with a new account of this role (and ward or household). */
  static WebClient signedIn(int port, Accounts accounts, Role role, Integer ward, Long household) {
    String user = TestAccounts.open(accounts, role, ward, household);
    WebClient web = new WebClient(port);
    if (web.signIn(user, TestAccounts.PASSWORD).status() != 302) {
      throw new AssertionError("sign-in refused for a new " + role + " account");
    }
    return web;
  }

  long household(int ward) {
    return households
        .create(SYSTEM, Map.of("household_code", householdCode(), "ward_code", ward), CREATED)
        .id();
  }

  PersonRecord person(long household, String role, String name, String birth) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("role", role);
    f.put("full_name", name);
    f.put("birth_date", birth);
    f.put("national_id", nationalId());
    return persons.create(SYSTEM, household, f, true, CREATED);
  }
}
