package org.reactivehss.diameter.peer;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.EncodedHeader;
import org.reactivehss.diameter.codec.InboundFrame;
import org.reactivehss.diameter.peer.PeerAction.AnswerError;
import org.reactivehss.diameter.peer.PeerAction.Refuse;
import org.reactivehss.diameter.peer.PeerAction.SendCea;
import org.reactivehss.diameter.peer.PeerAction.TearDown;
import org.reactivehss.diameter.peer.PeerEvent.Admitted;
import org.reactivehss.diameter.peer.PeerEvent.Received;
import org.reactivehss.diameter.peer.PeerEvent.Signal;
import org.reactivehss.diameter.peer.PeerEvent.Verdict;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.diameter.transport.LinkHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Diameter peer connection: the shell around {@link PeerFsm}. Every input (a frame, the
 * transport closing, a timer, the TLS handshake, the peer table's decision, a shutdown) becomes a
 * {@link PeerEvent}; {@code fire} asks the state machine once and performs the actions it returns.
 * Nothing else changes its state. Everything here runs on the link's event loop; no field is
 * touched from another thread (the *FromAnyThread methods hop onto it).
 */
final class PeerLink implements LinkHandler {
  private static final Logger log = LoggerFactory.getLogger(PeerLink.class);

  /**
   * How long to wait for the peer to close after DPA, or for a DPA after our DPR (RFC 6733 §5.4).
   */
  private static final long CLOSING_GRACE_MS = 2_000;

  /** How long a snapshot may take to come back from this connection's loop. */
  private static final long SNAPSHOT_WAIT_MS = 2_000;

  private final Link link;
  private final PeerRuntime rt;
  private final PendingRequests pending;
  private final LivenessProbe liveness;
  private final OpenRequests requests;
  private final PeerHandshake handshake;
  private PeerState state;
  private Watchdog watchdog;
  private long timerId = -1;
  private int nextHopByHop = ThreadLocalRandom.current().nextInt();
  private final Instant connectedSince = Instant.now();
  private final Promise<Void> closed = Promise.promise();

  private PeerLink(Link link, PeerRuntime rt, PeerState initial, String expectedHost) {
    this.link = link;
    this.rt = rt;
    this.state = initial;
    rt.metrics().peerPhase(null, initial.phase());
    this.pending = new PendingRequests(rt.vertx(), rt.options().requestTimeoutMs(), rt.metrics());
    this.liveness = new LivenessProbe(rt.vertx(), rt.options());
    this.requests = new OpenRequests(this, link, rt);
    this.handshake = new PeerHandshake(link, rt, expectedHost);
  }

  /** A connection a peer opened: it must send CER within the CER timeout (RFC 6733 §5.3). */
  static PeerLink responder(Link link, PeerRuntime rt) {
    PeerLink p = new PeerLink(link, rt, PeerState.WAIT_CER, null);
    p.startCerTimer();
    return p;
  }

  /**
   * A connection this HSS opened to {@code expectedHost}: send CER and wait for CEA (Wait-I-CEA).
   */
  static PeerLink initiator(Link link, PeerRuntime rt, String expectedHost) {
    PeerLink p = new PeerLink(link, rt, PeerState.WAIT_I_CEA, expectedHost);
    rt.table().dialingStarted(expectedHost, p);
    link.send(rt.capabilities().cer(link));
    p.startCerTimer();
    return p;
  }

  /**
   * Decode problems inside a message are the actions' to answer; only a lost stream is an event of
   * its own.
   */
  @Override
  public void onInbound(InboundFrame frame) {
    DiameterMessage m = frame instanceof DecodeResult result ? result.message() : null;
    if (m == null) {
      log.warn(
          "{}: {}; closing",
          link.describe(),
          frame instanceof DecodeResult result
              ? "undecodable message header (" + result.problem() + ")"
              : "stream cannot be framed (" + frame + ")");
      fire(Signal.UNFRAMEABLE);
      return;
    }
    // RFC 3539 §3.4.1: any message counts as a watchdog answer
    if (watchdog != null) {
      watchdog.onReceive(System.currentTimeMillis());
    }
    liveness.onReceive();
    fire(Received.of(m), m, ((DecodeResult) frame).problem());
  }

  @Override
  public void onClosed() {
    fire(Signal.TRANSPORT_CLOSED);
  }

  private void fire(PeerEvent event) {
    fire(event, null, null);
  }

  /**
   * The one place the state changes: the transition, then its actions in order; an action's outcome
   * (a CER evaluated, a DPA sent) is the next event. {@code m} is the message that caused {@code
   * event}, or null. If an action ends in a nested event that moves the state (a write that fails
   * closes the transport at once), the rest of this transition's actions no longer apply.
   */
  private void fire(PeerEvent event, DiameterMessage m, DecodeProblem problem) {
    PeerEvent next = event;
    while (next != null) {
      PeerState from = state;
      PeerFsm.Transition t = PeerFsm.transition(from, next);
      moveTo(t.next());
      List<PeerAction> actions = t.actions();
      next = null;
      for (int i = 0; i < actions.size() && state == t.next(); i++) {
        PeerEvent raised = perform(actions.get(i), from, m, problem);
        if (raised != null) {
          next = raised;
        }
      }
    }
  }

  private PeerEvent perform(
      PeerAction action, PeerState from, DiameterMessage m, DecodeProblem problem) {
    if (action instanceof PeerAction.Do d) {
      return perform(d, m, problem);
    }
    if (action instanceof SendCea cea) {
      link.send(handshake.cea(cea.code(), cea.startTls()));
    } else if (action instanceof Refuse refuse) {
      link.send(rt.capabilities().refusal(m, refuse.problem(), link.localAddress()));
    } else if (action instanceof AnswerError error) {
      requests.answerError(m, error.problem());
    } else if (action instanceof TearDown down) {
      tearDown(down.why(), from, m);
    }
    return null;
  }

  private PeerEvent perform(PeerAction.Do action, DiameterMessage m, DecodeProblem problem) {
    switch (action) {
      case EVALUATE_CER:
        return handshake.evaluateCer(m, problem);
      case ELECT:
        return elect();
      case EVALUATE_CEA:
        PeerEvent answered = handshake.evaluateCea(m);
        return answered instanceof Admitted && !rt.table().admitInitiator(this)
            ? Verdict.NAME_IN_USE
            : answered;
      case DISPATCH:
        requests.dispatch(m, problem);
        return null;
      case ANSWER_DWR:
        requests.answerDwr(m, problem);
        return null;
      case ANSWER_DPR:
        return requests.answerDpr(m, problem) ? Verdict.DPA_SENT : null;
      case REFUSE_BASE_REQUEST:
        requests.refuseBaseRequest(m, problem);
        return null;
      case COMPLETE_PENDING:
        if (!pending.complete(m)) {
          log.debug("{}: unsolicited answer {} dropped", link.describe(), BaseProtocol.describe(m));
        }
        return null;
      case START_TLS:
        rt.capabilities()
            .startTls(link, handshake.peerHost())
            .onComplete(done -> fire(done.succeeded() ? Signal.TLS_DONE : Signal.TLS_FAILED));
        return null;
      case START_WATCHDOG:
        cancelTimer();
        log.info(
            "{}: {} with {} (applications {})",
            link.describe(),
            state,
            handshake.peerHost(),
            handshake.applications());
        watchdog = new Watchdog(rt.options().watchdogIntervalMs(), System.currentTimeMillis());
        armWatchdog();
        return null;
      case ARM_WATCHDOG:
        armWatchdog();
        return null;
      case SEND_DWR:
        link.send(rt.base().dwr(nextHopByHop++));
        return null;
      case SEND_DPR:
        link.send(rt.base().dpr(nextHopByHop++));
        return null;
      case START_CLOSING_GRACE:
        cancelTimer();
        timerId =
            rt.vertx().setTimer(CLOSING_GRACE_MS, t -> timerFired(Signal.CLOSING_GRACE_EXPIRED));
        return null;
      case LEAVE_TABLE:
        rt.table().remove(this);
        return null;
      case SIGNAL_CLOSED:
        log.info("{}: closed", link.describe());
        closed.tryComplete();
        return null;
      default:
        throw new IllegalStateException("no action " + action);
    }
  }

  /** The peer table's decision; when it must first ask another connection, it arrives later. */
  private PeerEvent elect() {
    Future<PeerTable.Admission> decision = rt.table().admitResponder(this);
    if (decision.isComplete()) {
      return handshake.admission(decision.result());
    }
    decision.onComplete(
        ar -> link.context().runOnContext(v -> fire(handshake.admission(ar.result()))));
    return null;
  }

  /**
   * The end of this connection, whatever the reason: nothing more is sent after what is queued, the
   * peer table no longer holds it, and requests this HSS sent on it fail.
   */
  private void tearDown(PeerAction.Why why, PeerState from, DiameterMessage m) {
    TearDownLog.log(why, from, m, link, handshake, rt.options().cerTimeoutMs(), liveness.boundMs());
    cancelTimer();
    rt.table().remove(this);
    liveness.onClosed();
    pending.failAll(new PeerUnavailableException(String.valueOf(handshake.peerHost())));
    if (why != PeerAction.Why.TRANSPORT_CLOSED) {
      link.close();
    }
  }

  private void startCerTimer() {
    timerId = rt.vertx().setTimer(rt.options().cerTimeoutMs(), t -> timerFired(Signal.CER_TIMEOUT));
  }

  private void armWatchdog() {
    timerId =
        rt.vertx()
            .setTimer(
                watchdog.nextDelayMs(),
                t ->
                    timerFired(
                        switch (watchdog.onTimer(System.currentTimeMillis())) {
                          case SEND_DWR -> Signal.WATCHDOG_DWR_DUE;
                          case CLOSE -> Signal.WATCHDOG_DOWN;
                          case NONE -> Signal.WATCHDOG_QUIET;
                        }));
  }

  private void timerFired(Signal event) {
    timerId = -1;
    fire(event);
  }

  /** The handler's answer (or the problem that replaced it) for a dispatched request. */
  void sendAnswer(DiameterMessage request, byte[] answer, DecodeProblem problem) {
    requests.finished(request, answer, problem, state != PeerState.CLOSED);
  }

  void sendRequest(byte[] request, Promise<DiameterMessage> promise) {
    if (!state.isOpen()) {
      promise.tryFail(new PeerUnavailableException(String.valueOf(handshake.peerHost())));
      return;
    }
    int hbh = nextHopByHop++;
    pending.add(hbh, request, promise);
    byte[] stamped = request.clone();
    EncodedHeader.setHopByHop(stamped, hbh);
    link.send(stamped);
  }

  /** Orderly disconnect (RFC 6733 §5.4): DPR, then close on DPA or after a grace period. */
  Future<Void> disconnectFromAnyThread() {
    link.context().runOnContext(v -> fire(Signal.STOP));
    return closed.future();
  }

  /** The peer table gave this peer's name to the peer's own connection (RFC 6733 §5.6.4). */
  void loseElection() {
    link.context().runOnContext(v -> fire(Verdict.ELECTION_LOST));
  }

  /**
   * Whether this connection's peer still answers ({@link LivenessProbe}); callable from any thread.
   */
  Future<Boolean> probeFromAnyThread() {
    Promise<Boolean> alive = Promise.promise();
    link.context()
        .runOnContext(
            v -> {
              if (!state.isOpen()) {
                // ending: gone; not open yet (TLS handshake after the CEA): kept, the CER timer
                // bounds that
                alive.complete(!state.isEnding());
                return;
              }
              liveness
                  .start(
                      () -> link.send(rt.base().dwr(nextHopByHop++)),
                      () -> fire(Signal.PEER_SILENT))
                  .onComplete(alive);
            });
    return alive.future();
  }

  /**
   * This connection as its event loop sees it now, for the peers page; callable from any thread
   * (the fields are read on the link's own loop, never from the caller's).
   */
  Future<PeerSnapshot> snapshotFromAnyThread() {
    Promise<PeerSnapshot> seen = Promise.promise();
    // a loop that is gone (undeployed while asked) must not hold the caller's answer
    long giveUp = rt.vertx().setTimer(SNAPSHOT_WAIT_MS, t -> seen.tryFail("no snapshot in time"));
    link.context()
        .runOnContext(
            v ->
                seen.tryComplete(
                    new PeerSnapshot(
                        handshake.peerHost(),
                        state.name(),
                        Set.copyOf(handshake.applications()),
                        link.describe(),
                        link.isTls(),
                        connectedSince,
                        requests.inFlight())));
    return seen.future().onComplete(done -> rt.vertx().cancelTimer(giveUp));
  }

  private void moveTo(PeerState next) {
    if (next != state) {
      if (next.phase() != state.phase()) {
        rt.metrics().peerPhase(state.phase(), next.phase());
      }
      state = next;
    }
  }

  private void cancelTimer() {
    if (timerId >= 0) {
      rt.vertx().cancelTimer(timerId);
      timerId = -1;
    }
  }

  String peerHost() {
    return handshake.peerHost();
  }

  /** The applications agreed in the capabilities exchange. */
  Set<Integer> applications() {
    return handshake.applications();
  }

  PeerGrant grant() {
    return handshake.grant();
  }

  /** The subscribers this peer may ask about, for the handlers of its requests. */
  ImsiRange imsiRange() {
    return handshake.grant().imsis();
  }

  Context context() {
    return link.context();
  }
}
