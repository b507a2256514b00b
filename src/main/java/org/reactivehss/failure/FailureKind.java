package org.reactivehss.failure;

/**
 * Why a request could not be served, as a closed set. Each Diameter application turns a kind into
 * its answer in one outcome table (S6aOutcomes, CxOutcomes; docs/architecture.md "Failures"), the
 * provisioning API into an HTTP status. Adding a kind breaks those exhaustive switches on purpose:
 * a new failure needs a decided answer everywhere.
 */
public enum FailureKind {
  /** No subscriber has the identity the request names. */
  UNKNOWN_SUBSCRIBER("unknown subscriber"),
  /**
   * The AUTS of a resynchronisation did not verify (MAC-S, TS 33.102 §6.3.5); SQN_HE did not move.
   */
  RESYNC_REFUSED("resynchronisation refused"),
  /**
   * The request asks for something the HSS cannot read as valid (count, kind, PLMN id, AUTS
   * length).
   */
  BAD_REQUEST("invalid request"),
  /**
   * The subscriber's stored key material cannot be used: sealed under a key this HSS does not hold,
   * refused by the key check, or malformed. Retrying elsewhere does not help; an operator must act.
   */
  KEYS_UNUSABLE("subscriber key material unusable"),
  /** The request's deadline passed before storage answered (or before its turn came). */
  TIMED_OUT("request timed out inside the HSS"),
  /** Storage refused or could not be reached: connection lost, database down, statement failed. */
  STORAGE_UNAVAILABLE("storage unavailable"),
  /** Anything else: a defect in the HSS. */
  INTERNAL("internal error");

  private final String publicText;

  FailureKind(String publicText) {
    this.publicText = publicText;
  }

  /**
   * What a peer or HTTP client may read (Error-Message, error bodies): the kind in words, never the
   * detail of one failure (SQL state, exception text, class names stay inside).
   */
  public String publicText() {
    return publicText;
  }

  /**
   * True when the same request may succeed later or at another HSS: the storage path was unwell.
   */
  public boolean isTransient() {
    return this == TIMED_OUT || this == STORAGE_UNAVAILABLE;
  }
}
