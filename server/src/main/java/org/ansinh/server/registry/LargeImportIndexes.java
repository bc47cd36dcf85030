package org.ansinh.server.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indexes and foreign keys a large import sets aside while it writes, and builds again in the
 * same transaction. Maintaining the trigram index on folded names row by row is the dearest part of
 * inserting a person, and a foreign key checks each row by a query of its own; building the index
 * over the whole table and validating the key in one join cost less once the import adds at least
 * as many persons as the registry holds (the first load of a ward or city). The definitions are the
 * migrations' (V2, V7); a test compares the catalogue's before and after.
 *
 * <p>Dropping an index locks its table until the commit: the registry's persons and households
 * cannot be read while a large import is written. A smaller import keeps everything in place and
 * locks only the rows it writes.
 */
@Repository
class LargeImportIndexes {

  /** What is set aside: how to drop it, and how to build it again. */
  private record SetAside(String drop, String create) {}

  private static final List<SetAside> ALL =
      List.of(
          new SetAside(
              "drop index person_name_folded",
              "create index person_name_folded on person using gin (name_folded gin_trgm_ops)"),
          new SetAside(
              "drop index person_household",
              "create index person_household on person (household_id)"),
          new SetAside(
              "alter table person drop constraint person_household_id_fkey",
              "alter table person add constraint person_household_id_fkey foreign key"
                  + " (household_id) references household (id)"),
          new SetAside(
              "alter table household drop constraint household_ward_code_fkey",
              "alter table household add constraint household_ward_code_fkey foreign key"
                  + " (ward_code) references area (code)"));

  private final JdbcClient jdbc;

  /** Persons there per new person, at most, for an import to be large (1: as many as the file). */
  private volatile long perNewPerson = 1;

  LargeImportIndexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether an import adding this many persons is large: at least as many as are there. */
  boolean large(int newPersons) {
    long limit = newPersons * perNewPerson;
    // Counting stops past the limit: no full count of a registry much larger than the file.
    long there =
        jdbc.sql("select count(*) from (select 1 from person limit ?) p")
            .param(limit + 1)
            .query(Long.class)
            .single();
    return newPersons > 0 && there <= limit;
  }

  /**
   * Lets tests take the large path with a small file on their shared, non-empty database: an import
   * is then large while the registry holds at most this many persons per new person.
   */
  void perNewPerson(long persons) {
    perNewPerson = persons;
  }

  /** Drops the indexes and keys, in this transaction. */
  void setAside() {
    for (SetAside s : ALL) {
      jdbc.sql(s.drop()).update();
    }
  }

  /** Builds them again, with memory for the sorts (the default 64 MB spills a city's index). */
  void rebuild() {
    jdbc.sql("set local maintenance_work_mem = '512MB'").update();
    for (SetAside s : ALL) {
      jdbc.sql(s.create()).update();
    }
  }
}
