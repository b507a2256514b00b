package org.reactivehss.app.swx;

import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.failure.FailureKind;

/**
 * The SWx outcome table: the one place a {@link FailureKind} becomes a SWx answer, for MAR and SAR
 * alike (docs/architecture.md "Failures", docs/swx.md). SWx defines no transient code of its own
 * for storage trouble, so it is RFC 6733 §7.1.3 3004 DIAMETER_TOO_BUSY, as on Cx: the 3GPP AAA
 * server may try another HSS.
 *
 * <pre>
 * kind                 answer
 * UNKNOWN_SUBSCRIBER   Exp 5001 DIAMETER_ERROR_USER_UNKNOWN (TS 29.273 §8.1.2.1.2)
 * RESYNC_REFUSED       4001 DIAMETER_AUTHENTICATION_REJECTED (MAR: the AUTS did not verify)
 * BAD_REQUEST          5004 DIAMETER_INVALID_AVP_VALUE
 * TIMED_OUT            3004 DIAMETER_TOO_BUSY
 * STORAGE_UNAVAILABLE  3004 DIAMETER_TOO_BUSY
 * KEYS_UNUSABLE        5012 DIAMETER_UNABLE_TO_COMPLY (permanent: an operator must act)
 * INTERNAL             5012 DIAMETER_UNABLE_TO_COMPLY
 * </pre>
 */
final class SwxOutcomes {
  private SwxOutcomes() {}

  static ResultCode answer(FailureKind kind) {
    return switch (kind) {
      case UNKNOWN_SUBSCRIBER -> ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN;
      case RESYNC_REFUSED -> ResultCodes.DIAMETER_AUTHENTICATION_REJECTED;
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case TIMED_OUT, STORAGE_UNAVAILABLE -> ResultCodes.DIAMETER_TOO_BUSY;
      case KEYS_UNUSABLE, INTERNAL -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
