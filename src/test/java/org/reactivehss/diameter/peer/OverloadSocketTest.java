package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.testing.TestPeer;

/**
 * Beyond the in-flight limit a request is answered 3004 at once instead of queueing (RFC 6733
 * §7.1.3), and the slots come back as answers leave.
 */
@Timeout(30)
class OverloadSocketTest {

  @Test
  void requestsBeyondThePerConnectionLimit_get3004AtOnce_andCapacityReturnsAfterwards()
      throws Exception {
    try (TestHss hss = new TestHss(o -> o.withInFlight(5, 1000))) {
      // An AIR handler that answers one second later.
      hss.vertx
          .eventBus()
          .<DiameterMessage>consumer(
              DiameterBus.address(Applications.S6A, 318),
              m ->
                  hss.vertx.setTimer(
                      1000,
                      t ->
                          m.reply(
                              new DiameterAnswer(
                                  MessageBuilder.answer(m.body())
                                      .add(BaseAvps.SESSION_ID, m.body().sessionId())
                                      .add(BaseAvps.RESULT_CODE, 2001)
                                      .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
                                      .add(BaseAvps.ORIGIN_REALM, "localdomain")
                                      .build()))));
      try (TestPeer peer = hss.connect("mme50.localdomain")) {
        peer.open();
        ByteArrayOutputStream burst = new ByteArrayOutputStream();
        for (int i = 0; i < 8; i++) {
          burst.write(ApplicationDispatchSocketTest.s6aRequest(peer, 318, "localdomain"));
        }
        peer.send(burst.toByteArray());
        List<Long> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          codes.add(TestPeer.resultCode(peer.receive()));
        }
        for (int i = 0; i < 5; i++) {
          codes.add(TestPeer.resultCode(peer.receive()));
        }
        // The refusals come before any answer of the slow handler: they did not queue behind it.
        assertThat(codes).containsExactly(3004L, 3004L, 3004L, 2001L, 2001L, 2001L, 2001L, 2001L);

        peer.send(ApplicationDispatchSocketTest.s6aRequest(peer, 318, "localdomain"));
        assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
      }
    }
  }
}
