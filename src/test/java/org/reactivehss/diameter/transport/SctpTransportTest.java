package org.reactivehss.diameter.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.nio.sctp.MessageInfo;
import com.sun.nio.sctp.SctpChannel;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.HssMain;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.testing.E2eHss;

/**
 * Diameter over SCTP (RFC 6733 §2.1): CER/CEA and DWR/DWA on one association, through the same
 * codec and state machine as TCP. Needs a kernel with SCTP (modprobe sctp) and lksctp's
 * libsctp.so.1; where either is missing the test is skipped and says why.
 */
@Timeout(30)
class SctpTransportTest {

  @BeforeEach
  void sctpAvailable() {
    String reason = SctpSupport.unavailableReason();
    if (reason != null) {
      System.out.println("[SKIPPED] SCTP tests need a kernel with SCTP: " + reason);
    }
    assumeTrue(reason == null, "SCTP tests skipped: " + reason);
  }

  @Test
  void cerAndDwrOverSctp_areAnswered() throws Exception {
    int port = E2eHss.freePort();
    HssConfig d = ConfigLoader.defaults();
    DiameterOptions options =
        d.diameter()
            .withListen("127.0.0.1", port)
            .withSctp(DiameterOptions.SctpMode.TRUE, port)
            .withInstances(1);
    Vertx vertx = Vertx.vertx();
    try (SctpChannel channel =
        startAndConnect(
            vertx,
            new HssConfig(d.originHost(), d.realm(), d.productName(), options, d.http(), d.db()),
            port)) {
      send(
          channel,
          MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
              .hopByHop(1)
              .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
              .add(BaseAvps.VENDOR_ID, 0)
              .add(BaseAvps.PRODUCT_NAME, "sctp-test")
              .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A)
              .build());
      assertThat(receive(channel).first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
      send(
          channel,
          MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
              .hopByHop(2)
              .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      DiameterMessage dwa = receive(channel);
      assertThat(dwa.hopByHopId()).isEqualTo(2);
      assertThat(dwa.first(BaseAvps.RESULT_CODE).asUnsigned32()).isEqualTo(2001);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private static SctpChannel startAndConnect(Vertx vertx, HssConfig config, int port)
      throws Exception {
    HssMain.startDiameterOnly(vertx, config)
        .toCompletionStage()
        .toCompletableFuture()
        .get(20, TimeUnit.SECONDS);
    return SctpChannel.open(new InetSocketAddress("127.0.0.1", port), 1, 1);
  }

  private static void send(SctpChannel channel, byte[] message) throws Exception {
    channel.send(
        ByteBuffer.wrap(message), MessageInfo.createOutgoing(null, 0).payloadProtocolID(46));
  }

  private static DiameterMessage receive(SctpChannel channel) throws Exception {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    channel.receive(buf, null, null);
    buf.flip();
    byte[] frame = new byte[buf.remaining()];
    buf.get(frame);
    return DiameterMessage.parse(frame).message();
  }
}
