package org.reactivehss.replica;

/** What the holding replica writes back for a relayed request: a closed set of words. */
final class RelayOutcome {
  /** The peer answered; the answer's bytes are in the row. */
  static final String ANSWERED = "answered";

  /** The holder had no open connection to the peer any more. */
  static final String UNAVAILABLE = "unavailable";

  /** The peer did not answer within the holder's request timeout. */
  static final String TIMEOUT = "timeout";

  /** Anything else (the connection failed while sending). */
  static final String FAILED = "failed";

  private RelayOutcome() {}
}
