package org.reactivehss.auth;

import java.util.Optional;

/**
 * Closed set of failures {@link AuthVerticle} replies with ({@code message.fail(code, text)}); the
 * handlers map each to a Diameter answer deliberately (docs/sqn.md).
 */
public enum AuthFailure {
  /** No such subscriber: Experimental-Result 5001 DIAMETER_ERROR_USER_UNKNOWN (S6a and Cx). */
  UNKNOWN_SUBSCRIBER(1),
  /**
   * AUTS whose MAC-S did not verify; SQN_HE did not move. S6a: Experimental-Result 4181
   * DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE; Cx: Result-Code 4001 DIAMETER_AUTHENTICATION_REJECTED.
   */
  RESYNC_MAC_FAILURE(2),
  /** Malformed request (n, kind, PLMN id, RAND||AUTS length): 5004 DIAMETER_INVALID_AVP_VALUE. */
  BAD_REQUEST(3),
  /** Storage did not answer in time: 3004 DIAMETER_TOO_BUSY. */
  STORE_TIMEOUT(4),
  /** Storage failed, or the stored key material is unusable: 5012 DIAMETER_UNABLE_TO_COMPLY. */
  STORE_UNAVAILABLE(5);

  private final int code;

  AuthFailure(int code) {
    this.code = code;
  }

  /** The failure code carried by {@code ReplyException.failureCode()}. */
  public int code() {
    return code;
  }

  public static Optional<AuthFailure> fromCode(int code) {
    for (AuthFailure failure : values()) {
      if (failure.code == code) {
        return Optional.of(failure);
      }
    }
    return Optional.empty();
  }
}
