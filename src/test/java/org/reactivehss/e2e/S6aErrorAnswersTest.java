package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;
import static org.reactivehss.e2e.S6aClient.OTHER_PLMN;
import static org.reactivehss.e2e.S6aClient.UTRAN;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.E2eHss;

/**
 * Each S6a error case, named by the Result-Code it must produce (TS 29.272 §5.2, §7.4; RFC 6733
 * §7.1).
 */
@Timeout(90)
class S6aErrorAnswersTest {
  private static E2eHss hss;
  private static S6aClient mme;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mme = new S6aClient(hss.connect("mme-errors.localdomain"));
    mme.peer.open();
    hss.provision(
        "001010000000301",
        S6aClient.subscriber(
            "001010000000301", "\"roamingAllowed\":false,\"accessRestriction\":1"));
  }

  @AfterAll
  static void stop() throws Exception {
    mme.peer.close();
    hss.close();
  }

  @Test
  void airForAnUnknownImsi_answersExperimental5001() throws Exception {
    DiameterMessage aia = mme.exchange(mme.air("001019999999999", 1, HOME_PLMN, null));
    assertExperimental(aia, 5001);
  }

  @Test
  void ulrForAnUnknownImsi_answersExperimental5001() throws Exception {
    assertExperimental(mme.exchange(mme.ulr("001019999999999", HOME_PLMN, EUTRAN, 0)), 5001);
  }

  @Test
  void purForAnUnknownImsi_answersExperimental5001() throws Exception {
    assertExperimental(mme.exchange(S6aCommands.PURGE_UE, "001019999999999", b -> {}), 5001);
  }

  @Test
  void userNameWithANulOrNotAnImsi_answersExperimental5001_inAirUlrAndPur_neverAStorageError()
      throws Exception {
    for (String userName :
        new String[] {
          "00101000000\u00000301", "001010000000301\u0000", "00101000000030x", "0010100000003010"
        }) {
      assertExperimental(mme.exchange(mme.air(userName, 1, HOME_PLMN, null)), 5001);
      assertExperimental(mme.exchange(mme.ulr(userName, HOME_PLMN, EUTRAN, 0)), 5001);
      assertExperimental(mme.exchange(S6aCommands.PURGE_UE, userName, b -> {}), 5001);
    }
  }

  @Test
  void visitedPlmnIdOfTwoOctets_answers5004_namingItInFailedAvp() throws Exception {
    for (byte[] request :
        new byte[][] {
          mme.air("001010000000301", 1, new byte[] {0x00, (byte) 0xf1}, null),
          mme.ulr("001010000000301", new byte[] {0x00, (byte) 0xf1}, EUTRAN, 0)
        }) {
      DiameterMessage answer = mme.exchange(request);
      assertThat(answer.isExperimentalResult()).isFalse();
      assertThat(answer.resultCode()).isEqualTo(5004);
      assertThat(answer.first(BaseAvps.FAILED_AVP).first(S6aAvps.VISITED_PLMN_ID)).isNotNull();
    }
  }

  @Test
  void ulrFromAnotherPlmn_whenRoamingIsNotAllowed_answersExperimental5004() throws Exception {
    assertExperimental(mme.exchange(mme.ulr("001010000000301", OTHER_PLMN, EUTRAN, 0)), 5004);
  }

  @Test
  void ulrOnARatTheAccessRestrictionForbids_answersExperimental5421() throws Exception {
    assertExperimental(mme.exchange(mme.ulr("001010000000301", HOME_PLMN, UTRAN, 0)), 5421);
  }

  @Test
  void ulrForASubscriberWithoutApnConfiguration_answersExperimental5420() throws Exception {
    // GIVEN a subscriber with keys and no APN: no EPS subscription (TS 29.272 §5.2.1.1.3)
    hss.provision("001010000000302", S6aClient.withoutApn("001010000000302", ""));
    // WHEN its MME sends a ULR THEN DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION, nothing registered
    assertExperimental(mme.exchange(mme.ulr("001010000000302", HOME_PLMN, EUTRAN, 0)), 5420);
    assertThat(hss.send("GET", "/api/v1/subscribers/001010000000302", null).body())
        .contains("\"servingMme\":null");
  }

  @Test
  void airForASubscriberWithoutApnConfiguration_stillAnswersVectors() throws Exception {
    // GIVEN a subscriber with keys and no APN; §5.2.3.1.3 asks only for the keys
    hss.provision("001010000000303", S6aClient.withoutApn("001010000000303", ""));
    // WHEN an AIR THEN vectors: the missing EPS subscription is the ULR's to refuse
    DiameterMessage aia = mme.exchange(mme.air("001010000000303", 1, HOME_PLMN, null));
    assertThat(aia.resultCode()).isEqualTo(2001);
    assertThat(S6aClient.eutranVectors(aia)).hasSize(1);
  }

  @Test
  void ulrWithoutRatType_answers5005() throws Exception {
    DiameterMessage ula =
        mme.exchange(
            S6aCommands.UPDATE_LOCATION,
            "001010000000301",
            b -> b.add(S6aAvps.ULR_FLAGS, 0L).add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN));
    assertThat(ula.isExperimentalResult()).isFalse();
    assertThat(ula.resultCode()).isEqualTo(5005);
  }

  @Test
  void airWithoutRequestedAuthenticationInfo_answers5005_withAnEmptyRequestedEutranInfoInFailedAvp()
      throws Exception {
    // GIVEN an AIR asking for neither E-UTRAN nor UTRAN/GERAN vectors
    DiameterMessage aia =
        mme.exchange(
            S6aCommands.AUTHENTICATION_INFORMATION,
            "001010000000301",
            b -> b.add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN));

    // THEN 5005 and Failed-AVP holds Requested-EUTRAN-Authentication-Info (1408/10415) with no data
    assertThat(aia.resultCode()).isEqualTo(5005);
    assertThat(aia.first(BaseAvps.FAILED_AVP).asGrouped())
        .singleElement()
        .satisfies(
            avp -> assertThat(avp.rawBytes()).isEqualTo(S6aClient.hex("00000580c000000c000028af")));
    assertThat(aia.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
  }

  @Test
  void airAskingTheNumberOfVectorsTwice_answers5009_fromTheGrammar_namingTheSecondInsideItsGroup()
      throws Exception {
    // GIVEN an AIR whose Requested-EUTRAN-Authentication-Info holds [ Number-Of-Requested-Vectors ]
    // twice
    DiameterMessage aia =
        mme.exchange(
            S6aCommands.AUTHENTICATION_INFORMATION,
            "001010000000301",
            b ->
                b.addGroup(
                        S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                        g ->
                            g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1L)
                                .add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 3L))
                    .add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN));

    // THEN 5009 with the group holding the second instance (TS 29.272 §7.3.11, RFC 6733 §7.5), in
    // the AIA's head
    assertThat(aia.isError()).isFalse();
    assertThat(aia.resultCode()).isEqualTo(5009);
    assertThat(aia.first(BaseAvps.FAILED_AVP).asGrouped())
        .singleElement()
        .satisfies(
            avp ->
                assertThat(avp.rawBytes())
                    .isEqualTo(
                        S6aClient.hex(
                            "00000580c000001c000028af" + "00000582c0000010000028af00000003")));
    assertThat(
            aia.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)
                .first(BaseAvps.AUTH_APPLICATION_ID)
                .asUnsigned32())
        .isEqualTo(16777251L);
    assertThat(aia.first(BaseAvps.AUTH_SESSION_STATE).asEnumerated()).isEqualTo(1);
  }

  @Test
  void reSynchronizationInfoOfTheWrongLength_answers5004() throws Exception {
    DiameterMessage aia = mme.exchange(mme.air("001010000000301", 1, HOME_PLMN, new byte[29]));
    assertThat(aia.resultCode()).isEqualTo(5004);
  }

  private static void assertExperimental(DiameterMessage answer, long code) {
    assertThat(answer.isExperimentalResult()).isTrue();
    assertThat(answer.resultCode()).isEqualTo(code);
    assertThat(answer.first(BaseAvps.EXPERIMENTAL_RESULT).first(BaseAvps.VENDOR_ID).asUnsigned32())
        .isEqualTo(10415);
    assertThat(answer.first(BaseAvps.AUTH_SESSION_STATE)).isNotNull();
    assertThat(answer.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
  }
}
