package org.reactivehss.app.s6a;

import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.failure.FailureKind;

/**
 * The S6a outcome table: the one place a {@link FailureKind} becomes an S6a answer
 * (docs/architecture.md "Failures", docs/sqn.md). Transient kinds get transient codes so that an
 * MME may try another HSS.
 *
 * <pre>
 * kind                 AIR                                          ULR, PUR, NOR
 * UNKNOWN_SUBSCRIBER   Exp 5001 USER_UNKNOWN (§5.2.3.1.3)           Exp 5001 (§5.2.1.1.3, §5.2.1.2.3, §5.2.5.1.3)
 * RESYNC_REFUSED       Exp 4181 AUTHENTICATION_DATA_UNAVAILABLE     (not reachable)
 * BAD_REQUEST          5004 INVALID_AVP_VALUE                       5004
 * TIMED_OUT            Exp 4181 (§7.4.4.1: transient, try again)    3004 TOO_BUSY (RFC 6733 §7.1.3)
 * STORAGE_UNAVAILABLE  Exp 4181                                     3004
 * KEYS_UNUSABLE        5012 UNABLE_TO_COMPLY (permanent)            5012
 * INTERNAL             5012                                         5012
 * </pre>
 */
final class S6aOutcomes {
  private S6aOutcomes() {}

  static ResultCode answer(int commandCode, FailureKind kind) {
    boolean air = commandCode == S6aCommands.AUTHENTICATION_INFORMATION.code();
    return switch (kind) {
      case UNKNOWN_SUBSCRIBER -> ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN;
      case RESYNC_REFUSED -> ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE;
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case TIMED_OUT, STORAGE_UNAVAILABLE ->
          air
              ? ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE
              : ResultCodes.DIAMETER_TOO_BUSY;
      case KEYS_UNUSABLE, INTERNAL -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
