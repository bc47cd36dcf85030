package org.ansinh.server.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The rows of one snapshot query as the engine's columns. The person query starts with {@code
 * member_of} (the household's id) and {@code role}, then one column a variable; the household query
 * has the variables alone. Read through {@code COPY (query) TO STDOUT} and parsed from its text
 * straight into primitive arrays: no JDBC row objects nor boxed cells. (Typed JDBC getters by
 * column index took about twice as long on the demo city: docs/benchmarks.md.)
 */
final class SnapshotTable {

  private final List<SnapshotColumn<?>> columns;
  private final Entity household; // null for the household query
  private final Map<String, Byte> roleIndex = new HashMap<>();
  private long[] memberOf = new long[0];
  private byte[] roles = new byte[0];
  private int rows;

  private SnapshotTable(List<Variable<?>> variables, Entity household) {
    this.columns = variables.stream().<SnapshotColumn<?>>map(SnapshotColumn::of).toList();
    this.household = household;
  }

  /**
   * @param household the household entity when the query is the person query (its first two columns
   *     are the household's id and the member's role); null for the household query
   */
  static SnapshotTable copy(Connection c, String sql, List<Variable<?>> variables, Entity household)
      throws SQLException {
    SnapshotTable t = new SnapshotTable(variables, household);
    CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + sql + ") to stdout");
    try {
      byte[] line;
      while ((line = out.readFromCopy()) != null) {
        t.parse(line);
      }
    } catch (RuntimeException e) {
      if (out.isActive()) {
        out.cancelCopy(); // else the connection cannot even roll back
      }
      throw e;
    }
    return t;
  }

  /** One line of COPY text: cells separated by tabs, ended by a newline. */
  private void parse(byte[] line) {
    int end = line.length > 0 && line[line.length - 1] == '\n' ? line.length - 1 : line.length;
    int from = 0;
    int cell = household == null ? 0 : -2;
    for (int i = 0; i <= end; i++) {
      if (i == end || line[i] == '\t') {
        if (cell == -2) {
          memberOf(SnapshotColumn.parseLong(line, from, i));
        } else if (cell == -1) {
          role(SnapshotColumn.text(line, from, i));
        } else {
          columns.get(cell).parse(line, from, i);
        }
        cell++;
        from = i + 1;
      }
    }
    if (cell != columns.size()) {
      throw new IllegalStateException(
          "row " + (rows + 1) + " of the snapshot has " + cell + " cells, not " + columns.size());
    }
    rows++;
  }

  private void memberOf(long id) {
    if (rows == memberOf.length) {
      memberOf = Arrays.copyOf(memberOf, Math.max(4096, rows * 2));
      roles = Arrays.copyOf(roles, memberOf.length);
    }
    memberOf[rows] = id;
  }

  private void role(String role) {
    roles[rows] = roleIndex.computeIfAbsent(role, r -> (byte) household.roleIndex(r));
  }

  int rows() {
    return rows;
  }

  /** Each person's household as an index 0, 1, … in the order the households were read. */
  int[] groupIndex() {
    int[] group = new int[rows];
    int g = -1;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < rows; i++) {
      if (memberOf[i] != last) {
        last = memberOf[i];
        g++;
      }
      group[i] = g;
    }
    return group;
  }

  byte[] roleIndex() {
    return Arrays.copyOf(roles, rows);
  }

  void setInputs(Population population, Period period) {
    columns.forEach(c -> c.setInput(population, period));
  }
}
