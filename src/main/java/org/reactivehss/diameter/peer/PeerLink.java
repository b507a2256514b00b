package org.reactivehss.diameter.peer;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.EncodedHeader;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.diameter.transport.LinkHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Diameter peer connection and its RFC 6733 §5.6 state machine. Everything here runs on the
 * link's event loop; no field is touched from another thread.
 *
 * <p>One transition function, {@link #onInbound}, decides by state; anything a state does not
 * expect closes the connection, loudly. Decode problems in a request become error
 * answers; only a stream that can no longer be framed closes the connection.
 */
final class PeerLink implements LinkHandler {
  private static final Logger log = LoggerFactory.getLogger(PeerLink.class);
  /** How long to wait for the peer to close after DPA, or for a DPA after our DPR (RFC 6733 §5.4). */
  private static final long CLOSING_GRACE_MS = 2_000;

  private final Link link;
  private final PeerRuntime rt;
  private final PendingRequests pending;
  private final LivenessProbe liveness;
  private PeerState state;
  /** A valid DiameterIdentity once set from CER/CEA (CapabilitiesExchange checks it), so safe to log. */
  private String peerHost;
  private long peerOriginStateId = -1;
  private Set<Integer> applications = Set.of();
  /** What this peer may ask by configuration (applications, IMSI ranges). */
  private PeerGrant grant = PeerGrant.ALL;
  private Watchdog watchdog;
  private long timerId = -1;
  private int nextHopByHop = ThreadLocalRandom.current().nextInt();
  /** Application requests of this connection now inside the HSS (bounded by {@link InFlightLimit}). */
  private int inFlight;
  /** A CER was accepted and the peer table is deciding whether another connection keeps the name. */
  private boolean awaitingAdmission;
  private final Promise<Void> closed = Promise.promise();

  private PeerLink(Link link, PeerRuntime rt, PeerState initial) {
    this.link = link;
    this.rt = rt;
    this.state = initial;
    rt.metrics().peerPhase(null, initial.phase());
    this.pending = new PendingRequests(rt.vertx(), rt.options().requestTimeoutMs(), rt.metrics());
    this.liveness = new LivenessProbe(rt.vertx(), rt.options());
  }

  /** A connection a peer opened: it must send CER within the CER timeout (RFC 6733 §5.3). */
  static PeerLink responder(Link link, PeerRuntime rt) {
    PeerLink p = new PeerLink(link, rt, PeerState.WAIT_CER);
    p.timerId = rt.vertx().setTimer(rt.options().cerTimeoutMs(), t -> p.onCerTimeout());
    return p;
  }

  /** A connection this HSS opened to {@code expectedHost}: send CER and wait for CEA (Wait-I-CEA). */
  static PeerLink initiator(Link link, PeerRuntime rt, String expectedHost) {
    PeerLink p = new PeerLink(link, rt, PeerState.WAIT_I_CEA);
    p.peerHost = expectedHost;
    rt.table().dialingStarted(expectedHost, p);
    link.send(rt.capabilities().cer(link));
    p.timerId = rt.vertx().setTimer(rt.options().cerTimeoutMs(), t -> p.onCerTimeout());
    return p;
  }

  @Override
  public void onInbound(Object framed) {
    DecodeResult result = framed instanceof DecodeResult r ? r : null;
    DiameterMessage m = result == null ? null : result.message();
    if (m == null) {
      log.warn("{}: {}; closing", link.describe(), result == null ? "stream cannot be framed (" + framed + ")"
          : "undecodable message header (" + result.problem() + ")");
      close();
      return;
    }
    if (watchdog != null) {
      watchdog.onReceive(System.currentTimeMillis());
    }
    liveness.onReceive();
    switch (state) {
      case WAIT_CER -> inWaitCer(m, result.problem());
      case WAIT_I_CEA -> inWaitICea(m);
      case R_OPEN, I_OPEN -> inOpen(m, result.problem());
      case CLOSING -> inClosing(m);
      case CLOSED -> { }
    }
  }

  private void inWaitCer(DiameterMessage m, DecodeProblem problem) {
    if (awaitingAdmission) {
      log.warn("{}: {} before the CEA; closing (RFC 6733 §5.6.1)", link.describe(), BaseProtocol.describe(m));
      close();
      return;
    }
    DecodeProblem invalid = rt.capabilities().cerProblem(m, problem, rt.base());
    if (invalid != null) {
      log.warn("{}: {} where a valid CER was due ({}); closing", link.describe(), BaseProtocol.describe(m), invalid);
      if (m.isRequest()) {
        link.send(rt.capabilities().refusal(m, invalid, link.localAddress()));
      }
      close();
      return;
    }
    CapabilitiesExchange.Outcome outcome = rt.capabilities().evaluate(m, link);
    peerHost = outcome.peerHost();
    peerOriginStateId = outcome.peerOriginStateId();
    if (!outcome.success()) {
      log.warn("{}: CER from {} refused with {}", link.describe(), peerHost, outcome.resultCode());
      refuseCer(m, outcome.resultCode());
      return;
    }
    applications = outcome.applications();
    grant = outcome.grant();
    Future<PeerTable.Admission> decision = rt.table().admitResponder(this);
    if (decision.isComplete()) {
      admitted(m, outcome.startTls(), decision.result());
      return;
    }
    awaitingAdmission = true;
    decision.onComplete(ar -> link.context().runOnContext(v -> admitted(m, outcome.startTls(), ar.result())));
  }

  /** The peer table's decision on a CER; the connection may have closed while it was made. */
  private void admitted(DiameterMessage cer, boolean startTls, PeerTable.Admission admission) {
    awaitingAdmission = false;
    if (state != PeerState.WAIT_CER) {
      rt.table().remove(this);
      return;
    }
    switch (admission) {
      case ACCEPTED -> {
        link.send(rt.capabilities().cea(cer, ResultCodes.DIAMETER_SUCCESS, link.localAddress(), startTls));
        openAfterInbandTls(startTls, PeerState.R_OPEN);
      }
      case ELECTION_LOST -> {
        log.info("{}: election lost to our own connection to {}", link.describe(), peerHost);
        refuseCer(cer, ResultCodes.ELECTION_LOST);
      }
      case DUPLICATE_REJECTED -> {
        // RFC 6733 §5.6 R-Reject; 5012 (§7.1.5) tells the sender the name is in use, not that it is unknown.
        log.warn("{}: {} (Origin-State-Id {}) already has an open connection that answers; refusing this one",
            link.describe(), peerHost, peerOriginStateId);
        refuseCer(cer, ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
      }
    }
  }

  private void refuseCer(DiameterMessage cer, ResultCode resultCode) {
    link.send(rt.capabilities().cea(cer, resultCode, link.localAddress()));
    peerHost = null;
    close();
  }

  private void inWaitICea(DiameterMessage m) {
    if (m.isRequest() || !BaseProtocol.isCapabilitiesExchange(m)) {
      log.warn("{}: {} while waiting for CEA; closing", link.describe(), BaseProtocol.describe(m));
      close();
      return;
    }
    CapabilitiesExchange.Outcome outcome = rt.capabilities().evaluateAnswer(m, link);
    if (outcome == null) {
      close();
      return;
    }
    peerHost = outcome.peerHost();
    applications = outcome.applications();
    grant = outcome.grant();
    if (!rt.table().admitInitiator(this)) {
      log.info("{}: {} is already connected; dropping our duplicate", link.describe(), peerHost);
      close();
      return;
    }
    openAfterInbandTls(outcome.startTls(), PeerState.I_OPEN);
  }

  /** With in-band TLS agreed, the connection opens after the handshake (the CER timer still runs). */
  private void openAfterInbandTls(boolean startTls, PeerState open) {
    Future<Void> secured = startTls ? rt.capabilities().startTls(link, peerHost) : Future.succeededFuture();
    secured.onComplete(done -> {
      if (done.failed()) {
        close();
      } else if (state == PeerState.WAIT_CER || state == PeerState.WAIT_I_CEA) {
        enterOpen(open);
      }
    });
  }

  /** Every request of an open connection is counted here; the dispatcher counts the answers it gets. */
  private void inOpen(DiameterMessage m, DecodeProblem problem) {
    if (!m.isRequest()) {
      if (!BaseProtocol.isWatchdog(m) && !pending.complete(m)) {
        log.debug("{}: unsolicited answer {} dropped", link.describe(), BaseProtocol.describe(m));
      }
      return;
    }
    long arrived = System.nanoTime();
    rt.metrics().diameterRequest(m.applicationId(), m.commandCode());
    DecodeProblem p = problem != null ? problem : rt.base().check(m, applications);
    if (p == null) {
      p = grant.check(m, link, peerHost, rt.metrics());
    }
    if (p != null) {
      answerHere(m, errorAnswer(m, p), p.resultCode(), arrived);
    } else if (m.applicationId() != Applications.BASE) {
      dispatch(m, arrived);
    } else if (BaseProtocol.isWatchdog(m)) {
      answerHere(m, rt.base().dwa(m), ResultCodes.DIAMETER_SUCCESS.code(), arrived);
    } else if (BaseProtocol.isDisconnect(m)) {
      log.info("{}: DPR from {}", link.describe(), peerHost);
      answerHere(m, rt.base().dpa(m), ResultCodes.DIAMETER_SUCCESS.code(), arrived);
      enterClosing();
    } else {
      DecodeProblem again = DecodeProblem.of(ResultCodes.DIAMETER_UNABLE_TO_COMPLY, null,
          "capabilities already exchanged");
      answerHere(m, errorAnswer(m, again), again.resultCode(), arrived);
    }
  }

  /** An answer this link builds itself (base protocol, checks that failed): sent and measured. */
  private void answerHere(DiameterMessage request, byte[] answer, long resultCode, long arrived) {
    link.send(answer);
    rt.metrics().diameterAnswer(request.applicationId(), request.commandCode(), resultCode, false,
        System.nanoTime() - arrived);
  }

  private void inClosing(DiameterMessage m) {
    if (!m.isRequest() && BaseProtocol.isDisconnect(m)) {
      close();
    } else if (m.isRequest()) {
      long arrived = System.nanoTime();
      rt.metrics().diameterRequest(m.applicationId(), m.commandCode());
      DecodeProblem p = DecodeProblem.of(ResultCodes.DIAMETER_UNABLE_TO_DELIVER, null, "disconnecting");
      answerHere(m, errorAnswer(m, p), p.resultCode(), arrived);
    } else {
      pending.complete(m);
    }
  }

  private void dispatch(DiameterMessage request, long arrived) {
    if (!rt.inFlight().tryAcquire(inFlight)) {
      DecodeProblem busy = DecodeProblem.of(ResultCodes.DIAMETER_TOO_BUSY, null, "too many requests in progress");
      answerHere(request, errorAnswer(request, busy), busy.resultCode(), arrived);
      return;
    }
    inFlight++;
    rt.dispatcher().dispatch(request, this, arrived);
  }

  /** The handler's answer (or the problem that replaced it) for a dispatched request. */
  void sendAnswer(DiameterMessage request, byte[] answer, DecodeProblem problem) {
    inFlight--;
    rt.inFlight().release();
    if (state == PeerState.CLOSED) {
      return;
    }
    link.send(answer != null ? answer : errorAnswer(request, problem));
  }

  void sendRequest(byte[] request, Promise<DiameterMessage> promise) {
    if (!state.isOpen()) {
      promise.tryFail(new PeerUnavailableException(String.valueOf(peerHost)));
      return;
    }
    int hbh = nextHopByHop++;
    pending.add(hbh, request, promise);
    byte[] stamped = request.clone();
    EncodedHeader.setHopByHop(stamped, hbh);
    link.send(stamped);
  }

  private void enterOpen(PeerState open) {
    cancelTimer();
    moveTo(open);
    log.info("{}: {} with {} (applications {})", link.describe(), open, peerHost, applications);
    watchdog = new Watchdog(rt.options().watchdogIntervalMs(), System.currentTimeMillis());
    armWatchdog();
  }

  private void armWatchdog() {
    timerId = rt.vertx().setTimer(watchdog.nextDelayMs(), t -> {
      switch (watchdog.onTimer(System.currentTimeMillis())) {
        case SEND_DWR -> link.send(rt.base().dwr(nextHopByHop++));
        case CLOSE -> {
          log.warn("{}: watchdog: {} silent for 3 x Tw; closing (RFC 3539 §3.4.1)", link.describe(), peerHost);
          close();
          return;
        }
        case NONE -> { }
      }
      armWatchdog();
    });
  }

  private void enterClosing() {
    cancelTimer();
    moveTo(PeerState.CLOSING);
    timerId = rt.vertx().setTimer(CLOSING_GRACE_MS, t -> close());
  }

  /** A CER that arrived and awaits the peer table's decision is not late: that wait has its own bound. */
  private void onCerTimeout() {
    if (state == PeerState.WAIT_CER && !awaitingAdmission || state == PeerState.WAIT_I_CEA) {
      log.warn("{}: no capabilities exchange within {} ms; closing", link.describe(), rt.options().cerTimeoutMs());
      close();
    }
  }

  /** Orderly disconnect (RFC 6733 §5.4): DPR, then close on DPA or after a grace period. */
  Future<Void> disconnectFromAnyThread() {
    link.context().runOnContext(v -> {
      if (state.isOpen()) {
        link.send(rt.base().dpr(nextHopByHop++));
        enterClosing();
      } else {
        close();
      }
    });
    return closed.future();
  }

  void loseElection() {
    link.context().runOnContext(v -> close());
  }

  /** Whether this connection's peer still answers ({@link LivenessProbe}); callable from any thread. */
  Future<Boolean> probeFromAnyThread() {
    Promise<Boolean> alive = Promise.promise();
    link.context().runOnContext(v -> {
      if (!state.isOpen()) {
        // closing: gone; still in its TLS handshake after the CEA: kept, the CER timer bounds that
        alive.complete(state != PeerState.CLOSING && state != PeerState.CLOSED);
        return;
      }
      liveness.start(() -> link.send(rt.base().dwr(nextHopByHop++)), () -> {
        log.warn("{}: {} silent for {} ms after a DWR while another connection claimed its name; closing",
            link.describe(), peerHost, liveness.boundMs());
        close();
      }).onComplete(alive);
    });
    return alive.future();
  }

  /** Closes the transport; what was already queued (an error answer, a CEA) is written first. */
  private void close() {
    if (state != PeerState.CLOSED) {
      moveTo(PeerState.CLOSING);
      link.close();
    }
  }

  @Override
  public void onClosed() {
    cancelTimer();
    moveTo(PeerState.CLOSED);
    rt.table().remove(this);
    liveness.onClosed();
    pending.failAll(new PeerUnavailableException(String.valueOf(peerHost)));
    log.info("{}: closed", link.describe());
    closed.tryComplete();
  }

  private void moveTo(PeerState next) {
    rt.metrics().peerPhase(state.phase(), next.phase());
    state = next;
  }

  private byte[] errorAnswer(DiameterMessage request, DecodeProblem problem) {
    return ErrorAnswers.build(request, problem, rt.identity().originHost(), rt.identity().realm());
  }

  private void cancelTimer() {
    if (timerId >= 0) {
      rt.vertx().cancelTimer(timerId);
      timerId = -1;
    }
  }

  String peerHost() {
    return peerHost;
  }

  /** The subscribers this peer may ask about, for the handlers of its requests. */
  ImsiRange imsiRange() {
    return grant.imsis();
  }

  Context context() {
    return link.context();
  }
}
