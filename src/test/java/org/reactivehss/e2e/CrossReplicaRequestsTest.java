package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.diameter.dict.SwxCommands;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.replica.ReplicaOptions;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * Two HSS replicas on one PostgreSQL, sharing nothing else (own Vert.x, ports, replica id): a
 * request one of them starts for a peer connected to the other is handed over through the database
 * and answered (docs/scale-out.md, "HSS-initiated requests across replicas").
 */
@Timeout(120)
class CrossReplicaRequestsTest {
  private static final String SERIES = "hss_diameter_hss_initiated_total";
  private static final String RELAYED = "hss_replica_relayed_total";
  private static E2eHss replica1;
  private static E2eHss replica2;

  @BeforeAll
  static void start() throws Exception {
    StoreOptions db = TestDatabase.get().newDatabase();
    replica1 = new E2eHss(2_000, db, c -> c.withReplica(options("replica-1")));
    replica2 = new E2eHss(2_000, db, c -> c.withReplica(options("replica-2")));
  }

  /** A short heartbeat so that a replica's peers are announced soon after they connect. */
  private static ReplicaOptions options(String id) {
    return new ReplicaOptions(id, true, 300, 1_000);
  }

  @AfterAll
  static void stop() throws Exception {
    replica2.close();
    replica1.close();
  }

  @Test
  void ulrFromMmeBAtReplica2_cancelsMmeAConnectedToReplica1() throws Exception {
    String imsi = "001010000000801";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mmeA = mme(replica1, "mme-a.localdomain");
        S6aClient mmeB = mme(replica2, "mme-b.localdomain")) {
      assertThat(mmeA.exchange(mmeA.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      Scrape before = replica2.scrape();

      assertThat(mmeB.exchange(mmeB.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      DiameterMessage clr = mmeA.peer.receive();
      assertThat(clr.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
      assertThat(clr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
      assertThat(clr.first(BaseAvps.DESTINATION_HOST).asUtf8()).isEqualTo("mme-a.localdomain");
      mmeA.answerSuccess(clr);

      replica2.awaitMetric(before, 1, SERIES, "command", "CLR", "outcome", "answered");
    }
  }

  @Test
  void provisioningChangeAtReplica2_sendsIdrToTheMmeConnectedToReplica1() throws Exception {
    String imsi = "001010000000802";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica1, "mme-idr.localdomain")) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      Scrape before = replica2.scrape();

      assertThat(patchMsisdn(replica2, imsi, "4917801")).isEqualTo(200);
      DiameterMessage idr = mme.peer.receive();
      assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
      assertThat(idr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
      mme.answerSuccess(idr);

      replica2.awaitMetric(before, 1, SERIES, "command", "IDR", "outcome", "answered");
      assertThat(replica2.scrape().since(before, SERIES, "command", "IDR", "outcome", "gave_up"))
          .isZero();
      assertThat(replica2.scrape().since(before, RELAYED, "role", "sent", "outcome", "answered"))
          .isEqualTo(1);
      assertThat(replica1.scrape().sum(RELAYED, "role", "served", "outcome", "answered"))
          .isPositive();
    }
  }

  @Test
  void deregistrationAndProfileChangeAtReplica2_sendRtrAndPprToTheScscfAtReplica1()
      throws Exception {
    String imsi = "001010000000803";
    String impi = imsi + "@ims.localdomain";
    String impu = "sip:dora@ims.localdomain";
    replica1.provision(imsi, CxScscf.subscriber(imsi, impi, "", impu));
    try (CxScscf scscf = new CxScscf(replica1, CxScscf.HOST)) {
      register(scscf, impi, impu);
      Scrape before = replica2.scrape();

      String ims =
          "{\"ims\":{\"impi\":\"" + impi + "\",\"impus\":[\"" + impu + "\",\"tel:+1555803\"]}}";
      assertThat(replica2.send("PATCH", "/api/v1/subscribers/" + imsi, ims).statusCode())
          .isEqualTo(200);
      DiameterMessage ppr = scscf.peer.receive();
      assertThat(ppr.commandCode()).isEqualTo(CxCommands.PUSH_PROFILE.code());
      assertThat(ppr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(impi);
      scscf.peer.send(cxAnswer(ppr));
      replica2.awaitMetric(
          before, 1, SERIES, "application", "cx", "command", "PPR", "outcome", "answered");

      String deregister = "/api/v1/subscribers/" + imsi + "/ims/deregister";
      assertThat(replica2.send("POST", deregister, null).statusCode()).isEqualTo(200);
      DiameterMessage rtr = scscf.peer.receive();
      assertThat(rtr.commandCode()).isEqualTo(CxCommands.REGISTRATION_TERMINATION.code());
      assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(impi);
      scscf.peer.send(cxAnswer(rtr));
      replica2.awaitMetric(
          before, 1, SERIES, "application", "cx", "command", "RTR", "outcome", "answered");
    }
  }

  @Test
  void swxDeregistrationAtReplica2_sendsRtrToTheAaaServerConnectedToReplica1() throws Exception {
    String imsi = "001010000000806";
    replica1.provision(imsi, SwxAaa.subscriber(imsi, "\"non3gppAccess\":true," + SwxSarTest.APNS));
    try (SwxAaa aaa = new SwxAaa(replica1, "aaa-relay.localdomain")) {
      assertThat(
              SwxAaa.outcome(aaa.exchange(aaa.sar(imsi, Values.ServerAssignmentType.REGISTRATION))))
          .isEqualTo("R2001");
      Scrape before = replica2.scrape();

      var response = replica2.send("POST", "/api/v1/subscribers/" + imsi + "/swx/deregister", null);

      assertThat(response.statusCode()).isEqualTo(200);
      DiameterMessage rtr = aaa.peer.receive();
      assertThat(rtr.commandCode()).isEqualTo(SwxCommands.REGISTRATION_TERMINATION.code());
      assertThat(rtr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
      aaa.answerSuccess(rtr);
      replica2.awaitMetric(
          before, 1, SERIES, "application", "swx", "command", "RTR", "outcome", "answered");
      assertThat(replica2.scrape().since(before, RELAYED, "role", "sent", "outcome", "answered"))
          .isEqualTo(1);
    }
  }

  @Test
  void purAtReplica2_sendsPnrToTheAsThatSubscribedAtReplica1() throws Exception {
    String imsi = "001010000000807";
    String impu = "sip:pia@ims.localdomain";
    String watcherHost = "watcher-relay.localdomain";
    replica1.provision(imsi, CxScscf.subscriber(imsi, imsi + "@ims.localdomain", "", impu));
    String all = "\"RepositoryData\"";
    for (String host : new String[] {watcherHost, ShAs.HOST}) {
      assertThat(
              replica1
                  .send("PUT", "/api/v1/sh/permissions/" + host, ShAs.permissions(all, all, all))
                  .statusCode())
          .isEqualTo(201);
    }
    try (ShAs watcher = new ShAs(replica1, watcherHost);
        ShAs writer = new ShAs(replica2, ShAs.HOST)) {
      DiameterMessage sna =
          watcher.exchange(
              watcher.snr(impu, 0, 0, b -> b.add(ShAvps.SERVICE_INDICATION, "svc.relay")));
      assertThat(ShAs.outcome(sna)).isEqualTo("R2001");
      Scrape before = replica2.scrape();

      DiameterMessage pua =
          writer.exchange(writer.pur(impu, ShAs.repositoryData("svc.relay", 0, "<on/>")));

      assertThat(ShAs.outcome(pua)).isEqualTo("R2001");
      DiameterMessage pnr = watcher.peer.receive();
      assertThat(pnr.commandCode()).isEqualTo(ShCommands.PUSH_NOTIFICATION.code());
      assertThat(ShAs.userData(pnr)).contains("<ServiceIndication>svc.relay</ServiceIndication>");
      watcher.peer.send(watcher.pna(pnr));
      replica2.awaitMetric(before, 1, "hss_sh_pnr_total", "outcome", "answered");
      assertThat(replica2.scrape().since(before, RELAYED, "role", "sent", "outcome", "answered"))
          .isEqualTo(1);
    }
  }

  @Test
  void mmeConnectedToNoReplica_endsAsGaveUpAfterTheBoundedAttempts() throws Exception {
    String imsi = "001010000000804";
    String host = "mme-gone.localdomain";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica1, host)) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
    }
    Await.until(
        "replica 1 noticed " + host + " leave",
        Duration.ofSeconds(5),
        () -> !replica1.running.peers().isOpen(host));
    Scrape before = replica2.scrape();

    assertThat(patchMsisdn(replica2, imsi, "4917804")).isEqualTo(200);

    replica2.awaitMetric(before, 1, SERIES, "command", "IDR", "outcome", "gave_up");
    Scrape after = replica2.scrape();
    assertThat(after.since(before, "hss_diameter_hss_initiated_retries_total", "command", "IDR"))
        .isEqualTo(2);
    assertThat(after.since(before, SERIES, "command", "IDR", "outcome", "answered")).isZero();
    // one count per attempt on the sending side (no holder, or the holder's connection had gone)
    assertThat(after.since(before, RELAYED, "role", "sent")).isEqualTo(3);
  }

  /**
   * Not an assertion on speed (the machine is shared): prints how long an IDR takes from the API
   * call to the MME, sent by the replica holding the MME and handed over from the other one.
   */
  @Test
  void relayedIdrs_allArrive_andTheAddedLatencyIsPrinted() throws Exception {
    String imsi = "001010000000805";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica1, "mme-timed.localdomain")) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      int rounds = 30;
      List<Long> local = new ArrayList<>();
      List<Long> relayed = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        local.add(idrMicros(replica1, mme, imsi, 4917_8000_00L + 2 * i));
        relayed.add(idrMicros(replica2, mme, imsi, 4917_8000_00L + 2 * i + 1));
      }
      System.out.printf(
          "API change to IDR at the MME over %d rounds (shared machine, one JVM, embedded"
              + " PostgreSQL): local p50 %.1f ms max %.1f ms; relayed p50 %.1f ms max %.1f ms%n",
          rounds, p50(local), max(local), p50(relayed), max(relayed));
      assertThat(relayed).hasSize(rounds);
    }
  }

  private static long idrMicros(E2eHss via, S6aClient mme, String imsi, long msisdn)
      throws Exception {
    long start = System.nanoTime();
    assertThat(patchMsisdn(via, imsi, Long.toString(msisdn))).isEqualTo(200);
    DiameterMessage idr = mme.peer.receive();
    long micros = (System.nanoTime() - start) / 1_000;
    assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
    mme.answerSuccess(idr);
    return micros;
  }

  private static double p50(List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1000.0;
  }

  private static double max(List<Long> micros) {
    return Collections.max(micros) / 1000.0;
  }

  private static S6aClient mme(E2eHss replica, String host) throws Exception {
    return new S6aClient(replica.connect(host)).opened();
  }

  private static int patchMsisdn(E2eHss via, String imsi, String msisdn) throws Exception {
    return via.send("PATCH", "/api/v1/subscribers/" + imsi, "{\"msisdn\":\"" + msisdn + "\"}")
        .statusCode();
  }

  private static void register(CxScscf scscf, String impi, String impu) throws Exception {
    CxMessages cx = scscf.cx;
    assertThat(
            CxScscf.outcome(
                scscf.exchange(
                    cx.mar(
                        scscf.hbh(),
                        impi,
                        impu,
                        1,
                        CxMessages.DIGEST_AKA,
                        null,
                        CxScscf.SERVER_NAME))))
        .isEqualTo("R2001");
    assertThat(
            CxScscf.outcome(
                scscf.exchange(
                    cx.sar(
                        scscf.hbh(),
                        impi,
                        impu,
                        CxRegistrationFlowTest.REGISTRATION,
                        1,
                        CxScscf.SERVER_NAME))))
        .isEqualTo("R2001");
  }

  private static byte[] cxAnswer(DiameterMessage request) {
    return MessageBuilder.answer(request)
        .addCopy(request.first(BaseAvps.SESSION_ID))
        .add(BaseAvps.RESULT_CODE, 2001L)
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, CxScscf.HOST)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .build();
  }
}
