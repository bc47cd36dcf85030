package org.ansinh.server.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one data source: the external PostgreSQL if configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${ansinh.db.url:}'.isBlank()")
  EmbeddedPostgresServer embeddedPostgres(DatabaseSettings settings) {
    return EmbeddedPostgresServer.start(settings.dataDirectory(), settings.cleanStart());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseSettings settings, Optional<EmbeddedPostgresServer> embedded) {
    // Optional (not ObjectProvider): the pool then depends on the server and closes first.
    HikariDataSource ds = new HikariDataSource();
    ds.setPoolName("registry");
    if (settings.embedded()) {
      ds.setJdbcUrl(embedded.orElseThrow().jdbcUrl());
    } else {
      ds.setJdbcUrl(settings.url());
      ds.setUsername(settings.user());
      ds.setPassword(settings.password());
    }
    ds.setMaximumPoolSize(10);
    // PostgreSQL's error detail quotes the row that failed ("Failing row contains (…)"): names and
    // national ID numbers. Without it an error message says which constraint, not whose data, so
    // no exception logged anywhere carries personal data.
    ds.addDataSourceProperty("logServerErrorDetail", "false");
    return ds;
  }
}
