package org.ansinh.server.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the registry within the actor's scope in the import's own format (so an export imports
 * back unchanged), and the empty template of that format. National IDs appear as the actor may see
 * them (masked for an analyst).
 */
@Service
public class RegistryExport {

  /** The file formats of import and export. */
  public enum Format {
    CSV,
    XLSX
  }

  private static final int FETCH = 5_000; // not law: rows per round trip

  private final JdbcClient jdbc;
  private final RegistryFields fields;

  RegistryExport(JdbcClient jdbc, RegistryFields fields) {
    this.jdbc = jdbc;
    this.fields = fields;
  }

  /** Persons with their household's fields, by household code, optionally of one ward or code. */
  @Transactional(readOnly = true)
  public void export(
      Actor actor, Format format, Integer ward, String householdCode, OutputStream out)
      throws IOException {
    List<RegistryField> all = fields.all();
    RegistrySearch.Where where = RegistrySearch.scope(actor);
    if (ward != null) {
      where.add("h.ward_code = ?", ward);
    }
    if (householdCode != null && !householdCode.isBlank()) {
      where.add("h.code = ?", householdCode.strip());
    }
    String columns =
        all.stream()
            .map(
                f ->
                    (f.level() == Level.HOUSEHOLD ? "h." : "p.")
                        + FieldValues.column(f)
                        + " as "
                        + f.name())
            .collect(Collectors.joining(", "));
    int nationalId = indexOf(all, "national_id");
    try (TableSink sink = TableSink.open(format, all, out)) {
      jdbc.sql(
              "select "
                  + columns
                  + " from person p join household h on h.id = p.household_id"
                  + where.sql()
                  + " order by h.code, p.id")
          .params(new ArrayList<>(where.params))
          .withFetchSize(FETCH)
          .query(
              (org.springframework.jdbc.core.RowCallbackHandler)
                  rs -> {
                    Object[] row =
                        FieldValues.read(rs, all, RegistryField::name).values().toArray();
                    row[nationalId] = actor.showNationalId((String) row[nationalId]);
                    try {
                      sink.row(row);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
    }
  }

  /** The header (and, in XLSX, the labels and the fields sheet) with no rows. */
  public void template(Format format, OutputStream out) throws IOException {
    try (TableSink sink = TableSink.open(format, fields.all(), out)) {
      // nothing but the header
    }
  }

  private static int indexOf(List<RegistryField> all, String name) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no field " + name);
  }
}
