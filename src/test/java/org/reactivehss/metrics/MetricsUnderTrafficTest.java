package org.reactivehss.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.eventbus.ReplyException;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.auth.VectorKind;
import org.reactivehss.auth.VectorReply;
import org.reactivehss.auth.VectorRequest;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * The whole HSS under real traffic: what a scrape of GET /metrics shows moves by exactly what was
 * sent. AIR answers are compared with what the peer actually received, so the test holds whether or
 * not an S6a handler is deployed (3001 without one).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MetricsUnderTrafficTest {
  private static final byte[] PLMN = {0x00, (byte) 0xf1, 0x10};
  private static E2eHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    AuthVerticle.registerCodecs(hss.vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  private static Scrape scrape() throws Exception {
    HttpResponse<String> r = hss.send("GET", "/metrics", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return new Scrape(r.body());
  }

  @Test
  void diameterCounters_moveByExactlyTheRequestsSent() throws Exception {
    Scrape before = scrape();
    DiameterMessage[] airAnswers = new DiameterMessage[3];
    try (TestPeer peer = hss.connect("mme-metrics.localdomain")) {
      peer.open();
      for (int i = 0; i < 4; i++) {
        peer.send(peer.dwr());
        assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
      }
      for (int i = 0; i < 2; i++) {
        peer.send(air(peer, true));
        airAnswers[i] = peer.receive();
      }
      peer.send(air(peer, false));
      airAnswers[2] = peer.receive();
      assertThat(TestPeer.resultCode(airAnswers[2])).isEqualTo(5005);

      Scrape during = scrape();
      assertThat(
              during.sum("hss_diameter_peers", "state", "open")
                  - before.sum("hss_diameter_peers", "state", "open"))
          .isEqualTo(1);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_requests_total",
                  "application",
                  "base",
                  "command",
                  "DWR"))
          .isEqualTo(4);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_answers_total",
                  "command",
                  "DWR",
                  "result",
                  "DIAMETER_SUCCESS",
                  "result_class",
                  "success"))
          .isEqualTo(4);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_requests_total",
                  "application",
                  "s6a",
                  "command",
                  "AIR"))
          .isEqualTo(3);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_answers_total",
                  "application",
                  "s6a",
                  "command",
                  "AIR"))
          .isEqualTo(3);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_answers_total",
                  "command",
                  "AIR",
                  "result",
                  "DIAMETER_MISSING_AVP",
                  "result_code",
                  "5005",
                  "result_class",
                  "permanent_failure"))
          .isEqualTo(1);
      String received =
          DiameterTags.result(
              airAnswers[0].applicationId(),
              airAnswers[0].resultCode(),
              airAnswers[0].isExperimentalResult());
      assertThat(received).isNotEqualTo(DiameterTags.OTHER);
      assertThat(
              delta(
                  before,
                  during,
                  "hss_diameter_answers_total",
                  "command",
                  "AIR",
                  "result",
                  received))
          .isEqualTo(2);
      assertThat(
              delta(
                  before, during, "hss_diameter_request_duration_seconds_count", "command", "AIR"))
          .isEqualTo(3);
      assertThat(
              during.sum(
                      "hss_diameter_request_duration_seconds_bucket", "command", "AIR", "le", "5.0")
                  - before.sum(
                      "hss_diameter_request_duration_seconds_bucket",
                      "command",
                      "AIR",
                      "le",
                      "5.0"))
          .isEqualTo(3);
    }
  }

  @Test
  void hssInitiatedRequests_areCountedByOutcome_answeredOrNot() throws Exception {
    Scrape before = scrape();
    try (TestPeer peer = hss.connect("mme-outbound.localdomain")) {
      peer.open();
      Future<DiameterMessage> answered = hss.running.peers().request(peer.host, clr(peer.host));
      DiameterMessage clr = peer.receive();
      peer.send(
          MessageBuilder.answer(clr)
              .add(BaseAvps.RESULT_CODE, 2001L)
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.AUTH_SESSION_STATE, 1)
              .build());
      assertThat(answered.await(10, TimeUnit.SECONDS).resultCode()).isEqualTo(2001);
      Future<DiameterMessage> lost = hss.running.peers().request(peer.host, clr(peer.host));
      peer.receive();
      peer.close();
      assertThat(
              lost.toCompletionStage()
                  .toCompletableFuture()
                  .handle((ok, failure) -> failure)
                  .get(10, TimeUnit.SECONDS))
          .isNotNull();
    }

    Scrape after = scrape();
    assertThat(
            delta(
                before,
                after,
                "hss_diameter_outbound_requests_total",
                "application",
                "s6a",
                "command",
                "CLR",
                "result",
                "DIAMETER_SUCCESS",
                "result_class",
                "success"))
        .isEqualTo(1);
    assertThat(
            delta(
                before,
                after,
                "hss_diameter_outbound_requests_total",
                "command",
                "CLR",
                "result",
                "no_answer",
                "result_class",
                "no_answer"))
        .isEqualTo(1);
    assertThat(
            delta(before, after, "hss_diameter_outbound_duration_seconds_count", "command", "CLR"))
        .isEqualTo(2);
  }

  private static byte[] clr(String mme) {
    return MessageBuilder.request(S6aCommands.CANCEL_LOCATION)
        .proxiable(true)
        .add(BaseAvps.SESSION_ID, "hss.localdomain;clr;" + System.nanoTime())
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_HOST, mme)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, "001010000000077")
        .add(S6aAvps.CANCELLATION_TYPE, 0)
        .build();
  }

  @Test
  void authAndStorageMeters_countVectorsAndRoundTrips() throws Exception {
    assertThat(
            hss.provision(
                "001010000000077",
                """
        {"imsi":"001010000000077","k":"465b5ce8b199b49faa5f0a2ee238a6bc",
         "opc":"cd63cb71954a9f4e48a5994e37a02baf","amf":"8000","sqn":31}"""))
        .isBetween(200, 201);
    Scrape before = scrape();
    VectorReply reply =
        hss.vertx
            .eventBus()
            .<VectorReply>request(
                AuthVerticle.ADDRESS,
                new VectorRequest("001010000000077", VectorKind.EUTRAN, 3, PLMN, null))
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS)
            .body();
    assertThat(reply.vectors()).hasSize(3);
    Throwable unknown =
        hss.vertx
            .eventBus()
            .request(
                AuthVerticle.ADDRESS,
                new VectorRequest("001010000000078", VectorKind.EUTRAN, 1, PLMN, null))
            .toCompletionStage()
            .toCompletableFuture()
            .handle((ok, failure) -> failure)
            .get(10, TimeUnit.SECONDS);
    assertThat(unknown.getCause() == null ? unknown : unknown.getCause())
        .isInstanceOf(ReplyException.class);

    Scrape after = scrape();
    assertThat(delta(before, after, "hss_auth_vectors_total", "kind", "eutran")).isEqualTo(3);
    assertThat(delta(before, after, "hss_storage_duration_seconds_count", "outcome", "ok"))
        .isEqualTo(1);
    assertThat(
            delta(
                before,
                after,
                "hss_storage_duration_seconds_count",
                "outcome",
                "unknown_subscriber"))
        .isEqualTo(1);
    // two reservations, each alone in its statement (the second for an IMSI that does not exist)
    assertThat(delta(before, after, "hss_storage_reservation_batch_requests_sum")).isEqualTo(2);
    assertThat(delta(before, after, "hss_auth_resyncs_total")).isZero();
    assertThat(after.has("hss_bus_timeouts_total")).isTrue();
  }

  @Test
  void scrape_includesJvmAndProcessMeters_andNoSubscriberIdentity() throws Exception {
    Scrape now = scrape();
    assertThat(now.has("jvm_memory_used_bytes")).isTrue();
    assertThat(now.has("process_cpu_usage")).isTrue();
    String text = hss.send("GET", "/metrics", null).body();
    assertThat(text)
        .doesNotContain("00101000000007")
        .doesNotContain("465b5ce8b199b49faa5f0a2ee238a6bc");
  }

  private static double delta(Scrape before, Scrape after, String name, String... labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  private static byte[] air(TestPeer p, boolean withUserName) {
    MessageBuilder b =
        MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
            .proxiable(true)
            .hopByHop(p.nextHopByHop())
            .add(BaseAvps.SESSION_ID, p.host + ";1;" + System.nanoTime())
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, p.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain");
    if (withUserName) {
      b.add(BaseAvps.USER_NAME, "001010000000099");
    }
    // With Requested-EUTRAN-Authentication-Info the S6a handler answers it (user unknown here);
    // without
    // User-Name the dictionary check answers 5005 before any handler.
    return b.add(S6aAvps.VISITED_PLMN_ID, PLMN)
        .addGroup(
            S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
            g -> g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1))
        .build();
  }
}
