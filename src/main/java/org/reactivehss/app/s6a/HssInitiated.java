package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.peer.PeerTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests the HSS sends to an MME (CLR, IDR; TS 29.272 §5.2.1.2, §5.2.2.1) over the open connection
 * to its Origin-Host. Each is tried at most {@link S6aOptions#hssRequestAttempts} times, pausing
 * between attempts, when the peer is not connected, does not answer in time, or answers with a
 * protocol error (3xxx). Outcomes are counted and logged; nothing waits for them on a request path.
 */
final class HssInitiated {
  private static final Logger log = LoggerFactory.getLogger(HssInitiated.class);

  /** Outcome counts, by kind; read by tests and, later, by the metrics binding. */
  static final LongAdder ANSWERED = new LongAdder();
  static final LongAdder REFUSED = new LongAdder();
  static final LongAdder GAVE_UP = new LongAdder();

  private final Vertx vertx;
  private final PeerTable peers;
  private final S6aAnswers identity;
  private final S6aOptions options;
  private final String sessionPrefix;
  private final AtomicLong sessions = new AtomicLong();

  HssInitiated(Vertx vertx, PeerTable peers, S6aAnswers identity, S6aOptions options) {
    this.vertx = vertx;
    this.peers = peers;
    this.identity = identity;
    this.options = options;
    this.sessionPrefix = identity.originHost() + ";" + (System.currentTimeMillis() / 1000) + ";";
  }

  /**
   * Sends {@code command} to {@code host}; {@code body} adds the command's own AVPs after the fixed
   * head (RFC 6733 §8.8 Session-Id, Vendor-Specific-Application-Id, Auth-Session-State, Origin-Host,
   * Origin-Realm, Destination-Host, Destination-Realm, User-Name). Completes with the answer, or fails
   * after the last attempt.
   */
  Future<DiameterMessage> send(CommandDef command, String host, String realm, String imsi,
      Function<MessageBuilder, MessageBuilder> body) {
    String session = sessionPrefix + sessions.incrementAndGet();
    MessageBuilder b = MessageBuilder.request(command).endToEnd((int) System.nanoTime())
        .add(Avps.SESSION_ID, session)
        .addGroup(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.add(Avps.VENDOR_ID, Applications.VENDOR_3GPP)
            .add(Avps.AUTH_APPLICATION_ID, Applications.S6A))
        .add(Avps.AUTH_SESSION_STATE, S6aAnswers.NO_STATE_MAINTAINED)
        .add(Avps.ORIGIN_HOST, identity.originHost())
        .add(Avps.ORIGIN_REALM, identity.originRealm())
        .add(Avps.DESTINATION_HOST, host)
        .add(Avps.DESTINATION_REALM, realm == null ? identity.originRealm() : realm)
        .add(Avps.USER_NAME, imsi);
    byte[] request = body.apply(b).build();
    Promise<DiameterMessage> done = Promise.promise();
    attempt(command, host, request, 1, done);
    return done.future();
  }

  private void attempt(CommandDef command, String host, byte[] request, int attempt,
      Promise<DiameterMessage> done) {
    peers.request(host, request).onComplete(ar -> {
      if (ar.succeeded() && !isProtocolError(ar.result())) {
        long code = ar.result().resultCode();
        (code == 2001 ? ANSWERED : REFUSED).increment();
        log.info("{} to {}: answered {}", command.requestAbbreviation(), host, code);
        done.complete(ar.result());
      } else if (attempt < options.hssRequestAttempts()) {
        vertx.setTimer(options.hssRequestRetryDelayMs(), t -> attempt(command, host, request, attempt + 1, done));
      } else {
        GAVE_UP.increment();
        String why = ar.succeeded() ? "answer " + ar.result().resultCode() : ar.cause().toString();
        log.warn("{} to {} not delivered after {} attempts: {}", command.requestAbbreviation(), host, attempt,
            why);
        done.fail(ar.succeeded() ? new IllegalStateException(why) : ar.cause());
      }
    });
  }

  private static boolean isProtocolError(DiameterMessage answer) {
    long code = answer.resultCode();
    return code >= 3000 && code < 4000;
  }
}
