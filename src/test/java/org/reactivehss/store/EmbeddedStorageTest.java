package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** The default mode: no database configured, so storage runs its own PostgreSQL in the data directory. */
@Timeout(value = 120, unit = SECONDS)
class EmbeddedStorageTest {

  @Test
  void embeddedDatabaseKeepsSubscribersAcrossRestartsAndWarnsAboutTheDevelopmentKey() throws Exception {
    Path dataDir = Files.createTempDirectory("hss-embedded");
    StoreOptions options = StoreOptions.defaults().withEmbedded(dataDir.toString(), 0);
    Logger keyLog = (Logger) LoggerFactory.getLogger(KeyCiphers.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    keyLog.addAppender(captured);
    Vertx vertx = Vertx.vertx();
    try {
      Storage first = Storage.start(vertx, options).await(60, SECONDS);
      new SubscriberRepository(first).put(TestSubscribers.withSqn("001010000000901", 0L)).await(5, SECONDS);
      first.directStore().reserve("001010000000901", 4).await(5, SECONDS);
      first.close().await(30, SECONDS);

      Storage second = Storage.start(vertx, options).await(60, SECONDS);
      try {
        SqnReservation next = second.directStore().reserve("001010000000901", 1).await(5, SECONDS);

        assertThat(next.firstSqn()).isEqualTo(5);
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).content().startsWith("17");
      } finally {
        second.close().await(30, SECONDS);
      }
    } finally {
      keyLog.detachAppender(captured);
      vertx.close().await(10, SECONDS);
    }
    assertThat(captured.list).anySatisfy(event ->
        assertThat(event.getFormattedMessage()).contains("PUBLIC DEVELOPMENT KEY"));
  }
}
