package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;
import static org.reactivehss.e2e.S6aClient.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * AIR/AIA over a real socket against the whole HSS (TS 29.272 §5.2.3.1): vectors the USIM accepts,
 * KASME as TS 33.401 A.2 defines it, resynchronisation from Re-Synchronization-Info, and SQNs that
 * are never issued twice.
 */
@Timeout(90)
class S6aAuthenticationTest {
  private static E2eHss hss;
  private static TestPeer mme;
  private static S6aClient client;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mme = hss.connect("mme-auth.localdomain");
    mme.open();
    client = new S6aClient(mme);
  }

  @AfterAll
  static void stop() throws Exception {
    mme.close();
    hss.close();
  }

  private static UsimModel usim() {
    return UsimModel.of("milenage", hex(S6aClient.K), null, hex(S6aClient.OPC));
  }

  @Test
  void oneVector_isAcceptedByAFreshUsim_withTheKasmeOfTs33401() throws Exception {
    assertThat(hss.provision("001010000000101", S6aClient.subscriber("001010000000101", "")))
        .isEqualTo(201);
    DiameterMessage aia = client.exchange(client.air("001010000000101", 1, HOME_PLMN, null));

    assertThat(aia.resultCode()).isEqualTo(2001);
    assertThat(aia.first(BaseAvps.AUTH_SESSION_STATE).asEnumerated()).isEqualTo(1);
    assertThat(aia.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
    List<Avp> vectors = S6aClient.eutranVectors(aia);
    assertThat(vectors).hasSize(1);
    assertAcceptedWithKasme(usim(), vectors.get(0));
  }

  @Test
  void fiveVectors_areAllAccepted_withStrictlyIncreasingSqns() throws Exception {
    hss.provision("001010000000102", S6aClient.subscriber("001010000000102", ""));
    DiameterMessage aia = client.exchange(client.air("001010000000102", 5, HOME_PLMN, null));

    List<Avp> vectors = S6aClient.eutranVectors(aia);
    assertThat(vectors).hasSize(5);
    UsimModel usim = usim();
    long previous = -1;
    for (int i = 0; i < vectors.size(); i++) {
      assertThat(vectors.get(i).first(S6aAvps.ITEM_NUMBER).asUnsigned32()).isEqualTo(i + 1);
      Sqn sqn = assertAcceptedWithKasme(usim, vectors.get(i));
      assertThat(sqn.value()).isGreaterThan(previous);
      previous = sqn.value();
    }
  }

  @Test
  void refusedLoweringOfSqnThroughTheApi_leavesTheNextAirAboveEverySqnIssued() throws Exception {
    String imsi = "001010000000110";
    hss.provision(imsi, S6aClient.subscriber(imsi, ""));
    UsimSqn reader = new UsimSqn(usim());
    long highestIssued = 0;
    for (Avp v : S6aClient.eutranVectors(client.exchange(client.air(imsi, 5, HOME_PLMN, null)))) {
      highestIssued = Math.max(highestIssued, reader.of(v).value());
    }

    // SQN 32 is SEQ 1, IND 0: a value a fresh USIM accepts, below what was issued
    assertThat(
            hss.send("PUT", "/api/v1/subscribers/" + imsi, S6aClient.subscriber(imsi, "\"sqn\":32"))
                .statusCode())
        .isEqualTo(409);
    Avp next =
        S6aClient.eutranVectors(client.exchange(client.air(imsi, 1, HOME_PLMN, null))).get(0);

    assertThat(reader.of(next).value()).isGreaterThan(highestIssued);
  }

  @Test
  void requestAboveTheMaximum_isClampedTo32Vectors() throws Exception {
    hss.provision("001010000000103", S6aClient.subscriber("001010000000103", ""));
    DiameterMessage aia = client.exchange(client.air("001010000000103", 1000, HOME_PLMN, null));

    assertThat(aia.resultCode()).isEqualTo(2001);
    assertThat(S6aClient.eutranVectors(aia)).hasSize(32);
  }

  @Test
  void seedStory_usimAheadBy2pow30_resyncsOnce_thenEveryVectorIsAccepted() throws Exception {
    hss.provision("001010000000104", S6aClient.subscriber("001010000000104", ""));
    UsimModel usim = usim();
    usim.acceptedEverySqnUpTo(Sqn.of(31 + (1L << 30)));

    Avp first =
        S6aClient.eutranVectors(client.exchange(client.air("001010000000104", 1, HOME_PLMN, null)))
            .get(0);
    UsimModel.Outcome refused =
        usim.authenticate(octets(first, S6aAvps.RAND), octets(first, S6aAvps.AUTN));
    assertThat(refused).isInstanceOf(UsimModel.SyncFailure.class);

    byte[] randAndAuts = ((UsimModel.SyncFailure) refused).randAndAuts();
    DiameterMessage resynced =
        client.exchange(client.air("001010000000104", 3, HOME_PLMN, randAndAuts));
    assertThat(resynced.resultCode()).isEqualTo(2001);
    for (Avp v : S6aClient.eutranVectors(resynced)) {
      assertAcceptedWithKasme(usim, v);
    }
    Avp later =
        S6aClient.eutranVectors(client.exchange(client.air("001010000000104", 1, HOME_PLMN, null)))
            .get(0);
    assertAcceptedWithKasme(usim, later);
  }

  @Test
  void forgedAuts_answers4181_andNeverMovesSqn() throws Exception {
    hss.provision("001010000000105", S6aClient.subscriber("001010000000105", ""));
    UsimModel usim = usim();
    usim.acceptedEverySqnUpTo(Sqn.of(31 + (1L << 30)));
    Avp first =
        S6aClient.eutranVectors(client.exchange(client.air("001010000000105", 1, HOME_PLMN, null)))
            .get(0);
    Sqn before = new UsimSqn(usim()).of(first);
    byte[] forged =
        ((UsimModel.SyncFailure)
                usim.authenticate(octets(first, S6aAvps.RAND), octets(first, S6aAvps.AUTN)))
            .randAndAuts();
    forged[29] ^= 0x01; // last octet of MAC-S

    DiameterMessage refused = client.exchange(client.air("001010000000105", 1, HOME_PLMN, forged));
    assertThat(refused.isExperimentalResult()).isTrue();
    assertThat(refused.resultCode()).isEqualTo(4181);
    assertThat(S6aClient.eutranVectors(refused)).isEmpty();

    Avp next =
        S6aClient.eutranVectors(client.exchange(client.air("001010000000105", 1, HOME_PLMN, null)))
            .get(0);
    assertThat(new UsimSqn(usim()).of(next).value()).isEqualTo(before.value() + 1);
  }

  @Test
  void utranVectorRequested_getsAQuintupletTheUsimAccepts() throws Exception {
    hss.provision("001010000000106", S6aClient.subscriber("001010000000106", ""));
    DiameterMessage aia =
        client.exchange(
            client
                .request(
                    org.reactivehss.diameter.dict.S6aCommands.AUTHENTICATION_INFORMATION,
                    "001010000000106")
                .addGroup(
                    S6aAvps.REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO,
                    g -> g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 2))
                .add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN)
                .build());

    List<Avp> utran = aia.first(S6aAvps.AUTHENTICATION_INFO).all(S6aAvps.UTRAN_VECTOR);
    assertThat(utran).hasSize(2);
    UsimModel usim = usim();
    for (Avp v : utran) {
      UsimModel.Outcome o = usim.authenticate(octets(v, S6aAvps.RAND), octets(v, S6aAvps.AUTN));
      assertThat(o).isInstanceOf(UsimModel.Accepted.class);
      assertThat(((UsimModel.Accepted) o).res()).isEqualTo(octets(v, S6aAvps.XRES));
      byte[] ckIk = usim.ckIk(octets(v, S6aAvps.RAND));
      assertThat(octets(v, CxAvps.CONFIDENTIALITY_KEY))
          .isEqualTo(java.util.Arrays.copyOf(ckIk, 16));
      assertThat(octets(v, CxAvps.INTEGRITY_KEY))
          .isEqualTo(java.util.Arrays.copyOfRange(ckIk, 16, 32));
    }
  }

  @Test
  void fourConnectionsTimes250Airs_forOneImsi_get1000DistinctSqns() throws Exception {
    hss.provision("001010000000107", S6aClient.subscriber("001010000000107", ""));
    Set<Long> sqns = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        String host = "mme-load-" + c + ".localdomain";
        done.add(pool.submit(() -> pipeline250(host, sqns)));
      }
      int answered = 0;
      for (Future<Integer> f : done) {
        answered += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(answered).isEqualTo(1000);
      assertThat(sqns).hasSize(1000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int pipeline250(String host, Set<Long> sqns) throws Exception {
    try (TestPeer peer = hss.connect(host)) {
      peer.open();
      S6aClient c = new S6aClient(peer);
      for (int i = 0; i < 250; i++) {
        peer.send(c.air("001010000000107", 1, HOME_PLMN, null));
      }
      UsimSqn reader = new UsimSqn(usim());
      for (int i = 0; i < 250; i++) {
        DiameterMessage aia = peer.receive();
        assertThat(aia.resultCode()).isEqualTo(2001);
        sqns.add(reader.of(S6aClient.eutranVectors(aia).get(0)).value());
      }
      return 250;
    }
  }

  /** The USIM accepts the vector; RES = XRES; KASME = KDF(CK || IK, PLMN, SQN xor AK). */
  private static Sqn assertAcceptedWithKasme(UsimModel usim, Avp vector) throws Exception {
    byte[] rand = octets(vector, S6aAvps.RAND);
    byte[] autn = octets(vector, S6aAvps.AUTN);
    UsimModel.Outcome outcome = usim.authenticate(rand, autn);
    assertThat(outcome).isInstanceOf(UsimModel.Accepted.class);
    UsimModel.Accepted accepted = (UsimModel.Accepted) outcome;
    assertThat(accepted.res()).isEqualTo(octets(vector, S6aAvps.XRES));
    assertThat(octets(vector, S6aAvps.KASME))
        .isEqualTo(Kasme33401.derive(usim.ckIk(rand), HOME_PLMN, autn));
    return accepted.sqn();
  }

  static byte[] octets(Avp group, org.reactivehss.diameter.dict.AvpDef def) {
    return group.first(def).asOctets();
  }
}
