package org.reactivehss.app.sh;

import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.failure.FailureKind;

/**
 * The Sh outcome table: the one place a {@link FailureKind} becomes an Sh answer, for UDR, PUR and
 * SNR alike (docs/architecture.md "Failures"). Sh's transient 4100/4101 say something about the
 * data, not the HSS, so storage trouble is RFC 6733 §7.1.3 3004 DIAMETER_TOO_BUSY: the AS may try
 * another HSS or again later.
 *
 * <pre>
 * kind                 answer
 * UNKNOWN_SUBSCRIBER   Exp 5001 DIAMETER_ERROR_USER_UNKNOWN (TS 29.328 §6.1.1.1, TS 29.329 §6.2.2.1)
 * RESYNC_REFUSED       5012 DIAMETER_UNABLE_TO_COMPLY (Sh authenticates nobody: cannot happen)
 * BAD_REQUEST          5004 DIAMETER_INVALID_AVP_VALUE
 * TIMED_OUT            3004 DIAMETER_TOO_BUSY
 * STORAGE_UNAVAILABLE  3004 DIAMETER_TOO_BUSY
 * KEYS_UNUSABLE        5012 DIAMETER_UNABLE_TO_COMPLY
 * INTERNAL             5012 DIAMETER_UNABLE_TO_COMPLY
 * </pre>
 */
final class ShOutcomes {
  private ShOutcomes() {}

  static ResultCode answer(FailureKind kind) {
    return switch (kind) {
      case UNKNOWN_SUBSCRIBER -> ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN;
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case TIMED_OUT, STORAGE_UNAVAILABLE -> ResultCodes.DIAMETER_TOO_BUSY;
      case RESYNC_REFUSED, KEYS_UNUSABLE, INTERNAL -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
