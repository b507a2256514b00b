package org.reactivehss;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.auth.VectorKind;
import org.reactivehss.auth.VectorReply;
import org.reactivehss.auth.VectorRequest;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;
import org.slf4j.LoggerFactory;

/**
 * Logging as operators get it: HSS_LOG_FORMAT picks the JSON encoder from the shipped logback.xml,
 * and a whole HSS logging at DEBUG through that encoder, while subscribers are provisioned, vectors
 * issued and peers connect, writes one JSON object per line and never the provisioned K or OPc.
 */
@Timeout(value = 90, unit = SECONDS)
class StructuredLoggingTest {

  @Test
  void shippedLogbackXml_selectsTheJsonEncoder_whenHssLogFormatIsJson() throws Exception {
    for (String format : List.of("JSON", "json")) {
      LoggerContext context = new LoggerContext();
      context.putProperty("HSS_LOG_FORMAT", format);
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());

      Appender<ILoggingEvent> appender =
          context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(format);
      assertThat(appender).isInstanceOf(OutputStreamAppender.class);
      assertThat(((OutputStreamAppender<ILoggingEvent>) appender).getEncoder())
          .isInstanceOf(JsonEncoder.class);
      context.stop();
    }
    LoggerContext text = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(text);
    configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
    Appender<ILoggingEvent> plain = text.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("TEXT");
    assertThat(((OutputStreamAppender<ILoggingEvent>) plain).getEncoder())
        .isInstanceOf(LayoutWrappingEncoder.class);
    text.stop();
  }

  @Test
  void wholeHssUnderTraffic_logsJsonLines_withoutTheProvisionedKeys() throws Exception {
    String k = randomHex();
    String opc = randomHex();
    String imsi = "001010000000931";
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> json = new OutputStreamAppender<>();
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(root.getLoggerContext());
    encoder.setWithFormattedMessage(true);
    encoder.start();
    json.setContext(root.getLoggerContext());
    json.setEncoder(encoder);
    json.setOutputStream(out);
    json.start();
    root.addAppender(json);
    root.setLevel(Level.DEBUG);
    try (E2eHss hss = new E2eHss()) {
      assertThat(
              hss.provision(
                  imsi,
                  new JsonObject()
                      .put("imsi", imsi)
                      .put("k", k)
                      .put("opc", opc)
                      .put("amf", "8000")
                      .encode()))
          .isBetween(200, 201);
      AuthVerticle.registerCodecs(hss.vertx);
      VectorReply reply =
          hss.vertx
              .eventBus()
              .<VectorReply>request(
                  AuthVerticle.ADDRESS,
                  new VectorRequest(
                      imsi, VectorKind.EUTRAN, 2, new byte[] {0x00, (byte) 0xf1, 0x10}, null))
              .await(10, SECONDS)
              .body();
      assertThat(reply.vectors()).hasSize(2);
      LoggerFactory.getLogger(StructuredLoggingTest.class).info("issued {}", reply);
      try (TestPeer peer = hss.connect("mme-log.localdomain")) {
        peer.open();
        peer.send(peer.dwr());
        peer.receive();
        // RSR goes from HSS to MME, so no handler ever serves it here: 3001, logged at DEBUG
        peer.send(
            MessageBuilder.request(S6aCommands.RESET)
                .proxiable(true)
                .hopByHop(peer.nextHopByHop())
                .add(BaseAvps.SESSION_ID, "mme-log.localdomain;1;1")
                .add(BaseAvps.AUTH_SESSION_STATE, 1)
                .add(BaseAvps.ORIGIN_HOST, peer.host)
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.DESTINATION_HOST, "hss.localdomain")
                .add(BaseAvps.DESTINATION_REALM, "localdomain")
                .build());
        assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3001);
      }
      hss.send("GET", "/api/v1/subscribers/" + imsi, null);
    } finally {
      root.detachAppender(json);
      root.setLevel(level);
      json.stop();
    }

    List<String> lines =
        out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      JsonObject event = new JsonObject(line);
      assertThat(event.getString("level")).isNotBlank();
      assertThat(event.getString("loggerName")).isNotBlank();
    }
    assertThat(lines).anyMatch(l -> l.contains("mme-log.localdomain"));
    assertThat(lines)
        .anyMatch(l -> new JsonObject(l).getString("formattedMessage", "").startsWith("issued"));
    assertThat(lines).anyMatch(l -> l.contains("\"peer\"") && l.contains("\"command\""));
    for (String secret : List.of(k, opc)) {
      assertThat(lines).noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(secret));
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
