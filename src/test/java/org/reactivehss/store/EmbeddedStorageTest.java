package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The default mode: no database configured, so storage runs its own PostgreSQL in the data
 * directory.
 */
@Timeout(value = 180, unit = SECONDS)
class EmbeddedStorageTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  @Test
  void embeddedDatabaseKeepsSubscribersAcrossRestarts_underTheKeyGeneratedForItsDataDirectory()
      throws Exception {
    Path dataDir = Files.createTempDirectory("hss-embedded");
    StoreOptions options = StoreOptions.defaults().withEmbedded(dataDir.toString(), 0);
    Logger keyLog = (Logger) LoggerFactory.getLogger(GeneratedKeyFile.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    keyLog.addAppender(captured);
    try {
      Storage first = Storage.start(vertx, options).await(60, SECONDS);
      new SubscriberRepository(first)
          .put(TestSubscribers.withSqn("001010000000901", 0L))
          .await(5, SECONDS);
      first.directStore().reserve("001010000000901", 4).await(5, SECONDS);
      first.close().await(30, SECONDS);
      String generated = Files.readString(dataDir.resolve(GeneratedKeyFile.NAME)).trim();

      Storage second = Storage.start(vertx, options).await(60, SECONDS);
      try {
        SqnReservation next = second.directStore().reserve("001010000000901", 1).await(5, SECONDS);

        assertThat(next.firstSqn()).isEqualTo(5);
        assertThat(second.keysVerified().succeeded()).isTrue();
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).content().startsWith("17");
        assertThat(Files.readString(dataDir.resolve(GeneratedKeyFile.NAME)).trim())
            .isEqualTo(generated);
        assertThat(captured.list)
            .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(generated));
      } finally {
        second.close().await(30, SECONDS);
      }
    } finally {
      keyLog.detachAppender(captured);
    }
    assertThat(captured.list)
        .anySatisfy(
            event ->
                assertThat(event.getFormattedMessage())
                    .contains("Generated a key-encryption key")
                    .contains(dataDir.resolve(GeneratedKeyFile.NAME).toString()));
  }

  @Test
  void embeddedDatabaseRunsWithTheConfiguredSharedBuffers() throws Exception {
    Path dataDir = Files.createTempDirectory("hss-embedded-buffers");
    StoreOptions options =
        StoreOptions.defaults().withEmbedded(dataDir.toString(), 0).withEmbeddedSharedBuffersMb(48);
    Storage storage = Storage.start(vertx, options).await(60, SECONDS);
    try {
      String shown =
          storage
              .pool()
              .query("SHOW shared_buffers")
              .execute()
              .await(5, SECONDS)
              .iterator()
              .next()
              .getString(0);
      assertThat(shown).isEqualTo("48MB");
    } finally {
      storage.close().await(30, SECONDS);
    }
  }

  @Test
  void
      dataDirectoryOfThePreviousVersion_sealedUnderThePublicDevelopmentKey_isResealedUnderAGeneratedKey()
          throws Exception {
    Path dataDir = Files.createTempDirectory("hss-embedded-previous");
    StoreOptions options = StoreOptions.defaults().withEmbedded(dataDir.toString(), 0);
    String imsi = "001010000000902";
    HexFormat hex = HexFormat.of();
    Storage previous = Storage.start(vertx, options).await(60, SECONDS);
    try {
      new SubscriberRepository(previous).put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
      // what the previous version left: values sealed under the development key, no key check, no
      // key file
      String dev = PreviousFormat.DEVELOPMENT_KEY;
      previous
          .pool()
          .preparedQuery("UPDATE subscribers SET k = $2, opc = $3 WHERE imsi = $1")
          .execute(
              Tuple.of(
                  imsi,
                  Buffer.buffer(
                      PreviousFormat.seal(dev, 1, imsi, hex.parseHex(TestSubscribers.K_HEX))),
                  Buffer.buffer(
                      PreviousFormat.seal(dev, 1, imsi, hex.parseHex(TestSubscribers.OPC_HEX)))))
          .await(5, SECONDS);
      previous.pool().query("DELETE FROM key_checks").execute().await(5, SECONDS);
    } finally {
      previous.close().await(30, SECONDS);
    }
    Files.delete(dataDir.resolve(GeneratedKeyFile.NAME));

    Storage upgraded = Storage.start(vertx, options).await(60, SECONDS);
    try {
      SqnReservation reserved = upgraded.directStore().reserve(imsi, 1).await(5, SECONDS);
      byte[] sealedK =
          upgraded
              .pool()
              .preparedQuery("SELECT k FROM subscribers WHERE imsi = $1")
              .execute(Tuple.of(imsi))
              .await(5, SECONDS)
              .iterator()
              .next()
              .getBuffer(0)
              .getBytes();
      String generated = Files.readString(dataDir.resolve(GeneratedKeyFile.NAME)).trim();

      assertThat(hex.formatHex(reserved.keys().k())).isEqualTo(TestSubscribers.K_HEX);
      assertThat(upgraded.keysVerified().succeeded()).isTrue();
      assertThat(
              KeyCiphers.from(
                      options.external("h", 1, "d", "u", null).withKey(generated, 1, Map.of()))
                  .open(imsi, KeyCipher.Column.K, sealedK))
          .isEqualTo(hex.parseHex(TestSubscribers.K_HEX));
    } finally {
      upgraded.close().await(30, SECONDS);
    }
  }
}
