package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits an import previewed by {@link RegistryImport}: in one transaction, updates the matching
 * households and persons field by field (history row per change), inserts the new households and
 * persons with {@code insert … select} from the staging table (history row "created" each), drops
 * the staging table. An import at least as large as the registry writes with the trigram index and
 * the foreign keys set aside and builds them again before the commit ({@link LargeImportIndexes}).
 * Any failure rolls all of it back: nothing of the file is half-written.
 */
@Service
public class ImportCommit {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportCommit.class);

  private final ImportBatches batches;
  private final ImportStaging staging;
  private final HouseholdRepository households;
  private final PersonRepository persons;
  private final ChangeHistory history;
  private final RegistryFields fields;
  private final JdbcClient jdbc;
  private final LargeImportIndexes large;

  ImportCommit(
      ImportBatches batches,
      ImportStaging staging,
      HouseholdRepository households,
      PersonRepository persons,
      ChangeHistory history,
      RegistryFields fields,
      JdbcClient jdbc,
      LargeImportIndexes large) {
    this.batches = batches;
    this.staging = staging;
    this.households = households;
    this.persons = persons;
    this.history = history;
    this.fields = fields;
    this.jdbc = jdbc;
    this.large = large;
  }

  /**
   * Writes the import.
   *
   * @param confirmed the committer confirms the probable duplicates are different persons
   */
  @Transactional
  public ImportResult commit(Actor actor, long id, boolean confirmed) {
    return commit(actor, id, confirmed, ImportProgress.NONE);
  }

  /** {@link #commit(Actor, long, boolean)}, telling its stages as it goes. */
  @Transactional
  public ImportResult commit(Actor actor, long id, boolean confirmed, ImportProgress progress) {
    ImportBatches.Held held = batches.get(actor, id);
    ImportPreview p = held.preview();
    if (!p.committable()) {
      throw RegistryImport.hasErrors(p);
    }
    if (!p.probableDuplicates().isEmpty() && !confirmed) {
      throw new DuplicateRecordException(
          false,
          "confirm_probable_duplicates",
          List.of(),
          "Tệp có "
              + p.probableDuplicates().size()
              + " dòng có thể trùng người đã có; xác nhận để ghi / The file has "
              + p.probableDuplicates().size()
              + " probable duplicates; confirm to write them");
    }
    // The registry may have changed since the preview: match again, and refuse what is now wrong.
    staging.roomToSort();
    staging.match(id);
    List<Integer> moved = staging.personsOfOtherHouseholds(id, 1);
    if (!moved.isEmpty()) {
      throw new InvalidFieldException(
          "rows[" + moved.get(0) + "].national_id",
          "Số định danh nay thuộc một người của hộ khác / This national ID now belongs to a person"
              + " of another household");
    }
    for (int ward : staging.wards(id)) {
      if (!actor.mayEdit(ward)) {
        throw new InvalidFieldException(
            "ward_code", "Không được sửa hồ sơ của phường " + ward + " / Ward " + ward + " closed");
      }
    }
    RegistryChange change =
        new RegistryChange("nhập tệp / import " + id + ": " + p.fileName(), "import");
    long[] changes = {0};
    long t0 = System.nanoTime();
    progress.stage("updating matching records", p.matchingPersons());
    int householdsUpdated = updateHouseholds(actor, id, held, change, changes);
    int personsUpdated = updatePersons(actor, id, held, change, changes);
    long t1 = System.nanoTime();
    boolean setAside = large.large(p.newPersons());
    if (setAside) {
      large.setAside();
    }
    progress.stage("writing new households", p.newHouseholds());
    int householdsCreated = staging.insertHouseholds(id, actor.username(), change);
    long t2 = System.nanoTime();
    progress.stage("writing new persons", p.newPersons());
    int personsCreated = staging.insertPersons(id, actor.username(), change);
    long t3 = System.nanoTime();
    if (setAside) {
      progress.stage("building the indexes again", personsCreated);
      large.rebuild();
    }
    long t4 = System.nanoTime();
    staging.drop(id);
    log.info(
        "Import {}: {} households and {} persons updated in {} s; {} households created in {} s,"
            + " {} persons in {} s; indexes {} in {} s",
        id,
        householdsUpdated,
        personsUpdated,
        RegistryImport.seconds(t0, t1),
        householdsCreated,
        RegistryImport.seconds(t1, t2),
        personsCreated,
        RegistryImport.seconds(t2, t3),
        setAside ? "rebuilt" : "kept",
        RegistryImport.seconds(t3, t4));
    ImportResult result =
        new ImportResult(
            id,
            p.rows(),
            householdsCreated,
            householdsUpdated,
            personsCreated,
            personsUpdated,
            changes[0] + householdsCreated + personsCreated);
    batches.committed(result);
    return result;
  }

  /** Matching households whose file fields differ: updated from the first row of each. */
  private int updateHouseholds(
      Actor actor, long id, ImportBatches.Held held, RegistryChange change, long[] changes) {
    List<RegistryField> present = present(Level.HOUSEHOLD, held);
    List<Map.Entry<Long, Map<String, Object>>> rows =
        jdbc.sql(
                "select distinct on (household_code) * from "
                    + ImportStaging.table(id)
                    + " where household_id is not null order by household_code, row_number")
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getLong("household_id"),
                        FieldValues.read(rs, present, RegistryField::name)))
            .list();
    int updated = 0;
    for (Map.Entry<Long, Map<String, Object>> row : rows) {
      HouseholdRecord current = households.lock(row.getKey()).orElseThrow();
      Map<String, Object> changed = HouseholdRegistry.changed(current.fields(), row.getValue());
      if (!changed.isEmpty()) {
        households.update(current.id(), current.version(), changed);
        history.changed(
            "household", current.id(), changed, current.fields(), actor.username(), change);
        changes[0] += changed.size();
        updated++;
      }
    }
    return updated;
  }

  /** Persons matched by national ID whose file fields differ: updated from their row. */
  private int updatePersons(
      Actor actor, long id, ImportBatches.Held held, RegistryChange change, long[] changes) {
    List<RegistryField> present = present(Level.PERSON, held);
    List<Map.Entry<Long, Map<String, Object>>> rows =
        jdbc.sql(
                "select * from "
                    + ImportStaging.table(id)
                    + " where person_id is not null order by row_number")
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getLong("person_id"),
                        FieldValues.read(rs, present, RegistryField::name)))
            .list();
    int updated = 0;
    for (Map.Entry<Long, Map<String, Object>> row : rows) {
      PersonRecord current = persons.lock(row.getKey()).orElseThrow();
      Map<String, Object> changed = HouseholdRegistry.changed(current.fields(), row.getValue());
      if (!changed.isEmpty()) {
        persons.update(current.id(), current.version(), changed);
        history.changed(
            "person", current.id(), changed, current.fields(), actor.username(), change);
        changes[0] += changed.size();
        updated++;
      }
    }
    return updated;
  }

  /** The fields of one level the file has columns for: only those change. */
  private List<RegistryField> present(Level level, ImportBatches.Held held) {
    List<RegistryField> present = new ArrayList<>();
    for (RegistryField f : fields.of(level)) {
      if (held.present().contains(f.name())) {
        present.add(f);
      }
    }
    return present;
  }
}
