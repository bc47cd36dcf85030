package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServerIntegrationTest
class RegistrySchemaIntegrationTests {

  @Autowired JdbcClient jdbc;
  @Autowired Legislation legislation;

  @Test
  void everyMigrationApplied() throws IOException {
    List<String> applied =
        jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
            .query(String.class)
            .list();
    List<String> shipped =
        Arrays.stream(
                new PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql"))
            // V8_1__x.sql is version 8.1, after 8 and before 9
            .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")).replace('_', '.'))
            .sorted(Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion))
            .toList();

    assertThat(shipped).contains("1", "2", "3", "4", "5");
    assertThat(applied).isEqualTo(shipped);
  }

  /**
   * The registry stores every input of the law, so a snapshot of it is a population the engine
   * computes on. A new input variable in policy-vn needs a migration adding its column.
   */
  @Test
  void everyInputOfTheLawIsAColumnOfTheRightType() {
    List<String> problems = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      if (!v.isInput()) {
        continue;
      }
      String table = v.entity().isGroup() ? "household" : "person";
      String expected = sqlType(v.type().name());
      String actual = columnType(table, v.name());
      if (actual == null) {
        problems.add(table + "." + v.name() + " missing (" + expected + ")");
      } else if (!actual.equals(expected)) {
        problems.add(table + "." + v.name() + " is " + actual + ", expected " + expected);
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void changeHistoryCannotBeRewritten() {
    long id =
        jdbc.sql(
                """
                insert into change_history (entity, entity_id, field, old_value, new_value,
                                            changed_by, evidence)
                values ('person', 1, 'residence_status', 'UNREGISTERED', 'TEMPORARY',
                        'test', 'CT01 no. 1') returning id
                """)
            .query(Long.class)
            .single();

    assertThatThrownBy(
            () ->
                jdbc.sql("update change_history set new_value = 'PERMANENT' where id = :id")
                    .param("id", id)
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("delete from change_history where id = :id").param("id", id).update())
        .hasMessageContaining("append-only");
  }

  private String columnType(String table, String column) {
    Map<String, String> columns =
        jdbc
            .sql(
                "select column_name, data_type from information_schema.columns where table_name = :t")
            .param("t", table)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return columns.get(column);
  }

  /** "7.1" sorts after "7" and before "10": each part as a zero-padded number. */
  private static String sqlType(String engineType) {
    return switch (engineType) {
      case "boolean" -> "boolean";
      case "integer" -> "integer";
      case "money" -> "bigint";
      case "decimal", "rate" -> "numeric";
      case "date" -> "date";
      case "enum" -> "text"; // by constant name
      default -> "no SQL type decided for " + engineType;
    };
  }
}
