package org.reactivehss.app.sh;

import io.vertx.core.Future;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.store.ShUser;

/**
 * Asks the serving MME for the user's EPS state and location (TS 29.328 §6.1.1.1, TS 29.272
 * §5.2.2.1): one Insert-Subscriber-Data with IDR-Flags (§7.3.103) bit 2 "EPS User State Request",
 * bit 3 "EPS Location Information Request" and, when the AS asked for
 * InitiateActiveLocationRetrieval, bit 4 "Current Location Request"; the Subscription-Data the
 * grammar requires is sent empty, so nothing of the MME's copy of the subscription changes.
 *
 * <p>One attempt, through {@code HssRequests} like every request the HSS starts: the AS waits, so
 * the MME gets what is left of the UDR's deadline less a reserve for answering the AS. No answer in
 * that time, or any answer but success, completes with null (the caller answers 4100).
 */
final class ServingMmeQuery {
  /** TS 29.272 §7.3.103 IDR-Flags. */
  static final long EPS_USER_STATE_REQUEST = 1 << 2;

  static final long EPS_LOCATION_INFORMATION_REQUEST = 1 << 3;
  static final long CURRENT_LOCATION_REQUEST = 1 << 4;

  /** At least this much of the UDR's time is kept for composing and sending the UDA. */
  static final long RESERVE_MS = 100;

  /** The wait when no peer waits (a caller without a deadline). */
  static final long UNBOUNDED_WAIT_MS = 2_000;

  private ServingMmeQuery() {}

  static long idrFlags(boolean userState, boolean location, boolean activeLocation) {
    long flags = 0;
    if (userState) {
      flags |= EPS_USER_STATE_REQUEST;
    }
    if (location) {
      flags |= EPS_LOCATION_INFORMATION_REQUEST;
      if (activeLocation) {
        // §7.3.103: "used only in combination with the EPS Location Information Request bit"
        flags |= CURRENT_LOCATION_REQUEST;
      }
    }
    return flags;
  }

  /** The wait for the IDA: what is left of {@code deadline} less the larger of 100 ms and 1/5. */
  static long waitMs(Deadline deadline) {
    if (!deadline.isBounded()) {
      return UNBOUNDED_WAIT_MS;
    }
    long left = deadline.passed() ? 0 : deadline.remainingMillis();
    return left - Math.max(RESERVE_MS, left / 5);
  }

  /** The MME's report for {@code user} (who has a serving MME), or null when there is none. */
  static Future<EpsReport> ask(ShContext sh, ShUser user, long idrFlags, Deadline deadline) {
    byte[] idr = ShRequests.insertSubscriberData(sh, user, idrFlags);
    return sh.requests()
        .sendOnce(S6aCommands.INSERT_SUBSCRIBER_DATA, user.servingMmeHost(), idr, waitMs(deadline))
        .map(ida -> EpsReport.of(ida, user.servingMmeHost()))
        .otherwise((EpsReport) null);
  }
}
