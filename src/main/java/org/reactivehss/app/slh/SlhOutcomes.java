package org.reactivehss.app.slh;

import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.failure.FailureKind;

/**
 * The SLh outcome table: the one place a {@link FailureKind} becomes an RIA (docs/architecture.md
 * "Failures"). SLh's only transient code, 4201 DIAMETER_ERROR_ABSENT_USER, says the subscriber has
 * no serving node, which a storage problem does not tell; so storage trouble is RFC 6733 §7.1.3
 * 3004 DIAMETER_TOO_BUSY, on which the GMLC may try another HSS. TS 29.173 §5.2.1.2 asks for 5012
 * DIAMETER_UNABLE_TO_COMPLY when "the HSS cannot fulfil the received request for reasons not stated
 * in the above steps, e.g. due to a database error": kept for failures another HSS of the same
 * database would meet too.
 *
 * <pre>
 * kind                 RIA
 * UNKNOWN_SUBSCRIBER   Exp 5001 DIAMETER_ERROR_USER_UNKNOWN (§5.2.1.2 step 2)
 * RESYNC_REFUSED       5012 DIAMETER_UNABLE_TO_COMPLY (not reachable: an RIR reserves no SQN)
 * BAD_REQUEST          5004 DIAMETER_INVALID_AVP_VALUE
 * TIMED_OUT            3004 DIAMETER_TOO_BUSY
 * STORAGE_UNAVAILABLE  3004 DIAMETER_TOO_BUSY
 * KEYS_UNUSABLE        5012 DIAMETER_UNABLE_TO_COMPLY (not reachable: an RIR opens no key)
 * INTERNAL             5012 DIAMETER_UNABLE_TO_COMPLY
 * </pre>
 */
final class SlhOutcomes {
  private SlhOutcomes() {}

  static ResultCode answer(FailureKind kind) {
    return switch (kind) {
      case UNKNOWN_SUBSCRIBER -> ResultCodes.SLh.DIAMETER_ERROR_USER_UNKNOWN;
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case TIMED_OUT, STORAGE_UNAVAILABLE -> ResultCodes.DIAMETER_TOO_BUSY;
      case RESYNC_REFUSED, KEYS_UNUSABLE, INTERNAL -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
