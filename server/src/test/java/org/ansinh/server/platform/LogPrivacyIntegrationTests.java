package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database error never carries the row it refused: its message is what may reach a log, and the
 * row holds a name and a national ID number.
 */
@ServerIntegrationTest
class LogPrivacyIntegrationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void aRefusedRowIsNotQuotedInTheError() {
    // A check constraint refuses the row: PostgreSQL's detail would be "Failing row contains (…)".
    String name = "Nguyễn Thị Bí Mật";
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into person (household_id, role, national_id, full_name)"
                            + " values (-1, 'not a role', ?, ?)")
                    .params("079123456789", name)
                    .update())
        .satisfies(
            e -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(name)
                    .doesNotContain("079123456789");
              }
            });
  }
}
