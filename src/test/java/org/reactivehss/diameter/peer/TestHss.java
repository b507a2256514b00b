package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.reactivehss.HssMain;
import org.reactivehss.RunningHss;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/** Starts a whole HSS on a free port for socket-level tests, with test-sized timers. */
final class TestHss implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final RunningHss running;
  final int port;

  TestHss(int watchdogMs, int cerTimeoutMs, int requestTimeoutMs, List<PeerOptions> peers)
      throws Exception {
    this(o -> o.withTimers(cerTimeoutMs, watchdogMs, 500, requestTimeoutMs).withPeers(peers));
  }

  /** An HSS on a free loopback port, TCP only, two server verticles, then {@code customize}. */
  TestHss(UnaryOperator<DiameterOptions> customize) throws Exception {
    this(customize, HssMetrics.NONE);
  }

  /** As above, measuring into {@code metrics}. */
  TestHss(UnaryOperator<DiameterOptions> customize, HssMetrics metrics) throws Exception {
    this.port = freePort();
    HssConfig d = ConfigLoader.defaults();
    DiameterOptions options =
        customize.apply(
            d.diameter()
                .withListen("127.0.0.1", port)
                .withSctp(DiameterOptions.SctpMode.FALSE, 0)
                .withInstances(2));
    HssConfig config =
        new HssConfig(d.originHost(), d.realm(), d.productName(), options, d.http(), d.db());
    this.running =
        HssMain.startDiameterOnly(vertx, config, metrics)
            .toCompletionStage()
            .toCompletableFuture()
            .get(20, TimeUnit.SECONDS);
  }

  static TestHss standard() throws Exception {
    return new TestHss(30_000, 10_000, 2_000, List.of());
  }

  TestPeer connect(String host) throws IOException {
    return new TestPeer(port, host);
  }

  static int freePort() throws IOException {
    return E2eHss.freePort();
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
