package org.ansinh.server.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the change history (table {@code change_history}, append-only). */
@Repository
class ChangeHistory {

  private final JdbcClient jdbc;

  ChangeHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void created(String entity, long id, String by, RegistryChange change) {
    write(entity, id, "record", null, "created", by, change);
  }

  void write(
      String entity,
      long id,
      String field,
      Object oldValue,
      Object newValue,
      String by,
      RegistryChange change) {
    jdbc.sql(
            "insert into change_history (entity, entity_id, field, old_value, new_value,"
                + " changed_by, evidence, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            entity,
            id,
            field,
            FieldValues.text(oldValue),
            FieldValues.text(newValue),
            by,
            change.evidence(),
            change.reason())
        .update();
  }

  /** A record's history, oldest first. */
  List<HistoryEntry> of(String entity, long id) {
    return jdbc.sql(
            "select id, entity, entity_id, field, old_value, new_value, changed_at, changed_by,"
                + " evidence, reason from change_history where entity = ? and entity_id = ?"
                + " order by id")
        .params(entity, id)
        .query(HistoryEntry.class)
        .list();
  }
}
