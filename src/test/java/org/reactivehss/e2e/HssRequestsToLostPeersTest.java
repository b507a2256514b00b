package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * An MME that disappears without DPR (issue #7): requests the HSS starts for it (IDR after an API
 * change) are retried a bounded number of times and end counted, never hung. Tw is 300 ms here so
 * that the RFC 3539 watchdog marks a silent peer down within about a second (3 × Tw).
 */
@Timeout(90)
class HssRequestsToLostPeersTest {
  private static final String SERIES = "hss_diameter_hss_initiated_total";
  private static E2eHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss(List.of(), 1_000, 300);
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  @Test
  void silentMme_isMarkedDownByTheWatchdog_andItsIdrEndsAsGaveUp() throws Exception {
    String imsi = "001010000000401";
    hss.provision(imsi, S6aClient.subscriber(imsi, ""));
    S6aClient mme = new S6aClient(hss.connect("mme-silent.localdomain"));
    mme.peer.open();
    assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
    Scrape before = scrape();

    // from here on the MME answers nothing: no DWA, no IDA
    assertThat(
            hss.send("PATCH", "/api/v1/subscribers/" + imsi, "{\"msisdn\":\"4917001\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(mme.peer.closedWithin(Duration.ofSeconds(10)))
        .as("watchdog closed the silent peer")
        .isTrue();
    mme.peer.close();

    awaitDelta(before, 1, SERIES, "application", "s6a", "command", "IDR", "outcome", "gave_up");
    Scrape after = scrape();
    assertThat(delta(before, after, SERIES, "command", "IDR", "outcome", "answered")).isZero();
    assertThat(delta(before, after, "hss_diameter_hss_initiated_retries_total", "command", "IDR"))
        .isEqualTo(2);
  }

  @Test
  void mmeThatDroppedWithoutDpr_andDialsBackBetweenAttempts_getsTheIdr() throws Exception {
    String imsi = "001010000000402";
    String host = "mme-returning.localdomain";
    hss.provision(imsi, S6aClient.subscriber(imsi, ""));
    S6aClient first = new S6aClient(hss.connect(host));
    first.peer.open();
    assertThat(first.exchange(first.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
    first.peer.close();
    awaitClosed(host);
    Scrape before = scrape();

    assertThat(
            hss.send("PATCH", "/api/v1/subscribers/" + imsi, "{\"msisdn\":\"4917002\"}")
                .statusCode())
        .isEqualTo(200);
    awaitDelta(before, 1, "hss_diameter_hss_initiated_retries_total", "command", "IDR");
    try (S6aClient back = new S6aClient(hss.connect(host)).opened()) {
      DiameterMessage idr = nextRequestAnsweringWatchdogs(back);
      assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
      assertThat(idr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
      back.answerSuccess(idr);
      awaitDelta(before, 1, SERIES, "application", "s6a", "command", "IDR", "outcome", "answered");
    }
    assertThat(delta(before, scrape(), SERIES, "command", "IDR", "outcome", "gave_up")).isZero();
  }

  @Test
  void protocolErrorAnswer_isSentAgain_butARefusalEndsTheRequest() throws Exception {
    String imsi = "001010000000403";
    hss.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = new S6aClient(hss.connect("mme-refusing.localdomain")).opened()) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      Scrape before = scrape();
      hss.send("PATCH", "/api/v1/subscribers/" + imsi, "{\"msisdn\":\"4917003\"}");

      DiameterMessage first = nextRequestAnsweringWatchdogs(mme);
      mme.peer.send(
          MessageBuilder.answer(first)
              .error(true)
              .add(BaseAvps.RESULT_CODE, 3002L)
              .add(BaseAvps.ORIGIN_HOST, mme.peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      DiameterMessage second = nextRequestAnsweringWatchdogs(mme);
      assertThat(second.first(BaseAvps.SESSION_ID).asUtf8())
          .isEqualTo(first.first(BaseAvps.SESSION_ID).asUtf8());
      mme.peer.send(
          MessageBuilder.answer(second)
              .add(BaseAvps.RESULT_CODE, 5012L)
              .add(BaseAvps.ORIGIN_HOST, mme.peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());

      awaitDelta(before, 1, SERIES, "command", "IDR", "outcome", "refused");
      Scrape after = scrape();
      assertThat(delta(before, after, "hss_diameter_hss_initiated_retries_total", "command", "IDR"))
          .isEqualTo(1);
      assertThat(delta(before, after, SERIES, "command", "IDR", "outcome", "gave_up")).isZero();
    }
  }

  /**
   * The next request from the HSS other than DWR; DWRs on the way are answered (Tw is short here).
   */
  private static DiameterMessage nextRequestAnsweringWatchdogs(S6aClient mme) throws Exception {
    while (true) {
      DiameterMessage m = mme.peer.receive();
      if (m.commandCode() != BaseCommands.DEVICE_WATCHDOG.code()) {
        return m;
      }
      mme.peer.send(
          MessageBuilder.answer(m)
              .add(BaseAvps.RESULT_CODE, 2001L)
              .add(BaseAvps.ORIGIN_HOST, mme.peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
    }
  }

  private static void awaitClosed(String host) throws Exception {
    Await.until(
        "HSS noticed the dropped connection of " + host,
        Duration.ofSeconds(5),
        () -> !hss.running.peers().isOpen(host));
  }

  private static void awaitDelta(Scrape before, double expected, String name, String... labels)
      throws Exception {
    hss.awaitMetric(before, expected, name, labels);
  }

  private static Scrape scrape() throws Exception {
    return hss.scrape();
  }

  private static double delta(Scrape before, Scrape after, String name, String... labels) {
    return after.since(before, name, labels);
  }
}
