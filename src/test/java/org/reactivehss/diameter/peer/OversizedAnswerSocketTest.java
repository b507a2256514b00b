package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.testing.TestPeer;

/**
 * A handler whose answer is longer than a 24-bit Message Length holds (RFC 6733 §3): the peer gets
 * a 5012 DIAMETER_UNABLE_TO_COMPLY answer on the same connection, not a wrapped length, nothing, or
 * a closed link.
 */
@Timeout(60)
class OversizedAnswerSocketTest {

  @Test
  void answerTooLongToEncode_reachesThePeerAs5012_andTheLinkKeepsWorking() throws Exception {
    // GIVEN an AIR handler that answers with 17 MiB of data (request timeout long enough not to be
    // the cause)
    try (TestHss hss = new TestHss(30_000, 10_000, 10_000, List.of());
        TestPeer peer = hss.connect("mme60.localdomain")) {
      hss.vertx
          .eventBus()
          .<DiameterMessage>consumer(
              DiameterBus.address(Applications.S6A, 318),
              m ->
                  DiameterAnswer.reply(
                      m,
                      MessageBuilder.answer(m.body())
                          .add(BaseAvps.SESSION_ID, m.body().sessionId())
                          .add(BaseAvps.RESULT_CODE, 2001)
                          .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                          .add(BaseAvps.ORIGIN_REALM, "localdomain")
                          .add(CxAvps.USER_DATA, new byte[17 * 1024 * 1024])));
      peer.open();
      // WHEN the peer asks
      byte[] air = ApplicationDispatchSocketTest.s6aRequest(peer, 318, "localdomain");
      peer.send(air);
      // THEN it gets 5012 for that request, and the connection still answers
      DiameterMessage answer = peer.receive();
      assertThat(answer.hopByHopId()).isEqualTo(DiameterMessage.parse(air).message().hopByHopId());
      assertThat(TestPeer.resultCode(answer)).isEqualTo(5012);
      assertThat(answer.first(CxAvps.USER_DATA)).isNull();
      peer.send(peer.dwr());
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }
}
