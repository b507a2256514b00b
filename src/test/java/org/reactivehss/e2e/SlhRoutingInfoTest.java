package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;
import static org.reactivehss.e2e.S6aClient.hex;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.app.slh.SlhOptions;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.SlhAvps;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * LCS-Routing-Info over real sockets against the whole HSS (TS 29.173 §5.2.1.2): every outcome of
 * the RIR, with the serving MME stored by a real Update-Location. The HSS allows one GMLC ({@code
 * slh.allowed-gmlcs}); a peer granted only S6a, and one held to other IMSI prefixes, show the
 * grants.
 */
@Timeout(90)
class SlhRoutingInfoTest {
  static final String GMLC = "gmlc.localdomain";
  static final String S6A_ONLY = "gmlc-s6a-only.localdomain";
  static final String OTHER_RANGE = "gmlc-00102.localdomain";
  static final String MME = "mme-slh.localdomain";
  static final String SERVED = "001010000000901";

  /** 4917012345901 as TBCD: digits in swapped nibbles, odd count padded with F. */
  static final String SERVED_MSISDN = "4917012345901";

  static final byte[] SERVED_MSISDN_TBCD = hex("947110325409f1");
  static final String UNSERVED = "001010000000902";
  static final String PURGED = "001010000000903";
  static final String SHARED_A = "001010000000904";
  static final String SHARED_B = "001010000000905";
  static final byte[] SHARED_MSISDN_TBCD = hex("947110325499");
  static E2eHss hss;
  static SlhGmlc gmlc;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new E2eHss(
            List.of(
                new PeerOptions(GMLC, "", false, "", 3868, List.of("slh"), List.of()),
                new PeerOptions(S6A_ONLY, "", false, "", 3868, List.of("s6a"), List.of()),
                new PeerOptions(
                    OTHER_RANGE, "", false, "", 3868, List.of("slh"), List.of("00102"))),
            c -> c.withSlh(new SlhOptions(List.of(GMLC.toUpperCase(), OTHER_RANGE))));
    provision(SERVED, SERVED_MSISDN);
    provision(UNSERVED, "4917012345902");
    provision(PURGED, "4917012345903");
    provision(SHARED_A, "491701234599");
    provision(SHARED_B, "491701234599");
    try (S6aClient mme = new S6aClient(hss.connect(MME)).opened()) {
      for (String imsi : List.of(SERVED, PURGED)) {
        assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      }
      assertThat(mme.exchange(S6aCommands.PURGE_UE, PURGED, b -> {}).resultCode()).isEqualTo(2001);
    }
    gmlc = new SlhGmlc(hss, GMLC);
  }

  private static void provision(String imsi, String msisdn) throws Exception {
    assertThat(
            hss.provision(
                imsi,
                S6aClient.subscriber(
                    imsi,
                    "\"msisdn\":\""
                        + msisdn
                        + "\",\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,"
                        + "\"pdnType\":\"ipv4\",\"qci\":9,\"arp\":{\"priority\":8,"
                        + "\"preemptionCapable\":false,\"preemptionVulnerable\":true}}]")))
        .isEqualTo(201);
  }

  @AfterAll
  static void stop() throws Exception {
    gmlc.close();
    hss.close();
  }

  @Test
  void rirByImsi_answersTheServingMmeAndTheMsisdn() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(SERVED, null));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
    assertThat(ria.first(ShAvps.MSISDN).asOctets()).isEqualTo(SERVED_MSISDN_TBCD);
    assertThat(ria.first(BaseAvps.USER_NAME)).isNull();
    assertServingMme(ria);
  }

  @Test
  void rirByMsisdn_answersTheServingMmeAndTheImsi() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(null, SERVED_MSISDN_TBCD));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
    assertThat(ria.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(SERVED);
    assertThat(ria.first(ShAvps.MSISDN)).isNull();
    assertServingMme(ria);
  }

  @Test
  void rirWithBothIdentitiesOfOneSubscriber_answersBoth() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(SERVED, SERVED_MSISDN_TBCD));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
    assertThat(ria.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(SERVED);
    assertThat(ria.first(ShAvps.MSISDN).asOctets()).isEqualTo(SERVED_MSISDN_TBCD);
    assertServingMme(ria);
  }

  @Test
  void rirWithIdentitiesOfTwoSubscribers_isAnswered5007WithBothInFailedAvp() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(UNSERVED, SERVED_MSISDN_TBCD));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5007);
    Avp failed = ria.first(BaseAvps.FAILED_AVP);
    assertThat(failed.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(UNSERVED);
    assertThat(failed.first(ShAvps.MSISDN).asOctets()).isEqualTo(SERVED_MSISDN_TBCD);
  }

  @Test
  void rirForUnknownImsiOrMsisdn_isAnsweredExperimental5001() throws Exception {
    assertThat(experimental(gmlc.exchange(gmlc.rir("001019999999999", null)))).isEqualTo(5001);
    assertThat(experimental(gmlc.exchange(gmlc.rir(null, hex("99999999f9"))))).isEqualTo(5001);
    assertThat(experimental(gmlc.exchange(gmlc.rir("not-an-imsi", null)))).isEqualTo(5001);
  }

  @Test
  void rirForSubscriberWithoutServingNode_isAnsweredAbsentUser4201_andCountedAsSuch()
      throws Exception {
    Scrape before = hss.scrape();

    assertThat(experimental(gmlc.exchange(gmlc.rir(UNSERVED, null)))).isEqualTo(4201);

    assertThat(
            hss.scrape()
                .since(
                    before,
                    "hss_diameter_answers_total",
                    "application",
                    "slh",
                    "command",
                    "RIR",
                    "result",
                    "DIAMETER_ERROR_ABSENT_USER",
                    "result_code",
                    "4201",
                    "result_class",
                    "transient_failure"))
        .isEqualTo(1);
  }

  @Test
  void rirFromPeerHeldToOtherImsiPrefixes_isCountedAsAnImsiRangeRefusal() throws Exception {
    try (SlhGmlc restricted = new SlhGmlc(hss, OTHER_RANGE)) {
      Scrape before = hss.scrape();

      restricted.exchange(restricted.rir(SERVED, null));

      assertThat(
              hss.scrape()
                  .since(before, "hss_diameter_peer_refusals_total", "reason", "imsi_range"))
          .isEqualTo(1);
    }
  }

  @Test
  void rirForSubscriberPurgedByItsMme_isAnsweredAbsentUser4201() throws Exception {
    assertThat(experimental(gmlc.exchange(gmlc.rir(PURGED, null)))).isEqualTo(4201);
  }

  @Test
  void rirWithoutUserNameOrMsisdn_isAnswered5005NamingUserNameInFailedAvp() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(null, null));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5005);
    assertThat(ria.first(BaseAvps.FAILED_AVP).first(BaseAvps.USER_NAME)).isNotNull();
  }

  @Test
  void rirWithMsisdnThatIsNoTbcdNumber_isAnswered5004WithItInFailedAvp() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(null, hex("94ab")));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5004);
    assertThat(ria.first(BaseAvps.FAILED_AVP).first(ShAvps.MSISDN).asOctets())
        .isEqualTo(hex("94ab"));
  }

  @Test
  void rirByMsisdnOfTwoSubscribers_isAnswered5012() throws Exception {
    DiameterMessage ria = gmlc.exchange(gmlc.rir(null, SHARED_MSISDN_TBCD));

    assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5012);
    assertThat(ria.first(SlhAvps.SERVING_NODE)).isNull();
  }

  @Test
  void rirFromGmlcOutsideAllowedGmlcs_isAnsweredExperimental5490() throws Exception {
    try (SlhGmlc rogue = new SlhGmlc(hss, "rogue-gmlc.localdomain")) {
      DiameterMessage ria = rogue.exchange(rogue.rir(SERVED, null));

      assertThat(experimental(ria)).isEqualTo(5490);
      assertThat(ria.first(SlhAvps.SERVING_NODE)).isNull();
    }
  }

  @Test
  void rirFromPeerNotGrantedSlh_isAnswered5003() throws Exception {
    try (SlhGmlc s6aOnly = new SlhGmlc(hss, S6A_ONLY)) {
      DiameterMessage ria = s6aOnly.exchange(s6aOnly.rir(SERVED, null));

      assertThat(ria.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(5003);
    }
  }

  @Test
  void rirFromPeerHeldToOtherImsiPrefixes_isAnsweredAsUnknown5001_whateverElseHolds()
      throws Exception {
    try (SlhGmlc restricted = new SlhGmlc(hss, OTHER_RANGE)) {
      assertThat(experimental(restricted.exchange(restricted.rir(SERVED, null)))).isEqualTo(5001);
      assertThat(experimental(restricted.exchange(restricted.rir(null, SERVED_MSISDN_TBCD))))
          .isEqualTo(5001);
      // nor does a contradiction or a shared MSISDN tell it that subscribers exist beyond its range
      assertThat(experimental(restricted.exchange(restricted.rir(UNSERVED, SERVED_MSISDN_TBCD))))
          .isEqualTo(5001);
      assertThat(experimental(restricted.exchange(restricted.rir(null, SHARED_MSISDN_TBCD))))
          .isEqualTo(5001);
    }
  }

  private static void assertServingMme(DiameterMessage ria) {
    Avp node = ria.first(SlhAvps.SERVING_NODE);
    assertThat(node.first(SlhAvps.MME_NAME).asUtf8()).isEqualTo(MME);
    assertThat(node.first(SlhAvps.MME_REALM).asUtf8()).isEqualTo("localdomain");
    assertThat(node.first(SlhAvps.LCS_CAPABILITIES_SETS)).isNull();
  }

  private static long experimental(DiameterMessage answer) {
    assertThat(answer.first(BaseAvps.RESULT_CODE)).isNull();
    Avp result = answer.first(BaseAvps.EXPERIMENTAL_RESULT);
    assertThat(result.first(BaseAvps.VENDOR_ID).asUnsigned32()).isEqualTo(10415);
    return result.first(BaseAvps.EXPERIMENTAL_RESULT_CODE).asUnsigned32();
  }
}
