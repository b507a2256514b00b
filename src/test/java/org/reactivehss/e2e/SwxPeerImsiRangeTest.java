package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.SwxAaa.EAP_AKA_PRIME;
import static org.reactivehss.e2e.SwxAaa.outcome;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * A 3GPP AAA server granted SWx for the IMSI prefix 00101 only (diameter.peers[].imsi-prefixes),
 * over real sockets: its own subscribers are served; one outside the prefix is answered as unknown
 * (5001) on MAR and SAR, no SQN is spent and nothing is registered, and each refusal is counted in
 * hss_diameter_peer_refusals_total{reason="imsi_range"}.
 */
class SwxPeerImsiRangeTest {
  static final String RESTRICTED = "aaa-00101.localdomain";
  static final String INSIDE = "001010000000701";
  static final String OUTSIDE = "001020000000701";
  static E2eHss hss;
  static SwxAaa aaa;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new E2eHss(
            List.of(
                new PeerOptions(RESTRICTED, "", false, "", 3868, List.of("swx"), List.of("00101"))),
            2_000);
    for (String imsi : List.of(INSIDE, OUTSIDE)) {
      assertThat(hss.provision(imsi, SwxAaa.subscriber(imsi, "\"non3gppAccess\":true")))
          .isEqualTo(201);
    }
    aaa = new SwxAaa(hss, RESTRICTED);
  }

  @AfterAll
  static void stop() throws Exception {
    aaa.close();
    hss.close();
  }

  @Test
  void subscriberInsideTheRange_isServed() throws Exception {
    assertThat(outcome(aaa.exchange(aaa.mar(INSIDE, 1, EAP_AKA_PRIME, "WLAN", null))))
        .isEqualTo("R2001");
    assertThat(outcome(aaa.exchange(aaa.sar(INSIDE, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("R2001");
  }

  @Test
  void subscriberOutsideTheRange_isUnknown_andNothingIsSpentOrStored() throws Exception {
    Scrape before = hss.scrape();

    assertThat(outcome(aaa.exchange(aaa.mar(OUTSIDE, 1, EAP_AKA_PRIME, "WLAN", null))))
        .isEqualTo("E5001");
    assertThat(outcome(aaa.exchange(aaa.sar(OUTSIDE, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("E5001");

    String document = hss.send("GET", "/api/v1/subscribers/" + OUTSIDE, null).body();
    assertThat(document).contains("\"sqn\":31", "\"aaaServerName\":null");
    hss.awaitMetric(before, 2, "hss_diameter_peer_refusals_total", "reason", "imsi_range");
  }
}
