package org.ansinh.server.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An insert of just the columns given (the rest take their defaults), answering the new id. */
final class InsertReturningId {

  private InsertReturningId() {}

  static long run(JdbcClient jdbc, String table, List<String> columns, List<Object> params) {
    return jdbc.sql(
            "insert into "
                + table
                + " ("
                + String.join(", ", columns)
                + ") values ("
                + "?, ".repeat(columns.size() - 1)
                + "?) returning id")
        .params(params)
        .query(Long.class)
        .single();
  }
}
