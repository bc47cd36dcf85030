package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Person rows, field by field, with their household's code and ward. */
@Repository
class PersonRepository {

  private final JdbcClient jdbc;
  private final List<RegistryField> fields;
  private final String select;
  private final RowMapper<PersonRecord> mapper;

  PersonRepository(JdbcClient jdbc, RegistryFields registryFields) {
    this.jdbc = jdbc;
    this.fields = registryFields.of(Level.PERSON);
    this.select =
        "select p.id, p.household_id, p.version, h.code as hh_code, h.ward_code as hh_ward, "
            + fields.stream().map(f -> "p." + f.name()).collect(Collectors.joining(", "))
            + " from person p join household h on h.id = p.household_id";
    this.mapper =
        (rs, n) ->
            new PersonRecord(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("hh_code"),
                rs.getInt("hh_ward"),
                rs.getInt("version"),
                FieldValues.read(rs, fields, FieldValues::column));
  }

  Optional<PersonRecord> find(long id) {
    return jdbc.sql(select + " where p.id = ?").param(id).query(mapper).optional();
  }

  Optional<PersonRecord> lock(long id) {
    return jdbc.sql(select + " where p.id = ? for update of p").param(id).query(mapper).optional();
  }

  List<PersonRecord> members(long householdId) {
    return jdbc.sql(select + " where p.household_id = ? order by p.id")
        .param(householdId)
        .query(mapper)
        .list();
  }

  /** The person holding this national ID, if any (the column is unique). */
  Optional<PersonRecord> findByNationalId(String nationalId) {
    return jdbc.sql(select + " where p.national_id = ?").param(nationalId).query(mapper).optional();
  }

  /** Members of the household with the same folded name and birth date: probable duplicates. */
  List<Long> sameNameAndBirth(long householdId, String fullName, LocalDate birthDate, long except) {
    return jdbc.sql(
            "select id from person where household_id = ? and birth_date = ?"
                + " and name_folded = ? and id <> ? order by id")
        .params(householdId, birthDate, NameFold.fold(fullName), except)
        .query(Long.class)
        .list();
  }

  long insert(long householdId, Map<String, Object> values) {
    List<String> columns = new ArrayList<>(List.of("household_id"));
    List<Object> params = new ArrayList<>(List.of(householdId));
    for (RegistryField f : fields) {
      if (values.get(f.name()) != null) {
        columns.add(f.name());
        params.add(values.get(f.name()));
      }
    }
    columns.add("name_folded");
    params.add(NameFold.fold((String) values.get("full_name")));
    return InsertReturningId.run(jdbc, "person", columns, params);
  }

  boolean update(long id, int version, Map<String, Object> changes) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("update person set ");
    for (Map.Entry<String, Object> e : changes.entrySet()) {
      if (fields.stream().noneMatch(f -> f.name().equals(e.getKey()))) {
        throw new IllegalArgumentException("not a person field: " + e.getKey());
      }
      sql.append(e.getKey()).append(" = ?, ");
      params.add(e.getValue());
      if (e.getKey().equals("full_name")) {
        sql.append("name_folded = ?, ");
        params.add(NameFold.fold((String) e.getValue()));
      }
    }
    sql.append("version = version + 1, updated_at = now() where id = ? and version = ?");
    params.add(id);
    params.add(version);
    return jdbc.sql(sql.toString()).params(params).update() == 1;
  }

  /** Moves the person to another household with this role, if the row still has this version. */
  boolean move(long id, int version, long householdId, String role) {
    return jdbc.sql(
                "update person set household_id = ?, role = ?, version = version + 1,"
                    + " updated_at = now() where id = ? and version = ?")
            .params(householdId, role, id, version)
            .update()
        == 1;
  }
}
