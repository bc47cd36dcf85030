package org.ansinh.server.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;
import org.springframework.stereotype.Component;

/**
 * The registry as the engine's population for one period: households with members, in id order,
 * each person after their household's earlier members; every input of the law read from the column
 * of the same name. A null cell is not given, so the engine falls back to its formula or default,
 * as for an empty cell of a population CSV. Read in one transaction, so the snapshot is consistent.
 * What analysis jobs and reform runs over the registry start from.
 */
@Component
public class RegistrySnapshot {

  private static final int FETCH = 10_000; // not law: rows per round trip to the database

  private final DataSource dataSource;
  private final Legislation legislation;

  RegistrySnapshot(DataSource dataSource, Legislation legislation) {
    this.dataSource = dataSource;
    this.legislation = legislation;
  }

  /** Every household that has members, with its members. */
  public Population read(Period period) {
    Entity person = legislation.entities().person();
    Entity household = legislation.entities().group();
    List<Variable<?>> personInputs = inputs(person);
    List<Variable<?>> householdInputs = inputs(household);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // a cursor, and one consistent view of both tables
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        Columns persons =
            read(
                c,
                "select p.household_id as member_of, p.role, "
                    + names(personInputs)
                    + " from person p order by p.household_id, p.id",
                personInputs);
        Columns households =
            read(
                c,
                "select "
                    + names(householdInputs)
                    + " from household h where exists (select 1 from person p where p.household_id"
                    + " = h.id) order by h.id",
                householdInputs);
        c.commit();
        Population population =
            new Population(
                legislation.entities(),
                households.rows,
                persons.groupIndex(),
                persons.roleIndex(household),
                null,
                null);
        persons.setInputs(population, period);
        households.setInputs(population, period);
        return population;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the registry: " + e.getMessage(), e);
    }
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

  private static String names(List<Variable<?>> variables) {
    List<String> names = new ArrayList<>();
    variables.forEach(v -> names.add(v.name()));
    return String.join(", ", names);
  }

  private static Columns read(Connection c, String sql, List<Variable<?>> variables)
      throws SQLException {
    Columns columns = new Columns(variables);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(FETCH);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(rs);
        }
      }
    }
    return columns;
  }

  /** Values by variable as read, then as the engine's typed arrays with their "given" masks. */
  private static final class Columns {
    final List<Variable<?>> variables;
    final List<List<Object>> values = new ArrayList<>();
    final List<Long> memberOf = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    int rows;

    Columns(List<Variable<?>> variables) {
      this.variables = variables;
      variables.forEach(v -> values.add(new ArrayList<>()));
    }

    void add(ResultSet rs) throws SQLException {
      boolean person = rs.getMetaData().getColumnCount() > variables.size();
      if (person) {
        memberOf.add(rs.getLong("member_of"));
        roles.add(rs.getString("role"));
      }
      for (int v = 0; v < variables.size(); v++) {
        Object raw = rs.getObject(variables.get(v).name());
        values.get(v).add(raw == null ? null : variables.get(v).type().parse(raw));
      }
      rows++;
    }

    int[] groupIndex() {
      int[] group = new int[rows];
      int g = -1;
      long last = Long.MIN_VALUE;
      for (int i = 0; i < rows; i++) {
        if (memberOf.get(i) != last) {
          last = memberOf.get(i);
          g++;
        }
        group[i] = g;
      }
      return group;
    }

    byte[] roleIndex(Entity household) {
      byte[] role = new byte[rows];
      for (int i = 0; i < rows; i++) {
        role[i] = (byte) household.roleIndex(roles.get(i));
      }
      return role;
    }

    void setInputs(Population population, Period period) {
      for (int v = 0; v < variables.size(); v++) {
        set(population, variables.get(v), values.get(v), period);
      }
    }

    private static <A> void set(
        Population population, Variable<A> v, List<Object> cells, Period period) {
      ValueType<A> type = v.type();
      A array = type.allocate(cells.size());
      type.fill(array, v.defaultValue());
      boolean[] given = new boolean[cells.size()];
      boolean any = false;
      boolean all = true;
      for (int i = 0; i < cells.size(); i++) {
        Object cell = cells.get(i);
        if (cell != null) {
          type.set(array, i, cell);
          given[i] = true;
          any = true;
        } else {
          all = false;
        }
      }
      if (any) {
        population.setInput(v, period, array, all ? null : given);
      }
    }
  }
}
