package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;
import static org.reactivehss.e2e.CxScscf.outcome;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * A CSCF granted Cx for the IMSI prefix 00101 only (diameter.peers[].imsi-prefixes), over real
 * sockets: its own subscribers are served; a subscriber outside the prefix is answered as an
 * unknown one (5001) whatever it asks, and nothing of it is reserved, written or revealed; every
 * such refusal is counted in hss_diameter_peer_refusals_total{reason="imsi_range"}. An unrestricted
 * S-CSCF sets up the state the restricted one must not see.
 */
class CxPeerImsiRangeTest {
  static final String RESTRICTED = "icscf-00101.localdomain";
  static final int REGISTRATION = 1;
  static final int USER_DEREGISTRATION = 5;
  static final String INSIDE = "001010000000801";
  static final String INSIDE_IMPI = INSIDE + "@ims.localdomain";
  static final String INSIDE_IMPU = "sip:inside801@ims.localdomain";
  static E2eHss hss;
  static CxScscf restricted;
  static CxScscf unrestricted;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new E2eHss(
            List.of(
                new PeerOptions(RESTRICTED, "", false, "", 3868, List.of("cx"), List.of("00101"))),
            2_000);
    restricted = new CxScscf(hss, RESTRICTED);
    unrestricted = new CxScscf(hss, CxScscf.HOST);
    assertThat(hss.provision(INSIDE, CxScscf.subscriber(INSIDE, INSIDE_IMPI, "", INSIDE_IMPU)))
        .isEqualTo(201);
  }

  @AfterAll
  static void stop() throws Exception {
    restricted.close();
    unrestricted.close();
    hss.close();
  }

  @Test
  void subscriberInsideTheRange_getsUarMarSarLirAnswers() throws Exception {
    CxMessages cx = restricted.cx;
    Scrape before = hss.scrape();

    assertThat(
            outcome(
                restricted.exchange(
                    cx.uar(restricted.hbh(), INSIDE_IMPI, INSIDE_IMPU, "localdomain", 0))))
        .isEqualTo("E2001");
    DiameterMessage maa =
        restricted.exchange(
            cx.mar(
                restricted.hbh(),
                INSIDE_IMPI,
                INSIDE_IMPU,
                1,
                CxMessages.DIGEST_AKA,
                null,
                SERVER_NAME));
    assertThat(outcome(maa)).isEqualTo("R2001");
    assertThat(maa.first(CxAvps.SIP_AUTH_DATA_ITEM)).isNotNull();
    DiameterMessage saa =
        restricted.exchange(
            cx.sar(restricted.hbh(), INSIDE_IMPI, INSIDE_IMPU, REGISTRATION, 0, SERVER_NAME));
    assertThat(outcome(saa)).isEqualTo("R2001");
    assertThat(saa.first(CxAvps.USER_DATA)).isNotNull();
    DiameterMessage lia = restricted.exchange(cx.lir(restricted.hbh(), INSIDE_IMPU));
    assertThat(outcome(lia)).isEqualTo("R2001");
    assertThat(lia.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
    assertThat(
            outcome(
                restricted.exchange(
                    cx.sar(
                        restricted.hbh(),
                        INSIDE_IMPI,
                        INSIDE_IMPU,
                        USER_DEREGISTRATION,
                        1,
                        SERVER_NAME))))
        .isEqualTo("R2001");

    assertThat(imsiRangeRefusals(before)).isZero();
  }

  @Test
  void marForSubscriberOutsideTheRange_isUserUnknown_reservesNoSqn_andStoresNoScscfName()
      throws Exception {
    String imsi = "001020000000802";
    String impi = imsi + "@ims.localdomain";
    String impu = "sip:outside802@ims.localdomain";
    provision(imsi, impi, impu);
    JsonObject stored = subscriber(imsi);
    Scrape before = hss.scrape();

    DiameterMessage maa =
        restricted.exchange(
            restricted.cx.mar(
                restricted.hbh(), impi, impu, 5, CxMessages.DIGEST_AKA, null, SERVER_NAME));

    assertThat(outcome(maa)).isEqualTo("E5001");
    assertThat(maa.first(CxAvps.SIP_AUTH_DATA_ITEM)).isNull();
    JsonObject after = subscriber(imsi);
    assertThat(after.getLong("sqn"))
        .as("SQN_HE: no vector reserved")
        .isEqualTo(stored.getLong("sqn"));
    assertThat(after.getJsonObject("ims").getString("scscfName")).isNull();
    assertThat(imsiRangeRefusals(before)).isEqualTo(1);
  }

  @Test
  void sarForSubscriberOutsideTheRange_isUserUnknown_andRegistersNothing() throws Exception {
    String imsi = "001020000000803";
    String impi = imsi + "@ims.localdomain";
    String impu = "sip:outside803@ims.localdomain";
    provision(imsi, impi, impu);
    Scrape before = hss.scrape();

    DiameterMessage withUserName =
        restricted.exchange(
            restricted.cx.sar(restricted.hbh(), impi, impu, REGISTRATION, 0, SERVER_NAME));
    DiameterMessage byImpuOnly =
        restricted.exchange(
            restricted.cx.sar(restricted.hbh(), null, impu, REGISTRATION, 0, SERVER_NAME));

    assertThat(outcome(withUserName)).isEqualTo("E5001");
    assertThat(withUserName.first(CxAvps.USER_DATA)).isNull();
    assertThat(outcome(byImpuOnly)).isEqualTo("E5001");
    assertThat(byImpuOnly.first(CxAvps.USER_DATA)).isNull();
    JsonObject ims = subscriber(imsi).getJsonObject("ims");
    assertThat(ims.getString("scscfName")).isNull();
    assertThat(ims.getJsonObject("registrationStates").getString(impu)).isEqualTo("not_registered");
    assertThat(imsiRangeRefusals(before)).isEqualTo(2);
  }

  @Test
  void uarAndLirForRegisteredSubscriberOutsideTheRange_areUserUnknown_andNameNoScscf()
      throws Exception {
    String imsi = "001020000000804";
    String impi = imsi + "@ims.localdomain";
    String impu = "sip:outside804@ims.localdomain";
    provision(imsi, impi, impu);
    CxMessages cx = unrestricted.cx;
    assertThat(
            outcome(
                unrestricted.exchange(
                    cx.mar(
                        unrestricted.hbh(),
                        impi,
                        impu,
                        1,
                        CxMessages.DIGEST_AKA,
                        null,
                        SERVER_NAME))))
        .isEqualTo("R2001");
    assertThat(
            outcome(
                unrestricted.exchange(
                    cx.sar(unrestricted.hbh(), impi, impu, REGISTRATION, 1, SERVER_NAME))))
        .isEqualTo("R2001");
    Scrape before = hss.scrape();

    DiameterMessage uaa =
        restricted.exchange(restricted.cx.uar(restricted.hbh(), impi, impu, "localdomain", 0));
    DiameterMessage lia = restricted.exchange(restricted.cx.lir(restricted.hbh(), impu));
    DiameterMessage unknownLia =
        restricted.exchange(restricted.cx.lir(restricted.hbh(), "sip:nobody@ims.localdomain"));

    assertThat(outcome(uaa)).isEqualTo("E5001");
    assertThat(uaa.first(CxAvps.SERVER_NAME)).isNull();
    assertThat(outcome(lia))
        .as("as for an identity that does not exist")
        .isEqualTo(outcome(unknownLia))
        .isEqualTo("E5001");
    assertThat(lia.first(CxAvps.SERVER_NAME)).isNull();
    assertThat(imsiRangeRefusals(before)).isEqualTo(2);
    assertThat(outcome(unrestricted.exchange(cx.lir(unrestricted.hbh(), impu))))
        .as("still registered")
        .isEqualTo("R2001");
  }

  @Test
  void insideImpiWithAnImpuOutsideTheRange_isUserUnknown_notIdentitiesDontMatch() throws Exception {
    String imsi = "001020000000805";
    String outsideImpu = "sip:outside805@ims.localdomain";
    provision(imsi, imsi + "@ims.localdomain", outsideImpu);
    Scrape before = hss.scrape();

    DiameterMessage uaa =
        restricted.exchange(
            restricted.cx.uar(restricted.hbh(), INSIDE_IMPI, outsideImpu, "localdomain", 0));

    assertThat(outcome(uaa)).as("5002 would tell the peer the IMPU exists").isEqualTo("E5001");
    assertThat(imsiRangeRefusals(before)).isEqualTo(1);
    assertThat(
            outcome(
                unrestricted.exchange(
                    unrestricted.cx.uar(
                        unrestricted.hbh(), INSIDE_IMPI, outsideImpu, "localdomain", 0))))
        .as("an unrestricted peer is told")
        .isEqualTo("E5002");
  }

  private static void provision(String imsi, String impi, String impu) throws Exception {
    assertThat(hss.provision(imsi, CxScscf.subscriber(imsi, impi, "", impu))).isEqualTo(201);
  }

  private static JsonObject subscriber(String imsi) throws Exception {
    return new JsonObject(hss.send("GET", "/api/v1/subscribers/" + imsi, null).body());
  }

  private static double imsiRangeRefusals(Scrape before) throws Exception {
    return hss.scrape().since(before, "hss_diameter_peer_refusals_total", "reason", "imsi_range");
  }
}
