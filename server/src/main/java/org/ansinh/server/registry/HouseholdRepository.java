package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Household rows, field by field; scope and history are {@link HouseholdRegistry}'s. */
@Repository
class HouseholdRepository {

  private final JdbcClient jdbc;
  private final List<RegistryField> fields;
  private final String select;
  private final RowMapper<HouseholdRecord> mapper;

  HouseholdRepository(JdbcClient jdbc, RegistryFields registryFields) {
    this.jdbc = jdbc;
    this.fields = registryFields.of(Level.HOUSEHOLD);
    this.select =
        "select h.id, h.version, "
            + fields.stream()
                .map(f -> "h." + FieldValues.column(f))
                .collect(Collectors.joining(", "))
            + " from household h";
    this.mapper =
        (rs, n) ->
            new HouseholdRecord(
                rs.getLong("id"),
                rs.getInt("ward_code"),
                rs.getInt("version"),
                FieldValues.read(rs, fields, FieldValues::column),
                List.of());
  }

  Optional<HouseholdRecord> find(long id) {
    return jdbc.sql(select + " where h.id = ?").param(id).query(mapper).optional();
  }

  /** The row, locked until the transaction ends (an update reads what it changes). */
  Optional<HouseholdRecord> lock(long id) {
    return jdbc.sql(select + " where h.id = ? for update").param(id).query(mapper).optional();
  }

  Optional<HouseholdRecord> findByCode(String code) {
    return jdbc.sql(select + " where h.code = ?").param(code).query(mapper).optional();
  }

  long insert(Map<String, Object> values) {
    List<String> columns = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (RegistryField f : fields) {
      if (values.get(f.name()) != null) {
        columns.add(FieldValues.column(f));
        params.add(values.get(f.name()));
      }
    }
    return InsertReturningId.run(jdbc, "household", columns, params);
  }

  /** Sets the fields given if the row still has this version; false when it has another. */
  boolean update(long id, int version, Map<String, Object> changes) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("update household set ");
    for (Map.Entry<String, Object> e : changes.entrySet()) {
      sql.append(FieldValues.column(find(e.getKey()))).append(" = ?, ");
      params.add(e.getValue());
    }
    sql.append("version = version + 1, updated_at = now() where id = ? and version = ?");
    params.add(id);
    params.add(version);
    return jdbc.sql(sql.toString()).params(params).update() == 1;
  }

  private RegistryField find(String name) {
    return fields.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a household field: " + name));
  }
}
