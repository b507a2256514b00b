package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;
import static org.reactivehss.e2e.CxScscf.outcome;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.testing.E2eHss;

/**
 * IMPU barring provisioned through the API ({@code ims.barredImpus}) and what Cx does with it: UAR
 * (TS 29.228 §6.1.1.1 step 3), the BarringIndication of the profile (Annex E) and PPR when it
 * changes for a user an S-CSCF holds (§6.1.5 / TS 29.228 §6.2.2).
 */
@Timeout(60)
class CxBarringTest {
  private static final int REGISTRATION = 0;
  private static final int SAR_REGISTRATION = 1;
  private static E2eHss hss;
  private static CxScscf scscf;
  private static CxMessages cx;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    scscf = new CxScscf(hss, CxScscf.HOST);
    cx = scscf.cx;
  }

  @AfterAll
  static void stop() throws Exception {
    scscf.close();
    hss.close();
  }

  @Test
  void barredImpus_areStored_andShownByGet() throws Exception {
    String impi = "001010000000601@ims.localdomain";
    assertThat(
            hss.provision(
                "001010000000601",
                subscriber(
                    "001010000000601",
                    impi,
                    "[\"sip:b601@ims.localdomain\"]",
                    "sip:a601@ims.localdomain",
                    "sip:b601@ims.localdomain")))
        .isEqualTo(201);
    JsonObject ims =
        new JsonObject(hss.send("GET", "/api/v1/subscribers/001010000000601", null).body())
            .getJsonObject("ims");
    assertThat(ims.getJsonArray("barredImpus").getList())
        .containsExactly("sip:b601@ims.localdomain");
  }

  @Test
  void barredImpuThatIsNotOneOfImpus_is400NamingIt() throws Exception {
    HttpResponse<String> r =
        hss.send(
            "PUT",
            "/api/v1/subscribers/001010000000602",
            subscriber(
                "001010000000602",
                "001010000000602@ims.localdomain",
                "[\"sip:other@ims.localdomain\"]",
                "sip:a602@ims.localdomain"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("ims.barredImpus[0]");
  }

  @Test
  void uar_barredIdentityWithAnUnbarredOneInTheSet_isAuthorized_allBarred_is5003_emergencyIsNot()
      throws Exception {
    String impi = "001010000000603@ims.localdomain";
    String a = "sip:a603@ims.localdomain";
    String b = "sip:b603@ims.localdomain";
    hss.provision("001010000000603", subscriber("001010000000603", impi, "[\"" + b + "\"]", a, b));
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), impi, b, "localdomain", REGISTRATION))))
        .isEqualTo("E2001");

    assertThat(
            hss.send(
                    "PATCH",
                    "/api/v1/subscribers/001010000000603",
                    "{\"ims\":{\"impi\":\""
                        + impi
                        + "\",\"impus\":[\""
                        + a
                        + "\",\""
                        + b
                        + "\"],\"barredImpus\":[\""
                        + a
                        + "\",\""
                        + b
                        + "\"]}}")
                .statusCode())
        .isEqualTo(200);
    assertThat(outcome(scscf.exchange(cx.uar(scscf.hbh(), impi, b, "localdomain", REGISTRATION))))
        .isEqualTo("R5003");
    assertThat(
            outcome(scscf.exchange(cx.uar(scscf.hbh(), impi, a, "localdomain", REGISTRATION, 1))))
        .isEqualTo("E2001");
  }

  @Test
  void barringAnIdentityOfARegisteredUser_sendsPprWithItsBarringIndication() throws Exception {
    String impi = "001010000000604@ims.localdomain";
    String a = "sip:a604@ims.localdomain";
    String b = "sip:b604@ims.localdomain";
    hss.provision("001010000000604", subscriber("001010000000604", impi, "[]", a, b));
    assertThat(
            outcome(
                scscf.exchange(
                    cx.mar(scscf.hbh(), impi, a, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME))))
        .isEqualTo("R2001");
    DiameterMessage saa =
        scscf.exchange(cx.sar(scscf.hbh(), impi, a, SAR_REGISTRATION, 0, SERVER_NAME));
    assertThat(outcome(saa)).isEqualTo("R2001");
    assertThat(new String(saa.first(CxAvps.USER_DATA).asOctets(), StandardCharsets.UTF_8))
        .doesNotContain("BarringIndication");

    assertThat(
            hss.send(
                    "PATCH",
                    "/api/v1/subscribers/001010000000604",
                    "{\"ims\":{\"impi\":\""
                        + impi
                        + "\",\"impus\":[\""
                        + a
                        + "\",\""
                        + b
                        + "\"],\"barredImpus\":[\""
                        + b
                        + "\"]}}")
                .statusCode())
        .isEqualTo(200);
    DiameterMessage ppr = scscf.peer.receive();
    assertThat(ppr.commandCode()).isEqualTo(CxCommands.PUSH_PROFILE.code());
    String userData = new String(ppr.first(CxAvps.USER_DATA).asOctets(), StandardCharsets.UTF_8);
    assertThat(userData)
        .contains("<BarringIndication>1</BarringIndication><Identity>" + b + "</Identity>")
        .doesNotContain("<BarringIndication>1</BarringIndication><Identity>" + a + "</Identity>");
    scscf.peer.send(
        MessageBuilder.answer(ppr)
            .addCopy(ppr.first(BaseAvps.SESSION_ID))
            .add(BaseAvps.RESULT_CODE, 2001L)
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, CxScscf.HOST)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .build());
  }

  private static String subscriber(String imsi, String impi, String barred, String... impus) {
    return CxScscf.subscriber(imsi, impi, "", impus)
        .replace("\"impus\"", "\"barredImpus\":" + barred + ",\"impus\"");
  }
}
