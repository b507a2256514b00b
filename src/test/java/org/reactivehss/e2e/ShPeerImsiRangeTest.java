package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;
import static org.reactivehss.e2e.ShAs.userData;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * An AS granted Sh for the IMSI prefix 00101 only (diameter.peers[].imsi-prefixes), over real
 * sockets: a user inside is served; a user outside, named by IMPU or by MSISDN, is answered exactly
 * as one that does not exist (5001, TS 29.328 §6.1.1.1), with no Sh-User-Data, nothing written and
 * no subscription made; each refusal counted in
 * hss_diameter_peer_refusals_total{reason="imsi_range"}. An unrestricted AS checks that nothing
 * changed.
 */
@Timeout(120)
class ShPeerImsiRangeTest {
  static final String RESTRICTED = "as-00101.localdomain";
  static final String INSIDE = "001010000000901";
  static final String INSIDE_IMPU = "sip:inside901@ims.localdomain";
  static final String OUTSIDE = "001020000000902";
  static final String OUTSIDE_IMPU = "sip:outside902@ims.localdomain";

  /** MSISDN 15550902 as TBCD (TS 29.329 §6.3.2). */
  static final byte[] OUTSIDE_MSISDN = {0x51, 0x55, (byte) 0x90, 0x20};

  /** TS 29.329 §6.3.4 Data-Reference. */
  static final int REPOSITORY_DATA = 0;

  static final int IMS_USER_STATE = 11;
  static final int MSISDN = 17;

  static final String GRANTS =
      ShAs.permissions(
          "\"RepositoryData\",\"IMSUserState\",\"MSISDN\"",
          "\"RepositoryData\"",
          "\"RepositoryData\",\"IMSUserState\"");

  static E2eHss hss;
  static ShAs restricted;
  static ShAs unrestricted;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new E2eHss(
            List.of(
                new PeerOptions(RESTRICTED, "", false, "", 3868, List.of("sh"), List.of("00101"))),
            2_000);
    provision(INSIDE, INSIDE_IMPU, "");
    provision(OUTSIDE, OUTSIDE_IMPU, ",\"msisdn\":\"15550902\"");
    for (String as : List.of(RESTRICTED, ShAs.HOST)) {
      assertThat(hss.send("PUT", "/api/v1/sh/permissions/" + as, GRANTS).statusCode())
          .isEqualTo(201);
    }
    restricted = new ShAs(hss, RESTRICTED);
    unrestricted = new ShAs(hss, ShAs.HOST);
  }

  @AfterAll
  static void stop() throws Exception {
    restricted.close();
    unrestricted.close();
    hss.close();
  }

  private static void provision(String imsi, String impu, String extra) throws Exception {
    assertThat(
            hss.provision(imsi, CxScscf.subscriber(imsi, imsi + "@ims.localdomain", extra, impu)))
        .isEqualTo(201);
  }

  private static double imsiRangeRefusals(Scrape before) throws Exception {
    return hss.scrape().since(before, "hss_diameter_peer_refusals_total", "reason", "imsi_range");
  }

  @Test
  void udrForAUserInsideTheRange_isServed() throws Exception {
    Scrape before = hss.scrape();

    DiameterMessage uda = restricted.exchange(restricted.udr(INSIDE_IMPU, IMS_USER_STATE, b -> {}));

    assertThat(outcome(uda)).isEqualTo("R2001");
    assertThat(userData(uda)).contains("<IMSUserState>0</IMSUserState>");
    assertThat(imsiRangeRefusals(before)).isZero();
  }

  @Test
  void udrForAUserOutsideTheRange_byImpuOrMsisdn_is5001LikeAnUnknownUser_andRevealsNothing()
      throws Exception {
    Scrape before = hss.scrape();

    DiameterMessage byImpu =
        restricted.exchange(restricted.udr(OUTSIDE_IMPU, IMS_USER_STATE, b -> {}));
    DiameterMessage byMsisdn =
        restricted.exchange(
            restricted.request(
                ShCommands.USER_DATA_SH,
                null,
                OUTSIDE_MSISDN,
                b -> b.add(ShAvps.DATA_REFERENCE, MSISDN)));
    DiameterMessage unknown =
        restricted.exchange(
            restricted.udr("sip:nobody902@ims.localdomain", IMS_USER_STATE, b -> {}));

    assertThat(outcome(byImpu)).isEqualTo(outcome(unknown)).isEqualTo("E5001");
    assertThat(outcome(byMsisdn)).isEqualTo("E5001");
    assertThat(byImpu.first(ShAvps.SH_USER_DATA)).isNull();
    assertThat(byMsisdn.first(ShAvps.SH_USER_DATA)).isNull();
    assertThat(imsiRangeRefusals(before)).isEqualTo(2);
    assertThat(outcome(unrestricted.exchange(unrestricted.udr(OUTSIDE_IMPU, MSISDN, b -> {}))))
        .as("the user exists")
        .isEqualTo("R2001");
  }

  @Test
  void purAndSnrForAUserOutsideTheRange_are5001_andWriteNothing() throws Exception {
    DiameterMessage pua =
        restricted.exchange(
            restricted.pur(OUTSIDE_IMPU, ShAs.repositoryData("svc.range", 0, "<x/>")));
    DiameterMessage sna =
        restricted.exchange(
            restricted.snr(
                OUTSIDE_IMPU,
                0,
                REPOSITORY_DATA,
                b -> b.add(ShAvps.SERVICE_INDICATION, "svc.range")));

    assertThat(outcome(pua)).isEqualTo("E5001");
    assertThat(outcome(sna)).isEqualTo("E5001");
    DiameterMessage stored =
        unrestricted.exchange(
            unrestricted.udr(
                OUTSIDE_IMPU, REPOSITORY_DATA, b -> b.add(ShAvps.SERVICE_INDICATION, "svc.range")));
    assertThat(outcome(stored)).isEqualTo("R2001");
    assertThat(userData(stored)).doesNotContain("RepositoryData");
  }
}
