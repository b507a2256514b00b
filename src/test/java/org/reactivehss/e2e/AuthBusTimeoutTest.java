package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.app.cx.CxOptions;
import org.reactivehss.app.cx.CxRuntime;
import org.reactivehss.app.cx.CxVerticle;
import org.reactivehss.app.s6a.S6aOptions;
import org.reactivehss.app.s6a.S6aVerticle;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.HssRequestPolicy;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.reactivehss.store.PgImsStore;
import org.reactivehss.testing.E2eHss;

/**
 * The S6a and Cx handlers answer a transient code themselves when the auth verticles do not reply
 * within the request's deadline (they have no auth timeout of their own) (AIR: Experimental-Result
 * 4181, TS 29.272 §7.4.4.1; MAR: 3004 with the E bit, RFC 6733 §7.1.3), with no internal text, and
 * count it as a bus timeout of target {@code auth}. The handlers run on a Vert.x of their own whose
 * auth address has a consumer that never replies; Cx reads its subscriber from a real (embedded)
 * database.
 */
@Timeout(60)
class AuthBusTimeoutTest {
  /** What is left of each request when it reaches the handler. */
  private static final long AUTH_TIMEOUT_MS = 1_000;

  private static E2eHss hss;
  private static Vertx handlers;
  private static SimpleMeterRegistry registry;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    handlers = Vertx.vertx();
    registry = new SimpleMeterRegistry();
    HssMetrics metrics = new MicrometerHssMetrics(registry);
    handlers.eventBus().localConsumer(AuthVerticle.ADDRESS, silent -> {});
    HssRequests none =
        new HssRequests(
            handlers, new PeerTable("hss.localdomain"), metrics, HssRequestPolicy.DEFAULTS);
    handlers
        .deployVerticle(
            new S6aVerticle(
                null, null, none, "hss.localdomain", "localdomain", S6aOptions.DEFAULTS, metrics))
        .compose(
            id ->
                handlers.deployVerticle(
                    new CxVerticle(
                        new CxRuntime(
                            "hss.localdomain",
                            "localdomain",
                            CxOptions.defaults(),
                            new PgImsStore(hss.running.storage()),
                            metrics))))
        .await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    handlers.close().await(10, TimeUnit.SECONDS);
    hss.close();
  }

  @Test
  void airWhileAuthIsSilent_is4181_andCountsAnAuthBusTimeout() throws Exception {
    double before = authTimeouts();
    byte[] air =
        MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
            .hopByHop(1)
            .endToEnd(1)
            .add(BaseAvps.SESSION_ID, "mme.localdomain;1;1")
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain")
            .add(BaseAvps.USER_NAME, "001010000000501")
            .addGroup(
                S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                g -> g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1))
            .add(S6aAvps.VISITED_PLMN_ID, S6aClient.HOME_PLMN)
            .build();

    DiameterMessage aia =
        answer(Applications.S6A, S6aCommands.AUTHENTICATION_INFORMATION.code(), air);
    assertThat(aia.isExperimentalResult()).isTrue();
    assertThat(aia.resultCode()).isEqualTo(4181);
    assertThat(aia.isError()).isFalse();
    assertThat(authTimeouts() - before).isEqualTo(1);
  }

  @Test
  void marWhileAuthIsSilent_is3004_andCountsAnAuthBusTimeout() throws Exception {
    String impi = "001010000000502@ims.localdomain";
    String impu = "sip:timeout@ims.localdomain";
    assertThat(
            hss.provision("001010000000502", CxScscf.subscriber("001010000000502", impi, "", impu)))
        .isEqualTo(201);
    double before = authTimeouts();
    byte[] mar =
        new CxMessages(CxScscf.HOST)
            .mar(1, impi, impu, 1, CxMessages.DIGEST_AKA, null, CxScscf.SERVER_NAME);

    DiameterMessage maa = answer(Applications.CX, CxCommands.MULTIMEDIA_AUTH.code(), mar);
    assertThat(maa.resultCode()).isEqualTo(3004);
    assertThat(maa.isError()).as("E bit of a protocol error").isTrue();
    assertThat(maa.first(BaseAvps.ERROR_MESSAGE).asUtf8())
        .isEqualTo(FailureKind.TIMED_OUT.publicText());
    assertThat(authTimeouts() - before).isEqualTo(1);
  }

  /**
   * The answer the handler built itself (handlers answer every failure; the peer layer only sends
   * it).
   */
  private static DiameterMessage answer(long application, int command, byte[] request)
      throws Exception {
    // what the dispatcher does: the request carries its deadline; the bus waits longer, so the
    // answer
    // seen is the handler's own
    DiameterMessage message =
        DiameterMessage.parse(request)
            .message()
            .withDeadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AUTH_TIMEOUT_MS));
    DiameterAnswer answer =
        handlers
            .eventBus()
            .<DiameterAnswer>request(DiameterBus.address(application, command), message)
            .await(10, TimeUnit.SECONDS)
            .body();
    return DiameterMessage.parse(answer.bytes()).message();
  }

  private static double authTimeouts() {
    return registry.counter("hss.bus.timeouts", "target", "auth").count();
  }
}
