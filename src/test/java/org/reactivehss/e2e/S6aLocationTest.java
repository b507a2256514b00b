package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.E2eHss;

/**
 * Update-Location, Purge-UE, Notify and the requests the HSS starts itself (CLR, IDR), over real
 * sockets against the whole HSS (TS 29.272 §5.2.1, §5.2.2, §5.2.5).
 */
@Timeout(90)
class S6aLocationTest {
  private static final String APNS =
      "\"msisdn\":\"491701234567\",\"ambr\":{\"ul\":50000000,\"dl\":100000000},"
          + "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"pdnType\":\"ipv4v6\",\"qci\":9,"
          + "\"arp\":{\"priority\":8,\"preemptionCapable\":false,\"preemptionVulnerable\":true}},"
          + "{\"apn\":\"ims\",\"contextId\":2,\"qci\":5,\"arp\":{\"priority\":1,\"preemptionCapable\":true,"
          + "\"preemptionVulnerable\":false}}]";

  private static E2eHss hss;
  private static S6aClient mmeA;
  private static S6aClient mmeB;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mmeA = new S6aClient(hss.connect("mme-a.localdomain"));
    mmeA.peer.open();
    mmeB = new S6aClient(hss.connect("mme-b.localdomain"));
    mmeB.peer.open();
  }

  @AfterAll
  static void stop() throws Exception {
    mmeA.peer.close();
    mmeB.peer.close();
    hss.close();
  }

  @Test
  void ulrFromMmeA_thenMmeB_cancelsA_withMmeUpdateProcedure() throws Exception {
    hss.provision("001010000000201", S6aClient.subscriber("001010000000201", APNS));
    DiameterMessage ulaA = mmeA.exchange(mmeA.ulr("001010000000201", HOME_PLMN, EUTRAN, 0));
    assertThat(ulaA.resultCode()).isEqualTo(2001);
    assertThat(ulaA.first(S6aAvps.ULA_FLAGS).asUnsigned32()).isEqualTo(1);
    assertSubscriptionData(ulaA.first(S6aAvps.SUBSCRIPTION_DATA));

    DiameterMessage ulaB = mmeB.exchange(mmeB.ulr("001010000000201", HOME_PLMN, EUTRAN, 0));
    assertThat(ulaB.resultCode()).isEqualTo(2001);
    DiameterMessage clr = mmeA.peer.receive();
    assertThat(clr.isRequest()).isTrue();
    assertThat(clr.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    assertThat(clr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo("001010000000201");
    assertThat(clr.first(BaseAvps.DESTINATION_HOST).asUtf8()).isEqualTo("mme-a.localdomain");
    assertThat(clr.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(0);
    mmeA.answerSuccess(clr);

    JsonObject stored =
        new JsonObject(hss.send("GET", "/api/v1/subscribers/001010000000201", null).body());
    assertThat(stored.getJsonObject("servingMme").getString("host")).isEqualTo("mme-b.localdomain");
  }

  @Test
  void ulrWithSkipSubscriberData_answersWithoutSubscriptionData_onceTheMmeHasTheData()
      throws Exception {
    hss.provision("001010000000202", S6aClient.subscriber("001010000000202", APNS));
    // the first download: the MME cannot hold current data yet, so skipping is ignored
    DiameterMessage first = mmeA.exchange(mmeA.ulr("001010000000202", HOME_PLMN, EUTRAN, 1 << 2));
    assertThat(first.first(S6aAvps.SUBSCRIPTION_DATA)).isNotNull();
    DiameterMessage ula = mmeA.exchange(mmeA.ulr("001010000000202", HOME_PLMN, EUTRAN, 1 << 2));
    assertThat(ula.resultCode()).isEqualTo(2001);
    assertThat(ula.first(S6aAvps.SUBSCRIPTION_DATA)).isNull();
  }

  @Test
  void purgeFromTheServingMme_setsTheFlag_andFreezesMtmsi_otherMmesChangeNothing()
      throws Exception {
    hss.provision("001010000000203", S6aClient.subscriber("001010000000203", ""));
    mmeB.exchange(mmeB.ulr("001010000000203", HOME_PLMN, EUTRAN, 0));

    DiameterMessage fromA = mmeA.exchange(S6aCommands.PURGE_UE, "001010000000203", b -> {});
    assertThat(fromA.resultCode()).isEqualTo(2001);
    assertThat(fromA.first(S6aAvps.PUA_FLAGS).asUnsigned32()).isZero();
    assertThat(document("001010000000203").getBoolean("purgedByMme")).isFalse();

    DiameterMessage fromB = mmeB.exchange(S6aCommands.PURGE_UE, "001010000000203", b -> {});
    assertThat(fromB.first(S6aAvps.PUA_FLAGS).asUnsigned32()).isEqualTo(1);
    assertThat(document("001010000000203").getBoolean("purgedByMme")).isTrue();
  }

  @Test
  void apiProfileChange_sendsIdrToTheServingMme_withTheNewProfile() throws Exception {
    hss.provision("001010000000204", S6aClient.subscriber("001010000000204", APNS));
    mmeB.exchange(mmeB.ulr("001010000000204", HOME_PLMN, EUTRAN, 0));

    assertThat(
            hss.send("PATCH", "/api/v1/subscribers/001010000000204", "{\"msisdn\":\"4917099\"}")
                .statusCode())
        .isEqualTo(200);
    DiameterMessage idr = mmeB.peer.receive();
    assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
    assertThat(idr.first(S6aAvps.SUBSCRIPTION_DATA).first(ShAvps.MSISDN).asOctets())
        .isEqualTo(new byte[] {(byte) 0x94, 0x71, (byte) 0x90, (byte) 0xf9});
    mmeB.answerSuccess(idr);
  }

  @Test
  void removingAnApn_sendsDsrWithdrawingItsContext_thenIdrWithTheRest() throws Exception {
    // GIVEN a subscriber with APNs internet (1) and ims (2) registered at MME B
    hss.provision("001010000000207", S6aClient.subscriber("001010000000207", APNS));
    mmeB.exchange(mmeB.ulr("001010000000207", HOME_PLMN, EUTRAN, 0));

    // WHEN the API removes "ims"
    assertThat(
            hss.send(
                    "PATCH",
                    "/api/v1/subscribers/001010000000207",
                    "{\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,"
                        + "\"qci\":9,\"arp\":{\"priority\":8,\"preemptionCapable\":false,"
                        + "\"preemptionVulnerable\":true}}]}")
                .statusCode())
        .isEqualTo(200);

    // THEN DSR, DSR-Flags bit 3 PDN subscription contexts withdrawal, Context-Identifier 2 ...
    DiameterMessage dsr = mmeB.peer.receive();
    assertThat(dsr.commandCode()).isEqualTo(S6aCommands.DELETE_SUBSCRIBER_DATA.code());
    assertThat(dsr.first(S6aAvps.DSR_FLAGS).asUnsigned32()).isEqualTo(8);
    assertThat(dsr.all(S6aAvps.CONTEXT_IDENTIFIER)).hasSize(1);
    assertThat(dsr.first(S6aAvps.CONTEXT_IDENTIFIER).asUnsigned32()).isEqualTo(2);
    mmeB.answerSuccess(dsr);
    // ... then the IDR with the remaining APN only
    DiameterMessage idr = mmeB.peer.receive();
    assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
    assertThat(
            idr.first(S6aAvps.SUBSCRIPTION_DATA)
                .first(S6aAvps.APN_CONFIGURATION_PROFILE)
                .all(S6aAvps.APN_CONFIGURATION))
        .hasSize(1);
    mmeB.answerSuccess(idr);
  }

  @Test
  void barringOrDeletingASubscriber_sendsClrWithSubscriptionWithdrawal() throws Exception {
    hss.provision("001010000000205", S6aClient.subscriber("001010000000205", ""));
    mmeB.exchange(mmeB.ulr("001010000000205", HOME_PLMN, EUTRAN, 0));

    hss.send("PATCH", "/api/v1/subscribers/001010000000205", "{\"status\":\"barred\"}");
    DiameterMessage barred = mmeB.peer.receive();
    assertThat(barred.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    assertThat(barred.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(2);
    mmeB.answerSuccess(barred);

    DiameterMessage ula = mmeB.exchange(mmeB.ulr("001010000000205", HOME_PLMN, EUTRAN, 0));
    Avp data = ula.first(S6aAvps.SUBSCRIPTION_DATA);
    assertThat(data.first(S6aAvps.SUBSCRIBER_STATUS).asEnumerated()).isEqualTo(1);
    assertThat(data.first(S6aAvps.OPERATOR_DETERMINED_BARRING).asUnsigned32()).isEqualTo(1);

    assertThat(hss.send("DELETE", "/api/v1/subscribers/001010000000205", null).statusCode())
        .isEqualTo(204);
    DiameterMessage deleted = mmeB.peer.receive();
    assertThat(deleted.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    assertThat(deleted.first(S6aAvps.CANCELLATION_TYPE).asEnumerated()).isEqualTo(2);
    mmeB.answerSuccess(deleted);
  }

  @Test
  void notifyFromTheServingMme_storesTheImei_otherMmesGet5423() throws Exception {
    hss.provision("001010000000206", S6aClient.subscriber("001010000000206", ""));
    mmeB.exchange(mmeB.ulr("001010000000206", HOME_PLMN, EUTRAN, 0));

    DiameterMessage fromA =
        mmeA.exchange(
            S6aCommands.NOTIFY,
            "001010000000206",
            b ->
                b.addGroup(
                    S6aAvps.TERMINAL_INFORMATION, t -> t.add(S6aAvps.IMEI, "35209900176148")));
    assertThat(fromA.isExperimentalResult()).isTrue();
    assertThat(fromA.resultCode()).isEqualTo(5423);
    DiameterMessage fromB =
        mmeB.exchange(
            S6aCommands.NOTIFY,
            "001010000000206",
            b ->
                b.addGroup(
                    S6aAvps.TERMINAL_INFORMATION,
                    t ->
                        t.add(S6aAvps.IMEI, "35209900176148").add(S6aAvps.SOFTWARE_VERSION, "23")));
    assertThat(fromB.resultCode()).isEqualTo(2001);
    assertThat(document("001010000000206").getString("imei")).isEqualTo("35209900176148");
  }

  private static JsonObject document(String imsi) throws Exception {
    return new JsonObject(hss.send("GET", "/api/v1/subscribers/" + imsi, null).body());
  }

  /** MSISDN in TBCD, status granted, packet only, AMBR, two APN configurations with QoS and ARP. */
  private static void assertSubscriptionData(Avp data) {
    assertThat(data.first(ShAvps.MSISDN).asOctets())
        .isEqualTo(new byte[] {(byte) 0x94, 0x71, 0x10, 0x32, 0x54, 0x76});
    assertThat(data.first(S6aAvps.SUBSCRIBER_STATUS).asEnumerated()).isZero();
    assertThat(data.first(S6aAvps.NETWORK_ACCESS_MODE).asEnumerated()).isEqualTo(2);
    assertThat(data.first(S6aAvps.AMBR).first(S6aAvps.MAX_REQUESTED_BANDWIDTH_DL).asUnsigned32())
        .isEqualTo(100000000);
    Avp profile = data.first(S6aAvps.APN_CONFIGURATION_PROFILE);
    assertThat(profile.first(S6aAvps.CONTEXT_IDENTIFIER).asUnsigned32()).isEqualTo(1);
    assertThat(profile.first(S6aAvps.ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR).asEnumerated())
        .isZero();
    List<Avp> apns = profile.all(S6aAvps.APN_CONFIGURATION);
    assertThat(apns).hasSize(2);
    assertThat(apns.get(0).first(S6aAvps.SERVICE_SELECTION).asUtf8()).isEqualTo("internet");
    assertThat(apns.get(0).first(S6aAvps.PDN_TYPE).asEnumerated()).isEqualTo(2);
    Avp qos = apns.get(1).first(S6aAvps.EPS_SUBSCRIBED_QOS_PROFILE);
    assertThat(qos.first(S6aAvps.QOS_CLASS_IDENTIFIER).asEnumerated()).isEqualTo(5);
    Avp arp = qos.first(S6aAvps.ALLOCATION_RETENTION_PRIORITY);
    assertThat(arp.first(S6aAvps.PRIORITY_LEVEL).asUnsigned32()).isEqualTo(1);
    assertThat(arp.first(S6aAvps.PRE_EMPTION_CAPABILITY).asEnumerated()).isZero();
    assertThat(arp.first(S6aAvps.PRE_EMPTION_VULNERABILITY).asEnumerated()).isEqualTo(1);
  }
}
