package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.interop.FreeDiameterLogLines.stateOpen;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogAnswerReceived;
import static org.reactivehss.interop.FreeDiameterLogLines.watchdogRequestSent;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.interop.FreeDiameterConfig;
import org.reactivehss.interop.FreeDiameterPeer;
import org.reactivehss.testing.Await;

/**
 * Interop with an independent RFC 6733 implementation, freeDiameter's daemon (Debian
 * freediameterd): in both directions it reaches the Open state with the HSS, and its DWR is
 * answered. freeDiameter advertises only the Relay application, so this also proves the HSS accepts
 * relay agents (§2.4).
 */
@Timeout(120)
class FreeDiameterInteropTest {
  private static final String MME = "mme.localdomain";
  private static final String HSS = "hss.localdomain";
  private static final Duration CONNECT = Duration.ofSeconds(20);

  /** freeDiameter's Tw of 6 s plus its jitter, plus slack for a loaded machine. */
  private static final Duration FIRST_WATCHDOG = Duration.ofSeconds(25);

  @BeforeEach
  void freeDiameterIsInstalled() {
    FreeDiameterPeer.assumeAvailable();
  }

  @Test
  void freeDiameterDialsTheHss_reachesOpen_andItsDwrIsAnswered() throws Exception {
    // The HSS's Tw is long so that freeDiameter's DWR (Tw 6 s) is the one exchanged.
    try (TestHss hss = new TestHss(60_000, 10_000, 2_000, List.of());
        FreeDiameterPeer mme =
            FreeDiameterPeer.start(
                FreeDiameterConfig.of(MME, "localdomain")
                    .connectTo(HSS, "127.0.0.1", hss.port)
                    .watchdogSeconds(6))) {
      mme.awaitLog(stateOpen(HSS), CONNECT);
      assertThat(hss.running.peers().isOpen(MME)).isTrue();
      mme.awaitLog(watchdogRequestSent(HSS), FIRST_WATCHDOG);
      mme.awaitLog(watchdogAnswerReceived(HSS), Duration.ofSeconds(5));
    }
  }

  @Test
  void theHssDialsFreeDiameter_andReachesOpen() throws Exception {
    int mmePort = FreeDiameterPeer.freeLocalPort();
    try (FreeDiameterPeer mme =
            FreeDiameterPeer.start(
                FreeDiameterConfig.of(MME, "localdomain")
                    .listenPort(mmePort)
                    .acceptFrom(HSS)
                    .watchdogSeconds(60));
        TestHss hss =
            new TestHss(
                60_000,
                10_000,
                2_000,
                List.of(new PeerOptions(MME, "localdomain", true, "127.0.0.1", mmePort)))) {
      mme.awaitLog(stateOpen(HSS), CONNECT);
      Await.until(
          MME + " open at the HSS", Duration.ofSeconds(5), () -> hss.running.peers().isOpen(MME));
    }
  }
}
