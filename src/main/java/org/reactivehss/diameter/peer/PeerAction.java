package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * What {@link PeerFsm} asks {@link PeerLink} to do, in order. Actions that answer a message answer
 * the one that caused the event; actions marked "raises" give {@link PeerLink} a follow-up event.
 */
sealed interface PeerAction {

  enum Do implements PeerAction {
    /**
     * Validate and evaluate the CER (§5.6: Process-CER); raises CerInvalid, CerRefused or
     * CER_ACCEPTED.
     */
    EVALUATE_CER,
    /**
     * Ask the peer table for the name (§5.6.4: Elect); raises Admitted, ELECTION_LOST or
     * NAME_IN_USE, maybe later.
     */
    ELECT,
    /**
     * Evaluate the CEA and claim the name (§5.6: Process-CEA); raises Admitted, CEA_REFUSED or
     * NAME_IN_USE.
     */
    EVALUATE_CEA,
    /** In-band TLS (RFC 3588 §6.10); raises TLS_DONE or TLS_FAILED when the handshake ends. */
    START_TLS,
    /** The connection is open: stop the CER timer, start the RFC 3539 watchdog. */
    START_WATCHDOG,
    ARM_WATCHDOG,
    SEND_DWR,
    /** Our DPR (§5.6: Snd-DPR), Disconnect-Cause REBOOTING. */
    SEND_DPR,
    START_CLOSING_GRACE,
    /** Request checks, then the application's handler (§5.6: Process). */
    DISPATCH,
    /** Request checks, then DWA (§5.6: Process-DWR, Snd-DWA). */
    ANSWER_DWR,
    /** Request checks, then DPA; raises DPA_SENT when it was a DPA. */
    ANSWER_DPR,
    /**
     * Request checks, then 5012: a base request an open connection does not serve (a second CER
     * ...).
     */
    REFUSE_BASE_REQUEST,
    /** An answer goes to the request this HSS sent with its hop-by-hop identifier. */
    COMPLETE_PENDING,
    /** The peer table decided after this connection was gone: leave it again. */
    LEAVE_TABLE,
    /** The transport is closed: whoever waits for this connection to end is told. */
    SIGNAL_CLOSED
  }

  /**
   * A CEA with this Result-Code to the CER being answered (§5.6: Snd-CEA, or R-Reject with a code).
   */
  record SendCea(ResultCode code, boolean startTls) implements PeerAction {}

  /**
   * Before the capabilities exchange: the error answer (a CEA for a CER), not counted as a request.
   */
  record Refuse(DecodeProblem problem) implements PeerAction {}

  /** An error answer to a request of an open or closing connection, counted and measured. */
  record AnswerError(DecodeProblem problem) implements PeerAction {}

  /**
   * The connection ends here (§5.6: Disc, Cleanup): timer stopped, liveness probe answered "gone",
   * the peer table left, requests this HSS sent failed, the transport closed after what is queued.
   */
  record TearDown(Why why) implements PeerAction {}

  /** Why a connection is torn down, for the log line. */
  enum Why {
    UNFRAMEABLE,
    UNEXPECTED_MESSAGE,
    CER_TIMEOUT,
    CER_INVALID,
    CER_REFUSED,
    CEA_REFUSED,
    ELECTION_LOST,
    NAME_IN_USE,
    TLS_FAILED,
    WATCHDOG_DOWN,
    PEER_SILENT,
    DPA_RECEIVED,
    CLOSING_GRACE_EXPIRED,
    STOPPED,
    TRANSPORT_CLOSED
  }
}
