package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;
import static org.reactivehss.e2e.CxScscf.outcome;

import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.testing.E2eHss;

/** Each Cx error case over a real socket, named by the Result-Code it must produce. */
class CxErrorAnswersTest {
  static final String ALICE_IMPI = "001010000000301@ims.localdomain";
  static final String ALICE = "sip:alice301@ims.localdomain";
  static final String BOB_IMPI = "001010000000302@ims.localdomain";
  static final String BOB = "sip:bob302@ims.localdomain";
  static E2eHss hss;
  static CxScscf scscf;
  static CxMessages cx;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    scscf = new CxScscf(hss, CxScscf.HOST);
    cx = scscf.cx;
    hss.provision("001010000000301", CxScscf.subscriber("001010000000301", ALICE_IMPI, "", ALICE));
    hss.provision(
        "001010000000302",
        CxScscf.subscriber("001010000000302", BOB_IMPI, ",\"roamingAllowed\":false", BOB));
  }

  @AfterAll
  static void stop() throws Exception {
    scscf.close();
    hss.close();
  }

  @Test
  void unknownUser_is5001_inUarMarSarAndLir() throws Exception {
    String nobody = "nobody@ims.localdomain";
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), nobody, ALICE, "localdomain", 0))))
        .isEqualTo("E5001");
    assertThat(
            outcome(
                scscf.exchange(
                    cx.mar(
                        scscf.hbh(), nobody, ALICE, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME))))
        .isEqualTo("E5001");
    assertThat(
            outcome(
                scscf.exchange(
                    cx.sar(scscf.hbh(), null, "sip:nobody@ims.localdomain", 1, 0, SERVER_NAME))))
        .isEqualTo("E5001");
    assertThat(outcome(scscf.exchange(cx.lir(scscf.hbh(), "sip:nobody@ims.localdomain"))))
        .isEqualTo("E5001");
  }

  @Test
  void identitiesWithANulOrOfNoIdentityForm_are5001_inUarMarSarAndLir_neverAStorageError()
      throws Exception {
    String nulImpi = "001010000000301\u0000@ims.localdomain";
    String nulImpu = "sip:alice301\u0000@ims.localdomain";
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), nulImpi, ALICE, "localdomain", 0))))
        .isEqualTo("E5001");
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), ALICE_IMPI, nulImpu, "localdomain", 0))))
        .isEqualTo("E5001");
    assertThat(
            outcome(
                scscf.exchange(
                    cx.mar(
                        scscf.hbh(), nulImpi, ALICE, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME))))
        .isEqualTo("E5001");
    assertThat(outcome(scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, nulImpu, 1, 0, SERVER_NAME))))
        .isEqualTo("E5001");
    assertThat(outcome(scscf.exchange(cx.lir(scscf.hbh(), nulImpu)))).isEqualTo("E5001");
    assertThat(outcome(scscf.exchange(cx.lir(scscf.hbh(), "alice301 at ims")))).isEqualTo("E5001");
  }

  @Test
  void publicIdentityOfAnotherSubscriber_is5002() throws Exception {
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), ALICE_IMPI, BOB, "localdomain", 0))))
        .isEqualTo("E5002");
    assertThat(
            outcome(
                scscf.exchange(
                    cx.mar(
                        scscf.hbh(),
                        ALICE_IMPI,
                        BOB,
                        1,
                        CxMessages.DIGEST_AKA,
                        null,
                        SERVER_NAME))))
        .isEqualTo("E5002");
    assertThat(outcome(scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, BOB, 1, 0, SERVER_NAME))))
        .isEqualTo("E5002");
  }

  @Test
  void registrationFromAVisitedNetworkWithoutRoaming_is5004() throws Exception {
    assertThat(
            outcome(scscf.exchange(cx.uar(scscf.hbh(), BOB_IMPI, BOB, "visited.example.net", 0))))
        .isEqualTo("E5004");
    hss.provision(
        "001010000000303",
        CxScscf.subscriber(
            "001010000000303",
            "001010000000303@ims.localdomain",
            "",
            "sip:carol303@ims.localdomain"));
    assertThat(
            outcome(
                scscf.exchange(
                    cx.uar(
                        scscf.hbh(),
                        "001010000000303@ims.localdomain",
                        "sip:carol303@ims.localdomain",
                        "visited.example.net",
                        0))))
        .isEqualTo("E2001");
  }

  @Test
  void unsupportedAuthenticationScheme_is5006() throws Exception {
    for (String scheme :
        new String[] {"SIP Digest", "NASS-Bundled", "Early-IMS-Security", "Digest-AKAv2-SHA-256"}) {
      assertThat(
              outcome(
                  scscf.exchange(
                      cx.mar(scscf.hbh(), ALICE_IMPI, ALICE, 1, scheme, null, SERVER_NAME))))
          .as(scheme)
          .isEqualTo("E5006");
    }
  }

  @Test
  void deregistrationUarOfAnIdentityNotRegistered_is5003() throws Exception {
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), BOB_IMPI, BOB, "localdomain", 1))))
        .isEqualTo("E5003");
  }

  @Test
  void assignmentTypesCxDoesNotDefine_andUnregisteredUserAtAnotherScscf_are5007() throws Exception {
    assertThat(outcome(scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, ALICE, 12, 0, SERVER_NAME))))
        .isEqualTo("E5007");
    assertThat(outcome(scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, ALICE, 1, 1, SERVER_NAME))))
        .isEqualTo("R2001");
    DiameterMessage other =
        scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, ALICE, 3, 0, "sip:scscf2.localdomain"));
    assertThat(outcome(other)).isEqualTo("E5007");
    assertThat(other.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
  }

  @Test
  void sarWithNeitherUserNameNorPublicIdentity_is5005_withAnEmptyPublicIdentityInFailedAvp()
      throws Exception {
    // GIVEN a SAR naming no identity at all (TS 29.228 §6.1.2 needs one of them)
    DiameterMessage answer = scscf.exchange(cx.sar(scscf.hbh(), null, null, 1, 0, SERVER_NAME));

    // THEN 5005 with Failed-AVP holding Public-Identity (601/10415) with no data (RFC 6733 §7.5)
    assertThat(outcome(answer)).isEqualTo("R5005");
    assertThat(answer.first(BaseAvps.FAILED_AVP).asGrouped())
        .singleElement()
        .satisfies(
            avp ->
                assertThat(avp.rawBytes())
                    .isEqualTo(HexFormat.of().parseHex("00000259c000000c000028af")));
  }

  @Test
  void sarWithAServerAssignmentTypeNoReleaseDefines_is5004NamingIt() throws Exception {
    // GIVEN a SAR with Server-Assignment-Type 99 (TS 29.229 §6.3.15 defines 0 to 14)
    DiameterMessage answer =
        scscf.exchange(cx.sar(scscf.hbh(), ALICE_IMPI, ALICE, 99, 0, SERVER_NAME));

    // THEN the validator answers 5004 with that AVP in Failed-AVP, before the handler runs
    assertThat(outcome(answer)).isEqualTo("R5004");
    assertThat(
            answer.first(BaseAvps.FAILED_AVP).first(CxAvps.SERVER_ASSIGNMENT_TYPE).asEnumerated())
        .isEqualTo(99);
    assertThat(answer.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
  }

  @Test
  void resyncWithSipAuthorizationOfTheWrongLength_is5004NamingIt() throws Exception {
    DiameterMessage answer =
        scscf.exchange(
            cx.mar(
                scscf.hbh(),
                ALICE_IMPI,
                ALICE,
                1,
                CxMessages.DIGEST_AKA,
                new byte[16],
                SERVER_NAME));
    assertThat(outcome(answer)).isEqualTo("R5004");
    assertThat(answer.first(BaseAvps.FAILED_AVP).first(CxAvps.SIP_AUTHORIZATION).asOctets())
        .hasSize(16);
  }
}
