package org.ansinh.server.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.registry.RegistryField.Level;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV or XLSX file into the registry in two steps. {@link #preview} reads the file,
 * checks every row with {@link RecordRules} (the API's rules), streams the valid rows with COPY
 * into a staging table, matches them against the registry and checks them across rows (one national
 * ID twice, a household's fields differing between its rows, wards the actor may not change,
 * probable duplicates). {@link ImportCommit#commit} then writes everything in one transaction, or
 * nothing.
 *
 * <p>Columns are named as {@link RegistryFields} (one row a person, with their household's fields;
 * a second row of Vietnamese labels, as exports and templates have, is skipped). A person whose
 * national ID is already in the registry is that person, updated from the row; a household whose
 * code is already there is that household. Only the columns the file has are changed.
 */
@Service
public class RegistryImport {

  private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

  /** Errors and probable duplicates shown a preview, each kind; the count covers all. */
  static final int SHOWN = 1000;

  private static final int FLUSH = 1 << 20; // not law: characters buffered per write to COPY
  private static final int PROGRESS = 100_000; // not law: rows between two progress reports

  private final RegistryFields fields;
  private final RecordRules rules;
  private final ImportStaging staging;
  private final ImportBatches batches;
  private final DataSource dataSource;

  RegistryImport(
      RegistryFields fields,
      RecordRules rules,
      ImportStaging staging,
      ImportBatches batches,
      DataSource dataSource) {
    this.fields = fields;
    this.rules = rules;
    this.staging = staging;
    this.batches = batches;
    this.dataSource = dataSource;
  }

  /** Reads and checks a file; its preview is kept until committed or discarded. */
  @Transactional
  public ImportPreview preview(Actor actor, String fileName, InputStream in) throws IOException {
    return preview(actor, fileName, in, ImportProgress.NONE);
  }

  /** {@link #preview(Actor, String, InputStream)}, telling its stages as it goes. */
  @Transactional
  public ImportPreview preview(
      Actor actor, String fileName, InputStream in, ImportProgress progress) throws IOException {
    // Who may edit some ward (its officer, an administrator) may import; the rows are checked
    // ward by ward below.
    if (!actor.mayEdit(actor.wardCode() == null ? -1 : actor.wardCode())) {
      throw new AccessDeniedException("may not import into the registry");
    }
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
    long t0 = System.nanoTime();
    long id = batches.open(actor, name);
    staging.create(id);
    Errors errors = new Errors();
    Set<String> present = new HashSet<>();
    try (TableRows rows = TableRows.open(name, in)) {
      RegistryField[] columns = header(rows.next(), errors, present);
      if (columns != null) {
        copy(id, rows, columns, errors, progress);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stage the import: " + e.getMessage(), e);
    }
    long t1 = System.nanoTime();
    progress.stage("matching with the registry", errors.rows);
    staging.roomToSort();
    staging.match(id);
    long t2 = System.nanoTime();
    progress.stage("checking across rows", errors.rows);
    crossChecks(actor, id, errors);
    long t3 = System.nanoTime();
    progress.stage("seeking probable duplicates", errors.rows);
    int[] counts = staging.counts(id);
    List<ImportPreview.ProbableDuplicate> probable = staging.probableDuplicates(id, SHOWN);
    log.info(
        "Import {}: {} rows read, checked and staged in {} s, matched in {} s, checked across rows"
            + " in {} s, duplicates sought in {} s",
        id,
        errors.rows,
        seconds(t0, t1),
        seconds(t1, t2),
        seconds(t2, t3),
        seconds(t3, System.nanoTime()));
    ImportPreview preview =
        new ImportPreview(
            id,
            name,
            errors.rows,
            counts[1],
            counts[2],
            counts[3],
            counts[4],
            errors.count,
            errors.shown.stream()
                .sorted(java.util.Comparator.comparingInt(FieldError::row))
                .toList(),
            probable);
    batches.hold(new ImportBatches.Held(actor.username(), preview, Set.copyOf(present)));
    return preview;
  }

  static String seconds(long from, long to) {
    return String.format(Locale.ROOT, "%.1f", (to - from) / 1e9);
  }

  /** The preview of an import awaiting commit. */
  public ImportPreview find(Actor actor, long id) {
    return batches.get(actor, id).preview();
  }

  /** Drops an import awaiting commit; nothing of it was written to the registry. */
  @Transactional
  public void discard(Actor actor, long id) {
    batches.get(actor, id);
    batches.discarded(id);
  }

  /** The field of each column, or null (and errors naming row 1) when the header is unusable. */
  private RegistryField[] header(String[] header, Errors errors, Set<String> present) {
    if (header == null) {
      errors.add(new FieldError(1, "file", "Tệp trống", "The file is empty", null));
      return null;
    }
    RegistryField[] columns = new RegistryField[header.length];
    for (int c = 0; c < header.length; c++) {
      String h = header[c].strip().toLowerCase(Locale.ROOT);
      RegistryField f = fields.find(Level.HOUSEHOLD, h);
      f = f != null ? f : fields.find(Level.PERSON, h);
      if (h.isEmpty()) {
        continue;
      } else if (f == null) {
        errors.add(
            new FieldError(
                1, header[c], "Cột không có trong sổ", "No such column in the registry", null));
      } else if (!present.add(f.name())) {
        errors.add(new FieldError(1, h, "Cột lặp lại", "The column appears twice", null));
      } else {
        columns[c] = f;
      }
    }
    for (RegistryField f : fields.all()) {
      if (f.required() && !present.contains(f.name())) {
        errors.add(new FieldError(1, f.name(), "Thiếu cột", "The column is missing", null));
      }
    }
    return errors.count == 0 ? columns : null;
  }

  /**
   * Checks each row and streams the valid ones into the staging table: checked on this thread,
   * written to COPY by a {@link CopyWriter} on another.
   */
  private void copy(
      long id, TableRows rows, RegistryField[] columns, Errors errors, ImportProgress progress)
      throws IOException, SQLException {
    List<RegistryField> staged = staging.columns();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < staged.size(); i++) {
      position.put(staged.get(i).name(), i);
    }
    rules.loadWards();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(staging.copySql(id));
    StringBuilder out = new StringBuilder(FLUSH + 4096);
    try (CopyWriter writer = new CopyWriter(copy, "import-" + id + "-copy")) {
      int row = 1;
      String[] cells;
      while ((cells = rows.next()) != null) {
        row++;
        if (blank(cells) || (row == 2 && labels(cells, columns))) {
          continue;
        }
        if (++errors.rows % PROGRESS == 0) {
          progress.stage("reading and checking rows", errors.rows);
        }
        Map<String, String> household = new HashMap<>();
        Map<String, String> person = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
          if (columns[c] != null) {
            String v = c < cells.length ? cells[c] : "";
            (columns[c].level() == Level.HOUSEHOLD ? household : person).put(columns[c].name(), v);
          }
        }
        RecordRules.Checked h = rules.check(Level.HOUSEHOLD, household, true);
        RecordRules.Checked p = rules.check(Level.PERSON, person, true);
        if (!h.ok() || !p.ok()) {
          for (FieldError e : h.errors()) {
            errors.add(e.atRow(row));
          }
          for (FieldError e : p.errors()) {
            errors.add(e.atRow(row));
          }
          continue;
        }
        Object[] values = new Object[staged.size()];
        h.values().forEach((k, v) -> values[position.get(k)] = v);
        p.values().forEach((k, v) -> values[position.get(k)] = v);
        out.append(row).append(',');
        cell(out, NameFold.fold((String) p.values().get("full_name")));
        for (Object v : values) {
          out.append(',');
          cell(out, v);
        }
        out.append('\n');
        if (out.length() >= FLUSH) {
          writer.write(bytes(out));
        }
      }
      writer.write(bytes(out));
      writer.finish();
    }
  }

  /** Checks across rows and against the registry, in SQL over the staging table. */
  private void crossChecks(Actor actor, long id, Errors errors) {
    for (int[] r : staging.repeatedNationalIds(id, SHOWN)) {
      errors.add(
          new FieldError(
              r[0],
              "national_id",
              "Trùng số định danh với dòng " + r[1],
              "The same national ID as row " + r[1],
              null));
    }
    for (int[] r : staging.inconsistentHouseholds(id, SHOWN)) {
      errors.add(
          new FieldError(
              r[0],
              "household_code",
              "Thông tin hộ khác với dòng " + r[1] + " cùng mã hộ",
              "The household's fields differ from row " + r[1] + " of the same code",
              null));
    }
    List<Integer> closed = new ArrayList<>();
    for (int ward : staging.wards(id)) {
      if (!actor.mayEdit(ward)) {
        closed.add(ward);
      }
    }
    if (!closed.isEmpty()) {
      for (int row : staging.rowsInWards(id, closed, SHOWN)) {
        errors.add(
            new FieldError(
                row,
                "ward_code",
                "Không được sửa hồ sơ của phường, xã này",
                "You may not change records of this ward or commune",
                null));
      }
    }
    for (int row : staging.personsOfOtherHouseholds(id, SHOWN)) {
      errors.add(
          new FieldError(
              row,
              "national_id",
              "Số định danh thuộc một người của hộ khác",
              "This national ID belongs to a person of another household",
              null));
    }
  }

  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a row is the labels row exports write under the header. */
  private static boolean labels(String[] cells, RegistryField[] columns) {
    for (int c = 0; c < columns.length && c < cells.length; c++) {
      if (columns[c] != null) {
        return cells[c].strip().equals(columns[c].labelVi());
      }
    }
    return false;
  }

  /** A value as a cell of COPY's CSV: empty for null, text quoted. */
  private static void cell(StringBuilder out, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof String s) {
      out.append('"').append(s.replace("\"", "\"\"")).append('"');
    } else {
      out.append(FieldValues.text(v));
    }
  }

  /** The text buffered so far, as bytes to write; the buffer is emptied. */
  private static byte[] bytes(StringBuilder out) {
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    out.setLength(0);
    return bytes;
  }

  /** Errors found so far: all counted, the first {@link #SHOWN} kept. */
  private static final class Errors {
    final List<FieldError> shown = new ArrayList<>();
    int count;
    int rows;

    void add(FieldError e) {
      count++;
      if (shown.size() < SHOWN) {
        shown.add(e);
      }
    }
  }

  /** Thrown by a commit refused for the file's errors. */
  static InvalidFieldException hasErrors(ImportPreview p) {
    return new InvalidFieldException(
        "id",
        "Tệp có "
            + p.errorCount()
            + " lỗi: sửa và tải lên lại / The file has "
            + p.errorCount()
            + " errors: correct it and upload it again");
  }
}
