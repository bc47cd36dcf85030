package org.ansinh.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 run from binaries on the class path (zonky), its data in a directory kept
 * between runs. As root, zonky runs the server in a user namespace ({@code unshare -U}), since
 * PostgreSQL refuses to run as root.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start(Path dataDirectory, boolean clean) {
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(clean)
              // C collation: the same order on every machine, whatever locales it has installed.
              .setLocaleConfig("locale", "C")
              .setServerConfig("max_connections", "50")
              .start();
      log.info(
          "Embedded PostgreSQL on port {} with data in {} (started in {} ms)",
          pg.getPort(),
          dataDirectory.toAbsolutePath(),
          (System.nanoTime() - t0) / 1_000_000);
      return new EmbeddedPostgresServer(pg);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
