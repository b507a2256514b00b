package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.store.EmbeddedCredentials.HSS_ROLE;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A data directory too deep for a Unix socket path (107 bytes): no socket at all, said in the log,
 * TCP still served.
 */
@Timeout(value = 180, unit = SECONDS)
class EmbeddedDatabaseSocketPathTest {
  @TempDir Path temporary;

  @Test
  void dataDirectoryTooLongForASocket_startsOnLoopbackOnly_withoutAnySocket_andSaysSo()
      throws Exception {
    Path dataDir =
        temporary.resolve(
            "d"
                .repeat(
                    Math.max(1, Postmaster.MAX_SOCKET_PATH_BYTES - temporary.toString().length())));
    Logger log = (Logger) LoggerFactory.getLogger(EmbeddedDatabase.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    log.addAppender(captured);
    Vertx vertx = Vertx.vertx();
    try {
      Storage storage =
          Storage.start(vertx, StoreOptions.defaults().withEmbedded(dataDir.toString(), 0))
              .await(120, SECONDS);
      try {
        int port = EmbeddedAccess.port(dataDir);
        assertThat(EmbeddedAccess.pidFile(dataDir).get(4).trim()).isEmpty();
        try (Stream<Path> files = Files.list(dataDir.resolve("postgres"))) {
          assertThat(files.map(p -> p.getFileName().toString()))
              .noneMatch(name -> name.startsWith(".s.PGSQL"));
        }
        assertThat(Path.of("/tmp", ".s.PGSQL." + port)).doesNotExist();
        try (Connection hss =
            EmbeddedAccess.tcp(
                "127.0.0.1", port, HSS_ROLE, EmbeddedAccess.password(dataDir, HSS_ROLE))) {
          assertThat(hss.isValid(5)).isTrue();
        }
        storage.ping().await(5, SECONDS);
      } finally {
        storage.close().await(30, SECONDS);
      }
    } finally {
      log.detachAppender(captured);
      vertx.close().await(10, SECONDS);
    }
    assertThat(captured.list)
        .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("No Unix socket"));
  }
}
