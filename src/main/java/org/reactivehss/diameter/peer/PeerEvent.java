package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * Everything that can move one connection's state machine ({@link PeerFsm}): what the peer sent,
 * what the transport and the timers report, and the outcomes of the work the machine asked for
 * (capabilities exchange, the peer table's decision). RFC 6733 §5.6 names most of them; the names
 * are given where they differ.
 *
 * <p>A received message is an event by its kind only: {@link PeerLink} keeps the message itself for
 * the actions that answer it, so the request path allocates no event.
 */
sealed interface PeerEvent {

  /**
   * A message from the peer, by kind (§5.6: R-Conn-CER, Rcv-CEA, Rcv-DWR, Rcv-DWA, Rcv-DPR,
   * Rcv-DPA, Rcv-Message).
   */
  enum Received implements PeerEvent {
    CER,
    CEA,
    DWR,
    DWA,
    DPR,
    DPA,
    /**
     * A base-protocol request that is none of the above (RFC 6733 §3.1 commands this HSS does not
     * serve).
     */
    OTHER_BASE_REQUEST,
    APPLICATION_REQUEST,
    /**
     * An answer other than CEA, DWA or DPA: to a request this HSS sent (CLR, IDR ...), or
     * unsolicited.
     */
    OTHER_ANSWER;

    static Received of(DiameterMessage m) {
      boolean request = m.isRequest();
      if (BaseProtocol.isCapabilitiesExchange(m)) {
        return request ? CER : CEA;
      }
      if (BaseProtocol.isWatchdog(m)) {
        return request ? DWR : DWA;
      }
      if (BaseProtocol.isDisconnect(m)) {
        return request ? DPR : DPA;
      }
      if (!request) {
        return OTHER_ANSWER;
      }
      return BaseProtocol.isBase(m) ? OTHER_BASE_REQUEST : APPLICATION_REQUEST;
    }

    boolean isRequest() {
      return this == CER
          || this == DWR
          || this == DPR
          || this == OTHER_BASE_REQUEST
          || this == APPLICATION_REQUEST;
    }
  }

  /** The transport, the timers and this HSS's own decisions. */
  enum Signal implements PeerEvent {
    /** The stream can no longer be cut into messages, or a message header is unreadable. */
    UNFRAMEABLE,
    /** The transport is gone, closed by either side (§5.6: Peer-Disc). */
    TRANSPORT_CLOSED,
    /** In-band TLS after the CEA (RFC 3588 §6.10) finished, and the certificate names the peer. */
    TLS_DONE,
    TLS_FAILED,
    /**
     * No capabilities exchange within cer-timeout-ms (§5.6: Timeout, in Wait-Conn-Ack /
     * Wait-I-CEA).
     */
    CER_TIMEOUT,
    /** Tw expired and the peer has been silent: send a DWR (RFC 3539 §3.4.1). */
    WATCHDOG_DWR_DUE,
    /** Tw expired and there is nothing to do yet: only re-arm. */
    WATCHDOG_QUIET,
    /** Three Tw without a message (RFC 3539 §3.4.1: DOWN). */
    WATCHDOG_DOWN,
    /** No DPA to our DPR, or no close after our DPA, within the grace period (RFC 6733 §5.4). */
    CLOSING_GRACE_EXPIRED,
    /** This HSS is shutting down (§5.6: Stop). */
    STOP,
    /**
     * Another connection claims this peer's Origin-Host and this one stayed silent after a DWR for
     * the probe's bound: the peer restarted behind a half-open connection ({@link LivenessProbe}).
     */
    PEER_SILENT
  }

  /** Outcomes of the capabilities exchange and of the peer table. */
  enum Verdict implements PeerEvent {
    /**
     * A valid CER from an allowed peer with an application in common; the peer table decides next.
     */
    CER_ACCEPTED,
    /**
     * The CEA to our CER refused us or was invalid, or in-band TLS that this HSS requires was not
     * agreed.
     */
    CEA_REFUSED,
    /**
     * §5.6.4 election: the other connection between this HSS and the peer keeps the name (the
     * responder gets CEA 4003; a connection we were dialing is dropped, §5.6: Win-Election on the
     * other side).
     */
    ELECTION_LOST,
    /**
     * The peer already has an open connection that answers (§5.6: R-Conn-CER in R-Open/I-Open,
     * R-Reject).
     */
    NAME_IN_USE,
    /** A DPR passed the request checks and was answered with DPA (§5.6: Rcv-DPR, R-Snd-DPA). */
    DPA_SENT
  }

  /**
   * The CER is malformed, or not a DiameterIdentity names its sender: answered with this problem.
   */
  record CerInvalid(DecodeProblem problem) implements PeerEvent {}

  /** The CER was understood and refused (3010, 5010, 5017): the CEA carries this code. */
  record CerRefused(ResultCode code) implements PeerEvent {}

  /**
   * The capabilities exchange succeeded and the peer table gave this connection the peer's name.
   */
  record Admitted(boolean startTls) implements PeerEvent {}
}
