package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.TestPeer;

/**
 * Application requests over a real socket: onto the event bus and back, and every way that can fail
 * turned into an answer (every request gets an answer, never silence).
 */
@Timeout(30)
class ApplicationDispatchSocketTest {
  static TestHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss = new TestHss(30_000, 10_000, 300, List.of());
    // An AIR handler that answers; a ULR handler that never answers; a PUR handler that fails its
    // message
    // instead of answering (a defect: real handlers answer every failure from their outcome table).
    hss.vertx
        .eventBus()
        .<DiameterMessage>consumer(
            DiameterBus.address(Applications.S6A, 318),
            m ->
                m.reply(
                    new DiameterAnswer(
                        MessageBuilder.answer(m.body())
                            .add(BaseAvps.SESSION_ID, m.body().sessionId())
                            .add(BaseAvps.RESULT_CODE, 2001)
                            .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                            .add(BaseAvps.ORIGIN_REALM, "localdomain")
                            .build())));
    hss.vertx
        .eventBus()
        .<DiameterMessage>consumer(DiameterBus.address(Applications.S6A, 316), m -> {});
    hss.vertx
        .eventBus()
        .<DiameterMessage>consumer(
            DiameterBus.address(Applications.S6A, 321),
            m -> m.fail(3002, "SQLSTATE 08006 at pg-1.internal"));
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  static byte[] s6aRequest(TestPeer peer, int commandCode, String destinationRealm) {
    var cmd = Commands.byCode(Applications.S6A, commandCode);
    return MessageBuilder.request(cmd)
        .hopByHop(peer.nextHopByHop())
        .proxiable(true)
        .add(BaseAvps.SESSION_ID, peer.host + ";1;" + commandCode)
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_REALM, destinationRealm)
        .add(BaseAvps.USER_NAME, "001010000000001")
        .add(S6aAvps.VISITED_PLMN_ID, new byte[] {0x00, (byte) 0xf1, 0x10})
        .add(S6aAvps.RAT_TYPE, 1004)
        .add(S6aAvps.ULR_FLAGS, 0)
        .build();
  }

  @Test
  void handlersAnswer_reachesThePeerWithIdentifiersEchoed() throws Exception {
    try (TestPeer peer = hss.connect("mme30.localdomain")) {
      peer.open();
      byte[] air = s6aRequest(peer, 318, "localdomain");
      peer.send(air);
      DiameterMessage aia = peer.receive();
      DiameterMessage sent = DiameterMessage.parse(air).message();
      assertThat(aia.commandCode()).isEqualTo(318);
      assertThat(aia.applicationId()).isEqualTo(Applications.S6A);
      assertThat(aia.hopByHopId()).isEqualTo(sent.hopByHopId());
      assertThat(aia.endToEndId()).isEqualTo(sent.endToEndId());
      assertThat(aia.sessionId()).isEqualTo(sent.sessionId());
      assertThat(TestPeer.resultCode(aia)).isEqualTo(2001);
    }
  }

  @Test
  void commandWithoutHandler_gets3001() throws Exception {
    try (TestPeer peer = hss.connect("mme31.localdomain")) {
      peer.open();
      peer.send(s6aRequest(peer, 323, "localdomain"));
      DiameterMessage answer = peer.receive();
      assertThat(TestPeer.resultCode(answer)).isEqualTo(3001);
      assertThat(answer.isError()).isTrue();
    }
  }

  @Test
  void handlerThatNeverAnswers_gets3004() throws Exception {
    try (TestPeer peer = hss.connect("mme32.localdomain")) {
      peer.open();
      peer.send(s6aRequest(peer, 316, "localdomain"));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3004);
    }
  }

  @Test
  void handlerFailingInsteadOfAnswering_gets5012_andNoneOfItsText() throws Exception {
    try (TestPeer peer = hss.connect("mme33.localdomain")) {
      peer.open();
      peer.send(s6aRequest(peer, 321, "localdomain"));
      DiameterMessage answer = peer.receive();
      // the failure's code and text are internal: the peer layer answers 5012 in its own words
      assertThat(TestPeer.resultCode(answer)).isEqualTo(5012);
      assertThat(answer.isError()).isFalse();
      assertThat(answer.first(BaseAvps.ERROR_MESSAGE).asUtf8())
          .doesNotContain("SQLSTATE")
          .doesNotContain("pg-1");
    }
  }

  @Test
  void otherDestinationRealm_gets3003() throws Exception {
    try (TestPeer peer = hss.connect("mme34.localdomain")) {
      peer.open();
      peer.send(s6aRequest(peer, 318, "elsewhere.org"));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3003);
    }
  }

  @Test
  void applicationNotAgreedInCer_gets3007() throws Exception {
    try (TestPeer peer = hss.connect("mme35.localdomain")) {
      peer.send(peer.cer(Applications.CX));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
      peer.send(s6aRequest(peer, 318, "localdomain"));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3007);
    }
  }

  @Test
  void hssInitiatedRequest_completesWithThePeersAnswer() throws Exception {
    try (TestPeer peer = hss.connect("mme36.localdomain")) {
      peer.open();
      byte[] clr =
          MessageBuilder.request(S6aCommands.CANCEL_LOCATION)
              .proxiable(true)
              .add(BaseAvps.SESSION_ID, "hss.localdomain;1;clr")
              .add(BaseAvps.AUTH_SESSION_STATE, 1)
              .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.DESTINATION_HOST, peer.host)
              .add(BaseAvps.DESTINATION_REALM, "localdomain")
              .add(BaseAvps.USER_NAME, "001010000000001")
              .add(S6aAvps.CANCELLATION_TYPE, 0)
              .build();
      Future<DiameterMessage> answer = hss.running.peers().request(peer.host, clr);
      DiameterMessage received = peer.receive();
      assertThat(received.commandCode()).isEqualTo(317);
      assertThat(received.isRequest()).isTrue();
      peer.send(
          MessageBuilder.answer(received)
              .add(BaseAvps.SESSION_ID, received.sessionId())
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      DiameterMessage cla =
          answer.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertThat(TestPeer.resultCode(cla)).isEqualTo(2001);
      assertThat(cla.hopByHopId()).isEqualTo(received.hopByHopId());
    }
  }

  @Test
  void hssInitiatedRequestToAPeerNotConnected_failsAtOnce() {
    Future<DiameterMessage> answer =
        hss.running.peers().request("mme-absent.localdomain", new byte[20]);
    assertThat(answer.failed()).isTrue();
    assertThat(answer.cause()).isInstanceOf(PeerUnavailableException.class);
  }
}
