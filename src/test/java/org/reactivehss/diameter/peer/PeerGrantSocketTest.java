package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.reactivehss.testing.TestPeer;

/**
 * Peers configured one by one: pinned to a realm, granted only some applications and IMSI ranges;
 * every refusal counted in hss_diameter_peer_refusals_total by reason.
 */
@Timeout(30)
class PeerGrantSocketTest {
  static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  static TestHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new TestHss(
            o ->
                o.withPeers(
                    List.of(
                        new PeerOptions(
                            "mme70.localdomain", "localdomain", false, "", 3868, List.of("s6a")),
                        new PeerOptions("mme71.localdomain", "other.realm", false, "", 3868),
                        new PeerOptions(
                            "mme72.localdomain",
                            "",
                            false,
                            "",
                            3868,
                            List.of(),
                            List.of("00101", "310150")))),
            new MicrometerHssMetrics(registry));
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  @Test
  void mmeGrantedOnlyS6a_getsS6aThrough_butCxRequestsGet5003() throws Exception {
    try (TestPeer mme = hss.connect("mme70.localdomain")) {
      mme.open();
      mme.send(
          MessageBuilder.request(CxCommands.USER_AUTHORIZATION)
              .proxiable(true)
              .hopByHop(mme.nextHopByHop())
              .add(BaseAvps.SESSION_ID, "mme70;1")
              .addGroup(
                  BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                  g ->
                      g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                          .add(BaseAvps.AUTH_APPLICATION_ID, Applications.CX))
              .add(BaseAvps.AUTH_SESSION_STATE, 1)
              .add(BaseAvps.ORIGIN_HOST, mme.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.DESTINATION_REALM, "localdomain")
              .add(BaseAvps.USER_NAME, "001010000000001@ims.localdomain")
              .add(CxAvps.PUBLIC_IDENTITY, "sip:001010000000001@ims.localdomain")
              .add(CxAvps.VISITED_NETWORK_IDENTIFIER, "localdomain".getBytes())
              .build());
      assertThat(TestPeer.resultCode(mme.receive())).isEqualTo(5003);
      assertThat(refusals("application")).isEqualTo(1);
      mme.send(ApplicationDispatchSocketTest.s6aRequest(mme, 318, "localdomain"));
      assertThat(TestPeer.resultCode(mme.receive()))
          .as("past the grant; no AIR handler here")
          .isEqualTo(3001);
    }
  }

  @Test
  void peerPinnedToAnotherRealm_gets3010() throws Exception {
    try (TestPeer mme = hss.connect("mme71.localdomain")) {
      mme.send(mme.cer(Applications.S6A));
      assertThat(TestPeer.resultCode(mme.receive())).isEqualTo(3010);
      assertThat(mme.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(refusals("unknown_peer")).isEqualTo(1);
  }

  @Test
  void mmeGrantedImsiPrefixes_getsItsOwnImsisThrough_butOthersGet5003() throws Exception {
    try (TestPeer mme = hss.connect("mme72.localdomain")) {
      mme.open();
      mme.send(air(mme, "001010000000001"));
      assertThat(TestPeer.resultCode(mme.receive()))
          .as("past the grant; no AIR handler here")
          .isEqualTo(3001);
      mme.send(air(mme, "310150123456789"));
      assertThat(TestPeer.resultCode(mme.receive())).isEqualTo(3001);
      mme.send(air(mme, "001020000000001"));
      assertThat(TestPeer.resultCode(mme.receive())).isEqualTo(5003);
      mme.send(air(mme, "00101"));
      assertThat(TestPeer.resultCode(mme.receive()))
          .as("a prefix itself is in range")
          .isEqualTo(3001);
    }
    assertThat(refusals("imsi_range")).isEqualTo(1);
  }

  private static byte[] air(TestPeer mme, String imsi) {
    return MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
        .proxiable(true)
        .hopByHop(mme.nextHopByHop())
        .add(BaseAvps.SESSION_ID, mme.host + ";" + imsi)
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, mme.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi)
        .add(S6aAvps.VISITED_PLMN_ID, new byte[] {0x00, (byte) 0xf1, 0x10})
        .build();
  }

  private static double refusals(String reason) {
    return registry.get("hss.diameter.peer.refusals").tag("reason", reason).counter().count();
  }
}
