package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.ansinh.server.registry.RegistrySnapshot;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.population.PopulationFacts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Jobs through the real API over a small registry of our own in one ward: submit, follow, download
 * every format. The figures are worked out by hand from the fixture, and checked against the same
 * analysis run directly on the same snapshot.
 *
 * <p>The fixture, in a ward of Hanoi, for January 2026: household A (weight 10, income 100,000 VND
 * a person a month: poor) with a head holding a health-insurance card since June 2025 and a child
 * whose card expired in December 2025, both with permanent residence; household B (weight 5, income
 * 20,000,000) with one temporary resident whose card starts only in March 2026.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsIntegrationTests {

  private static final String PERIOD = "2026-01";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Jobs jobs;
  @Autowired RegistrySnapshot snapshot;
  @Autowired Legislation legislation;

  private RegistryFixture fixture;
  private String analyst;
  private Api api;

  @BeforeAll
  void registry() {
    fixture = new RegistryFixture(jdbc, 3);
    long a = fixture.household(10, 100_000);
    long head =
        fixture.person(
            a, "head", LocalDate.of(1985, 3, 1), "MALE", "PERMANENT", "SELF_EMPLOYED", 0, 100_000);
    long child =
        fixture.person(
            a, "child", LocalDate.of(2016, 5, 1), "FEMALE", "PERMANENT", "STUDENT", 0, 0);
    long b = fixture.household(5, 20_000_000);
    long worker =
        fixture.person(
            b, "head", LocalDate.of(1990, 1, 1), "FEMALE", "TEMPORARY", "EMPLOYEE", 12, 20_000_000);
    fixture.enrol(head, "HEALTH_INSURANCE", LocalDate.of(2025, 6, 1), null);
    fixture.enrol(child, "HEALTH_INSURANCE", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1));
    fixture.enrol(worker, "HEALTH_INSURANCE", LocalDate.of(2026, 3, 1), null);
    analyst = TestAccounts.open(accounts, Role.ANALYST, null, null);
    api = new Api(port).as(analyst, TestAccounts.PASSWORD);
  }

  @AfterAll
  void removeRegistry() {
    fixture.remove();
  }

  @Test
  void anAccessJobRunsAndItsResultsDownloadInEveryFormat() throws IOException {
    Api.Answer submitted =
        api.post(
            "/api/v1/jobs",
            "{\"kind\": \"access\", \"period\": \"2026-01\", \"by\": [\"residence\"], \"ward\": "
                + fixture.ward
                + "}");

    assertThat(submitted.status()).isEqualTo(202);
    String self = submitted.json().get("self").asString();
    JsonNode job = waitUntilFinished(self);
    assertThat(job.get("status").asString()).isEqualTo("DONE");
    assertThat(job.get("progress").asInt()).isEqualTo(100);
    assertThat(job.get("persons").asInt()).isEqualTo(3);
    assertThat(job.get("households").asInt()).isEqualTo(2);
    assertThat(job.get("seconds_running").asDouble()).isPositive();
    assertThat(names(job))
        .containsExactlyInAnyOrder(
            "access.csv",
            "access-ward.csv",
            "access.xlsx",
            "access.json",
            "access-eligible-reached.svg",
            "access-barriers.svg",
            "access-wards.svg");

    // health insurance: everyone is eligible; reached = a card valid on 1 January 2026
    String csv = api.get(self + "/results/access.csv").text();
    assertThat(csv)
        .contains("PERMANENT,HEALTH_INSURANCE,20,20,10,1,")
        .contains("TEMPORARY,HEALTH_INSURANCE,5,5,0,1,");

    JsonNode json = api.get(self + "/results/access.json").json();
    JsonNode permanent = figure(json.get("rows"), "PERMANENT", "HEALTH_INSURANCE");
    assertThat(permanent.get("reached_share").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(permanent.get("gap_share").asDouble()).isCloseTo(0.5, within(1e-12));
    JsonNode ward = figure(json.get("by_ward"), Integer.toString(fixture.ward), "HEALTH_INSURANCE");
    assertThat(ward.get("eligible").asDouble()).isEqualTo(25);
    assertThat(ward.get("reached").asDouble()).isEqualTo(10);

    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(bytes(self, "access.xlsx")))) {
      Sheet sheet = book.getSheet("access");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("eligible");
      Row temporary = row(sheet, "TEMPORARY", "HEALTH_INSURANCE");
      assertThat(temporary.getCell(3).getNumericCellValue()).isEqualTo(5);
      assertThat(temporary.getCell(4).getNumericCellValue()).isEqualTo(0);
      assertThat(book.getSheet("access-ward")).isNotNull();
    }

    Api.Answer chart = api.get(self + "/results/access-eligible-reached.svg");
    assertThat(chart.contentType()).startsWith("image/svg+xml");
    assertThat(chart.text()).contains("<svg").contains("class=\"bar\"");
  }

  /** Every figure of the job is the one the analysis gives on the same snapshot, run here. */
  @Test
  void anAccessJobGivesWhatTheAnalysisGivesOnTheSameSnapshot() {
    String self = finishedAccessJob("\"sector\", \"migrant\"");
    JsonNode rows = api.get(self + "/results/access.json").json().get("rows");

    Period period = Period.parse(PERIOD);
    AccessAnalysis.Result direct =
        AccessAnalysis.run(
            snapshot.readWithFacts(period, fixture.ward),
            PopulationFacts.extend(legislation),
            period);
    List<AccessTable.Row> expected = AccessTable.of(direct, List.of("sector", "migrant"));

    assertThat(rows.size()).isEqualTo(expected.size());
    for (AccessTable.Row e : expected) {
      JsonNode actual = figure(rows, e.group(), e.programme().name());
      assertThat(actual.get("eligible").asDouble()).isEqualTo(e.eligible());
      assertThat(actual.get("reached").asDouble()).isEqualTo(e.reached());
      assertThat(actual.get("main_barrier").asString()).isEqualTo(e.mainBarrier().name());
    }
  }

  /**
   * The portable floor pays every member of a poor or near-poor household the amount set: the two
   * members of household A (weight 10) become reachable, 20 persons, at 500,000 VND a month each:
   * 12 × 500,000 × 20 = 120,000,000 VND a year. Household B is not poor.
   */
  @Test
  void aReformJobPricesTheFloorForThePoorHousehold() {
    Api.Answer submitted =
        api.post(
            "/api/v1/jobs",
            "{\"kind\": \"reform\", \"period\": \"2026-01\", \"by\": [], \"reform\":"
                + " \"portable_floor\", \"settings\": {\"amount\": 500000}, \"ward\": "
                + fixture.ward
                + "}");
    assertThat(submitted.status()).isEqualTo(202);
    String self = submitted.json().get("self").asString();
    JsonNode job = waitUntilFinished(self);
    assertThat(job.get("status").asString()).isEqualTo("DONE");
    assertThat(names(job))
        .contains(
            "reform.csv", "reform.xlsx", "reform.json", "reform-newly.svg", "reform-cost.svg");

    JsonNode floor =
        figure(api.get(self + "/results/reform.json").json().get("rows"), "ALL", "INCOME_FLOOR");
    assertThat(floor.get("newly_reachable").asDouble()).isEqualTo(20);
    assertThat(floor.get("annual_cost_change").asDouble()).isEqualTo(120_000_000);
    assertThat(api.get(self + "/results/reform.csv").text())
        .contains("ALL,INCOME_FLOOR,0,20,0,20,20,");
    assertThat(api.get(self + "/results/reform-newly.svg").text()).contains("class=\"bar\"");

    // 120,000,000 VND a year is 0.12 billion, written 0,1 in Vietnamese, for everyone ("ALL")
    String vi = api.get(self + "/results/reform-cost.svg").text();
    assertThat(vi).contains(">0,1</text>").contains(">Tất cả</text>").doesNotContain(">ALL<");
    String en = api.get(self + "/results/reform-cost.svg?lang=en").text();
    assertThat(en).contains(">0.1</text>").contains(">Everyone</text>");
  }

  /**
   * The charts name groups as the tables do and write numbers as the reader's language does: in the
   * ward chart, the fixture ward by name and its health-insurance gap, 15 of 25 eligible persons
   * not reached, as 60,0% (Vietnamese) or 60.0% (English).
   */
  @Test
  void chartsAreDrawnInTheReadersLanguage() {
    String self = finishedAccessJob("\"residence\"");
    String nameVi = wardName("name_vi");
    String nameEn = wardName("name_en");

    Api.Answer vi = api.get(self + "/results/access-wards.svg");
    assertThat(vi.text()).contains(">" + nameVi + "</text>").contains(">60,0%</text>");
    assertThat(vi.text()).doesNotContain(">" + fixture.ward + "</text>");
    String en = api.get(self + "/results/access-wards.svg?lang=en").text();
    assertThat(en).contains(">" + nameEn + "</text>").contains(">60.0%</text>");

    assertThat(api.get(self + "/results/access-eligible-reached.svg").text())
        .contains(">Thường trú</text>")
        .contains(">Tạm trú</text>")
        .contains(">Đủ điều kiện và được tiếp cận theo nhóm</text>")
        .doesNotContain(">PERMANENT</text>")
        .doesNotContain("Eligible and reached");
    assertThat(api.get(self + "/results/access-eligible-reached.svg?lang=en").text())
        .contains(">Permanent residence</text>")
        .contains(">Temporary residence</text>")
        .contains(">Eligible and reached by group (persons)</text>")
        .doesNotContain("Đủ điều kiện");
  }

  /** An access job of January 2026 over the fixture's ward, grouped {@code by}; its address. */
  private String finishedAccessJob(String by) {
    String self =
        api.post(
                "/api/v1/jobs",
                "{\"kind\": \"access\", \"period\": \"2026-01\", \"by\": ["
                    + by
                    + "], \"ward\": "
                    + fixture.ward
                    + "}")
            .json()
            .get("self")
            .asString();
    waitUntilFinished(self);
    return self;
  }

  private String wardName(String column) {
    return jdbc.sql("select " + column + " from area where code = ?")
        .param(fixture.ward)
        .query(String.class)
        .single();
  }

  @Test
  void officersCitizensAndStrangersMayNotRunJobs() {
    String officer = TestAccounts.open(accounts, Role.WARD_OFFICER, fixture.ward, null);
    String inspector = TestAccounts.open(accounts, Role.INSPECTOR, null, null);
    long household =
        jdbc.sql("insert into household (code, ward_code) values (?, ?) returning id")
            .params("TEST-CITIZEN-" + System.nanoTime(), fixture.ward)
            .query(Long.class)
            .single();
    String citizen = TestAccounts.open(accounts, Role.CITIZEN, null, household);
    String body = "{\"kind\": \"access\", \"period\": \"2026-01\"}";

    for (String who : List.of(officer, inspector, citizen)) {
      Api as = new Api(port).as(who, TestAccounts.PASSWORD);
      assertThat(as.post("/api/v1/jobs", body).status()).as(who).isEqualTo(403);
    }
    for (String who : List.of(officer, citizen)) {
      Api as = new Api(port).as(who, TestAccounts.PASSWORD);
      assertThat(as.get("/api/v1/jobs").status()).as(who).isEqualTo(403);
    }
    // inspectors read every job, for audit, but run none
    assertThat(new Api(port).as(inspector, TestAccounts.PASSWORD).get("/api/v1/jobs").status())
        .isEqualTo(200);
    assertThat(new Api(port).post("/api/v1/jobs", body).status()).isEqualTo(401);
  }

  @Test
  void aBadRequestIsAProblemNamingTheField() {
    Api.Answer bad =
        api.post(
            "/api/v1/jobs",
            "{\"kind\": \"reform\", \"reform\": \"voluntary_si_support\", \"settings\": {\"rate\":"
                + " 3}}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().get("field").asString()).isEqualTo("settings.rate");
    assertThat(bad.json().get("allowed").asString()).isEqualTo("0–1");
    JsonNode planet =
        api.post("/api/v1/jobs", "{\"kind\": \"access\", \"by\": [\"planet\"]}").json();
    assertThat(planet.get("field").asString()).isEqualTo("by[0]");
    assertThat(api.get("/api/v1/jobs/999999999").status()).isEqualTo(404);
  }

  @Test
  void anAnalystListsTheirOwnJobsALeaderAndAnAdministratorEveryones() {
    String otherAnalyst = TestAccounts.open(accounts, Role.ANALYST, null, null);
    Api other = new Api(port).as(otherAnalyst, TestAccounts.PASSWORD);
    Api leader =
        new Api(port)
            .as(TestAccounts.open(accounts, Role.LEADER, null, null), TestAccounts.PASSWORD);
    long mine =
        api.post("/api/v1/jobs", "{\"kind\": \"access\", \"ward\": " + fixture.ward + "}")
            .json()
            .get("id")
            .asLong();

    assertThat(ids(api.get("/api/v1/jobs").json())).contains(mine);
    assertThat(ids(other.get("/api/v1/jobs").json())).doesNotContain(mine);
    assertThat(ids(leader.get("/api/v1/jobs").json())).contains(mine);
    String admin = TestAccounts.open(accounts, Role.ADMIN, null, null);
    assertThat(ids(new Api(port).as(admin, TestAccounts.PASSWORD).get("/api/v1/jobs").json()))
        .contains(mine);
    waitUntilFinished("/api/v1/jobs/" + mine);
  }

  /** A job queued or running when the server stopped is marked failed on the next start. */
  @Test
  void aJobInterruptedByAStopIsMarkedFailed() {
    long id =
        jdbc.sql(
                "insert into analysis_job (kind, status, requested_by, request, stage, progress,"
                    + " created_at, started_at) values ('access', 'RUNNING', ?, '{}', 'law', 40,"
                    + " now(), now()) returning id")
            .param(analyst)
            .query(Long.class)
            .single();

    jobs.failInterrupted();

    JsonNode job = api.get("/api/v1/jobs/" + id).json();
    assertThat(job.get("status").asString()).isEqualTo("FAILED");
    assertThat(job.get("error").asString()).contains("the server stopped");
  }

  private JsonNode waitUntilFinished(String self) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3)); // not a timing check: a hang
    while (true) {
      JsonNode job = api.get(self).json();
      String status = job.get("status").asString();
      if (status.equals("DONE") || status.equals("FAILED") || status.equals("CANCELLED")) {
        return job;
      }
      assertThat(Instant.now()).as("job %s still %s", self, status).isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<String> names(JsonNode job) {
    return job.get("results").valueStream().map(r -> r.get("name").asString()).toList();
  }

  private static List<Long> ids(JsonNode jobs) {
    return jobs.valueStream().map(j -> j.get("id").asLong()).toList();
  }

  private static JsonNode figure(JsonNode rows, String group, String programme) {
    return rows.valueStream()
        .filter(
            r ->
                r.get("group").asString().equals(group)
                    && r.get("programme").asString().equals(programme))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + group + " × " + programme));
  }

  private static Row row(Sheet sheet, String group, String programme) {
    for (Row r : sheet) {
      if (r.getRowNum() > 0
          && r.getCell(0).getStringCellValue().equals(group)
          && r.getCell(1).getStringCellValue().equals(programme)) {
        return r;
      }
    }
    throw new AssertionError("no row " + group + " × " + programme);
  }

  /** A binary download ({@link Api} reads bodies as text). */
  private byte[] bytes(String self, String name) {
    String token =
        Base64.getEncoder()
            .encodeToString(
                (analyst + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + self + "/results/" + name))
                      .header("Authorization", "Basic " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
      return r.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
