package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.store.EventBusSubscriberAuthStore;
import org.reactivehss.store.StorageVerticle;
import org.reactivehss.store.SubscriberAuthStore;
import org.slf4j.LoggerFactory;

/**
 * Provisions, reads, patches and reserves with fresh random keys at DEBUG, then searches the log
 * for them.
 */
@Timeout(value = 60, unit = SECONDS)
class KeysNotLoggedTest {
  private static final String IMSI = "001010000000601";

  @Test
  void provisionedKeysNeverAppearInTheLog() throws Exception {
    String k = randomHex();
    String opc = randomHex();
    String op = randomHex();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.DEBUG);
    try (ApiFixture api = new ApiFixture(null)) {
      JsonObject subscriber = new JsonObject().put("k", k).put("opc", opc);
      api.send("PUT", "/api/v1/subscribers/" + IMSI, subscriber.encode());
      api.send("PUT", "/api/v1/subscribers/" + IMSI, subscriber.copy().put("k", k + "0").encode());
      api.send("PUT", "/api/v1/subscribers/" + IMSI, subscriber.copy().put("op", op).encode());
      api.send("GET", "/api/v1/subscribers/" + IMSI, null);
      api.send("PATCH", "/api/v1/subscribers/" + IMSI, new JsonObject().put("op", op).encode());
      api.send(
          "PATCH",
          "/api/v1/subscribers/" + IMSI,
          new JsonObject().put("opc", opc).put("sqn", -1).encode());
      api.vertx
          .deployVerticle(
              () -> new StorageVerticle(api.storage), new DeploymentOptions().setInstances(1))
          .await(10, SECONDS);
      SubscriberAuthStore store = new EventBusSubscriberAuthStore(api.vertx, 5_000);
      LoggerFactory.getLogger(KeysNotLoggedTest.class)
          .info("reserved {}", store.reserve(IMSI, 2).await(5, SECONDS));
      LoggerFactory.getLogger(KeysNotLoggedTest.class)
          .info("keys {}", store.keys(IMSI).await(5, SECONDS));
      store
          .reserve("001019999999999", 1)
          .otherwise(
              failure -> {
                LoggerFactory.getLogger(KeysNotLoggedTest.class).warn("failed", failure);
                return null;
              })
          .await(5, SECONDS);
    } finally {
      root.detachAppender(captured);
      root.setLevel(level);
    }

    List<String> logged = captured.list.stream().map(KeysNotLoggedTest::everything).toList();
    assertThat(logged).hasSizeGreaterThan(5);
    for (String secret : List.of(k, opc, op)) {
      assertThat(logged).noneMatch(line -> line.toLowerCase(Locale.ROOT).contains(secret));
    }
  }

  private static String everything(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      text.append(' ').append(t.getClassName()).append(' ').append(t.getMessage());
    }
    return text.toString();
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
