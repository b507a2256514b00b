package org.reactivehss.diameter.peer;

import static org.reactivehss.diameter.peer.PeerAction.Do.ANSWER_DPR;
import static org.reactivehss.diameter.peer.PeerAction.Do.ANSWER_DWR;
import static org.reactivehss.diameter.peer.PeerAction.Do.ARM_WATCHDOG;
import static org.reactivehss.diameter.peer.PeerAction.Do.COMPLETE_PENDING;
import static org.reactivehss.diameter.peer.PeerAction.Do.DISPATCH;
import static org.reactivehss.diameter.peer.PeerAction.Do.ELECT;
import static org.reactivehss.diameter.peer.PeerAction.Do.EVALUATE_CEA;
import static org.reactivehss.diameter.peer.PeerAction.Do.EVALUATE_CER;
import static org.reactivehss.diameter.peer.PeerAction.Do.LEAVE_TABLE;
import static org.reactivehss.diameter.peer.PeerAction.Do.REFUSE_BASE_REQUEST;
import static org.reactivehss.diameter.peer.PeerAction.Do.SEND_DPR;
import static org.reactivehss.diameter.peer.PeerAction.Do.SEND_DWR;
import static org.reactivehss.diameter.peer.PeerAction.Do.SIGNAL_CLOSED;
import static org.reactivehss.diameter.peer.PeerAction.Do.START_CLOSING_GRACE;
import static org.reactivehss.diameter.peer.PeerAction.Do.START_TLS;
import static org.reactivehss.diameter.peer.PeerAction.Do.START_WATCHDOG;

import java.util.Arrays;
import java.util.List;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.PeerAction.AnswerError;
import org.reactivehss.diameter.peer.PeerAction.Refuse;
import org.reactivehss.diameter.peer.PeerAction.SendCea;
import org.reactivehss.diameter.peer.PeerAction.TearDown;
import org.reactivehss.diameter.peer.PeerAction.Why;
import org.reactivehss.diameter.peer.PeerEvent.Admitted;
import org.reactivehss.diameter.peer.PeerEvent.CerInvalid;
import org.reactivehss.diameter.peer.PeerEvent.CerRefused;
import org.reactivehss.diameter.peer.PeerEvent.Received;
import org.reactivehss.diameter.peer.PeerEvent.Signal;
import org.reactivehss.diameter.peer.PeerEvent.Verdict;

/**
 * The state machine of one peer connection, RFC 6733 §5.6 with the RFC 3539 watchdog: one pure
 * function from (state, event) to the next state and the actions to take. It touches nothing;
 * {@link PeerLink} feeds it events and performs the actions.
 *
 * <p>Rules that hold in every state but CLOSED: a stream that cannot be framed, a Stop, a lost
 * election, a probe left unanswered or the transport closing tear the connection down; a message a
 * state does not expect tears it down too, loudly (§5.6: Error); a timer or an outcome that arrives
 * after its state has passed changes nothing.
 */
final class PeerFsm {
  /** §5.3, §5.6.1: on a connection the peer opened, nothing before CER. */
  static final DecodeProblem CAPABILITIES_FIRST =
      DecodeProblem.of(
          ResultCodes.DIAMETER_UNKNOWN_PEER, null, "capabilities exchange first (RFC 6733 §5.3)");

  /** A request after our DPR or our DPA: the connection delivers nothing more (§5.4). */
  static final DecodeProblem DISCONNECTING =
      DecodeProblem.of(ResultCodes.DIAMETER_UNABLE_TO_DELIVER, null, "disconnecting");

  // The request path of an open connection: no allocation per request.
  private static final Transition DISPATCH_IN_R_OPEN =
      new Transition(PeerState.R_OPEN, List.of(DISPATCH));
  private static final Transition DISPATCH_IN_I_OPEN =
      new Transition(PeerState.I_OPEN, List.of(DISPATCH));

  private PeerFsm() {}

  /** The next state and what to do, in order. */
  record Transition(PeerState next, List<PeerAction> actions) {}

  static Transition transition(PeerState state, PeerEvent event) {
    return switch (state) {
      case WAIT_CER -> waitCer(event);
      case WAIT_RETURNS -> waitReturns(event);
      case WAIT_I_CEA -> waitICea(event);
      case WAIT_R_TLS, WAIT_I_TLS -> waitTls(state, event);
      case R_OPEN, I_OPEN -> open(state, event);
      case CLOSING -> closing(event);
      case CLOSED -> closed(event);
    };
  }

  /** §5.6 Closed + R-Conn-CER: only a CER may come first (§5.6.1). */
  private static Transition waitCer(PeerEvent event) {
    if (event == Received.CER) {
      return stay(PeerState.WAIT_CER, EVALUATE_CER);
    }
    if (event instanceof Received r && r.isRequest()) {
      return tearDown(Why.UNEXPECTED_MESSAGE, new Refuse(CAPABILITIES_FIRST));
    }
    if (event instanceof CerInvalid invalid) {
      return tearDown(Why.CER_INVALID, new Refuse(invalid.problem()));
    }
    if (event instanceof CerRefused refused) {
      return tearDown(Why.CER_REFUSED, new SendCea(refused.code(), false));
    }
    if (event == Verdict.CER_ACCEPTED) {
      return new Transition(PeerState.WAIT_RETURNS, List.of(ELECT));
    }
    if (event == Signal.CER_TIMEOUT) {
      return tearDown(Why.CER_TIMEOUT);
    }
    return anyLiveState(PeerState.WAIT_CER, event);
  }

  /**
   * §5.6 Wait-Returns: the peer table decides (the §5.6.4 election, or whether the open connection
   * of the same peer still answers). The CER timer does not run: the decision has its own bound.
   */
  private static Transition waitReturns(PeerEvent event) {
    if (event instanceof Admitted admitted) {
      return admitted.startTls()
          ? new Transition(
              PeerState.WAIT_R_TLS,
              List.of(new SendCea(ResultCodes.DIAMETER_SUCCESS, true), START_TLS))
          : new Transition(
              PeerState.R_OPEN,
              List.of(new SendCea(ResultCodes.DIAMETER_SUCCESS, false), START_WATCHDOG));
    }
    if (event == Verdict.ELECTION_LOST) {
      return tearDown(Why.ELECTION_LOST, new SendCea(ResultCodes.ELECTION_LOST, false));
    }
    if (event == Verdict.NAME_IN_USE) {
      // 5012, not 4003: the name is in use, the sender is not unknown (§7.1.5; docs/diameter.md)
      return tearDown(Why.NAME_IN_USE, new SendCea(ResultCodes.DIAMETER_UNABLE_TO_COMPLY, false));
    }
    if (event == Signal.CER_TIMEOUT) {
      return stay(PeerState.WAIT_RETURNS);
    }
    return anyLiveState(PeerState.WAIT_RETURNS, event);
  }

  /** §5.6 Wait-I-CEA: our CER is out. */
  private static Transition waitICea(PeerEvent event) {
    if (event == Received.CEA) {
      return stay(PeerState.WAIT_I_CEA, EVALUATE_CEA);
    }
    if (event instanceof Admitted admitted) {
      return admitted.startTls()
          ? new Transition(PeerState.WAIT_I_TLS, List.of(START_TLS))
          : new Transition(PeerState.I_OPEN, List.of(START_WATCHDOG));
    }
    if (event == Verdict.CEA_REFUSED) {
      return tearDown(Why.CEA_REFUSED);
    }
    if (event == Verdict.NAME_IN_USE) {
      return tearDown(Why.NAME_IN_USE);
    }
    if (event == Signal.CER_TIMEOUT) {
      return tearDown(Why.CER_TIMEOUT);
    }
    return anyLiveState(PeerState.WAIT_I_CEA, event);
  }

  /** RFC 3588 §6.10: TLS right after the CEA; the CER timer still bounds the handshake. */
  private static Transition waitTls(PeerState state, PeerEvent event) {
    if (event == Signal.TLS_DONE) {
      return new Transition(
          state == PeerState.WAIT_R_TLS ? PeerState.R_OPEN : PeerState.I_OPEN,
          List.of(START_WATCHDOG));
    }
    if (event == Signal.TLS_FAILED) {
      return tearDown(Why.TLS_FAILED);
    }
    if (event == Signal.CER_TIMEOUT) {
      return tearDown(Why.CER_TIMEOUT);
    }
    return anyLiveState(state, event);
  }

  /** §5.6 R-Open / I-Open, with the RFC 3539 §3.4 watchdog. */
  private static Transition open(PeerState state, PeerEvent event) {
    if (event == Received.APPLICATION_REQUEST) {
      return state == PeerState.R_OPEN ? DISPATCH_IN_R_OPEN : DISPATCH_IN_I_OPEN;
    }
    if (event instanceof Received r) {
      return switch (r) {
        case DWR -> stay(state, ANSWER_DWR);
        case DPR -> stay(state, ANSWER_DPR);
        case CER, OTHER_BASE_REQUEST -> stay(state, REFUSE_BASE_REQUEST);
        case DWA -> stay(state);
        case CEA, DPA, OTHER_ANSWER -> stay(state, COMPLETE_PENDING);
        case APPLICATION_REQUEST -> stay(state, DISPATCH);
      };
    }
    if (event == Verdict.DPA_SENT) {
      return new Transition(PeerState.CLOSING, List.of(START_CLOSING_GRACE));
    }
    if (event == Signal.STOP) {
      return new Transition(PeerState.CLOSING, List.of(SEND_DPR, START_CLOSING_GRACE));
    }
    if (event == Signal.WATCHDOG_DWR_DUE) {
      return stay(state, SEND_DWR, ARM_WATCHDOG);
    }
    if (event == Signal.WATCHDOG_QUIET) {
      return stay(state, ARM_WATCHDOG);
    }
    if (event == Signal.WATCHDOG_DOWN) {
      return tearDown(Why.WATCHDOG_DOWN);
    }
    return anyLiveState(state, event);
  }

  /**
   * §5.6 Closing: our DPR awaits its DPA, or our DPA awaits the peer's close; both bounded (§5.4).
   */
  private static Transition closing(PeerEvent event) {
    if (event == Received.DPA) {
      return tearDown(Why.DPA_RECEIVED);
    }
    if (event instanceof Received r) {
      return r.isRequest()
          ? stay(PeerState.CLOSING, new AnswerError(DISCONNECTING))
          : stay(PeerState.CLOSING, COMPLETE_PENDING);
    }
    if (event == Signal.CLOSING_GRACE_EXPIRED) {
      return tearDown(Why.CLOSING_GRACE_EXPIRED);
    }
    return anyLiveState(PeerState.CLOSING, event);
  }

  private static Transition closed(PeerEvent event) {
    if (event == Signal.TRANSPORT_CLOSED) {
      return stay(PeerState.CLOSED, SIGNAL_CLOSED);
    }
    if (event instanceof Admitted
        || event == Verdict.ELECTION_LOST
        || event == Verdict.NAME_IN_USE) {
      return stay(PeerState.CLOSED, LEAVE_TABLE);
    }
    return stay(PeerState.CLOSED);
  }

  /** What every state but CLOSED does with an event it has no row of its own for. */
  private static Transition anyLiveState(PeerState state, PeerEvent event) {
    if (event instanceof Received) {
      return tearDown(Why.UNEXPECTED_MESSAGE);
    }
    if (event instanceof Signal s) {
      switch (s) {
        case UNFRAMEABLE:
          return tearDown(Why.UNFRAMEABLE);
        case TRANSPORT_CLOSED:
          return new Transition(
              PeerState.CLOSED, List.of(new TearDown(Why.TRANSPORT_CLOSED), SIGNAL_CLOSED));
        case STOP:
          return tearDown(Why.STOPPED);
        case PEER_SILENT:
          return tearDown(Why.PEER_SILENT);
        default:
          return stay(state);
      }
    }
    if (event == Verdict.ELECTION_LOST) {
      return tearDown(Why.ELECTION_LOST);
    }
    return stay(state);
  }

  private static Transition stay(PeerState state, PeerAction... actions) {
    return new Transition(state, List.of(actions));
  }

  /** First what must still reach the peer (a refusal), then the teardown. */
  private static Transition tearDown(Why why, PeerAction... before) {
    PeerAction[] all = Arrays.copyOf(before, before.length + 1);
    all[before.length] = new TearDown(why);
    return new Transition(PeerState.CLOSED, List.of(all));
  }
}
