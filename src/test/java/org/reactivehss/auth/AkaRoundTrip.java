package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.SubscriberKeys;

/**
 * One subscriber served by {@link AuthService} over {@link InMemoryAuthStore}, and that
 * subscriber's {@link UsimModel} using the same keys: the test bench of the USIM properties.
 */
final class AkaRoundTrip {
  static final String IMSI = "001010123456789";
  private static final byte[] PLMN = {0x02, (byte) 0xf8, 0x59};

  /** What a USIM receives from one issued item: RAND, AUTN, and the XRES the network expects. */
  record Issued(byte[] rand, byte[] autn, byte[] xres) {
    static Issued of(AuthVector vector) {
      if (vector instanceof EutranVector e) {
        return new Issued(e.rand(), e.autn(), e.xres());
      }
      if (vector instanceof UtranVector u) {
        return new Issued(u.rand(), u.autn(), u.xres());
      }
      ImsAuthItem i = (ImsAuthItem) vector;
      return new Issued(
          Arrays.copyOf(i.sipAuthenticate(), 16),
          Arrays.copyOfRange(i.sipAuthenticate(), 16, 32),
          i.sipAuthorization());
    }
  }

  final InMemoryAuthStore store = new InMemoryAuthStore();
  final AtomicInteger resyncsAccepted = new AtomicInteger();
  final AtomicInteger resyncsRefused = new AtomicInteger();
  final UsimModel usim;
  private final AuthService service;
  private final VectorKind kind;

  AkaRoundTrip(byte[] k, byte[] opc, long sqnHe, VectorKind kind) {
    this.kind = kind;
    store.put(
        new SubscriberKeys(IMSI, "milenage", k, null, opc, new byte[] {(byte) 0x80, 0}, sqnHe));
    usim = new UsimModel(new Milenage(k, opc));
    usim.acceptedEverySqnUpTo(Sqn.of(sqnHe));
    service =
        new AuthService(
            store,
            new AuthEvents() {
              @Override
              public void resyncAccepted() {
                resyncsAccepted.incrementAndGet();
              }

              @Override
              public void resyncRefused() {
                resyncsRefused.incrementAndGet();
              }
            });
  }

  List<Issued> issue(int n) {
    return issued(request(n, null));
  }

  List<Issued> issueAfterResync(int n, byte[] randAndAuts) {
    return issued(request(n, randAndAuts));
  }

  /** The failure of a request that is expected to fail. */
  FailureKind failureOf(int n, byte[] randAndAuts) {
    Future<VectorReply> reply = request(n, randAndAuts);
    assertThat(reply.failed()).as("request should have failed").isTrue();
    return ((HssFailure) reply.cause()).kind();
  }

  long sqnHe() {
    return store.sqnHe(IMSI);
  }

  private Future<VectorReply> request(int n, byte[] randAndAuts) {
    Future<VectorReply> reply =
        service.vectors(new VectorRequest(IMSI, kind, n, PLMN, randAndAuts));
    assertThat(reply.isComplete()).as("in-memory store answers synchronously").isTrue();
    return reply;
  }

  private static List<Issued> issued(Future<VectorReply> reply) {
    if (reply.failed()) {
      throw new AssertionError("vector request failed", reply.cause());
    }
    return reply.result().vectors().stream().map(Issued::of).toList();
  }
}
