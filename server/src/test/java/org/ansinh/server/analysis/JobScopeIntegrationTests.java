package org.ansinh.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.ansinh.simulation.access.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who reads and cancels which job, through the API and the pages; and the retention. The jobs are
 * written straight into the table (a finished one with a result file, queued ones the runner never
 * saw), so the rules are tested without waiting for any computation.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobScopeIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Jobs jobs;
  @Autowired JobRunner runner;

  private String analyst;
  private String otherAnalyst;
  private String leader;
  private String inspector;
  private String admin;
  private String officer;
  private long done;
  private int ward;

  @BeforeAll
  void accountsAndAJob() {
    analyst = TestAccounts.open(accounts, Role.ANALYST, null, null);
    otherAnalyst = TestAccounts.open(accounts, Role.ANALYST, null, null);
    leader = TestAccounts.open(accounts, Role.LEADER, null, null);
    inspector = TestAccounts.open(accounts, Role.INSPECTOR, null, null);
    admin = TestAccounts.open(accounts, Role.ADMIN, null, null);
    ward = jdbc.sql("select min(code) from area").query(Integer.class).single();
    officer = TestAccounts.open(accounts, Role.WARD_OFFICER, ward, null);
    done = job(analyst, "DONE", Instant.now());
    jdbc.sql(
            "insert into analysis_result (job_id, name, media_type, content) values (?,"
                + " 'access.csv', 'text/csv; charset=utf-8', ?)")
        .params(done, "group,programme\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .update();
  }

  @Test
  void whoeverStartedAJobAndThoseWhoReadEveryAnalysisReadIt() {
    for (String who : List.of(analyst, leader, inspector, admin)) {
      Api as = api(who);
      assertThat(as.get("/api/v1/jobs/" + done).status()).as(who).isEqualTo(200);
      assertThat(as.get("/api/v1/jobs/" + done + "/results/access.csv").status())
          .as(who)
          .isEqualTo(200);
      assertThat(ids(as.get("/api/v1/jobs").json())).as(who).contains(done);
    }
  }

  @Test
  void anotherAnalystIsToldThereIsNoSuchJob() {
    Api other = api(otherAnalyst);

    Api.Answer job = other.get("/api/v1/jobs/" + done);
    assertThat(job.status()).isEqualTo(404);
    assertThat(job.json().get("field").asString()).isEqualTo("id");
    assertThat(job.json().get("detail").asString()).isEqualTo("no job " + done);
    assertThat(other.get("/api/v1/jobs/" + done + "/results/access.csv").status()).isEqualTo(404);
    assertThat(other.delete("/api/v1/jobs/" + done).status()).isEqualTo(404);
    assertThat(ids(other.get("/api/v1/jobs").json())).doesNotContain(done);
  }

  @Test
  void aWardOfficerReadsNoJob() {
    Api as = api(officer);
    assertThat(as.get("/api/v1/jobs/" + done).status()).isEqualTo(403);
    assertThat(as.get("/api/v1/jobs/" + done + "/results/access.csv").status()).isEqualTo(403);
    WebClient web = new WebClient(port);
    web.signIn(officer, TestAccounts.PASSWORD);
    assertThat(web.get("/analysis/jobs/" + done + "/results/access.csv").status()).isEqualTo(403);
    assertThat(web.get("/analysis/jobs").status()).isEqualTo(403);
  }

  @Test
  void thePagesApplyTheSameRule() {
    WebClient mine = new WebClient(port);
    mine.signIn(analyst, TestAccounts.PASSWORD);
    assertThat(mine.get("/analysis/jobs/" + done + "/results/access.csv").status()).isEqualTo(200);
    assertThat(mine.get("/analysis/jobs").html()).contains("id=\"job-" + done + "\"");

    WebClient other = new WebClient(port);
    other.signIn(otherAnalyst, TestAccounts.PASSWORD);
    assertThat(other.get("/analysis/jobs/" + done + "/results/access.csv").status()).isEqualTo(404);
    assertThat(other.get("/reforms/simulate?job=" + done).status()).isEqualTo(404);
    assertThat(other.get("/dashboard/jobs/" + done).status()).isEqualTo(404);
    assertThat(other.get("/analysis/jobs").html()).doesNotContain("id=\"job-" + done + "\"");
  }

  @Test
  void whoeverStartedAQueuedJobCancelsIt() {
    long id = job(analyst, "QUEUED", null);

    assertThat(api(leader).delete("/api/v1/jobs/" + id).status()).isEqualTo(403);
    Api.Answer cancelled = api(analyst).delete("/api/v1/jobs/" + id);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().get("stage_en").asString()).isEqualTo("Cancelled");
    Api.Answer again = api(analyst).post("/api/v1/jobs/" + id + "/cancel", "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("field").asString()).isEqualTo("status");
    assertThat(again.json().get("detail").asString()).contains("CANCELLED");
  }

  @Test
  void anAdministratorCancelsAnyJob() {
    long id = job(analyst, "RUNNING", null);

    Api.Answer cancelled = api(admin).post("/api/v1/jobs/" + id + "/cancel", "");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(status(id)).isEqualTo("CANCELLED");
  }

  @Test
  void aJobCancelledWhileRunningStoresNothingWhenItsComputationEnds() {
    long id = job(analyst, "RUNNING", null);
    api(analyst).delete("/api/v1/jobs/" + id);

    boolean stored =
        jobs.finish(id, List.of(ResultFile.text("access.csv", ResultFile.CSV, "group\n")));
    jobs.progress(id, JobStage.YEAR, 80);
    jobs.fail(id, "too late");

    assertThat(stored).isFalse();
    assertThat(status(id)).isEqualTo("CANCELLED");
    assertThat(
            jdbc.sql("select count(*) from analysis_result where job_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The computation of a cancelled job stops at the next chunk of persons it reports. */
  @Test
  void aRunningJobStopsAtItsNextChunkOnceCancelled() {
    long id = job(analyst, "RUNNING", null);
    ProgressListener progress = runner.listener(id);
    progress.progress("law", 1000, 3000);
    assertThat(status(id)).isEqualTo("RUNNING");

    api(analyst).delete("/api/v1/jobs/" + id);

    assertThatThrownBy(() -> progress.progress("law", 2000, 3000))
        .isInstanceOf(JobRunner.JobCancelledException.class);
    assertThat(status(id)).isEqualTo("CANCELLED");
  }

  @Test
  void aJobIsCancelledFromItsProgressOnThePage() {
    long id = job(analyst, "QUEUED", null);
    WebClient web = new WebClient(port);
    web.signIn(analyst, TestAccounts.PASSWORD);
    assertThat(web.get("/analysis/jobs").html()).contains("/analysis/jobs/" + id + "/cancel");
    assertThat(web.get("/dashboard?job=" + id).html()).contains("id=\"job-cancel\"");

    WebClient.Page answer = web.post("/analysis/jobs/" + id + "/cancel", Map.of(), true);

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.location()).endsWith("/analysis/jobs");
    assertThat(status(id)).isEqualTo("CANCELLED");
    assertThat(web.post("/analysis/jobs/" + id + "/cancel", Map.of(), false).status())
        .isEqualTo(403); // no CSRF token
  }

  /**
   * With a retention of 30 days and today 15 February 2020: a job ended on 1 January 2020 is gone
   * with its result, one ended on 1 February 2020 stays, and one still queued stays.
   */
  @Test
  void jobsEndedLongerAgoThanTheRetentionAreDeletedWithTheirResults() {
    long old = job(analyst, "FAILED", Instant.parse("2020-01-01T00:00:00Z"));
    jdbc.sql(
            "insert into analysis_result (job_id, name, media_type, content) values (?, 'a.csv',"
                + " 'text/csv', '\\x00')")
        .param(old)
        .update();
    long recent = job(analyst, "DONE", Instant.parse("2020-02-01T00:00:00Z"));
    long queued = job(analyst, "QUEUED", null);
    JobRetention retention =
        new JobRetention(
            jobs,
            Clock.fixed(Instant.parse("2020-02-15T00:00:00Z"), ZoneOffset.UTC),
            Duration.ofDays(30));

    assertThat(retention.deleteExpired()).isEqualTo(1);

    assertThat(jobs.find(old)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from analysis_result where job_id = ?")
                .param(old)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(jobs.find(recent)).isPresent();
    assertThat(jobs.find(queued)).isPresent();
  }

  /** Ended 10 January 2026 at noon in Vietnam: kept 30 days, until 9 February 2026. */
  @Test
  void theListSaysWhenResultsExpire() {
    long id = job(analyst, "DONE", Instant.parse("2026-01-10T05:00:00Z"));
    WebClient web = new WebClient(port);
    web.signIn(analyst, TestAccounts.PASSWORD);

    String html = web.get("/analysis/jobs").html();

    String row = html.substring(html.indexOf("id=\"job-" + id + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).contains("<td class=\"expires\">09/02/2026</td>");
    assertThat(html).contains("30");
  }

  /** A job over one ward: never the dashboard's source, which other tests read. */
  private long job(String who, String status, Instant finished) {
    Timestamp at = finished == null ? null : Timestamp.from(finished);
    return jdbc.sql(
            "insert into analysis_job (kind, status, requested_by, request, ward_code, stage,"
                + " progress, created_at, started_at, finished_at) values ('access', ?, ?,"
                + " '{\"kind\": \"access\"}', ?, ?, 0, coalesce(?, now()), null, ?) returning id")
        .params(
            status,
            who,
            ward,
            status.equals("RUNNING") ? "law" : status.toLowerCase(java.util.Locale.ROOT),
            at,
            at)
        .query(Long.class)
        .single();
  }

  private String status(long id) {
    return jdbc.sql("select status from analysis_job where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private Api api(String who) {
    return new Api(port).as(who, TestAccounts.PASSWORD);
  }

  private static List<Long> ids(JsonNode jobs) {
    return jobs.valueStream().map(j -> j.get("id").asLong()).toList();
  }
}
