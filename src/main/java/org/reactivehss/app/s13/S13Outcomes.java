package org.reactivehss.app.s13;

import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.failure.FailureKind;

/**
 * The S13 outcome table: the one place a {@link FailureKind} becomes an ECA (docs/architecture.md
 * "Failures"). ECR has no transient code of its own, so a storage problem is RFC 6733 §7.1.3 3004
 * TOO_BUSY, on which the MME may ask another EIR, as for ULR.
 *
 * <pre>
 * kind                 ECR
 * UNKNOWN_SUBSCRIBER   (not reachable: the EIR looks up equipment) 5012
 * RESYNC_REFUSED       (not reachable) 5012
 * BAD_REQUEST          5004 INVALID_AVP_VALUE
 * TIMED_OUT            3004 TOO_BUSY (E bit)
 * STORAGE_UNAVAILABLE  3004
 * KEYS_UNUSABLE        (not reachable) 5012
 * INTERNAL             5012 UNABLE_TO_COMPLY
 * </pre>
 */
final class S13Outcomes {
  private S13Outcomes() {}

  static ResultCode answer(FailureKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case TIMED_OUT, STORAGE_UNAVAILABLE -> ResultCodes.DIAMETER_TOO_BUSY;
      case UNKNOWN_SUBSCRIBER, RESYNC_REFUSED, KEYS_UNUSABLE, INTERNAL ->
          ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
