package org.ansinh.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 run from binaries on the class path (zonky), its data in a directory kept
 * between runs. As root, zonky runs the server in a user namespace ({@code unshare -U}), since
 * PostgreSQL refuses to run as root. The server is a separate process: if the JVM dies without
 * stopping it, the next start stops it first.
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
      stopOrphan(dataDirectory);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(clean)
              // C collation: the same order on every machine, whatever locales it has installed.
              .setLocaleConfig("locale", "C")
              .setServerConfig("max_connections", "50")
              // zonky starts PostgreSQL for throwaway test data (fsync off); a registry kept
              // between runs must survive a crash, so durability is back on unless wiped anyway.
              .setServerConfig("fsync", clean ? "off" : "on")
              .setServerConfig("synchronous_commit", clean ? "off" : "on")
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

  /**
   * A server left running by an earlier run that did not stop cleanly (killed, crashed) keeps the
   * data directory locked; ask it to shut down (SIGTERM, PostgreSQL's smart shutdown) and wait.
   */
  private static void stopOrphan(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
      return;
    }
    long pid = Long.parseLong(lines.get(0).strip());
    Optional<ProcessHandle> orphan =
        ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    if (orphan.isEmpty()
        || !Path.of(lines.get(1).strip()).toAbsolutePath().equals(dataDirectory.toAbsolutePath())) {
      return; // a stale file: PostgreSQL itself handles it
    }
    log.warn(
        "A PostgreSQL left running by an earlier run (pid {}) holds {}: stopping it",
        pid,
        dataDirectory);
    orphan.get().destroy();
    try {
      orphan.get().onExit().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping PostgreSQL " + pid, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "PostgreSQL (pid " + pid + ") left by an earlier run did not stop; stop it and retry", e);
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
