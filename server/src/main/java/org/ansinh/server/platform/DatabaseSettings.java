package org.ansinh.server.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the registry lives.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code ANSINH_DB_URL}); empty for the embedded one
 * @param user user of the external database ({@code ANSINH_DB_USER})
 * @param password its password ({@code ANSINH_DB_PASSWORD})
 * @param dataDirectory the embedded server's data, kept between runs
 * @param cleanStart wipe the embedded server's data on start and stop (tests)
 */
@ConfigurationProperties("ansinh.db")
public record DatabaseSettings(
    String url, String user, String password, Path dataDirectory, boolean cleanStart) {

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
