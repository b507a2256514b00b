package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;
import static org.reactivehss.e2e.CxScscf.outcome;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * The IMS registration story over real sockets: UAR, MAR, SAR, LIR, deregistration, RTR and PPR.
 */
class CxRegistrationFlowTest {
  static final int REGISTRATION = 1;
  static final int UNREGISTERED_USER = 3;
  static final int USER_DEREGISTRATION = 5;

  /**
   * SPTs (TS 29.228 Annex B.2.2): SessionCase 2 TERMINATING_UNREGISTERED, or 0/1 (registered) only.
   */
  static final String TERMINATING_UNREGISTERED =
      "<SPT><Group>0</Group><SessionCase>2</SessionCase></SPT>";

  static final String REGISTERED_ONLY =
      "<SPT><Group>0</Group><SessionCase>0</SessionCase></SPT>"
          + "<SPT><Group>1</Group><SessionCase>1</SessionCase></SPT>";
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
  void registration_uarMarSarLir_thenUserDeregistration_leavesTheIdentityNotRegistered()
      throws Exception {
    String impi = "001010000000101@ims.localdomain";
    String impu = "sip:alice@ims.localdomain";
    assertThat(
            hss.provision(
                "001010000000101",
                CxScscf.subscriber("001010000000101", impi, "", impu, "tel:+15550101")))
        .isEqualTo(201);
    CxMessages cx = scscf.cx;
    Scrape before = hss.scrape();

    DiameterMessage uaa = scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 0));
    assertThat(outcome(uaa)).isEqualTo("E2001");
    assertThat(uaa.first(CxAvps.SERVER_CAPABILITIES)).isNotNull();
    assertThat(uaa.first(CxAvps.SERVER_NAME)).isNull();

    DiameterMessage maa =
        scscf.exchange(
            cx.mar(scscf.hbh(), impi, impu, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME));
    assertThat(outcome(maa)).isEqualTo("R2001");
    Avp item = maa.first(CxAvps.SIP_AUTH_DATA_ITEM);
    UsimModel.Outcome verdict = CxScscf.challenge(CxScscf.usim(), item);
    assertThat(verdict).isInstanceOf(UsimModel.Accepted.class);
    assertThat(item.first(CxAvps.SIP_AUTHORIZATION).asOctets())
        .isEqualTo(((UsimModel.Accepted) verdict).res());
    assertThat(item.first(CxAvps.CONFIDENTIALITY_KEY).asOctets()).hasSize(16);
    assertThat(item.first(CxAvps.INTEGRITY_KEY).asOctets()).hasSize(16);

    // TS 29.228 §6.1.1.1: not registered yet, but an S-CSCF name is stored (named by MAR): go back
    // to it
    DiameterMessage pending = scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 0));
    assertThat(outcome(pending)).isEqualTo("E2002");
    assertThat(pending.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
    assertThat(pending.first(CxAvps.SERVER_CAPABILITIES)).isNull();

    DiameterMessage saa =
        scscf.exchange(cx.sar(scscf.hbh(), impi, impu, REGISTRATION, 0, SERVER_NAME));
    assertThat(outcome(saa)).isEqualTo("R2001");
    String userData = new String(saa.first(CxAvps.USER_DATA).asOctets(), StandardCharsets.UTF_8);
    assertThat(userData)
        .contains("<PrivateID>" + impi + "</PrivateID>")
        .contains("<Identity>" + impu + "</Identity>")
        .contains("<Identity>tel:+15550101</Identity>");

    DiameterMessage lia = scscf.exchange(cx.lir(scscf.hbh(), "tel:+15550101"));
    assertThat(outcome(lia)).isEqualTo("R2001");
    assertThat(lia.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
    DiameterMessage again = scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 0));
    assertThat(outcome(again)).isEqualTo("E2002");
    assertThat(again.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
    // the I-CSCF cannot reach the stored S-CSCF and asks for capabilities to pick another
    // (docs/cx.md)
    DiameterMessage capabilities =
        scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 2));
    assertThat(outcome(capabilities)).isEqualTo("E2001");
    assertThat(capabilities.first(CxAvps.SERVER_CAPABILITIES)).isNotNull();
    assertThat(capabilities.first(CxAvps.SERVER_NAME)).isNull();

    DiameterMessage dereg =
        scscf.exchange(cx.sar(scscf.hbh(), impi, impu, USER_DEREGISTRATION, 1, SERVER_NAME));
    assertThat(outcome(dereg)).isEqualTo("R2001");
    assertThat(dereg.first(CxAvps.USER_DATA)).isNull();
    assertThat(outcome(scscf.exchange(cx.lir(scscf.hbh(), impu)))).isEqualTo("E5003");
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 1))))
        .isEqualTo("E5003");

    Scrape after = hss.scrape();
    assertThat(
            after.since(
                before, "hss_diameter_requests_total", "application", "cx", "command", "UAR"))
        .isEqualTo(5);
    assertThat(
            after.since(
                before,
                "hss_diameter_answers_total",
                "application",
                "cx",
                "command",
                "UAR",
                "result",
                "DIAMETER_FIRST_REGISTRATION",
                "result_code",
                "2001"))
        .isEqualTo(2);
    assertThat(
            after.since(
                before,
                "hss_diameter_answers_total",
                "command",
                "UAR",
                "result",
                "DIAMETER_SUBSEQUENT_REGISTRATION"))
        .isEqualTo(2);
    assertThat(
            after.since(
                before,
                "hss_diameter_answers_total",
                "application",
                "cx",
                "command",
                "LIR",
                "result",
                "DIAMETER_ERROR_IDENTITY_NOT_REGISTERED",
                "result_class",
                "permanent_failure"))
        .isEqualTo(1);
    assertThat(
            after.since(
                before,
                "hss_diameter_answers_total",
                "application",
                "cx",
                "command",
                "MAR",
                "result",
                "DIAMETER_SUCCESS"))
        .isEqualTo(1);
    assertThat(
            after.since(
                before,
                "hss_diameter_request_duration_seconds_count",
                "application",
                "cx",
                "command",
                "SAR"))
        .isEqualTo(2);
  }

  @Test
  void administrativeDeregistrationThroughTheApi_sendsRtrToTheAssignedScscf() throws Exception {
    String impi = "001010000000102@ims.localdomain";
    String impu = "sip:bob@ims.localdomain";
    hss.provision("001010000000102", CxScscf.subscriber("001010000000102", impi, "", impu));
    register(impi, impu);

    assertThat(
            hss.send("POST", "/api/v1/subscribers/001010000000102/ims/deregister", null)
                .statusCode())
        .isEqualTo(200);
    DiameterMessage rtr = scscf.peer.receive();
    assertThat(rtr.isRequest()).isTrue();
    assertThat(rtr.commandCode()).isEqualTo(CxCommands.REGISTRATION_TERMINATION.code());
    assertThat(rtr.first(BaseAvps.DESTINATION_HOST).asIdentity()).isEqualTo(CxScscf.HOST);
    assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(impi);
    assertThat(rtr.first(CxAvps.DEREGISTRATION_REASON).first(CxAvps.REASON_CODE).asEnumerated())
        .isZero();
    Scrape before = hss.scrape();
    scscf.peer.send(answer(rtr));
    hss.awaitMetric(
        before,
        1,
        "hss_diameter_hss_initiated_total",
        "application",
        "cx",
        "command",
        "RTR",
        "outcome",
        "answered");

    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5003");
    assertThat(
            hss.send("POST", "/api/v1/subscribers/001010000000199/ims/deregister", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void profileChangeThroughTheApi_sendsPprWithTheNewSubscription() throws Exception {
    String impi = "001010000000103@ims.localdomain";
    String impu = "sip:carol@ims.localdomain";
    hss.provision("001010000000103", CxScscf.subscriber("001010000000103", impi, "", impu));
    register(impi, impu);

    assertThat(
            hss.send(
                    "PATCH",
                    "/api/v1/subscribers/001010000000103",
                    "{\"ims\":{\"impi\":\""
                        + impi
                        + "\",\"impus\":[\""
                        + impu
                        + "\",\"tel:+15550103\"]}}")
                .statusCode())
        .isEqualTo(200);
    DiameterMessage ppr = scscf.peer.receive();
    assertThat(ppr.commandCode()).isEqualTo(CxCommands.PUSH_PROFILE.code());
    assertThat(ppr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(impi);
    assertThat(new String(ppr.first(CxAvps.USER_DATA).asOctets(), StandardCharsets.UTF_8))
        .contains("<Identity>" + impu + "</Identity>")
        .contains("<Identity>tel:+15550103</Identity>");
    Scrape before = hss.scrape();
    scscf.peer.send(answer(ppr));
    hss.awaitMetric(
        before,
        1,
        "hss_diameter_hss_initiated_total",
        "application",
        "cx",
        "command",
        "PPR",
        "outcome",
        "answered");
  }

  @Test
  void deletingARegisteredSubscriber_sendsRtrWithPermanentTermination() throws Exception {
    String impi = "001010000000105@ims.localdomain";
    String impu = "sip:erin@ims.localdomain";
    hss.provision("001010000000105", CxScscf.subscriber("001010000000105", impi, "", impu));
    register(impi, impu);

    assertThat(hss.send("DELETE", "/api/v1/subscribers/001010000000105", null).statusCode())
        .isEqualTo(204);
    DiameterMessage rtr = scscf.peer.receive();
    assertThat(rtr.commandCode()).isEqualTo(CxCommands.REGISTRATION_TERMINATION.code());
    assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(impi);
    assertThat(rtr.first(CxAvps.DEREGISTRATION_REASON).first(CxAvps.REASON_CODE).asEnumerated())
        .isZero();
    scscf.peer.send(answer(rtr));
    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5001");
  }

  @Test
  void
      lirForAUserNotRegistered_withAnIfcForTerminatingUnregistered_andNoScscf_is2003WithCapabilities()
          throws Exception {
    String impu = "sip:dave@ims.localdomain";
    provisionWithIfcs(
        "001010000000104", "001010000000104@ims.localdomain", impu, TERMINATING_UNREGISTERED);
    DiameterMessage lia = scscf.exchange(scscf.cx.lir(scscf.hbh(), impu));
    assertThat(outcome(lia)).isEqualTo("E2003");
    assertThat(lia.first(CxAvps.SERVER_CAPABILITIES)).isNotNull();
    assertThat(lia.first(CxAvps.SERVER_NAME)).isNull();
  }

  @Test
  void
      lirForAUserNotRegistered_withUnregisteredServices_andAnScscfNamedByMar_is2001WithThatServerName()
          throws Exception {
    String impi = "001010000000108@ims.localdomain";
    String impu = "sip:heidi@ims.localdomain";
    provisionWithIfcs("001010000000108", impi, impu, TERMINATING_UNREGISTERED);
    marNaming(SERVER_NAME, impi, impu);

    DiameterMessage lia = scscf.exchange(scscf.cx.lir(scscf.hbh(), impu));
    assertThat(outcome(lia)).isEqualTo("R2001");
    assertThat(lia.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
    assertThat(lia.first(CxAvps.SERVER_CAPABILITIES)).isNull();
  }

  @Test
  void
      lirForAUserNotRegistered_whoseIfcsAreOnlyForRegisteredSessionCases_is5003_evenWithAnScscfNamedByMar()
          throws Exception {
    String impi = "001010000000109@ims.localdomain";
    String impu = "sip:ivan@ims.localdomain";
    provisionWithIfcs("001010000000109", impi, impu, REGISTERED_ONLY);
    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5003");

    marNaming(SERVER_NAME, impi, impu);
    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5003");
    DiameterMessage originating = scscf.exchange(scscf.cx.lirOriginating(scscf.hbh(), impu));
    assertThat(outcome(originating)).isEqualTo("R2001");
    assertThat(originating.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
  }

  @Test
  void aProvisionedProfileThatIsNotWellFormed_isRefused_andNothingIsWritten() throws Exception {
    String impu = "sip:judy@ims.localdomain";
    String broken = profile(impu, TERMINATING_UNREGISTERED).replace("</IMSSubscription>", "");
    assertThat(
            hss.provision(
                "001010000000110",
                withProfile(
                    CxScscf.subscriber(
                        "001010000000110", "001010000000110@ims.localdomain", "", impu),
                    broken)))
        .isEqualTo(400);
    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5001");
  }

  @Test
  void
      lirForAnOriginatingRequest_ofAUserNotRegisteredWithoutServices_is2003_notIdentityNotRegistered()
          throws Exception {
    String impu = "sip:frank@ims.localdomain";
    hss.provision(
        "001010000000106",
        CxScscf.subscriber("001010000000106", "001010000000106@ims.localdomain", "", impu));
    assertThat(outcome(scscf.exchange(scscf.cx.lir(scscf.hbh(), impu)))).isEqualTo("E5003");
    DiameterMessage lia = scscf.exchange(scscf.cx.lirOriginating(scscf.hbh(), impu));
    assertThat(outcome(lia)).isEqualTo("E2003");
    assertThat(lia.first(CxAvps.SERVER_CAPABILITIES)).isNotNull();
  }

  @Test
  void lirForAUnregisteredUser_whoseScscfKeepsTheProfile_is2001WithThatServerName()
      throws Exception {
    String impi = "001010000000107@ims.localdomain";
    String impu = "sip:grace@ims.localdomain";
    hss.provision("001010000000107", CxScscf.subscriber("001010000000107", impi, "", impu));
    assertThat(
            outcome(
                scscf.exchange(
                    scscf.cx.sar(scscf.hbh(), impi, impu, UNREGISTERED_USER, 1, SERVER_NAME))))
        .isEqualTo("R2001");
    DiameterMessage lia = scscf.exchange(scscf.cx.lir(scscf.hbh(), impu));
    assertThat(outcome(lia)).isEqualTo("R2001");
    assertThat(lia.first(CxAvps.SERVER_NAME).asUtf8()).isEqualTo(SERVER_NAME);
  }

  /**
   * An IMS subscription (TS 29.228 Annex E) whose one iFC has these SPTs; no double quotes, for
   * JSON.
   */
  private static String profile(String impu, String spts) {
    return "<IMSSubscription><PrivateID>p</PrivateID><ServiceProfile><PublicIdentity><Identity>"
        + impu
        + "</Identity></PublicIdentity><InitialFilterCriteria><Priority>0</Priority><TriggerPoint>"
        + "<ConditionTypeCNF>0</ConditionTypeCNF>"
        + spts
        + "</TriggerPoint><ApplicationServer>"
        + "<ServerName>sip:as.localdomain</ServerName><DefaultHandling>0</DefaultHandling></ApplicationServer>"
        + "</InitialFilterCriteria></ServiceProfile></IMSSubscription>";
  }

  /** A subscriber whose provisioned profile has one iFC with these SPTs. */
  private static void provisionWithIfcs(String imsi, String impi, String impu, String spts)
      throws Exception {
    assertThat(
            hss.provision(
                imsi, withProfile(CxScscf.subscriber(imsi, impi, "", impu), profile(impu, spts))))
        .isEqualTo(201);
  }

  /** A MAR from the S-CSCF {@code serverName}: it is stored, pending until SAR REGISTRATION. */
  private static void marNaming(String serverName, String impi, String impu) throws Exception {
    assertThat(
            outcome(
                scscf.exchange(
                    scscf.cx.mar(
                        scscf.hbh(), impi, impu, 1, CxMessages.DIGEST_AKA, null, serverName))))
        .isEqualTo("R2001");
  }

  private static String withProfile(String subscriberJson, String xml) {
    return subscriberJson.replace("\"impus\"", "\"serviceProfile\":\"" + xml + "\",\"impus\"");
  }

  private static void register(String impi, String impu) throws Exception {
    CxMessages cx = scscf.cx;
    assertThat(
            outcome(
                scscf.exchange(
                    cx.mar(scscf.hbh(), impi, impu, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME))))
        .isEqualTo("R2001");
    assertThat(
            outcome(scscf.exchange(cx.sar(scscf.hbh(), impi, impu, REGISTRATION, 1, SERVER_NAME))))
        .isEqualTo("R2001");
  }

  private static byte[] answer(DiameterMessage request) {
    return MessageBuilder.answer(request)
        .addCopy(request.first(BaseAvps.SESSION_ID))
        .add(BaseAvps.RESULT_CODE, 2001L)
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, CxScscf.HOST)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .build();
  }
}
