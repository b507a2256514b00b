package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;
import static org.reactivehss.e2e.ShAs.repositoryData;
import static org.reactivehss.e2e.ShAs.userData;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * Sh-Subs-Notif and Sh-Notif over real sockets (TS 29.328 §6.1.3, §6.1.4): an AS subscribes with
 * SNR, then gets a PNR with the new data when another AS changes repository data by PUR, and when
 * an S-CSCF registers the user with SAR; an unsubscribed AS gets none.
 */
@Timeout(120)
class ShNotificationTest {
  static final String IMSI = "001010000000321";
  static final String IMPI = "001010000000321@ims.localdomain";
  static final String IMPU = "sip:vic@ims.localdomain";
  static final String WATCHER = "watcher.localdomain";

  static E2eHss hss;
  static ShAs watcher;
  static ShAs writer;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    assertThat(hss.provision(IMSI, CxScscf.subscriber(IMSI, IMPI, "", IMPU))).isEqualTo(201);
    String all = "\"RepositoryData\",\"IMSUserState\",\"S-CSCFName\"";
    for (String host : new String[] {WATCHER, ShAs.HOST}) {
      assertThat(
              hss.send("PUT", "/api/v1/sh/permissions/" + host, ShAs.permissions(all, all, all))
                  .statusCode())
          .isEqualTo(201);
    }
    watcher = new ShAs(hss, WATCHER);
    writer = new ShAs(hss, ShAs.HOST);
  }

  @AfterAll
  static void stop() throws Exception {
    watcher.close();
    writer.close();
    hss.close();
  }

  @Test
  void snrWithSendData_returnsTheDataAndExpiry_thenAPurSendsAPnrWithTheNewData() throws Exception {
    long expiry = Instant.now().plusSeconds(3600).getEpochSecond() + 2_208_988_800L;
    DiameterMessage sna =
        watcher.exchange(
            watcher.snr(
                IMPU,
                0,
                0,
                b ->
                    b.add(ShAvps.SERVICE_INDICATION, "svc.watch")
                        .add(ShAvps.SEND_DATA_INDICATION, 1)
                        .add(ShAvps.EXPIRY_TIME, expiry)));
    assertThat(outcome(sna)).isEqualTo("R2001");
    assertThat(sna.first(ShAvps.EXPIRY_TIME).asTime()).isEqualTo(expiry);
    ShDataSchema.validate(userData(sna));
    Scrape before = hss.scrape();

    assertThat(outcome(writer.exchange(writer.pur(IMPU, repositoryData("svc.watch", 0, "<on/>")))))
        .isEqualTo("R2001");

    DiameterMessage pnr = watcher.peer.receive();
    assertThat(pnr.commandCode()).isEqualTo(ShCommands.PUSH_NOTIFICATION.code());
    assertThat(pnr.isRequest()).isTrue();
    assertThat(pnr.first(ShAvps.USER_IDENTITY).first(CxAvps.PUBLIC_IDENTITY).asUtf8())
        .isEqualTo(IMPU);
    String data = userData(pnr);
    ShDataSchema.validate(data);
    assertThat(data).contains("<ServiceIndication>svc.watch</ServiceIndication>");
    assertThat(data).contains("<ServiceData><on/></ServiceData>");
    watcher.peer.send(watcher.pna(pnr));
    hss.awaitMetric(before, 1, "hss_sh_pnr_total", "outcome", "answered");
  }

  @Test
  void snrToImsUserState_thenSarRegistration_sendsAPnrWithRegisteredStateAndScscf()
      throws Exception {
    DiameterMessage sna =
        watcher.exchange(
            watcher.request(
                ShCommands.SUBSCRIBE_NOTIFICATIONS,
                IMPU,
                null,
                b ->
                    b.add(ShAvps.SUBS_REQ_TYPE, 0)
                        .add(ShAvps.DATA_REFERENCE, 11)
                        .add(ShAvps.DATA_REFERENCE, 12)));
    assertThat(outcome(sna)).isEqualTo("R2001");
    assertThat(sna.first(ShAvps.SH_USER_DATA)).isNull();

    try (CxScscf scscf = new CxScscf(hss, CxScscf.HOST)) {
      DiameterMessage saa =
          scscf.exchange(scscf.cx.sar(scscf.hbh(), IMPI, IMPU, 1, 1, CxScscf.SERVER_NAME));
      assertThat(CxScscf.outcome(saa)).isEqualTo("R2001");

      DiameterMessage pnr = watcher.peer.receive();
      assertThat(pnr.commandCode()).isEqualTo(ShCommands.PUSH_NOTIFICATION.code());
      String data = userData(pnr);
      ShDataSchema.validate(data);
      assertThat(data)
          .contains(
              "<Sh-IMS-Data><S-CSCFName>"
                  + CxScscf.SERVER_NAME
                  + "</S-CSCFName><IMSUserState>1</IMSUserState></Sh-IMS-Data>");
      watcher.peer.send(watcher.pna(pnr));

      // unsubscribed: the deregistration is not notified, the next message is the DWA to our DWR
      assertThat(
              outcome(
                  watcher.exchange(
                      watcher.request(
                          ShCommands.SUBSCRIBE_NOTIFICATIONS,
                          IMPU,
                          null,
                          b ->
                              b.add(ShAvps.SUBS_REQ_TYPE, 1)
                                  .add(ShAvps.DATA_REFERENCE, 11)
                                  .add(ShAvps.DATA_REFERENCE, 12)))))
          .isEqualTo("R2001");
      assertThat(
              CxScscf.outcome(
                  scscf.exchange(scscf.cx.sar(scscf.hbh(), IMPI, IMPU, 5, 1, CxScscf.SERVER_NAME))))
          .isEqualTo("R2001");
      watcher.peer.send(watcher.peer.dwr());
      assertThat(watcher.peer.receive().commandCode()).isEqualTo(280);
    }
  }

  @Test
  void snrToDataThatIsNeverNotified_is5104() throws Exception {
    assertThat(outcome(watcher.exchange(watcher.snr(IMPU, 0, 14, b -> {})))).isEqualTo("E5104");
  }

  @Test
  void snrForAnUnknownUser_is5001() throws Exception {
    assertThat(outcome(watcher.exchange(watcher.snr("sip:nobody@ims.localdomain", 0, 11, b -> {}))))
        .isEqualTo("E5001");
  }

  @Test
  void snrWithAnExpiryTimeInThePast_is5004() throws Exception {
    long past = Instant.now().minusSeconds(60).getEpochSecond() + 2_208_988_800L;
    DiameterMessage sna =
        watcher.exchange(watcher.snr(IMPU, 0, 11, b -> b.add(ShAvps.EXPIRY_TIME, past)));
    assertThat(outcome(sna)).isEqualTo("R5004");
  }

  @Test
  void administrativeDeregistrationThroughTheApi_sendsAPnrWithNotRegistered() throws Exception {
    String imsi = "001010000000322";
    String impi = "001010000000322@ims.localdomain";
    String impu = "sip:wendy@ims.localdomain";
    assertThat(hss.provision(imsi, CxScscf.subscriber(imsi, impi, "", impu))).isEqualTo(201);
    try (CxScscf scscf = new CxScscf(hss, CxScscf.HOST);
        ShAs as = new ShAs(hss, "admin-watch.localdomain")) {
      hss.send(
          "PUT",
          "/api/v1/sh/permissions/admin-watch.localdomain",
          ShAs.permissions("", "", "\"IMSUserState\""));
      // subscribed first, so the registration's PNR comes before the deregistration's (a
      // subscription made after the SAR could still see the SAR's change being notified)
      assertThat(outcome(as.exchange(as.snr(impu, 0, 11, b -> {})))).isEqualTo("R2001");
      assertThat(
              CxScscf.outcome(
                  scscf.exchange(scscf.cx.sar(scscf.hbh(), impi, impu, 1, 1, CxScscf.SERVER_NAME))))
          .isEqualTo("R2001");
      DiameterMessage registered = as.peer.receive();
      assertThat(userData(registered)).contains("<IMSUserState>1</IMSUserState>");
      as.peer.send(as.pna(registered));

      assertThat(
              hss.send("POST", "/api/v1/subscribers/" + imsi + "/ims/deregister", null)
                  .statusCode())
          .isEqualTo(200);

      DiameterMessage pnr = as.peer.receive();
      assertThat(pnr.commandCode()).isEqualTo(ShCommands.PUSH_NOTIFICATION.code());
      assertThat(userData(pnr)).contains("<IMSUserState>0</IMSUserState>");
      as.peer.send(as.pna(pnr));
    }
  }
}
