package org.ansinh.server.registry;

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

/**
 * Imports awaiting commit or discard: their previews in memory, their rows in staging tables, their
 * record in {@code import_batch}. A preview belongs to the account that uploaded it. Previews do
 * not survive a restart: on start, staging tables left by one are dropped and their batches marked
 * discarded (the file is uploaded again).
 */
@Repository
class ImportBatches {

  private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

  /** An upload awaiting commit: its preview and the fields its file has columns for. */
  record Held(String username, ImportPreview preview, Set<String> present) {}

  private final Map<Long, Held> held = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final ImportStaging staging;

  ImportBatches(JdbcClient jdbc, ImportStaging staging) {
    this.jdbc = jdbc;
    this.staging = staging;
  }

  long open(Actor actor, String fileName) {
    return jdbc.sql("insert into import_batch (username, file_name) values (?, ?) returning id")
        .params(actor.username(), fileName)
        .query(Long.class)
        .single();
  }

  void hold(Held h) {
    held.put(h.preview().id(), h);
    jdbc.sql("update import_batch set row_count = ?, error_count = ? where id = ?")
        .params(h.preview().rows(), h.preview().errorCount(), h.preview().id())
        .update();
  }

  /** The actor's import awaiting commit; anyone else's is not found. */
  Held get(Actor actor, long id) {
    return Optional.ofNullable(held.get(id))
        .filter(h -> h.username().equals(actor.username()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "id",
                    "Không có lần nhập "
                        + id
                        + " đang chờ / No import "
                        + id
                        + " awaiting commit"));
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
    held.remove(id);
    staging.drop(id);
    jdbc.sql("update import_batch set status = 'DISCARDED', finished_at = now() where id = ?")
        .param(id)
        .update();
  }

  @EventListener(ApplicationReadyEvent.class)
  void dropLeftovers() {
    var left =
        jdbc.sql("select id from import_batch where status = 'PREVIEW'").query(Long.class).list();
    left.forEach(this::discarded);
    if (!left.isEmpty()) {
      log.info("Dropped {} import previews left by the last run", left.size());
    }
  }
}
