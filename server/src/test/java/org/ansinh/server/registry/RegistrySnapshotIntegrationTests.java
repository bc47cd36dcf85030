package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The snapshot as the engine's columns equals the registry read the slow, obvious way (each cell
 * through {@code getObject} and the variable type's own parsing, as the snapshot was read before),
 * cell by cell, on a fixture where every input column of every person and household holds a value
 * of its type, or null, in a ward nobody else uses.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrySnapshotIntegrationTests {

  private static final Period PERIOD = Period.parse("2026-01");
  private static final int PERSONS = 7;

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Legislation legislation;
  @Autowired RegistrySnapshot snapshot;

  private int ward;
  private final List<Long> households = new ArrayList<>();
  private final List<Long> persons = new ArrayList<>();

  @BeforeAll
  void fixture() {
    ward =
        jdbc.sql(
                "select code from area where code not in (select ward_code from household)"
                    + " order by code desc limit 1")
            .query(Integer.class)
            .single();
    Set<String> householdColumns = columns("household");
    Set<String> personColumns = columns("person");
    for (int h = 0; h < 2; h++) {
      long id =
          jdbc.sql(
                  "insert into household (code, ward_code, sample_weight) values (?, ?, ?)"
                      + " returning id")
              .params("TEST-SNAPSHOT-" + System.nanoTime(), ward, 1.0 / 3 + h)
              .query(Long.class)
              .single();
      households.add(id);
      fill("household", id, h, inputs(legislation.entities().group()), householdColumns);
    }
    String[] roles = {"head", "spouse", "child", "other"};
    for (int k = 0; k < PERSONS; k++) {
      long household = households.get(k < 3 ? 0 : 1);
      long id =
          jdbc.sql(
                  "insert into person (household_id, role, full_name) values (?, ?, 'Người Thử')"
                      + " returning id")
              .params(household, roles[k % roles.length])
              .query(Long.class)
              .single();
      persons.add(id);
      fill("person", id, k, personVariables(personColumns), personColumns);
    }
    // person 1 holds a health-insurance card on the period's first day; person 2's has expired
    enrol(persons.get(1), "HEALTH_INSURANCE", LocalDate.of(2025, 6, 1), null);
    enrol(persons.get(2), "HEALTH_INSURANCE", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    enrol(persons.get(3), "VOLUNTARY_SI", LocalDate.of(2026, 1, 1), null);
  }

  @AfterAll
  void remove() {
    for (long h : households) {
      jdbc.sql(
              "delete from enrolment where person_id in (select id from person where"
                  + " household_id = ?)")
          .param(h)
          .update();
      jdbc.sql("delete from person where household_id = ?").param(h).update();
      jdbc.sql("delete from household where id = ?").param(h).update();
    }
  }

  @Test
  void everyCellIsTheOneTheRegistryHolds() throws SQLException {
    Population population = snapshot.readWithFacts(PERIOD, ward);

    assertThat(population.personCount()).isEqualTo(PERSONS);
    assertThat(population.groupCount()).isEqualTo(2);
    assertThat(population.groupOfPerson()).containsExactly(0, 0, 0, 1, 1, 1, 1);
    Entity group = legislation.entities().group();
    assertThat(population.roleOfPerson())
        .containsExactly(
            (byte) group.roleIndex("head"),
            (byte) group.roleIndex("spouse"),
            (byte) group.roleIndex("child"),
            (byte) group.roleIndex("other"),
            (byte) group.roleIndex("head"),
            (byte) group.roleIndex("spouse"),
            (byte) group.roleIndex("child"));

    int compared = 0;
    try (Connection c = dataSource.getConnection()) {
      List<Variable<?>> personVariables = personVariables(columns("person"));
      compared +=
          compare(
              population,
              personVariables,
              c,
              "select p.* from person p join household h on h.id = p.household_id where"
                  + " h.ward_code = ? order by p.household_id, p.id");
      List<Variable<?>> householdVariables = inputs(legislation.entities().group());
      compared +=
          compare(
              population,
              householdVariables,
              c,
              "select * from household where ward_code = ? order by id");
    }
    assertThat(compared).as("cells compared").isGreaterThan(PERSONS * 30);

    assertThat(values(population, PopulationFacts.WARD_CODE)).containsExactly(ward, ward);
    assertThat(values(population, PopulationFacts.HOUSEHOLD_WEIGHT))
        .containsExactly(1.0 / 3, 4.0 / 3);
    assertThat(values(population, PopulationFacts.HAS_HI_CARD))
        .containsExactly(false, true, false, false, false, false, false);
    assertThat(values(population, PopulationFacts.ENROLLED_VOLUNTARY_SI))
        .containsExactly(false, false, false, true, false, false, false);
  }

  /** Compares the snapshot's columns with {@code sql}'s rows read cell by cell; cells compared. */
  private int compare(Population population, List<Variable<?>> variables, Connection c, String sql)
      throws SQLException {
    int compared = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, ward);
      try (ResultSet rs = s.executeQuery()) {
        int row = 0;
        while (rs.next()) {
          for (Variable<?> v : variables) {
            Object raw = rs.getObject(v.name());
            Object expected = raw == null ? null : v.type().parse(raw);
            assertThat(cell(population, v, row))
                .as("%s of row %d", v.name(), row)
                .isEqualTo(expected);
            compared++;
          }
          row++;
        }
      }
    }
    return compared;
  }

  /** A cell of the snapshot: its value, or null when not given. */
  private static Object cell(Population population, Variable<?> v, int row) {
    Population.InputColumn column = population.input(v.name(), periodOf(v));
    if (column == null || (column.given() != null && !column.given()[row])) {
      return null;
    }
    return get(v.type(), column.values(), row);
  }

  @SuppressWarnings("unchecked")
  private static <A> Object get(ValueType<A> type, Object array, int row) {
    return type.get((A) array, row);
  }

  private static List<Object> values(Population population, Variable<?> v) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < population.size(v); i++) {
      out.add(cell(population, v, i));
    }
    return out;
  }

  private static Period periodOf(Variable<?> v) {
    if (v.period() == PeriodUnit.ETERNITY) {
      return Period.ETERNITY;
    }
    return v.period() == PeriodUnit.YEAR ? PERIOD.yearOf() : PERIOD;
  }

  /**
   * Writes into each input column of the row a value of its type, or null for one in four (where
   * the column may be null).
   */
  private void fill(
      String table, long id, int k, List<Variable<?>> variables, Set<String> columns) {
    Set<String> required = notNull(table);
    for (int i = 0; i < variables.size(); i++) {
      Variable<?> v = variables.get(i);
      if (!columns.contains(v.name())) {
        continue;
      }
      boolean empty = (k + i) % 4 == 0 && !required.contains(v.name());
      jdbc.sql("update " + table + " set " + v.name() + " = ? where id = ?")
          .params(empty ? null : value(v.type(), k, i), id)
          .update();
    }
  }

  private Set<String> notNull(String table) {
    return new HashSet<>(
        jdbc.sql(
                "select column_name from information_schema.columns where table_name = ? and"
                    + " is_nullable = 'NO'")
            .param(table)
            .query(String.class)
            .list());
  }

  private static Object value(ValueType<?> type, int k, int i) {
    if (type == ValueType.BOOLEAN) {
      return (k + i) % 2 == 0;
    }
    if (type == ValueType.INTEGER) {
      return k * 37 + i - 5;
    }
    if (type == ValueType.MONEY) {
      return 1_234_567L * (k + 1) + i;
    }
    if (type == ValueType.DATE) {
      return LocalDate.of(1950 + k, 1 + i % 12, 1 + k % 28);
    }
    if (type instanceof EnumType<?> e) {
      Enum<?>[] constants = e.constants();
      return constants[(k + i) % constants.length].name();
    }
    return (k + 1) / 3.0 + i * 0.1; // decimals that round-trip only if read exactly
  }

  private List<Variable<?>> inputs(Entity entity) {
    List<Variable<?>> out = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      if (v.isInput() && v.entity() == entity) {
        out.add(v);
      }
    }
    return out;
  }

  /** The law's inputs of a person, and the facts of a person the person table holds. */
  private List<Variable<?>> personVariables(Set<String> personColumns) {
    List<Variable<?>> out = inputs(legislation.entities().person());
    PopulationFacts.all().stream()
        .filter(v -> v.entity() == PopulationFacts.IS_MIGRANT.entity())
        .filter(v -> personColumns.contains(v.name()))
        .forEach(out::add);
    return out;
  }

  private Set<String> columns(String table) {
    return new HashSet<>(
        jdbc.sql("select column_name from information_schema.columns where table_name = ?")
            .param(table)
            .query(String.class)
            .list());
  }

  private void enrol(long person, String scheme, LocalDate from, LocalDate until) {
    jdbc.sql(
            "insert into enrolment (person_id, scheme, valid_from, valid_until) values (?, ?, ?, ?)")
        .params(person, scheme, from, until)
        .update();
  }
}
