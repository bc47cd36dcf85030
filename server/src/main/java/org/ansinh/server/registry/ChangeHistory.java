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

  /** One row per changed field: its value before (from {@code before}) and after. */
  void changed(
      String entity,
      long id,
      java.util.Map<String, Object> changed,
      java.util.Map<String, Object> before,
      String by,
      RegistryChange change) {
    for (java.util.Map.Entry<String, Object> e : changed.entrySet()) {
      write(entity, id, e.getKey(), before.get(e.getKey()), e.getValue(), by, change);
    }
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

  /** A person's history with their enrolments' (entity {@code enrolment}), oldest first. */
  List<HistoryEntry> ofPerson(long id) {
    return jdbc.sql(
            "select id, entity, entity_id, field, old_value, new_value, changed_at, changed_by,"
                + " evidence, reason from change_history where (entity = 'person' and entity_id = ?)"
                + " or (entity = 'enrolment' and entity_id in"
                + " (select e.id from enrolment e where e.person_id = ?)) order by id")
        .params(id, id)
        .query(HistoryEntry.class)
        .list();
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
