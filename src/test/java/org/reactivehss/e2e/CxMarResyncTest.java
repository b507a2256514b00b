package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;
import static org.reactivehss.e2e.CxScscf.outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * The story this HSS was built for, on Cx (docs/sqn.md): the handset's USIM is ahead of the HSS,
 * every challenge is stale, and the S-CSCF relays RAND || AUTS in SIP-Authorization (TS 29.229
 * §6.3.13).
 */
class CxMarResyncTest {
  static E2eHss hss;
  static CxScscf scscf;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    scscf = new CxScscf(hss, CxScscf.HOST);
  }

  @AfterAll
  static void stop() throws Exception {
    scscf.close();
    hss.close();
  }

  @Test
  void usimAheadBy2To30_resyncsOnce_thenEveryItemIsAccepted() throws Exception {
    String impi = provision("001010000000201");
    UsimModel usim = CxScscf.usim();
    usim.acceptedEverySqnUpTo(Sqn.of(1L << 30));

    Avp stale = mar(impi, 1, null).first(CxAvps.SIP_AUTH_DATA_ITEM);
    UsimModel.Outcome first = CxScscf.challenge(usim, stale);
    assertThat(first).isInstanceOf(UsimModel.SyncFailure.class);

    DiameterMessage resynced = mar(impi, 1, ((UsimModel.SyncFailure) first).randAndAuts());
    assertThat(outcome(resynced)).isEqualTo("R2001");
    assertThat(CxScscf.challenge(usim, resynced.first(CxAvps.SIP_AUTH_DATA_ITEM)))
        .isInstanceOf(UsimModel.Accepted.class);
    // the next registration needs no second resynchronisation
    assertThat(CxScscf.challenge(usim, mar(impi, 1, null).first(CxAvps.SIP_AUTH_DATA_ITEM)))
        .isInstanceOf(UsimModel.Accepted.class);
    // and the subscriber's auth history shows the resync as one over Cx, from this S-CSCF
    Await.until(
        "the resync in the auth history",
        Duration.ofSeconds(10),
        () ->
            hss.send("GET", "/api/v1/subscribers/001010000000201/auth-events", null)
                .body()
                .contains("\"interface\":\"cx\""));
    assertThat(hss.send("GET", "/api/v1/subscribers/001010000000201/auth-events", null).body())
        .contains("\"kind\":\"resync\"", "\"peer\":\"" + CxScscf.HOST + "\"");
  }

  @Test
  void forgedAuts_isRejectedWith4001_andNeverMovesSqn() throws Exception {
    String impi = provision("001010000000202");
    UsimModel usim = CxScscf.usim();
    usim.acceptedEverySqnUpTo(Sqn.of(1L << 30));
    byte[] randAndAuts =
        ((UsimModel.SyncFailure)
                CxScscf.challenge(usim, mar(impi, 1, null).first(CxAvps.SIP_AUTH_DATA_ITEM)))
            .randAndAuts();
    byte[] forged = randAndAuts.clone();
    forged[29] ^= 0x01; // last octet of MAC-S

    DiameterMessage refused = mar(impi, 1, forged);
    assertThat(outcome(refused)).isEqualTo("R4001");
    assertThat(refused.first(CxAvps.SIP_AUTH_DATA_ITEM)).isNull();
    // SQN_HE did not move: the USIM still finds the next challenge stale
    assertThat(CxScscf.challenge(usim, mar(impi, 1, null).first(CxAvps.SIP_AUTH_DATA_ITEM)))
        .isInstanceOf(UsimModel.SyncFailure.class);
  }

  @Test
  void severalItems_eachCarryTheirOwnSqn_andTheUsimAcceptsAll() throws Exception {
    String impi = provision("001010000000203");
    UsimModel usim = CxScscf.usim();
    DiameterMessage maa = mar(impi, 5, null);
    assertThat(maa.first(CxAvps.SIP_NUMBER_AUTH_ITEMS).asUnsigned32()).isEqualTo(5);
    List<Avp> items = maa.all(CxAvps.SIP_AUTH_DATA_ITEM);
    assertThat(items).hasSize(5);
    List<Long> sqns = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      assertThat(items.get(i).first(CxAvps.SIP_ITEM_NUMBER).asUnsigned32()).isEqualTo(i + 1);
      assertThat(items.get(i).first(CxAvps.SIP_AUTHENTICATION_SCHEME).asUtf8())
          .isEqualTo(CxMessages.DIGEST_AKA);
      assertThat(items.get(i).first(CxAvps.SIP_AUTHENTICATE).asOctets()).hasSize(32);
      UsimModel.Outcome verdict = CxScscf.challenge(usim, items.get(i));
      assertThat(verdict).isInstanceOf(UsimModel.Accepted.class);
      sqns.add(((UsimModel.Accepted) verdict).sqn().value());
    }
    assertThat(sqns).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void moreItemsThanTheCap_areCappedAt32() throws Exception {
    String impi = provision("001010000000204");
    assertThat(mar(impi, 100, null).all(CxAvps.SIP_AUTH_DATA_ITEM)).hasSize(32);
  }

  private static String provision(String imsi) throws Exception {
    String impi = imsi + "@ims.localdomain";
    assertThat(hss.provision(imsi, CxScscf.subscriber(imsi, impi, "", impu(impi)))).isEqualTo(201);
    return impi;
  }

  private static String impu(String impi) {
    return "sip:" + impi.substring(0, 15) + "@ims.localdomain";
  }

  private static DiameterMessage mar(String impi, int n, byte[] randAndAuts) throws Exception {
    return scscf.exchange(
        scscf.cx.mar(
            scscf.hbh(), impi, impu(impi), n, CxMessages.DIGEST_AKA, randAndAuts, SERVER_NAME));
  }
}
