package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * The SGSN registration beside the MME's, tried as an MME and two SGSNs would, over real sockets
 * (TS 29.272 §5.2.1.1.3 with ULA-Flags Separation Indication §7.3.8; CLR §5.2.1.2, IDR §5.2.2.1,
 * PUR §5.2.1.3, NOR §5.2.5.1; Skip-Subscriber-Data §7.3.7 bit 2).
 */
@Timeout(90)
class S6dRegistrationTest {
  /** SGSN-Number 4917012340 in TBCD (TS 29.272 §7.3.102, TS 29.002 ISDN-AddressString digits). */
  private static final byte[] SGSN_NUMBER = {(byte) 0x94, 0x71, 0x10, 0x32, 0x04};

  private static E2eHss hss;
  private static S6aClient mme;
  private static S6aClient sgsnA;
  private static S6aClient sgsnB;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mme = new S6aClient(hss.connect("mme-d.localdomain")).opened();
    sgsnA = new S6aClient(hss.connect("sgsn-a.localdomain")).opened();
    sgsnB = new S6aClient(hss.connect("sgsn-b.localdomain")).opened();
  }

  @AfterAll
  static void stop() throws Exception {
    mme.close();
    sgsnA.close();
    sgsnB.close();
    hss.close();
  }

  private static void registeredAtMmeAndSgsnA(String imsi) throws Exception {
    hss.provision(imsi, S6aClient.subscriber(imsi, ""));
    assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
    assertThat(sgsnA.exchange(sgsnA.sgsnUlr(imsi, 0, SGSN_NUMBER)).resultCode()).isEqualTo(2001);
  }

  private static JsonObject document(String imsi) throws Exception {
    return new JsonObject(hss.send("GET", "/api/v1/subscribers/" + imsi, null).body());
  }

  private static void assertWatchdogAnswerIsNext(S6aClient node) throws Exception {
    DiameterMessage next = node.nextAfterWatchdog();
    assertThat(next.isRequest()).isFalse();
    assertThat(next.commandCode()).isEqualTo(280);
  }

  @Test
  void ulrFromAnSgsn_isStoredBesideTheMme_andCancelsNobody() throws Exception {
    // GIVEN a subscriber registered at an MME WHEN an SGSN sends a ULR over S6d
    hss.provision("001010000000601", S6aClient.subscriber("001010000000601", ""));
    mme.exchange(mme.ulr("001010000000601", HOME_PLMN, EUTRAN, 0));
    DiameterMessage ula = sgsnA.exchange(sgsnA.sgsnUlr("001010000000601", 0, SGSN_NUMBER));

    // THEN success with Separation Indication and both registrations stored, the MME's unchanged
    assertThat(ula.resultCode()).isEqualTo(2001);
    assertThat(ula.first(S6aAvps.ULA_FLAGS).asUnsigned32()).isEqualTo(1);
    assertThat(ula.first(S6aAvps.SUBSCRIPTION_DATA)).isNotNull();
    JsonObject doc = document("001010000000601");
    assertThat(doc.getJsonObject("servingMme").getString("host")).isEqualTo("mme-d.localdomain");
    assertThat(doc.getJsonObject("servingSgsn").getString("host")).isEqualTo("sgsn-a.localdomain");
    assertThat(doc.getJsonObject("servingSgsn").getString("sgsnNumber")).isEqualTo("9471103204");
    assertWatchdogAnswerIsNext(mme);
  }

  @Test
  void ulrFromANewSgsn_cancelsTheOldSgsnOnly_withSgsnUpdateProcedureOverS6d() throws Exception {
    // GIVEN registered at an MME and SGSN A WHEN SGSN B sends a ULR
    registeredAtMmeAndSgsnA("001010000000602");
    assertThat(sgsnB.exchange(sgsnB.sgsnUlr("001010000000602", 0, null)).resultCode())
        .isEqualTo(2001);

    // THEN SGSN A gets CLR SGSN_UPDATE_PROCEDURE (1) with CLR-Flags S6a/S6d-Indicator cleared
    DiameterMessage clr = sgsnA.peer.receive();
    assertThat(clr.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    assertThat(clr.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(1);
    assertThat(clr.first(S6aAvps.CLR_FLAGS).asUnsigned32()).isZero();
    sgsnA.answerSuccess(clr);
    // AND the MME keeps its registration and hears nothing
    assertWatchdogAnswerIsNext(mme);
    JsonObject doc = document("001010000000602");
    assertThat(doc.getJsonObject("servingMme").getString("host")).isEqualTo("mme-d.localdomain");
    assertThat(doc.getJsonObject("servingSgsn").getString("host")).isEqualTo("sgsn-b.localdomain");
  }

  @Test
  void ulrFromAnMme_leavesTheSgsnAlone_withoutSingleRegistration() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the MME updates again without bit 0
    registeredAtMmeAndSgsnA("001010000000603");
    assertThat(mme.exchange(mme.ulr("001010000000603", HOME_PLMN, EUTRAN, 0)).resultCode())
        .isEqualTo(2001);
    // THEN the SGSN hears nothing and stays registered
    assertWatchdogAnswerIsNext(sgsnA);
    assertThat(document("001010000000603").getJsonObject("servingSgsn")).isNotNull();
  }

  @Test
  void singleRegistrationFromAnMme_cancelsTheSgsn_andRemovesItsRegistration() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the MME sends ULR with
    // Single-Registration-Indication
    registeredAtMmeAndSgsnA("001010000000604");
    assertThat(mme.exchange(mme.ulr("001010000000604", HOME_PLMN, EUTRAN, 1)).resultCode())
        .isEqualTo(2001);

    // THEN CLR SGSN_UPDATE_PROCEDURE to the SGSN over S6d, and only the MME stays registered
    DiameterMessage clr = sgsnA.peer.receive();
    assertThat(clr.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    assertThat(clr.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(1);
    assertThat(clr.first(S6aAvps.CLR_FLAGS).asUnsigned32()).isZero();
    sgsnA.answerSuccess(clr);
    JsonObject doc = document("001010000000604");
    assertThat(doc.getValue("servingSgsn")).isNull();
    assertThat(doc.getJsonObject("servingMme").getString("host")).isEqualTo("mme-d.localdomain");
  }

  @Test
  void purgeFromTheSgsn_purgesTheSgsnRegistrationOnly_andFreezesPtmsi() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the SGSN purges
    registeredAtMmeAndSgsnA("001010000000605");
    DiameterMessage pua = sgsnA.exchange(S6aCommands.PURGE_UE, "001010000000605", b -> {});

    // THEN PUA-Flags bit 1 freeze P-TMSI only, "UE purged in SGSN" set, the MME's flag untouched
    assertThat(pua.resultCode()).isEqualTo(2001);
    assertThat(pua.first(S6aAvps.PUA_FLAGS).asUnsigned32()).isEqualTo(2);
    JsonObject doc = document("001010000000605");
    assertThat(doc.getBoolean("purgedBySgsn")).isTrue();
    assertThat(doc.getBoolean("purgedByMme")).isFalse();
  }

  @Test
  void notifyFromTheRegisteredSgsn_isAccepted_andStoresTheImei() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the SGSN sends NOR
    registeredAtMmeAndSgsnA("001010000000606");
    DiameterMessage noa =
        sgsnA.exchange(
            S6aCommands.NOTIFY,
            "001010000000606",
            b ->
                b.addGroup(
                    S6aAvps.TERMINAL_INFORMATION, t -> t.add(S6aAvps.IMEI, "35209900176149")));
    // THEN success and the IMEI stored; an unregistered SGSN still gets 5423
    assertThat(noa.resultCode()).isEqualTo(2001);
    assertThat(document("001010000000606").getString("imei")).isEqualTo("35209900176149");
    DiameterMessage stranger = sgsnB.exchange(S6aCommands.NOTIFY, "001010000000606", b -> {});
    assertThat(stranger.resultCode()).isEqualTo(5423);
  }

  @Test
  void profileChange_sendsIdrToBothRegisteredNodes() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the profile changes
    registeredAtMmeAndSgsnA("001010000000607");
    assertThat(
            hss.send("PATCH", "/api/v1/subscribers/001010000000607", "{\"msisdn\":\"4917099\"}")
                .statusCode())
        .isEqualTo(200);

    // THEN each gets an IDR addressed to it
    for (S6aClient node : new S6aClient[] {mme, sgsnA}) {
      DiameterMessage idr = node.peer.receive();
      assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
      assertThat(idr.first(BaseAvps.DESTINATION_HOST).asUtf8()).isEqualTo(node.peer.host);
      node.answerSuccess(idr);
    }
  }

  @Test
  void deletingASubscriber_cancelsBothNodes_eachOnItsInterface() throws Exception {
    // GIVEN registered at an MME and an SGSN WHEN the subscriber is deleted
    registeredAtMmeAndSgsnA("001010000000608");
    assertThat(hss.send("DELETE", "/api/v1/subscribers/001010000000608", null).statusCode())
        .isEqualTo(204);

    // THEN CLR SUBSCRIPTION_WITHDRAWAL to both: CLR-Flags 1 to the MME (S6a), 0 to the SGSN (S6d)
    DiameterMessage toMme = mme.peer.receive();
    assertThat(toMme.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(2);
    assertThat(toMme.first(S6aAvps.CLR_FLAGS).asUnsigned32()).isEqualTo(1);
    mme.answerSuccess(toMme);
    DiameterMessage toSgsn = sgsnA.peer.receive();
    assertThat(toSgsn.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(2);
    assertThat(toSgsn.first(S6aAvps.CLR_FLAGS).asUnsigned32()).isZero();
    sgsnA.answerSuccess(toSgsn);
  }

  @Test
  void skipSubscriberData_isIgnored_whenTheIdrForAChangeFailed() throws Exception {
    // GIVEN an MME registered with the data WHEN the profile changes and the MME refuses the IDR
    hss.provision("001010000000609", S6aClient.subscriber("001010000000609", ""));
    mme.exchange(mme.ulr("001010000000609", HOME_PLMN, EUTRAN, 0));
    hss.send("PATCH", "/api/v1/subscribers/001010000000609", "{\"msisdn\":\"4917098\"}");
    DiameterMessage idr = mme.peer.receive();
    mme.answerWith(idr, 5012);
    assertWatchdogAnswerIsNext(mme);

    // THEN its next ULR with Skip-Subscriber-Data still gets Subscription-Data, with the change
    DiameterMessage ula = mme.exchange(mme.ulr("001010000000609", HOME_PLMN, EUTRAN, 1 << 2));
    assertThat(ula.resultCode()).isEqualTo(2001);
    assertThat(ula.first(S6aAvps.SUBSCRIPTION_DATA).first(ShAvps.MSISDN).asOctets())
        .isEqualTo(new byte[] {(byte) 0x94, 0x71, (byte) 0x90, (byte) 0xf8});
  }

  @Test
  void skipSubscriberData_isHonoured_onceASuccessfulIdaBroughtTheChange() throws Exception {
    // GIVEN an MME registered with the data WHEN the profile changes and the MME accepts the IDR
    hss.provision("001010000000610", S6aClient.subscriber("001010000000610", ""));
    mme.exchange(mme.ulr("001010000000610", HOME_PLMN, EUTRAN, 0));
    hss.send("PATCH", "/api/v1/subscribers/001010000000610", "{\"msisdn\":\"4917097\"}");
    mme.answerSuccess(mme.peer.receive());
    Await.until(
        "the IDA recorded as current",
        Duration.ofSeconds(10),
        () ->
            Boolean.TRUE.equals(
                document("001010000000610").getJsonObject("servingMme").getBoolean("dataCurrent")));

    // THEN a ULR with Skip-Subscriber-Data gets none
    DiameterMessage ula = mme.exchange(mme.ulr("001010000000610", HOME_PLMN, EUTRAN, 1 << 2));
    assertThat(ula.resultCode()).isEqualTo(2001);
    assertThat(ula.first(S6aAvps.SUBSCRIPTION_DATA)).isNull();
  }
}
