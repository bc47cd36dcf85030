package org.ansinh.server.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Persons of the demo city entered a second time, as a ward's desk does when someone registers
 * again without their national ID: the same household, full name and birth date, no ID. Without
 * them the demo's probable-duplicates page would have nothing to decide. Being a data-entry error,
 * each re-entry counts once more in analyses of the demo, as it would in a real registry until
 * someone decides the pair (a few dozen in 150,000).
 */
final class DemoReentries {

  private DemoReentries() {}

  /**
   * Re-enters {@code count} demo persons spread evenly over the demo's persons in id order (so the
   * same city gives the same re-entries), in the caller's transaction.
   *
   * @return the persons re-entered
   */
  static int write(Connection c, int count) throws SQLException {
    if (count <= 0) {
      return 0;
    }
    String columns = copiedColumns(c);
    // Every column but the identity, the national ID (left blank: the point of a re-entry), the
    // role (a second head would be a second error) and the bookkeeping ones with defaults.
    String sql =
        "insert into person (role, "
            + columns
            + ") select 'other', "
            + columns
            + " from (select p.*, row_number() over (order by p.id) as n, count(*) over () as total"
            + " from person p join household h on h.id = p.household_id where h.source = 'demo') s"
            + " where s.n % greatest(s.total / ?, 1) = 0 order by s.n limit ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, count);
      s.setInt(2, count);
      return s.executeUpdate();
    }
  }

  private static String copiedColumns(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "select string_agg(quote_ident(column_name), ', ' order by ordinal_position)"
                    + " from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = 'person'"
                    + " and column_name not in"
                    + " ('id', 'national_id', 'role', 'version', 'created_at', 'updated_at')");
        var rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
