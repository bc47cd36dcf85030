package org.ansinh.server.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The jobs and their result files (tables {@code analysis_job}, {@code analysis_result}). */
@Repository
class Jobs {

  private static final String COLUMNS =
      "j.id, j.kind, j.status, j.requested_by, j.request, j.ward_code, j.progress, j.stage,"
          + " j.persons, j.households, j.error, j.created_at, j.started_at, j.finished_at,"
          + " array(select r.name from analysis_result r where r.job_id = j.id order by r.name)"
          + " as results";

  private final JdbcClient jdbc;
  private final Clock clock;

  /** The platform's clock when there is one, else the system's (UTC). */
  Jobs(JdbcClient jdbc, ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  Clock clock() {
    return clock;
  }

  long queue(JobSpec spec, String requestedBy, String requestJson) {
    return jdbc.sql(
            "insert into analysis_job (kind, status, requested_by, request, ward_code, stage,"
                + " created_at) values (?, 'QUEUED', ?, ?, ?, 'queued', ?) returning id")
        .params(spec.kind().code(), requestedBy, requestJson, spec.ward(), now())
        .query(Long.class)
        .single();
  }

  /** Starts a queued job; false when it is no longer queued (cancelled while it waited). */
  boolean start(long id) {
    return jdbc.sql(
                "update analysis_job set status = 'RUNNING', stage = 'reading', started_at = ?"
                    + " where id = ? and status = 'QUEUED'")
            .params(now(), id)
            .update()
        == 1;
  }

  void progress(long id, JobStage stage, int progress) {
    jdbc.sql(
            "update analysis_job set stage = ?, progress = greatest(progress, ?) where id = ?"
                + " and status = 'RUNNING'")
        .params(stage.code(), progress, id)
        .update();
  }

  /** Marks a queued or running job cancelled; false when it had already ended. */
  boolean cancel(long id) {
    return jdbc.sql(
                "update analysis_job set status = 'CANCELLED', stage = 'cancelled',"
                    + " finished_at = ? where id = ? and status in ('QUEUED', 'RUNNING')")
            .params(now(), id)
            .update()
        == 1;
  }

  /**
   * Deletes the jobs that ended before {@code cutoff}, with their results, except the newest
   * finished access analysis of the whole registry: the dashboard shows it until a newer one
   * replaces it.
   *
   * @return how many jobs
   */
  int deleteEndedBefore(Instant cutoff) {
    return jdbc.sql(
            "delete from analysis_job where finished_at < ? and id is distinct from (select max(id)"
                + " from analysis_job where kind = 'access' and status = 'DONE' and ward_code is"
                + " null)")
        .param(Timestamp.from(cutoff))
        .update();
  }

  void size(long id, int persons, int households) {
    jdbc.sql("update analysis_job set persons = ?, households = ? where id = ?")
        .params(persons, households, id)
        .update();
  }

  /**
   * Stores the results and marks the job done, together: a job is done with all its files. False
   * (and nothing stored) when the job was cancelled meanwhile.
   */
  @Transactional
  boolean finish(long id, List<ResultFile> files) {
    int running =
        jdbc.sql(
                "update analysis_job set status = 'DONE', stage = 'done', progress = 100,"
                    + " finished_at = ? where id = ? and status = 'RUNNING'")
            .params(now(), id)
            .update();
    if (running == 0) {
      return false;
    }
    for (ResultFile f : files) {
      jdbc.sql(
              "insert into analysis_result (job_id, name, media_type, content) values (?, ?, ?, ?)")
          .params(id, f.name(), f.mediaType(), f.content())
          .update();
    }
    return true;
  }

  void fail(long id, String error) {
    jdbc.sql(
            "update analysis_job set status = 'FAILED', stage = 'failed', error = ?,"
                + " finished_at = ? where id = ? and status in ('QUEUED', 'RUNNING')")
        .params(error, now(), id)
        .update();
  }

  /**
   * Jobs queued or running when the server stopped will never finish: marked failed, with why.
   *
   * @return how many
   */
  int failInterrupted() {
    return jdbc.sql(
            "update analysis_job set status = 'FAILED', stage = 'failed', error = ?,"
                + " finished_at = ? where status in ('QUEUED', 'RUNNING')")
        .params(
            "Máy chủ đã dừng trước khi xong / the server stopped before the job finished", now())
        .update();
  }

  Optional<Job> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from analysis_job j where j.id = ?")
        .param(id)
        .query(Jobs::job)
        .optional();
  }

  /** The newest first; of one account, or everyone's when {@code requestedBy} is null. */
  List<Job> list(String requestedBy, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from analysis_job j where (?::text is null or j.requested_by = ?)"
                + " order by j.id desc limit ?")
        .params(requestedBy, requestedBy, limit)
        .query(Jobs::job)
        .list();
  }

  /** The newest finished job of a kind over the whole registry, whoever ran it. */
  Optional<Job> latestDone(String kind) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from analysis_job j where j.kind = ? and j.status = 'DONE'"
                + " and j.ward_code is null order by j.id desc limit 1")
        .param(kind)
        .query(Jobs::job)
        .optional();
  }

  Optional<ResultFile> result(long id, String name) {
    return jdbc.sql(
            "select name, media_type, content from analysis_result where job_id = ? and name = ?")
        .params(id, name)
        .query(
            (rs, n) ->
                new ResultFile(
                    rs.getString("name"), rs.getString("media_type"), rs.getBytes("content")))
        .optional();
  }

  boolean knownWard(int code) {
    return jdbc.sql("select exists (select 1 from area where code = ?)")
        .param(code)
        .query(Boolean.class)
        .single();
  }

  /** The names of the units, in the language asked, by code. */
  java.util.Map<Integer, String> wardNames(String language) {
    java.util.Map<Integer, String> names = new java.util.HashMap<>();
    jdbc.sql("select code, name_vi, name_en from area")
        .query(
            rs -> {
              names.put(
                  rs.getInt("code"), rs.getString("en".equals(language) ? "name_en" : "name_vi"));
            });
    return names;
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  /** A finished job's results: the files it stored and the charts drawn from them when asked. */
  private static Job job(ResultSet rs, int row) throws SQLException {
    java.util.Set<String> results =
        new java.util.TreeSet<>(List.of((String[]) rs.getArray("results").getArray()));
    Job.Status status = Job.Status.valueOf(rs.getString("status"));
    if (status == Job.Status.DONE) {
      results.addAll(ResultCharts.names(rs.getString("kind")));
    }
    return new Job(
        rs.getLong("id"),
        rs.getString("kind"),
        status,
        rs.getString("requested_by"),
        rs.getString("request"),
        (Integer) rs.getObject("ward_code"),
        rs.getInt("progress"),
        JobStage.valueOf(rs.getString("stage").toUpperCase(java.util.Locale.ROOT)),
        (Integer) rs.getObject("persons"),
        (Integer) rs.getObject("households"),
        rs.getString("error"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        List.copyOf(results));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
