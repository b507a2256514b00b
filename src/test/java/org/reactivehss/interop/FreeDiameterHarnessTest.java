package org.reactivehss.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.interop.FreeDiameterLogLines.disconnectRequestReceived;
import static org.reactivehss.interop.FreeDiameterLogLines.stateOpen;
import static org.reactivehss.interop.FreeDiameterLogLines.unknownPeerRejected;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogAnswerReceived;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogAnswerSent;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogRequestReceived;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogRequestSent;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proves the interop harness against freeDiameter itself: two daemons on loopback, one dialling the
 * other, before the harness is pointed at our HSS. The log lines awaited here are the ones the HSS
 * interop test awaits.
 */
@Timeout(90)
class FreeDiameterHarnessTest {

  private static final String REALM = "localdomain";
  private static final String MME = "mme.localdomain";
  private static final String HSS = "hss.localdomain";
  private static final Duration CONNECT = Duration.ofSeconds(15);
  /** TwTimer 6 s plus freeDiameter's jitter of up to 2 s, plus slack for a loaded machine. */
  private static final Duration FIRST_WATCHDOG = Duration.ofSeconds(20);
  private static final Duration EXCHANGE = Duration.ofSeconds(5);

  @BeforeEach
  void freeDiameterIsInstalled() {
    FreeDiameterPeer.assumeAvailable();
  }

  @Test
  void dialledAndDiallingDaemonsReachOpenAndTheWatchdogRequestIsAnswered() throws IOException {
    int listenerPort = FreeDiameterPeer.freeLocalPort();
    // The listener's TwTimer is long so that the dialler's DWR is the one exchanged.
    FreeDiameterConfig listener = FreeDiameterConfig.of(HSS, REALM)
        .listenPort(listenerPort).acceptFrom(MME).watchdogSeconds(60);
    FreeDiameterConfig dialler = FreeDiameterConfig.of(MME, REALM)
        .connectTo(HSS, "127.0.0.1", listenerPort).watchdogSeconds(6);
    try (FreeDiameterPeer hss = FreeDiameterPeer.start(listener)) {
      try (FreeDiameterPeer mme = FreeDiameterPeer.start(dialler)) {
        mme.awaitLog(stateOpen(HSS), CONNECT);
        hss.awaitLog(stateOpen(MME), CONNECT);

        mme.awaitLog(watchdogRequestSent(HSS), FIRST_WATCHDOG);
        hss.awaitLog(watchdogRequestReceived(MME), EXCHANGE);
        hss.awaitLog(watchdogAnswerSent(MME), EXCHANGE);
        String answer = mme.awaitLog(watchdogAnswerReceived(HSS), EXCHANGE);
        assertThat(answer).contains("src:'" + HSS + "'");
      }
      hss.awaitLog(disconnectRequestReceived(MME), EXCHANGE);
    }
  }

  @Test
  void listenerRejectsADiallerItWasNotToldToAccept() throws IOException {
    int listenerPort = FreeDiameterPeer.freeLocalPort();
    FreeDiameterConfig listener = FreeDiameterConfig.of(HSS, REALM).listenPort(listenerPort);
    FreeDiameterConfig dialler = FreeDiameterConfig.of(MME, REALM)
        .connectTo(HSS, "127.0.0.1", listenerPort);
    try (FreeDiameterPeer hss = FreeDiameterPeer.start(listener);
        FreeDiameterPeer mme = FreeDiameterPeer.start(dialler)) {
      hss.awaitLog(unknownPeerRejected(MME), CONNECT);
      mme.awaitLog("Connection to '" + HSS + "' failed", CONNECT);
    }
  }
}
