package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.SwxAaa.outcome;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.testing.E2eHss;

/**
 * SWx Server-Assignment (TS 29.273 §8.1.2.2) and the HSS-initiated Push-Profile and
 * Registration-Termination (§8.1.2.3, §8.1.2.4) over real sockets, two 3GPP AAA servers played by
 * test peers.
 */
class SwxSarTest {
  static final String AAA = "aaa1.localdomain";
  static final String OTHER_AAA = "aaa2.localdomain";
  static final String APNS =
      "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"pdnType\":\"ipv4v6\","
          + "\"qci\":9,\"arp\":{\"priority\":8}}]";
  static final String TWO_APNS =
      "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"qci\":9,"
          + "\"arp\":{\"priority\":8}},{\"apn\":\"ims\",\"contextId\":2,\"qci\":5,"
          + "\"arp\":{\"priority\":1}}]";
  static E2eHss hss;
  static SwxAaa aaa;
  static SwxAaa other;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    aaa = new SwxAaa(hss, AAA);
    other = new SwxAaa(hss, OTHER_AAA);
  }

  @AfterAll
  static void stop() throws Exception {
    other.close();
    aaa.close();
    hss.close();
  }

  @Test
  void registration_storesTheAaaServer_andAnswersNon3gppUserData() throws Exception {
    String imsi = provision("001010000000601", true, APNS + ",\"msisdn\":\"4915550601\"");

    DiameterMessage saa = aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    assertThat(outcome(saa)).isEqualTo("R2001");
    Avp data = saa.first(SwxAvps.NON_3GPP_USER_DATA);
    assertThat(data.first(SwxAvps.NON_3GPP_IP_ACCESS).asEnumerated())
        .isEqualTo(Values.Non3gppIpAccess.NON_3GPP_SUBSCRIPTION_ALLOWED);
    assertThat(data.first(SwxAvps.NON_3GPP_IP_ACCESS_APN).asEnumerated())
        .isEqualTo(Values.Non3gppIpAccessApn.NON_3GPP_APNS_ENABLE);
    assertThat(data.first(SwxAvps.SUBSCRIPTION_ID).first(SwxAvps.SUBSCRIPTION_ID_DATA).asUtf8())
        .isEqualTo("4915550601");
    assertThat(data.first(S6aAvps.CONTEXT_IDENTIFIER).asUnsigned32()).isEqualTo(1);
    assertThat(data.first(S6aAvps.APN_CONFIGURATION).first(S6aAvps.SERVICE_SELECTION).asUtf8())
        .isEqualTo("internet");
    assertThat(document(imsi)).contains("\"aaaServerName\":\"" + AAA + "\"");
  }

  @Test
  void registrationFromASecondServer_is5005WithTheRegisteredServersName() throws Exception {
    String imsi = provision("001010000000602", true, APNS);
    assertThat(outcome(aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("R2001");

    DiameterMessage saa = other.exchange(other.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    assertThat(outcome(saa)).isEqualTo("E5005");
    assertThat(saa.first(SwxAvps.TGPP_AAA_SERVER_NAME).asUtf8()).isEqualTo(AAA);
    assertThat(saa.first(SwxAvps.NON_3GPP_USER_DATA)).isNull();
    assertThat(document(imsi)).contains("\"aaaServerName\":\"" + AAA + "\"");
  }

  @Test
  void marFromASecondServer_is5005_unlessItReportsTheFirstUnavailable_thenItTakesOver()
      throws Exception {
    String imsi = provision("001010000000610", true, APNS);
    aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    DiameterMessage refused =
        other.exchange(other.mar(imsi, 1, SwxAaa.EAP_AKA_PRIME, "WLAN", null));
    assertThat(outcome(refused)).isEqualTo("E5005");
    assertThat(refused.first(SwxAvps.TGPP_AAA_SERVER_NAME).asUtf8()).isEqualTo(AAA);
    assertThat(refused.first(CxAvps.SIP_AUTH_DATA_ITEM)).isNull();

    // AAA-Failure-Indication bit 0 (TS 29.273 §8.2.3.21): the registered server is unavailable
    byte[] failover =
        other
            .marBuilder(imsi, 1, SwxAaa.EAP_AKA_PRIME, "WLAN", null)
            .add(SwxAvps.AAA_FAILURE_INDICATION, 1L)
            .build();
    assertThat(outcome(other.exchange(failover))).isEqualTo("R2001");
    assertThat(document(imsi)).contains("\"aaaServerName\":\"" + OTHER_AAA + "\"");
    assertThat(outcome(other.exchange(other.sar(imsi, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("R2001");
  }

  @Test
  void userDeregistration_clearsTheServer_andAnotherMayThenRegister() throws Exception {
    String imsi = provision("001010000000603", true, APNS);
    aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    DiameterMessage saa =
        aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.USER_DEREGISTRATION));

    assertThat(outcome(saa)).isEqualTo("R2001");
    assertThat(document(imsi)).contains("\"aaaServerName\":null");
    assertThat(outcome(other.exchange(other.sar(imsi, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("R2001");
  }

  @Test
  void userDataRequest_answersTheProfile_withoutRegistering() throws Exception {
    String imsi = provision("001010000000604", true, APNS);

    DiameterMessage saa =
        aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.AAA_USER_DATA_REQUEST));

    assertThat(outcome(saa)).isEqualTo("R2001");
    assertThat(saa.first(SwxAvps.NON_3GPP_USER_DATA)).isNotNull();
    assertThat(document(imsi)).contains("\"aaaServerName\":null");
  }

  @Test
  void noNon3gppSubscription_is5450_andUnknownUser5001() throws Exception {
    String imsi = provision("001010000000605", false, APNS);

    assertThat(outcome(aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("E5450");
    assertThat(
            outcome(
                aaa.exchange(aaa.sar("001010000000699", Values.ServerAssignmentType.REGISTRATION))))
        .isEqualTo("E5001");
  }

  @Test
  void cxOnlyAssignmentType_is5004WithTheAvpInFailedAvp() throws Exception {
    String imsi = provision("001010000000606", true, APNS);

    DiameterMessage saa = aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.RE_REGISTRATION));

    assertThat(outcome(saa)).isEqualTo("R5004");
    assertThat(saa.first(BaseAvps.FAILED_AVP).first(CxAvps.SERVER_ASSIGNMENT_TYPE)).isNotNull();
  }

  @Test
  void profileChangeOfARegisteredUser_sendsPushProfileWithTheNewApns() throws Exception {
    String imsi = provision("001010000000607", true, APNS);
    aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    assertThat(hss.provision(imsi, SwxAaa.subscriber(imsi, "\"non3gppAccess\":true," + TWO_APNS)))
        .isEqualTo(200);

    DiameterMessage ppr = aaa.peer.receive();
    assertThat(ppr.isRequest()).isTrue();
    assertThat(ppr.applicationId()).isEqualTo(Applications.SWX);
    assertThat(ppr.commandCode()).isEqualTo(305);
    assertThat(ppr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
    assertThat(ppr.first(BaseAvps.DESTINATION_HOST).asUtf8()).isEqualTo(AAA);
    List<Avp> apns = ppr.first(SwxAvps.NON_3GPP_USER_DATA).all(S6aAvps.APN_CONFIGURATION);
    assertThat(apns)
        .extracting(a -> a.first(S6aAvps.SERVICE_SELECTION).asUtf8())
        .containsExactly("internet", "ims");
    aaa.answerSuccess(ppr);
  }

  @Test
  void deletingARegisteredUser_sendsRegistrationTermination() throws Exception {
    String imsi = provision("001010000000608", true, APNS);
    aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    assertThat(hss.send("DELETE", "/api/v1/subscribers/" + imsi, null).statusCode()).isEqualTo(204);

    DiameterMessage rtr = aaa.peer.receive();
    assertThat(rtr.applicationId()).isEqualTo(Applications.SWX);
    assertThat(rtr.commandCode()).isEqualTo(304);
    assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
    assertThat(rtr.first(CxAvps.DEREGISTRATION_REASON).first(CxAvps.REASON_CODE).asEnumerated())
        .isEqualTo(Values.ReasonCode.PERMANENT_TERMINATION);
    aaa.answerSuccess(rtr);
  }

  @Test
  void administrativeDeregistration_clearsTheServer_andSendsRegistrationTermination()
      throws Exception {
    String imsi = provision("001010000000609", true, APNS);
    aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION));

    var response = hss.send("POST", "/api/v1/subscribers/" + imsi + "/swx/deregister", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"previousAaaServerName\":\"" + AAA + "\"");
    DiameterMessage rtr = aaa.peer.receive();
    assertThat(rtr.commandCode()).isEqualTo(304);
    assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
    aaa.answerSuccess(rtr);
    assertThat(document(imsi)).contains("\"aaaServerName\":null");
  }

  private static String provision(String imsi, boolean non3gpp, String extra) throws Exception {
    assertThat(
            hss.provision(
                imsi, SwxAaa.subscriber(imsi, "\"non3gppAccess\":" + non3gpp + "," + extra)))
        .isEqualTo(201);
    return imsi;
  }

  private static String document(String imsi) throws Exception {
    return hss.send("GET", "/api/v1/subscribers/" + imsi, null).body();
  }
}
