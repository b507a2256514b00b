package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.SwxAaa.EAP_AKA;
import static org.reactivehss.e2e.SwxAaa.EAP_AKA_PRIME;
import static org.reactivehss.e2e.SwxAaa.outcome;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.auth.AkaPrimeKeys;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * SWx Multimedia-Auth (TS 29.273 §8.1.2.1) over real sockets, the 3GPP AAA server played by a test
 * peer and the handset by a USIM model with the subscriber's K and OPc: EAP-AKA' keys checked
 * against the USIM side's own derivation, EAP-AKA, the SQN shared with S6a, resynchronisation and
 * every refusal.
 */
class SwxMarTest {
  static final String AAA = "aaa.localdomain";
  static E2eHss hss;
  static SwxAaa aaa;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    aaa = new SwxAaa(hss, AAA);
  }

  @AfterAll
  static void stop() throws Exception {
    aaa.close();
    hss.close();
  }

  @Test
  void eapAkaPrime_usimAcceptsTheItem_andCkPrimeIkPrimeMatchTheUsimsDerivation() throws Exception {
    String imsi = provision("001010000000501", true);
    UsimModel usim = SwxAaa.usim();

    DiameterMessage maa = aaa.exchange(aaa.mar(imsi, 1, EAP_AKA_PRIME, "WLAN", null));

    assertThat(outcome(maa)).isEqualTo("R2001");
    assertThat(maa.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
    Avp item = maa.first(CxAvps.SIP_AUTH_DATA_ITEM);
    assertThat(item.first(CxAvps.SIP_AUTHENTICATION_SCHEME).asUtf8()).isEqualTo(EAP_AKA_PRIME);
    byte[] sipAuthenticate = item.first(CxAvps.SIP_AUTHENTICATE).asOctets();
    byte[] rand = Arrays.copyOfRange(sipAuthenticate, 0, 16);
    byte[] autn = Arrays.copyOfRange(sipAuthenticate, 16, 32);
    // RFC 5448 §3.4.1: the AMF separation bit is set for EAP-AKA'
    assertThat(autn[6] & 0x80).isEqualTo(0x80);
    UsimModel.Outcome verdict = usim.authenticate(rand, autn);
    assertThat(verdict).isInstanceOf(UsimModel.Accepted.class);
    assertThat(item.first(CxAvps.SIP_AUTHORIZATION).asOctets())
        .isEqualTo(((UsimModel.Accepted) verdict).res());
    byte[] ckIk = usim.ckIk(rand);
    byte[] expected =
        AkaPrimeKeys.derive(
            Arrays.copyOf(ckIk, 16),
            Arrays.copyOfRange(ckIk, 16, 32),
            "WLAN",
            Arrays.copyOf(autn, 6));
    assertThat(item.first(CxAvps.CONFIDENTIALITY_KEY).asOctets())
        .isEqualTo(Arrays.copyOf(expected, 16));
    assertThat(item.first(CxAvps.INTEGRITY_KEY).asOctets())
        .isEqualTo(Arrays.copyOfRange(expected, 16, 32));
  }

  @Test
  void eapAka_itemCarriesTheUsimsCkAndIk_forANaiUserName() throws Exception {
    String imsi = provision("001010000000502", true);
    UsimModel usim = SwxAaa.usim();

    DiameterMessage maa =
        aaa.exchange(
            aaa.mar("0" + imsi + "@nai.epc.mnc001.mcc001.3gppnetwork.org", 2, EAP_AKA, null, null));

    assertThat(outcome(maa)).isEqualTo("R2001");
    assertThat(maa.first(CxAvps.SIP_NUMBER_AUTH_ITEMS).asUnsigned32()).isEqualTo(2);
    for (Avp item : maa.all(CxAvps.SIP_AUTH_DATA_ITEM)) {
      assertThat(item.first(CxAvps.SIP_AUTHENTICATION_SCHEME).asUtf8()).isEqualTo(EAP_AKA);
      assertThat(SwxAaa.challenge(usim, item)).isInstanceOf(UsimModel.Accepted.class);
      byte[] rand = Arrays.copyOf(item.first(CxAvps.SIP_AUTHENTICATE).asOctets(), 16);
      byte[] ckIk = usim.ckIk(rand);
      assertThat(item.first(CxAvps.CONFIDENTIALITY_KEY).asOctets())
          .isEqualTo(Arrays.copyOf(ckIk, 16));
      assertThat(item.first(CxAvps.INTEGRITY_KEY).asOctets())
          .isEqualTo(Arrays.copyOfRange(ckIk, 16, 32));
    }
  }

  @Test
  void airAfterSwxMar_getsTheNextSqn_fromTheSameCounter() throws Exception {
    String imsi = provision("001010000000503", true);
    UsimSqn sqnOf = new UsimSqn(SwxAaa.usim());
    Avp item =
        aaa.exchange(aaa.mar(imsi, 1, EAP_AKA_PRIME, "WLAN", null))
            .first(CxAvps.SIP_AUTH_DATA_ITEM);
    Sqn swx = ((UsimModel.Accepted) SwxAaa.challenge(SwxAaa.usim(), item)).sqn();

    try (S6aClient mme = new S6aClient(hss.connect("mme-swx.localdomain")).opened()) {
      DiameterMessage aia = mme.exchange(mme.air(imsi, 1, S6aClient.HOME_PLMN, null));
      Sqn s6a = sqnOf.of(S6aClient.eutranVectors(aia).get(0));

      // one SQN_HE for S6a, Cx and SWx (docs/sqn.md): the AIR's SQN is the next one after the
      // MAR's (consecutive SQNs step through the IND slots, so SEQ rises every 32)
      assertThat(s6a.value()).isEqualTo(swx.value() + 1);
    }
  }

  @Test
  void usimAhead_resyncsFromRandAndAuts_andTheHistorySaysSwx() throws Exception {
    String imsi = provision("001010000000504", true);
    UsimModel usim = SwxAaa.usim();
    usim.acceptedEverySqnUpTo(Sqn.of(1L << 30));
    Avp stale =
        aaa.exchange(aaa.mar(imsi, 1, EAP_AKA_PRIME, "WLAN", null))
            .first(CxAvps.SIP_AUTH_DATA_ITEM);
    UsimModel.Outcome first = SwxAaa.challenge(usim, stale);
    assertThat(first).isInstanceOf(UsimModel.SyncFailure.class);

    DiameterMessage resynced =
        aaa.exchange(
            aaa.mar(imsi, 1, EAP_AKA_PRIME, "WLAN", ((UsimModel.SyncFailure) first).randAndAuts()));

    assertThat(outcome(resynced)).isEqualTo("R2001");
    assertThat(SwxAaa.challenge(usim, resynced.first(CxAvps.SIP_AUTH_DATA_ITEM)))
        .isInstanceOf(UsimModel.Accepted.class);
    String events = "/api/v1/subscribers/" + imsi + "/auth-events";
    Await.until(
        "the resync in the auth history",
        Duration.ofSeconds(10),
        () -> hss.send("GET", events, null).body().contains("\"interface\":\"swx\""));
    assertThat(hss.send("GET", events, null).body())
        .contains("\"kind\":\"resync\"", "\"peer\":\"" + AAA + "\"");
  }

  @Test
  void unknownUser_and_userNameThatIsNoImsi_areExperimental5001() throws Exception {
    assertThat(outcome(aaa.exchange(aaa.mar("001010000000599", 1, EAP_AKA, null, null))))
        .isEqualTo("E5001");
    assertThat(outcome(aaa.exchange(aaa.mar("alice@example.org", 1, EAP_AKA, null, null))))
        .isEqualTo("E5001");
  }

  @Test
  void subscriberWithoutNon3gppAccess_isExperimental5450_andNoSqnIsSpent() throws Exception {
    String imsi = provision("001010000000505", false);

    DiameterMessage maa = aaa.exchange(aaa.mar(imsi, 1, EAP_AKA_PRIME, "WLAN", null));

    assertThat(outcome(maa)).isEqualTo("E5450");
    assertThat(maa.first(CxAvps.SIP_AUTH_DATA_ITEM)).isNull();
    assertThat(hss.send("GET", "/api/v1/subscribers/" + imsi, null).body()).contains("\"sqn\":31");
  }

  @Test
  void eapAkaPrimeWithoutAnid_isMissingAvp5005NamingAnid() throws Exception {
    String imsi = provision("001010000000506", true);

    DiameterMessage maa = aaa.exchange(aaa.mar(imsi, 1, EAP_AKA_PRIME, null, null));

    assertThat(outcome(maa)).isEqualTo("R5005");
    Avp failed = maa.first(BaseAvps.FAILED_AVP);
    assertThat(failed.first(SwxAvps.ANID)).isNotNull();
  }

  @Test
  void otherScheme_isExperimental5006() throws Exception {
    String imsi = provision("001010000000507", true);

    assertThat(outcome(aaa.exchange(aaa.mar(imsi, 1, "Digest-AKAv1-MD5", null, null))))
        .isEqualTo("E5006");
  }

  private static String provision(String imsi, boolean non3gpp) throws Exception {
    assertThat(
            hss.provision(imsi, SwxAaa.subscriber(imsi, "\"sqn\":31,\"non3gppAccess\":" + non3gpp)))
        .isEqualTo(201);
    return imsi;
  }
}
