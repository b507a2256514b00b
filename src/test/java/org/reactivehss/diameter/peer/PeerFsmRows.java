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
import static org.reactivehss.diameter.peer.PeerEvent.Received.APPLICATION_REQUEST;
import static org.reactivehss.diameter.peer.PeerEvent.Received.CEA;
import static org.reactivehss.diameter.peer.PeerEvent.Received.CER;
import static org.reactivehss.diameter.peer.PeerEvent.Received.DPA;
import static org.reactivehss.diameter.peer.PeerEvent.Received.DPR;
import static org.reactivehss.diameter.peer.PeerEvent.Received.DWA;
import static org.reactivehss.diameter.peer.PeerEvent.Received.DWR;
import static org.reactivehss.diameter.peer.PeerEvent.Received.OTHER_ANSWER;
import static org.reactivehss.diameter.peer.PeerEvent.Received.OTHER_BASE_REQUEST;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.CER_TIMEOUT;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.CLOSING_GRACE_EXPIRED;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.PEER_SILENT;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.STOP;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.TLS_DONE;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.TLS_FAILED;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.TRANSPORT_CLOSED;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.UNFRAMEABLE;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.WATCHDOG_DOWN;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.WATCHDOG_DWR_DUE;
import static org.reactivehss.diameter.peer.PeerEvent.Signal.WATCHDOG_QUIET;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.CEA_REFUSED;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.CER_ACCEPTED;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.DPA_SENT;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.ELECTION_LOST;
import static org.reactivehss.diameter.peer.PeerEvent.Verdict.NAME_IN_USE;
import static org.reactivehss.diameter.peer.PeerState.CLOSED;
import static org.reactivehss.diameter.peer.PeerState.CLOSING;
import static org.reactivehss.diameter.peer.PeerState.I_OPEN;
import static org.reactivehss.diameter.peer.PeerState.R_OPEN;
import static org.reactivehss.diameter.peer.PeerState.WAIT_CER;
import static org.reactivehss.diameter.peer.PeerState.WAIT_I_CEA;
import static org.reactivehss.diameter.peer.PeerState.WAIT_I_TLS;
import static org.reactivehss.diameter.peer.PeerState.WAIT_RETURNS;
import static org.reactivehss.diameter.peer.PeerState.WAIT_R_TLS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
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
 * The peer state machine as data, for {@link PeerFsmTest}: what each state does with each event.
 * "§5.6" cites the RFC 6733 state table; rows marked "stale" are events whose moment has passed (a
 * timer or an outcome for a state the connection has left), which change nothing.
 */
final class PeerFsmRows {
  static final DecodeProblem INVALID_HOST =
      DecodeProblem.of(
          ResultCodes.DIAMETER_INVALID_AVP_VALUE, null, "Origin-Host is not a DiameterIdentity");
  static final PeerEvent CER_INVALID = new CerInvalid(INVALID_HOST);
  static final PeerEvent CER_REFUSED = new CerRefused(ResultCodes.DIAMETER_NO_COMMON_APPLICATION);
  static final PeerEvent ADMITTED = new Admitted(false);
  static final PeerEvent ADMITTED_TLS = new Admitted(true);

  static final List<PeerEvent> EVENTS =
      Stream.of(
              Stream.of(Received.values()),
              Stream.of(Signal.values()),
              Stream.of(Verdict.values()),
              Stream.of(CER_INVALID, CER_REFUSED, ADMITTED, ADMITTED_TLS))
          .flatMap(s -> s)
          .map(PeerEvent.class::cast)
          .toList();

  private static final List<PeerEvent> REQUESTS =
      List.of(CER, DWR, DPR, OTHER_BASE_REQUEST, APPLICATION_REQUEST);
  private static final List<PeerEvent> ANSWERS = List.of(CEA, DWA, DPA, OTHER_ANSWER);
  private static final List<PeerEvent> MESSAGES =
      Stream.concat(REQUESTS.stream(), ANSWERS.stream()).toList();
  private static final List<PeerEvent> WATCHDOG =
      List.of(WATCHDOG_DWR_DUE, WATCHDOG_QUIET, WATCHDOG_DOWN);
  private static final List<PeerState> OPEN = List.of(R_OPEN, I_OPEN);
  private static final List<PeerState> TLS = List.of(WAIT_R_TLS, WAIT_I_TLS);

  /** Marks a row whose state does not change. */
  private static final PeerState SAME = null;

  record Row(
      PeerState state, PeerEvent event, PeerState next, List<PeerAction> actions, String why) {
    @Override
    public String toString() {
      return state + " + " + event + " -> " + next + " " + actions + " (" + why + ")";
    }
  }

  static final List<Row> ALL = build();

  private PeerFsmRows() {}

  private static List<Row> build() {
    Table t = new Table();
    List<PeerState> live = List.copyOf(EnumSet.complementOf(EnumSet.of(CLOSED)));

    // Every state but Closed
    t.rows(
        live,
        List.of(UNFRAMEABLE),
        CLOSED,
        "stream lost: nothing after it can be trusted",
        down(Why.UNFRAMEABLE));
    t.rows(
        live,
        List.of(TRANSPORT_CLOSED),
        CLOSED,
        "§5.6 Peer-Disc: Cleanup",
        down(Why.TRANSPORT_CLOSED),
        SIGNAL_CLOSED);
    t.rows(
        live,
        List.of(PEER_SILENT),
        CLOSED,
        "RFC 3539 §3.4: peer restarted behind this connection",
        down(Why.PEER_SILENT));
    t.rows(
        without(live, R_OPEN, I_OPEN),
        List.of(STOP),
        CLOSED,
        "§5.6 Stop before Open or in Closing: Disc",
        down(Why.STOPPED));
    t.rows(
        without(live, WAIT_RETURNS),
        List.of(ELECTION_LOST),
        CLOSED,
        "§5.6.4: the other connection won",
        down(Why.ELECTION_LOST));

    // Wait-Conn-Ack for a responder: a CER first (§5.6.1)
    t.row(WAIT_CER, CER, SAME, "§5.6 R-Conn-CER: Process-CER", EVALUATE_CER);
    t.rows(
        List.of(WAIT_CER),
        without(REQUESTS, CER),
        CLOSED,
        "§5.6.1: CER first; 3010 then Disc",
        new Refuse(PeerFsm.CAPABILITIES_FIRST),
        down(Why.UNEXPECTED_MESSAGE));
    t.rows(List.of(WAIT_CER), ANSWERS, CLOSED, "§5.6.1: CER first", down(Why.UNEXPECTED_MESSAGE));
    t.row(
        WAIT_CER,
        CER_INVALID,
        CLOSED,
        "§4.3.1, §7: error answer, Disc",
        new Refuse(INVALID_HOST),
        down(Why.CER_INVALID));
    t.row(
        WAIT_CER,
        CER_REFUSED,
        CLOSED,
        "§5.3: CEA with the refusal, Disc",
        new SendCea(ResultCodes.DIAMETER_NO_COMMON_APPLICATION, false),
        down(Why.CER_REFUSED));
    t.row(WAIT_CER, CER_ACCEPTED, WAIT_RETURNS, "§5.6.4: Elect", ELECT);
    t.row(WAIT_CER, CER_TIMEOUT, CLOSED, "§5.6 Timeout: Error", down(Why.CER_TIMEOUT));
    t.stale(
        WAIT_CER,
        TLS_DONE,
        TLS_FAILED,
        CLOSING_GRACE_EXPIRED,
        CEA_REFUSED,
        NAME_IN_USE,
        DPA_SENT,
        ADMITTED,
        ADMITTED_TLS);
    t.stale(WAIT_CER, WATCHDOG);

    // Wait-Returns: the peer table decides
    t.rows(
        List.of(WAIT_RETURNS),
        MESSAGES,
        CLOSED,
        "§5.6.1: nothing before the CEA",
        down(Why.UNEXPECTED_MESSAGE));
    t.row(
        WAIT_RETURNS,
        ADMITTED,
        R_OPEN,
        "§5.6 Win-Election: R-Snd-CEA",
        new SendCea(ResultCodes.DIAMETER_SUCCESS, false),
        START_WATCHDOG);
    t.row(
        WAIT_RETURNS,
        ADMITTED_TLS,
        WAIT_R_TLS,
        "RFC 3588 §6.10: CEA, then TLS",
        new SendCea(ResultCodes.DIAMETER_SUCCESS, true),
        START_TLS);
    t.row(
        WAIT_RETURNS,
        ELECTION_LOST,
        CLOSED,
        "§5.6.4: CEA 4003, Disc",
        new SendCea(ResultCodes.ELECTION_LOST, false),
        down(Why.ELECTION_LOST));
    t.row(
        WAIT_RETURNS,
        NAME_IN_USE,
        CLOSED,
        "§5.6 R-Open + R-Conn-CER: R-Reject (5012)",
        new SendCea(ResultCodes.DIAMETER_UNABLE_TO_COMPLY, false),
        down(Why.NAME_IN_USE));
    t.stale(
        WAIT_RETURNS,
        CER_TIMEOUT,
        TLS_DONE,
        TLS_FAILED,
        CLOSING_GRACE_EXPIRED,
        CER_ACCEPTED,
        CEA_REFUSED,
        DPA_SENT,
        CER_INVALID,
        CER_REFUSED);
    t.stale(WAIT_RETURNS, WATCHDOG);

    // Wait-I-CEA: our CER is out
    t.row(WAIT_I_CEA, CEA, SAME, "§5.6 I-Rcv-CEA: Process-CEA", EVALUATE_CEA);
    t.rows(
        List.of(WAIT_I_CEA),
        without(MESSAGES, CEA),
        CLOSED,
        "§5.6 I-Rcv-Non-CEA: Error",
        down(Why.UNEXPECTED_MESSAGE));
    t.row(WAIT_I_CEA, ADMITTED, I_OPEN, "§5.6 I-Rcv-CEA: I-Open", START_WATCHDOG);
    t.row(WAIT_I_CEA, ADMITTED_TLS, WAIT_I_TLS, "RFC 3588 §6.10: TLS after the CEA", START_TLS);
    t.row(WAIT_I_CEA, CEA_REFUSED, CLOSED, "§5.6 I-Rcv-CEA refused: Error", down(Why.CEA_REFUSED));
    t.row(
        WAIT_I_CEA,
        NAME_IN_USE,
        CLOSED,
        "the peer's own connection is open: drop ours",
        down(Why.NAME_IN_USE));
    t.row(WAIT_I_CEA, CER_TIMEOUT, CLOSED, "§5.6 Timeout: Error", down(Why.CER_TIMEOUT));
    t.stale(
        WAIT_I_CEA,
        TLS_DONE,
        TLS_FAILED,
        CLOSING_GRACE_EXPIRED,
        CER_ACCEPTED,
        DPA_SENT,
        CER_INVALID,
        CER_REFUSED);
    t.stale(WAIT_I_CEA, WATCHDOG);

    // In-band TLS after the CEA (RFC 3588 §6.10); the CER timer bounds the handshake
    t.row(WAIT_R_TLS, TLS_DONE, R_OPEN, "TLS up: R-Open", START_WATCHDOG);
    t.row(WAIT_I_TLS, TLS_DONE, I_OPEN, "TLS up: I-Open", START_WATCHDOG);
    t.rows(
        TLS, List.of(TLS_FAILED), CLOSED, "handshake or certificate failed", down(Why.TLS_FAILED));
    t.rows(TLS, List.of(CER_TIMEOUT), CLOSED, "§5.6 Timeout: Error", down(Why.CER_TIMEOUT));
    t.rows(
        TLS,
        MESSAGES,
        CLOSED,
        "nothing is read during the handshake",
        down(Why.UNEXPECTED_MESSAGE));
    for (PeerState tls : TLS) {
      t.stale(
          tls,
          CLOSING_GRACE_EXPIRED,
          CER_ACCEPTED,
          CEA_REFUSED,
          NAME_IN_USE,
          DPA_SENT,
          CER_INVALID,
          CER_REFUSED,
          ADMITTED,
          ADMITTED_TLS);
      t.stale(tls, WATCHDOG);
    }

    // R-Open and I-Open
    t.rows(OPEN, List.of(APPLICATION_REQUEST), SAME, "§5.6 Rcv-Message: Process", DISPATCH);
    t.rows(OPEN, List.of(DWR), SAME, "§5.6 Rcv-DWR: Process-DWR, Snd-DWA", ANSWER_DWR);
    t.rows(OPEN, List.of(DPR), SAME, "§5.6 Rcv-DPR: Snd-DPA once the checks pass", ANSWER_DPR);
    t.rows(
        OPEN,
        List.of(CER, OTHER_BASE_REQUEST),
        SAME,
        "capabilities already exchanged: 5012",
        REFUSE_BASE_REQUEST);
    t.rows(OPEN, List.of(DWA), SAME, "§5.6 Rcv-DWA: Process-DWA (RFC 3539: any message counts)");
    t.rows(
        OPEN,
        List.of(CEA, DPA, OTHER_ANSWER),
        SAME,
        "§5.6 Rcv-Message: an answer to our request",
        COMPLETE_PENDING);
    t.rows(
        OPEN, List.of(DPA_SENT), CLOSING, "§5.4: wait for the peer to close", START_CLOSING_GRACE);
    t.rows(OPEN, List.of(STOP), CLOSING, "§5.6 Stop: Snd-DPR", SEND_DPR, START_CLOSING_GRACE);
    t.rows(
        OPEN,
        List.of(WATCHDOG_DWR_DUE),
        SAME,
        "RFC 3539 §3.4.1: SendWatchdog",
        SEND_DWR,
        ARM_WATCHDOG);
    t.rows(OPEN, List.of(WATCHDOG_QUIET), SAME, "RFC 3539 §3.4.1: SetWatchdog", ARM_WATCHDOG);
    t.rows(OPEN, List.of(WATCHDOG_DOWN), CLOSED, "RFC 3539 §3.4.1: DOWN", down(Why.WATCHDOG_DOWN));
    for (PeerState open : OPEN) {
      t.stale(
          open,
          TLS_DONE,
          TLS_FAILED,
          CER_TIMEOUT,
          CLOSING_GRACE_EXPIRED,
          CER_ACCEPTED,
          CEA_REFUSED,
          NAME_IN_USE,
          CER_INVALID,
          CER_REFUSED,
          ADMITTED,
          ADMITTED_TLS);
    }

    // Closing: our DPR awaits its DPA, or our DPA the peer's close
    t.row(CLOSING, DPA, CLOSED, "§5.6 Closing + Rcv-DPA: Disc", down(Why.DPA_RECEIVED));
    t.rows(
        List.of(CLOSING),
        REQUESTS,
        SAME,
        "§5.4: disconnecting, 3002",
        new AnswerError(PeerFsm.DISCONNECTING));
    t.rows(
        List.of(CLOSING),
        List.of(CEA, DWA, OTHER_ANSWER),
        SAME,
        "answers still complete our requests",
        COMPLETE_PENDING);
    t.row(
        CLOSING,
        CLOSING_GRACE_EXPIRED,
        CLOSED,
        "§5.6 Closing + Timeout: Disc",
        down(Why.CLOSING_GRACE_EXPIRED));
    t.stale(
        CLOSING,
        TLS_DONE,
        TLS_FAILED,
        CER_TIMEOUT,
        CER_ACCEPTED,
        CEA_REFUSED,
        NAME_IN_USE,
        DPA_SENT,
        CER_INVALID,
        CER_REFUSED,
        ADMITTED,
        ADMITTED_TLS);
    t.stale(CLOSING, WATCHDOG);

    // Closed
    t.row(
        CLOSED, TRANSPORT_CLOSED, SAME, "torn down; now the transport is gone too", SIGNAL_CLOSED);
    t.rows(
        List.of(CLOSED),
        List.of(ADMITTED, ADMITTED_TLS, ELECTION_LOST, NAME_IN_USE),
        SAME,
        "the table decided after the connection ended: leave it again",
        LEAVE_TABLE);
    t.rows(List.of(CLOSED), MESSAGES, SAME, "stale: already torn down");
    t.stale(
        CLOSED,
        UNFRAMEABLE,
        TLS_DONE,
        TLS_FAILED,
        CER_TIMEOUT,
        CLOSING_GRACE_EXPIRED,
        STOP,
        PEER_SILENT,
        CER_ACCEPTED,
        CEA_REFUSED,
        DPA_SENT,
        CER_INVALID,
        CER_REFUSED);
    t.stale(CLOSED, WATCHDOG);
    return List.copyOf(t.rows);
  }

  private static PeerAction down(Why why) {
    return new TearDown(why);
  }

  @SafeVarargs
  private static <T> List<T> without(List<T> all, T... excluded) {
    List<T> rest = new ArrayList<>(all);
    rest.removeAll(Arrays.asList(excluded));
    return rest;
  }

  private static final class Table {
    private final List<Row> rows = new ArrayList<>();

    void row(PeerState state, PeerEvent event, PeerState next, String why, PeerAction... actions) {
      rows.add(new Row(state, event, next == SAME ? state : next, List.of(actions), why));
    }

    void rows(
        List<PeerState> states,
        List<PeerEvent> events,
        PeerState next,
        String why,
        PeerAction... actions) {
      for (PeerState state : states) {
        for (PeerEvent event : events) {
          row(state, event, next, why, actions);
        }
      }
    }

    void stale(PeerState state, PeerEvent... events) {
      stale(state, List.of(events));
    }

    void stale(PeerState state, List<PeerEvent> events) {
      rows(List.of(state), events, SAME, "stale: changes nothing");
    }
  }
}
