package org.ansinh.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports awaiting commit or discard: their record and preview in {@code import_batch}, their rows
 * in staging tables. A preview belongs to the account that uploaded it.
 *
 * <p>A preview survives a restart: it is stored with its batch (and cached here), and its staging
 * table is unlogged, which PostgreSQL keeps across a clean shutdown but empties in the recovery
 * from a crash. On start, {@link #resume} keeps each preview whose table still has the rows COPY
 * wrote; any other is marked {@code EXPIRED} and its table dropped, and asking for it then answers
 * {@link ImportExpiredException} (upload the file again) rather than "not found" or a commit of
 * part of the file. Logged staging tables would survive a crash too, but would write every row of a
 * large file to the WAL once more, for a case (a crash between preview and commit) in which
 * uploading again costs the officer a minute.
 */
@Repository
class ImportBatches {

  private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

  /** An upload awaiting commit: its preview and the fields its file has columns for. */
  record Held(String username, ImportPreview preview, Set<String> present) {}

  private final Map<Long, Held> held = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final ImportStaging staging;
  private final JsonMapper json;

  ImportBatches(JdbcClient jdbc, ImportStaging staging, JsonMapper json) {
    this.jdbc = jdbc;
    this.staging = staging;
    this.json = json;
  }

  long open(Actor actor, String fileName) {
    return jdbc.sql("insert into import_batch (username, file_name) values (?, ?) returning id")
        .params(actor.username(), fileName)
        .query(Long.class)
        .single();
  }

  /** Keeps a preview, in the same transaction as its staging table's rows. */
  void hold(Held h) {
    ImportPreview p = h.preview();
    String preview = json.writeValueAsString(p);
    jdbc.sql(
            "update import_batch set row_count = ?, error_count = ?, preview = cast(? as jsonb),"
                + " present = ?, staged_rows = ? where id = ?")
        .params(
            p.rows(),
            p.errorCount(),
            preview,
            h.present().toArray(String[]::new),
            p.newPersons() + p.matchingPersons(),
            p.id())
        .update();
    held.put(p.id(), h);
  }

  /** The actor's import awaiting commit; anyone else's is not found. */
  Held get(Actor actor, long id) {
    Held h = held.get(id);
    if (h == null) {
      h = load(actor, id);
      held.put(id, h);
    }
    return Optional.of(h)
        .filter(x -> x.username().equals(actor.username()))
        .orElseThrow(() -> notFound(id));
  }

  /** The preview stored with a batch awaiting commit, as kept across a restart. */
  private Held load(Actor actor, long id) {
    List<Stored> found =
        jdbc.sql("select username, status, preview, present from import_batch where id = ?")
            .param(id)
            .query(this::stored)
            .list();
    Stored s = found.isEmpty() ? null : found.get(0);
    if (s == null || !s.username().equals(actor.username())) {
      throw notFound(id);
    }
    if (s.status().equals("EXPIRED")) {
      throw new ImportExpiredException(id);
    }
    if (!s.status().equals("PREVIEW") || s.held() == null) {
      throw notFound(id);
    }
    return s.held();
  }

  private record Stored(String username, String status, Held held) {}

  private Stored stored(ResultSet rs, int n) throws SQLException {
    String preview = rs.getString("preview");
    Array present = rs.getArray("present");
    if (preview == null || present == null) {
      return new Stored(rs.getString("username"), rs.getString("status"), null);
    }
    try {
      ImportPreview p = json.readValue(preview, ImportPreview.class);
      Set<String> fields = Set.of((String[]) present.getArray());
      String username = rs.getString("username");
      return new Stored(username, rs.getString("status"), new Held(username, p, fields));
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot read the preview of import " + rs.getLong(1), e);
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException(
        "id", "Không có lần nhập " + id + " đang chờ / No import " + id + " awaiting commit");
  }

  void committed(ImportResult r) {
    held.remove(r.id());
    jdbc.sql(
            "update import_batch set status = 'COMMITTED', households_created = ?,"
                + " households_updated = ?, persons_created = ?, persons_updated = ?,"
                + " finished_at = now() where id = ?")
        .params(
            r.householdsCreated(),
            r.householdsUpdated(),
            r.personsCreated(),
            r.personsUpdated(),
            r.id())
        .update();
  }

  void discarded(long id) {
    finish(id, "DISCARDED");
  }

  private void finish(long id, String status) {
    held.remove(id);
    staging.drop(id);
    jdbc.sql("update import_batch set status = ?, finished_at = now() where id = ?")
        .params(status, id)
        .update();
  }

  /**
   * On start: keeps the previews whose staging tables are whole (a clean restart), expires the rest
   * (a crash emptied the table, or the preview was stored by a version that did not keep it).
   */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    held.clear();
    List<long[]> waiting =
        jdbc.sql(
                "select id, coalesce(staged_rows, -1) from import_batch where status = 'PREVIEW'"
                    + " and preview is not null and present is not null order by id")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    List<Long> incomplete =
        jdbc.sql(
                "select id from import_batch where status = 'PREVIEW'"
                    + " and (preview is null or present is null)")
            .query(Long.class)
            .list();
    int kept = 0;
    int expired = incomplete.size();
    incomplete.forEach(id -> finish(id, "EXPIRED"));
    for (long[] w : waiting) {
      if (staging.stagedRows(w[0]) == w[1]) {
        kept++;
      } else {
        finish(w[0], "EXPIRED");
        expired++;
      }
    }
    if (kept + expired > 0) {
      log.info("Import previews left by the last run: {} kept, {} expired", kept, expired);
    }
  }
}
