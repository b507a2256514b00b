package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.transport.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests of an open (or closing) connection, as {@link PeerFsm}'s actions call for them (RFC
 * 6733 §5.6: Process, Process-DWR, Snd-DWA, Snd-DPA). Every request is counted on arrival and first
 * passes the checks of {@link BaseProtocol#check} and the peer's {@link PeerGrant}; an answer built
 * here is measured here, application answers by {@link RequestDispatcher}. Runs on the connection's
 * event loop, like {@link PeerLink}.
 */
final class OpenRequests {
  private static final Logger log = LoggerFactory.getLogger(OpenRequests.class);
  private static final DecodeProblem CAPABILITIES_DONE =
      DecodeProblem.of(
          ResultCodes.DIAMETER_UNABLE_TO_COMPLY, null, "capabilities already exchanged");
  private static final DecodeProblem BUSY =
      DecodeProblem.of(ResultCodes.DIAMETER_TOO_BUSY, null, "too many requests in progress");

  private final PeerLink owner;
  private final Link link;
  private final PeerRuntime rt;

  /**
   * Application requests of this connection now inside the HSS (bounded by {@link InFlightLimit}).
   */
  private int inFlight;

  OpenRequests(PeerLink owner, Link link, PeerRuntime rt) {
    this.owner = owner;
    this.link = link;
    this.rt = rt;
  }

  /** Application requests of this connection inside the HSS now; on the connection's loop only. */
  int inFlight() {
    return inFlight;
  }

  /** An application request goes to its handler, unless a check or the in-flight limit stops it. */
  void dispatch(DiameterMessage request, DecodeProblem decoding) {
    long arrived = System.nanoTime();
    DecodeProblem p = checked(request, decoding);
    if (p == null && !rt.inFlight().tryAcquire(inFlight)) {
      p = BUSY;
    }
    if (p != null) {
      answerHere(request, errorAnswer(request, p), p.resultCode(), arrived);
      return;
    }
    inFlight++;
    rt.dispatcher().dispatch(request, owner, arrived);
  }

  void answerDwr(DiameterMessage dwr, DecodeProblem decoding) {
    long arrived = System.nanoTime();
    DecodeProblem p = checked(dwr, decoding);
    answerHere(
        dwr,
        p == null ? rt.base().dwa(dwr) : errorAnswer(dwr, p),
        p == null ? ResultCodes.DIAMETER_SUCCESS.code() : p.resultCode(),
        arrived);
  }

  /**
   * True when the DPR was answered with DPA; one that fails the checks gets an error answer
   * instead.
   */
  boolean answerDpr(DiameterMessage dpr, DecodeProblem decoding) {
    long arrived = System.nanoTime();
    DecodeProblem p = checked(dpr, decoding);
    if (p != null) {
      answerHere(dpr, errorAnswer(dpr, p), p.resultCode(), arrived);
      return false;
    }
    log.info("{}: DPR from {}", link.describe(), owner.peerHost());
    answerHere(dpr, rt.base().dpa(dpr), ResultCodes.DIAMETER_SUCCESS.code(), arrived);
    return true;
  }

  /** A base request an open connection does not serve (a second CER, an unknown command). */
  void refuseBaseRequest(DiameterMessage request, DecodeProblem decoding) {
    long arrived = System.nanoTime();
    DecodeProblem p = checked(request, decoding);
    answerError(request, p != null ? p : CAPABILITIES_DONE, arrived);
  }

  /** An error answer decided by the state (a request while closing), without the checks. */
  void answerError(DiameterMessage request, DecodeProblem problem) {
    long arrived = System.nanoTime();
    rt.metrics().diameterRequest(request.applicationId(), request.commandCode());
    answerError(request, problem, arrived);
  }

  /** The handler's answer (or the problem that replaced it); sent unless the connection is gone. */
  void finished(DiameterMessage request, byte[] answer, DecodeProblem problem, boolean connected) {
    inFlight--;
    rt.inFlight().release();
    if (connected) {
      link.send(answer != null ? answer : errorAnswer(request, problem));
    }
  }

  /** Counts the request, then what stops it before its handler, or null. */
  private DecodeProblem checked(DiameterMessage request, DecodeProblem decoding) {
    rt.metrics().diameterRequest(request.applicationId(), request.commandCode());
    DecodeProblem p = decoding != null ? decoding : rt.base().check(request, owner.applications());
    return p != null ? p : owner.grant().check(request, link, owner.peerHost(), rt.metrics());
  }

  private void answerError(DiameterMessage request, DecodeProblem problem, long arrived) {
    answerHere(request, errorAnswer(request, problem), problem.resultCode(), arrived);
  }

  /**
   * An answer this connection builds itself (base protocol, checks that failed): sent and measured.
   */
  private void answerHere(DiameterMessage request, byte[] answer, long resultCode, long arrived) {
    link.send(answer);
    rt.metrics()
        .diameterAnswer(
            request.applicationId(),
            request.commandCode(),
            resultCode,
            false,
            System.nanoTime() - arrived);
  }

  private byte[] errorAnswer(DiameterMessage request, DecodeProblem problem) {
    return ErrorAnswers.build(request, problem, rt.identity().originHost(), rt.identity().realm());
  }
}
